import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { clientCredentialsToken, graphScope } from './clientCredentialsToken';

/** A fake of the Entra token endpoint: accepts one client secret, hands out numbered tokens. */
const requests: { url: string; form: URLSearchParams }[] = [];
let issued = 0;
const tokenEndpoint = async ({ request }: { request: Request }) => {
  const form = new URLSearchParams(await request.text());
  requests.push({ url: request.url, form });
  if (form.get('client_secret') !== 'right-secret')
    return HttpResponse.json(
      { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' },
      { status: 401 },
    );
  return HttpResponse.json({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: `token-${++issued}` });
};
const server = setupServer(
  http.post('https://login.microsoftonline.com/:tenant/oauth2/v2.0/token', tokenEndpoint),
  http.post('https://login.microsoftonline.us/:tenant/oauth2/v2.0/token', tokenEndpoint),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  requests.length = 0;
  issued = 0;
});

const options = {
  tenantId: 'tenant-1',
  clientId: 'client-1',
  clientSecret: 'right-secret',
  authorityHost: 'https://login.microsoftonline.com',
  scope: 'https://graph.microsoft.com/.default',
};

describe('clientCredentialsToken', () => {
  it('asks the tenant’s token endpoint with the client credentials grant', async () => {
    expect(await clientCredentialsToken(options)()).toBe('token-1');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token');
    expect(Object.fromEntries(requests[0]!.form)).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client-1',
      client_secret: 'right-secret',
      scope: 'https://graph.microsoft.com/.default',
    });
  });

  it('caches the token until shortly before it expires', async () => {
    let now = 1_000_000;
    const getToken = clientCredentialsToken({ ...options, now: () => now, refreshMarginMs: 60_000 });
    expect(await getToken()).toBe('token-1');
    now += 3599_000 - 60_001;
    expect(await getToken()).toBe('token-1');
    now += 2;
    expect(await getToken()).toBe('token-2');
    expect(requests).toHaveLength(2);
  });

  it('shares one request between concurrent callers', async () => {
    const getToken = clientCredentialsToken(options);
    expect(await Promise.all([getToken(), getToken(), getToken()])).toEqual(['token-1', 'token-1', 'token-1']);
    expect(requests).toHaveLength(1);
  });

  it('fails with the endpoint’s error (never the secret) and tries again on the next call', async () => {
    const getToken = clientCredentialsToken({ ...options, clientSecret: 'wrong-secret' });
    const error = (await getToken().catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/HTTP 401.*invalid_client: AADSTS7000215/);
    expect(error.message).not.toContain('wrong-secret');
    await expect(getToken()).rejects.toThrow(/401/);
    expect(requests).toHaveLength(2);
  });

  it('uses a national cloud authority and the matching Graph scope', async () => {
    const getToken = clientCredentialsToken({
      ...options,
      authorityHost: 'https://login.microsoftonline.us/',
      scope: graphScope('https://graph.microsoft.us/v1.0'),
    });
    await getToken();
    expect(requests[0]!.url).toBe('https://login.microsoftonline.us/tenant-1/oauth2/v2.0/token');
    expect(requests[0]!.form.get('scope')).toBe('https://graph.microsoft.us/.default');
  });
});
