import { ClientCertificateCredential, ClientSecretCredential } from '@azure/identity';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fakeTokenEndpoint } from '../testing/fakeTokenEndpoint';
import { createGraphClient } from './graphClient';
import { graphCredential } from './graphCredential';

// The real @azure/identity credential against a fake Entra authority, over HTTP (msw), and a Graph
// that records the Authorization header of every request.
const commercial = fakeTokenEndpoint('https://login.microsoftonline.com');
const usGov = fakeTokenEndpoint('https://login.microsoftonline.us');
const graphCalls: { url: string; auth: string | null }[] = [];
const graph = ({ request }: { request: Request }) => {
  graphCalls.push({ url: request.url, auth: request.headers.get('Authorization') });
  return HttpResponse.json({ value: [] });
};
const unexpected: string[] = [];
const server = setupServer(
  ...commercial.handlers,
  ...usGov.handlers,
  http.get('https://graph.microsoft.com/v1.0/*', graph),
  http.get('https://graph.microsoft.us/v1.0/*', graph),
);
beforeAll(() => server.listen({ onUnhandledRequest: (request) => void unexpected.push(`${request.method} ${request.url}`) }));
afterAll(() => server.close());
beforeEach(() => {
  graphCalls.length = 0;
  commercial.tokenRequests.length = 0;
  usGov.tokenRequests.length = 0;
  unexpected.length = 0;
});

const secret = { kind: 'clientSecret', tenantId: 'tenant-1', clientId: 'client-1', clientSecret: 'right-secret' } as const;

describe('graphCredential', () => {
  // the managed identity over HTTP: graphManagedIdentity.test.ts
  it('is the certificate or the secret when one is configured', () => {
    expect(graphCredential(secret, 'https://login.microsoftonline.com')).toBeInstanceOf(ClientSecretCredential);
    const certificate = { kind: 'certificate', tenantId: 't', clientId: 'c', certificatePath: '/etc/vp/app.pem' } as const;
    expect(graphCredential(certificate, 'https://login.microsoftonline.com')).toBeInstanceOf(ClientCertificateCredential);
  });

  it('gets a token with the client credentials grant once, and Graph requests carry it', async () => {
    const client = createGraphClient({ baseUrl: 'https://graph.microsoft.com/v1.0', credential: graphCredential(secret, 'https://login.microsoftonline.com') });
    await client.api('/sites/s1/lists').get();
    await Promise.all([client.api('/sites/s1/lists').get(), client.api('/sites/s2/lists').get()]);
    expect(commercial.tokenRequests).toHaveLength(1);
    const [request] = commercial.tokenRequests;
    expect(request!.url).toBe('https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token');
    expect(request!.form.get('grant_type')).toBe('client_credentials');
    expect(request!.form.get('client_id')).toBe('client-1');
    expect(request!.form.get('scope')).toContain('https://graph.microsoft.com/.default');
    expect(graphCalls.map((c) => c.auth)).toEqual(['Bearer app-token-1', 'Bearer app-token-1', 'Bearer app-token-1']);
    expect(unexpected).toEqual([]);
  });

  it('uses a national cloud authority and the Graph scope of the configured Graph host', async () => {
    const client = createGraphClient({ baseUrl: 'https://graph.microsoft.us/v1.0', credential: graphCredential(secret, 'https://login.microsoftonline.us') });
    await client.api('/sites/s1').get();
    expect(commercial.tokenRequests).toHaveLength(0);
    expect(usGov.tokenRequests.map((r) => [r.url, r.form.get('scope')])).toEqual([
      ['https://login.microsoftonline.us/tenant-1/oauth2/v2.0/token', expect.stringContaining('https://graph.microsoft.us/.default')],
    ]);
    expect(graphCalls).toEqual([{ url: 'https://graph.microsoft.us/v1.0/sites/s1', auth: 'Bearer app-token-1' }]);
  });

  it('fails with the authority’s error (never the secret), sends nothing to Graph, and tries again next time', async () => {
    const client = createGraphClient({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      credential: graphCredential({ ...secret, clientSecret: 'wrong-secret' }, 'https://login.microsoftonline.com'),
    });
    const error = (await client.api('/sites/s1').get().catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/AADSTS7000215/);
    expect(error.message).not.toContain('wrong-secret');
    await expect(client.api('/sites/s1').get()).rejects.toThrow(/AADSTS7000215/);
    expect(commercial.tokenRequests).toHaveLength(2);
    expect(graphCalls).toEqual([]);
  });
});
