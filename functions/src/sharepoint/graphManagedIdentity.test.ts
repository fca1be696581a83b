import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import { loadConfig } from '../config';
import { startFakeManagedIdentity, type FakeManagedIdentity } from '../testing/fakeManagedIdentity';
import { GraphFake } from '../testing/graphFake';
import { openGraphClient } from './openGraphClient';

// The Graph client made from configuration in Azure, with the real ManagedIdentityCredential, against
// a stand-in of App Service's identity endpoint (HTTP on 127.0.0.1) and Graph fakes that take only the
// tokens that endpoint issued for their own host. msal-node keeps the identity source and its token
// cache per process (here per test file), so each test asks for another identity or Graph host.
const commercial = new GraphFake();
const usGov = new GraphFake({ baseUrl: 'https://graph.microsoft.us/v1.0' });
const server = setupServer(...commercial.handlers, ...usGov.handlers);
let identity: FakeManagedIdentity;
let restoreEnvironment: () => void;
/** The bearer tokens each Graph host was sent, in order. */
const sent = { commercial: [] as string[], usGov: [] as string[] };
const takesTokensFor = (resource: string, log: string[]) => (token: string) => {
  log.push(token);
  return identity.issued.some((t) => t.token === token && t.resource === resource);
};
commercial.acceptsToken = takesTokensFor('https://graph.microsoft.com', sent.commercial);
usGov.acceptsToken = takesTokensFor('https://graph.microsoft.us', sent.usGov);

beforeAll(async () => {
  identity = await startFakeManagedIdentity({ userAssigned: ['mi-user-1'] });
  server.listen({ onUnhandledRequest: (request, print) => void (request.url.startsWith(identity.origin) || print.error()) });
});
afterAll(async () => {
  server.close();
  await identity.close();
});
beforeEach(() => {
  restoreEnvironment = identity.useInEnvironment();
  identity.requests.length = 0;
  commercial.resetLog();
  usGov.resetLog();
  sent.commercial.length = 0;
  sent.usGov.length = 0;
});
/** What a test changed beyond the identity's variables, put back after it. */
const restoreAfter: (() => void)[] = [];
afterEach(() => {
  restoreEnvironment();
  restoreAfter.splice(0).forEach((restore) => restore());
});

/** The store's Graph settings as loadConfig makes them in Azure, with no secret or certificate. */
function graphSettingsInAzure(siteId: string, env: Record<string, string> = {}) {
  const config = loadConfig({ SHAREPOINT_SITE_ID: siteId, AZURE_TENANT_ID: randomUUID(), AZURE_CLIENT_ID: 'api-1', ...env }, 'azure');
  if (config.store.kind !== 'sharepoint') throw new Error('expected the SharePoint store');
  return config.store.graph;
}
const tokenRequests = () => identity.requests.map((r) => ({ ...Object.fromEntries(r.query), header: r.header, status: r.status }));

describe('Graph as the managed identity', () => {
  it('asks the identity endpoint once for the Graph resource as the system-assigned identity; Graph gets that token', async () => {
    // In Azure AZURE_CLIENT_ID is an app setting naming the API's registration, not an identity: it must not be sent as one.
    const before = process.env.AZURE_CLIENT_ID;
    process.env.AZURE_CLIENT_ID = 'api-1';
    restoreAfter.push(() => {
      if (before === undefined) delete process.env.AZURE_CLIENT_ID;
      else process.env.AZURE_CLIENT_ID = before;
    });
    const siteId = commercial.addSite();
    const settings = graphSettingsInAzure(siteId);
    expect(settings.credential).toEqual({ kind: 'managedIdentity' });
    const client = openGraphClient(settings);
    await client.api(`/sites/${siteId}/lists`).get();
    await Promise.all([client.api(`/sites/${siteId}/lists`).get(), client.api(`/sites/${siteId}/lists`).get()]);
    // the store's and provisioning's clients are two: the token is cached per process, not per client
    await openGraphClient(settings).api(`/sites/${siteId}/lists`).get();
    expect(tokenRequests()).toEqual([{ 'api-version': '2019-08-01', resource: 'https://graph.microsoft.com', header: identity.secret, status: 200 }]);
    expect(identity.issued.at(-1)).toMatchObject({ resource: 'https://graph.microsoft.com', identity: 'system' });
    expect(sent.commercial).toEqual(Array(4).fill(identity.issued.at(-1)!.token));
    expect(commercial.requests.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });

  it('names the user-assigned identity by its client id', async () => {
    const siteId = commercial.addSite();
    const settings = graphSettingsInAzure(siteId, { AZURE_MANAGED_IDENTITY_CLIENT_ID: 'mi-user-1' });
    const client = openGraphClient(settings);
    await client.api(`/sites/${siteId}/lists`).get();
    await client.api(`/sites/${siteId}/lists`).get();
    expect(tokenRequests()).toEqual([{ 'api-version': '2019-08-01', resource: 'https://graph.microsoft.com', client_id: 'mi-user-1', header: identity.secret, status: 200 }]);
    expect(identity.issued.at(-1)).toMatchObject({ identity: 'mi-user-1' });
    expect(sent.commercial).toEqual(Array(2).fill(identity.issued.at(-1)!.token));
  });

  it('asks for the Graph resource of the configured national cloud', async () => {
    const siteId = usGov.addSite();
    const settings = graphSettingsInAzure(siteId, { GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0', AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us' });
    await openGraphClient(settings).api(`/sites/${siteId}/lists`).get();
    expect(tokenRequests()).toEqual([{ 'api-version': '2019-08-01', resource: 'https://graph.microsoft.us', header: identity.secret, status: 200 }]);
    expect(sent).toEqual({ commercial: [], usGov: [identity.issued.at(-1)!.token] });
  });

  it('fails without calling Graph when the identity endpoint refuses (a user-assigned id the app does not have)', async () => {
    const siteId = commercial.addSite();
    const client = openGraphClient(graphSettingsInAzure(siteId, { AZURE_MANAGED_IDENTITY_CLIENT_ID: 'mi-not-assigned' }));
    await expect(client.api(`/sites/${siteId}/lists`).get()).rejects.toThrow(/ManagedIdentityCredential/);
    expect(tokenRequests()).toEqual([expect.objectContaining({ client_id: 'mi-not-assigned', status: 400 })]);
    expect(sent.commercial).toEqual([]);
  });
});
