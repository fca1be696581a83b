import type { Actor, Forvaltning } from '@vp/shared';
import { setupServer } from 'msw/node';
import { loadConfig } from '../config';
import { openStore } from '../store/openStore';
import { fakeTokenEndpoint } from '../testing/fakeTokenEndpoint';
import { GraphFake } from '../testing/graphFake';
import { openGraphClient } from './openGraphClient';
import { provision } from './provision';

// Graph's root and the authority are configuration: here the US Government cloud, with the fake Graph
// and the fake authority answering only there, and the real credential and client made from the config.
const fake = new GraphFake({ baseUrl: 'https://graph.microsoft.us/v1.0', pageSize: 2 });
const authority = fakeTokenEndpoint('https://login.microsoftonline.us');
const server = setupServer(...fake.handlers, ...authority.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const anna: Actor = { id: 'anna', name: 'Anna' };
const forvaltning = (id: string): Forvaltning => ({ id, name: `Förvaltning ${id}`, municipality: 'Stockholm', committee: 'SDN' });

it('works against a national cloud Graph host and authority, nextLinks included', async () => {
  const siteId = fake.addSite();
  const config = loadConfig(
    {
      SHAREPOINT_SITE_ID: siteId,
      GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0',
      AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us',
      AZURE_TENANT_ID: 'tenant-1',
      AZURE_CLIENT_ID: 'client-1',
      AZURE_CLIENT_SECRET: 'right-secret',
    },
    'local',
  );
  if (config.store.kind !== 'sharepoint') throw new Error('expected the SharePoint store');
  await provision(openGraphClient(config.store.graph), siteId, config.store.listPrefix);
  const store = openStore(config);
  for (const id of ['c', 'a', 'b', 'd', 'e']) await store.create('forvaltning', forvaltning(id), anna);
  expect((await store.list('forvaltning')).map((f) => f.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  const [batched] = await store.listMany([{ kind: 'forvaltning' }]);
  expect(batched).toHaveLength(5);
  expect(fake.requests.every((r) => r.status !== 401)).toBe(true);
  // one token for provisioning's client, one for the store's: each caches its own
  expect(authority.tokenRequests.map((r) => [r.url, r.form.get('scope')])).toEqual([
    ['https://login.microsoftonline.us/tenant-1/oauth2/v2.0/token', expect.stringContaining('https://graph.microsoft.us/.default')],
    ['https://login.microsoftonline.us/tenant-1/oauth2/v2.0/token', expect.stringContaining('https://graph.microsoft.us/.default')],
  ]);
});
