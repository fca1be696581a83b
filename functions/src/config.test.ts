import { loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the SQLite file in data/ and local identities on the local host', () => {
    const config = loadConfig({}, 'local');
    expect(config).toMatchObject({ port: 7071, store: 'sqlite', authMode: 'local' });
    expect(config.databaseFile).toMatch(/data[/\\]verksamhetsplan\.db$/);
  });

  it('uses SharePoint when a site is configured, and never local identities in Azure', () => {
    expect(loadConfig({ SHAREPOINT_SITE_ID: 'contoso.sharepoint.com,1,2' }, 'azure')).toMatchObject({ store: 'sharepoint', authMode: 'entra' });
    expect(() => loadConfig({ AUTH_MODE: 'local' }, 'azure')).toThrow(/bara tillåtet i den lokala värden/);
  });

  it('names what is wrong', () => {
    expect(() => loadConfig({ PORT: 'åttio' }, 'local')).toThrow(/PORT/);
    expect(() => loadConfig({ GRAPH_BASE_URL: 'inte en adress' }, 'local')).toThrow(/GRAPH_BASE_URL/);
  });
});
