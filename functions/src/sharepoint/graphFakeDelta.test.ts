import type { GraphError } from '@microsoft/microsoft-graph-client';
import { GraphFake } from '../testing/graphFake';
import { fakeGraphClient } from '../testing/fakeSharePoint';

// The fake's list-item delta, where the delta mirror relies on it resembling Graph's listItem: delta.
const fake = new GraphFake({ pageSize: 2 });
beforeAll(() => fake.listen());
afterAll(() => fake.close());

interface Item {
  id: string;
  eTag?: string;
  fields?: Record<string, unknown>;
  deleted?: { state: string };
}
interface Page {
  value: Item[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

async function setUp() {
  const client = fakeGraphClient(fake);
  const siteId = fake.addSite();
  const site = `/sites/${encodeURIComponent(siteId)}`;
  const list = (await client.api(`${site}/lists`).post({ displayName: 'L', columns: [{ name: 'Key', text: {}, indexed: true }] })) as { id: string };
  const items = `${site}/lists/${list.id}/items`;
  const create = async (title: string) => (await client.api(items).post({ fields: { Title: title, Key: title } })) as Item;
  /** Every page of a delta round from a URL, and where it ended. */
  const round = async (url: string) => {
    const pages: Page[] = [];
    let next: string | undefined = url;
    while (next !== undefined) {
      const page = (await client.api(next).get()) as Page;
      pages.push(page);
      next = page['@odata.nextLink'];
    }
    return { pages, items: pages.flatMap((p) => p.value), deltaLink: pages[pages.length - 1]!['@odata.deltaLink']! };
  };
  return { client, siteId, items, create, round };
}

const titles = (items: Item[]) => items.map((i) => (i.deleted ? `-${i.id}` : String(i.fields?.Title)));

describe('GraphFake list-item delta', () => {
  it('enumerates the current items in pages with ?token= links and ends with a deltaLink', async () => {
    const { items, create, round } = await setUp();
    for (const t of ['a', 'b', 'c']) await create(t);
    const first = await round(`${items}/delta?expand=fields(select=Title)`);
    expect(first.pages).toHaveLength(2);
    expect(first.pages[0]!['@odata.nextLink']).toMatch(/\/items\/delta\?token=/);
    expect(titles(first.items)).toEqual(['a', 'b', 'c']);
    expect(first.items[0]!.fields).toEqual({ '@odata.etag': expect.any(String), Title: 'a' });
    expect(first.deltaLink).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/sites\/.*\/items\/delta\?token=[^&]+$/);
    expect((await round(first.deltaLink)).items).toEqual([]);
  });

  it('answers token=latest with no items, and later the latest state of what changed, deletions without fields', async () => {
    const { client, items, create, round } = await setUp();
    const a = await create('a');
    const b = await create('b');
    const latest = await round(`${items}/delta?token=latest&expand=fields(select=Title,Key)`);
    expect(latest.items).toEqual([]);
    const c = await create('c');
    await client.api(`${items}/${a.id}/fields`).patch({ Title: 'a1' });
    await client.api(`${items}/${a.id}/fields`).patch({ Title: 'a2' });
    await client.api(`${items}/${b.id}`).delete();
    const changes = await round(latest.deltaLink);
    expect(titles(changes.items)).toEqual(['c', 'a2', `-${b.id}`]);
    expect(changes.items[2]).toEqual({ id: b.id, parentReference: expect.any(Object), contentType: expect.any(Object), deleted: { state: 'deleted' } });
    expect(changes.items[0]!.fields).toEqual({ '@odata.etag': c.eTag, Title: 'c', Key: 'c' }); // the $expand of the first request, kept in the token
    expect((await round(changes.deltaLink)).items).toEqual([]);
  });

  it('moves an item changed while a round is paged into the next round', async () => {
    const { client, items, create, round } = await setUp();
    const latest = await round(`${items}/delta?token=latest&expand=fields`);
    const created = [];
    for (const t of ['a', 'b', 'c', 'd']) created.push(await create(t));
    const firstPage = (await client.api(latest.deltaLink).get()) as Page;
    expect(titles(firstPage.value)).toEqual(['a', 'b']);
    await client.api(`${items}/${created[3]!.id}/fields`).patch({ Title: 'd2' });
    const rest = await round(firstPage['@odata.nextLink']!);
    expect(titles(rest.items)).toEqual(['c']);
    expect(titles((await round(rest.deltaLink)).items)).toEqual(['d2']);
  });

  it('refuses $filter on delta and answers an expired token with 410 Gone and a Location to start over', async () => {
    const { client, siteId, items, create, round } = await setUp();
    const filtered = (await client.api(`${items}/delta?$filter=fields/Key eq 'a'`).get().catch((e: unknown) => e)) as GraphError;
    expect(filtered.statusCode).toBe(400);
    await create('a');
    const latest = await round(`${items}/delta?token=latest`);
    fake.expireDeltaTokens(siteId);
    const response = await fetch(`${latest.deltaLink}`, { headers: { Authorization: 'Bearer t' } });
    expect(response.status).toBe(410);
    const body = (await response.json()) as { error: { code: string; innerError: { code: string } } };
    expect(body.error.innerError.code).toBe('resyncChangesApplyDifferences');
    const restart = await round(response.headers.get('Location')!);
    expect(restart.items).toHaveLength(1);
  });
});
