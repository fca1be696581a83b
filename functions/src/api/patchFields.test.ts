// A PATCH changes exactly the fields it names: for every collection and every updatable field, over
// both stores (SQLite file; SharePoint through the real Graph client against the HTTP-level fake).
import { collections, type AuditEntry, type Collection } from '@vp/shared';
import { apiOnEachStore as stores, type StoreApi } from '../testing/apiOnEachStore';
import { fullItem, otherValues } from '../testing/fullPlanItems';

const plan = '/units/hagerstensasens-forskolor/plans/2021';
const rektor = 'dev-rektor-hag';
const withoutETag = ({ eTag: _, ...item }: Record<string, unknown>) => item;

const cases = (Object.keys(otherValues) as Collection[]).flatMap((collection) =>
  Object.entries(otherValues[collection]).map(([field, value]) => ({ collection, field, value })),
);

it('changes every field the update schemas accept (the table below is complete)', () => {
  for (const collection of Object.keys(collections) as Collection[]) {
    expect(Object.keys(otherValues[collection]).sort()).toEqual(Object.keys(collections[collection].update.shape).sort());
  }
});

describe.each(stores)('PATCH over the %s store', (_name, open) => {
  let api: StoreApi;
  beforeAll(async () => {
    api = await open();
  });
  afterAll(() => api.stop());

  it.each(cases)('$collection: PATCH {$field} changes $field and nothing else', async ({ collection, field, value }) => {
    const body = fullItem(collection);
    const created = await api.call(`${plan}/${collection}`, { method: 'POST', as: rektor, body: JSON.stringify(body) });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const item = `${plan}/${collection}/${id}`;
    const before = await (await api.call(item)).json();
    expect(before).toMatchObject(body); // fully filled, nothing left at a default
    expect(before[field]).not.toEqual(value);

    const patched = await api.call(item, { method: 'PATCH', as: rektor, headers: { 'if-match': before.eTag }, body: JSON.stringify({ [field]: value }) });
    expect(patched.status).toBe(200);
    const answer = await patched.json();

    const after = await (await api.call(item)).json();
    expect(withoutETag(after)).toEqual({ ...withoutETag(before), [field]: value });
    expect(answer).toEqual(after);
    const [entry]: AuditEntry[] = await (await api.call(`/audit?itemId=${id}&limit=1`)).json();
    expect(entry).toMatchObject({ action: 'update', changes: [{ field, before: before[field], after: value }] });
  });
});
