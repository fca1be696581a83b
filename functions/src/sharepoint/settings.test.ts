import { sharePointSettingsFromEnv } from './settings';

const complete = {
  SHAREPOINT_SITE_ID: 'contoso.sharepoint.com,a,b',
  AZURE_TENANT_ID: 't',
  AZURE_CLIENT_ID: 'c',
  AZURE_CLIENT_SECRET: 's',
};

describe('sharePointSettingsFromEnv', () => {
  it('applies the defaults', () => {
    expect(sharePointSettingsFromEnv(complete)).toEqual({
      ok: true,
      settings: {
        graphBaseUrl: 'https://graph.microsoft.com/v1.0',
        siteId: 'contoso.sharepoint.com,a,b',
        listPrefix: 'VP',
        tenantId: 't',
        clientId: 'c',
        clientSecret: 's',
        authorityHost: 'https://login.microsoftonline.com',
      },
    });
  });

  it('takes a national cloud and a prefix from the environment', () => {
    const result = sharePointSettingsFromEnv({
      ...complete,
      GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0/',
      AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us',
      SHAREPOINT_LIST_PREFIX: 'Plan',
    });
    expect(result).toMatchObject({ ok: true, settings: { graphBaseUrl: 'https://graph.microsoft.us/v1.0', listPrefix: 'Plan' } });
  });

  it('names every missing or invalid variable', () => {
    const result = sharePointSettingsFromEnv({ AZURE_TENANT_ID: 't', AZURE_CLIENT_SECRET: '  ', GRAPH_BASE_URL: 'not a url' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        'SHAREPOINT_SITE_ID is missing',
        'AZURE_CLIENT_ID is missing',
        'AZURE_CLIENT_SECRET is missing',
        expect.stringMatching(/^GRAPH_BASE_URL is invalid/),
      ]),
    );
    expect(result.problems).toHaveLength(4);
  });
});
