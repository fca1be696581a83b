import { GraphError, ResponseType } from '@microsoft/microsoft-graph-client';
import { GraphFake } from '../testing/graphFake';
import { fakeGraphClient } from '../testing/fakeSharePoint';

// The fake's own behaviour, where the adapter tests rely on it resembling Graph.
const fake = new GraphFake({ pageSize: 2 });
beforeAll(() => fake.listen());
afterAll(() => fake.close());

async function listWith(columns: Record<string, unknown>[]) {
  const client = fakeGraphClient(fake);
  const site = `/sites/${encodeURIComponent(fake.addSite())}`;
  const list = (await client.api(`${site}/lists`).post({ displayName: 'L', columns, list: { template: 'genericList' } })) as { id: string };
  return { client, items: `${site}/lists/${list.id}/items` };
}

const status = (p: Promise<unknown>) => p.then(() => 200, (e: GraphError) => e.statusCode);

describe('GraphFake', () => {
  it('refuses requests without a bearer token', async () => {
    const response = await fetch(`${fake.baseUrl}/sites/x/lists`);
    expect(response.status).toBe(401);
  });

  it('refuses filters on non-indexed columns unless the Prefer header allows them', async () => {
    const { client, items } = await listWith([{ name: 'Key', text: {}, indexed: true }, { name: 'Other', text: {} }]);
    await client.api(items).post({ fields: { Title: 't', Key: 'k', Other: 'o' } });
    const error = (await client.api(`${items}?$filter=fields/Other eq 'o'`).get().catch((e: unknown) => e)) as GraphError;
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(/Field 'Other' cannot be referenced in filter or orderby as it is not indexed/);
    const allowed = await client.api(`${items}?$filter=fields/Other eq 'o'`).header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly').get();
    expect(allowed.value).toHaveLength(1);
  });

  it('changes the eTag on every write and answers a stale If-Match with 412', async () => {
    const { client, items } = await listWith([{ name: 'Key', text: {}, indexed: true }]);
    const created = await client.api(items).post({ fields: { Title: 'a' } });
    expect(created.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    const patched = await client.api(`${items}/${created.id}/fields`).header('If-Match', created.eTag).patch({ Title: 'b' });
    expect(patched['@odata.etag']).toMatch(/,2"$/);
    expect(await status(client.api(`${items}/${created.id}/fields`).header('If-Match', created.eTag).patch({ Title: 'c' }))).toBe(412);
    expect(await status(client.api(`${items}/${created.id}`).header('If-Match', created.eTag).delete())).toBe(412);
    const current = await client.api(`${items}/${created.id}?expand=fields`).get();
    expect(current.fields.Title).toBe('b');
  });

  it('pages with an absolute nextLink that keeps the query', async () => {
    const { client, items } = await listWith([]);
    for (const t of ['a', 'b', 'c']) await client.api(items).post({ fields: { Title: t } });
    const first = await client.api(`${items}?expand=fields(select=Title)`).get();
    expect(first.value.map((i: { fields: { Title: string } }) => i.fields.Title)).toEqual(['a', 'b']);
    expect(first['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/sites\/.*expand=.*\$skiptoken=/);
    const second = await client.api(first['@odata.nextLink']).get();
    expect(second.value.map((i: { fields: { Title: string } }) => i.fields.Title)).toEqual(['c']);
    expect(second['@odata.nextLink']).toBeUndefined();
  });

  it('refuses a $batch of more than 20 requests', async () => {
    const client = fakeGraphClient(fake);
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/sites/x/lists' }));
    expect(await status(client.api('/$batch').post({ requests }))).toBe(400);
  });

  it('runs a $batch dependsOn chain in order: 424 after a failure, and what succeeded before stays (no rollback)', async () => {
    const { client, items } = await listWith([]);
    const created = await client.api(items).post({ fields: { Title: 'a' } });
    const json = { 'Content-Type': 'application/json' };
    const { responses } = await client.api('/$batch').post({
      requests: [
        { id: '1', method: 'POST', url: items, headers: json, body: { fields: { Title: 'b' } } },
        { id: '2', method: 'PATCH', url: `${items}/${created.id}/fields`, headers: { ...json, 'If-Match': '"stale,1"' }, body: { Title: 'c' }, dependsOn: ['1'] },
        { id: '3', method: 'DELETE', url: `${items}/${created.id}`, dependsOn: ['2'] },
      ],
    });
    const byId = new Map((responses as { id: string; status: number }[]).map((r) => [r.id, r.status]));
    expect([byId.get('1'), byId.get('2'), byId.get('3')]).toEqual([201, 412, 424]);
    const all = await client.api(`${items}?expand=fields`).get();
    expect(all.value.map((i: { fields: { Title: string } }) => i.fields.Title)).toEqual(['a', 'b']);
  });

  it('refuses a $batch that mixes dependent and independent requests, or a body without Content-Type', async () => {
    const { client, items } = await listWith([]);
    const mixed = client.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: items },
        { id: '2', method: 'GET', url: items },
        { id: '3', method: 'GET', url: items, dependsOn: ['1'] },
      ],
    });
    expect(await status(mixed)).toBe(400);
    const untyped = client.api('/$batch').post({ requests: [{ id: '1', method: 'POST', url: items, body: { fields: { Title: 'x' } } }] });
    expect(await status(untyped)).toBe(400);
    expect((await client.api(items).get()).value).toEqual([]);
  });

  it('refuses to index a multi-line text column, as SharePoint does', async () => {
    const client = fakeGraphClient(fake);
    const site = `/sites/${encodeURIComponent(fake.addSite())}`;
    const create = client.api(`${site}/lists`).post({ displayName: 'L', columns: [{ name: 'Body', text: { allowMultipleLines: true }, indexed: true }] });
    expect(await status(create)).toBe(400);
  });

  it('refuses a multi-line text value over 63,999 characters with 400, on create and on update', async () => {
    const { client, items } = await listWith([{ name: 'Body', text: { allowMultipleLines: true, textType: 'plain' } }]);
    const created = await client.api(items).post({ fields: { Title: 'a', Body: 'x'.repeat(63_999) } });
    const error = (await client.api(items).post({ fields: { Title: 'b', Body: 'x'.repeat(64_000) } }).catch((e: unknown) => e)) as GraphError;
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(/'Body'.*at most 63999 characters/);
    expect(await status(client.api(`${items}/${created.id}/fields`).patch({ Body: 'y'.repeat(70_000) }))).toBe(400);
    expect((await client.api(`${items}/${created.id}?expand=fields`).get()).fields.Body).toHaveLength(63_999);
  });

  describe('drive', () => {
    const siteDrive = () => {
      const siteId = fake.addSite();
      return { siteId, drive: `/sites/${encodeURIComponent(siteId)}/drive` };
    };

    it('uploads by path (making the folders), answers content with a 302 the client follows, and deletes', async () => {
      const client = fakeGraphClient(fake);
      const { siteId, drive } = siteDrive();
      const text = JSON.stringify({ å: 'ä'.repeat(100) });
      fake.resetLog();
      const created = await client.api(`${drive}/root:/P-payloads/summary/s1.json:/content`).header('Content-Type', 'text/plain').put(text);
      expect(created).toMatchObject({ name: 's1.json', size: Buffer.byteLength(text), file: {}, parentReference: { path: '/drive/root:/P-payloads/summary' } });
      expect(created.id).toMatch(/^01[A-Z2-7]{32}$/);
      expect(created.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
      expect(created.cTag).toMatch(/^"c:\{[0-9A-F-]{36}\},1"$/);
      expect(fake.driveFiles(siteId).map((f) => f.path)).toEqual(['P-payloads/summary/s1.json']);

      fake.resetLog();
      const read = await client.api(`${drive}/items/${created.id}/content`).responseType(ResponseType.TEXT).get();
      expect(read).toBe(text);
      expect(fake.requests.map((r) => [r.method, r.host ?? 'graph', r.status])).toEqual([
        ['GET', 'graph', 302],
        ['GET', 'contoso.sharepoint.com', 200],
      ]);
      expect(fake.requests[1]!.withToken).toBe(false); // the client drops the bearer token on the redirect to another host

      const replaced = await client.api(`${drive}/items/${created.id}/content`).header('Content-Type', 'text/plain').put('{}');
      expect(replaced.eTag).toMatch(/,2"$/);
      expect(await status(client.api(`${drive}/items/${created.id}`).header('If-Match', created.eTag).delete())).toBe(412);
      await client.api(`${drive}/items/${created.id}`).header('If-Match', replaced.cTag).delete();
      expect(fake.driveFiles(siteId)).toEqual([]);
      expect(await status(client.api(`${drive}/items/${created.id}/content`).get())).toBe(404);
    });

    it('answers content inside a $batch with the 302 itself: $batch does not follow redirects', async () => {
      const client = fakeGraphClient(fake);
      const { drive } = siteDrive();
      const created = await client.api(`${drive}/root:/a.json:/content`).header('Content-Type', 'text/plain').put('{"a":1}');
      const body = await client.api('/$batch').post({ requests: [{ id: '1', method: 'GET', url: `${drive}/items/${created.id}/content` }] });
      const [response] = body.responses;
      expect(response.status).toBe(302);
      expect(response.body).toBeUndefined();
      expect(response.headers.Location).toMatch(/^https:\/\/contoso\.sharepoint\.com\/_layouts\/15\/download\.aspx\?UniqueId=/);
      expect(await (await fetch(response.headers.Location)).text()).toBe('{"a":1}');
    });
  });
});
