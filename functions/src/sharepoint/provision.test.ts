import { kinds } from '@vp/shared';
import { GraphFake } from '../testing/graphFake';
import { fakeGraphClient } from '../testing/fakeSharePoint';
import { provision } from './provision';

const fake = new GraphFake();
beforeAll(() => fake.listen());
afterAll(() => fake.close());

const columns = (siteId: string, list: string) =>
  Object.fromEntries(fake.list(siteId, list)!.columns.map((c) => [c.name, { type: c.type, indexed: c.indexed, unique: c.enforceUniqueValues }]));

describe('provision', () => {
  it('creates one list per kind and an audit list, with indexed filter columns', async () => {
    const siteId = fake.addSite();
    const result = await provision(fakeGraphClient(fake), siteId, 'VP');
    expect(result.createdLists).toEqual([...kinds.map((k) => `VP-${k}`), 'VP-audit']);
    // One read of the site's lists, then one POST per list carrying its columns.
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', ...Array(kinds.length + 1).fill('POST')]);

    const indexedText = { type: 'text', indexed: true, unique: false };
    expect(columns(siteId, 'VP-goal')).toEqual({
      Title: { type: 'text', indexed: false, unique: false },
      ItemId: { type: 'text', indexed: true, unique: true },
      ForvaltningId: indexedText,
      UnitId: indexedText,
      Year: { type: 'number', indexed: true, unique: false },
      ParentId: indexedText,
      Payload: { type: 'note', indexed: false, unique: false },
    });
    expect(columns(siteId, 'VP-forvaltning')).toEqual({
      Title: { type: 'text', indexed: false, unique: false },
      ItemId: { type: 'text', indexed: true, unique: true },
      GroupId: indexedText,
      Payload: { type: 'note', indexed: false, unique: false },
    });
    expect(Object.keys(columns(siteId, 'VP-unit'))).toEqual(['Title', 'ItemId', 'ForvaltningId', 'GroupId', 'Payload']);
    expect(columns(siteId, 'VP-unit')).toMatchObject({ GroupId: indexedText });
    expect(Object.keys(columns(siteId, 'VP-plan'))).toEqual(['Title', 'ItemId', 'ForvaltningId', 'UnitId', 'Year', 'Payload']);
    expect(columns(siteId, 'VP-audit')).toMatchObject({ TargetId: indexedText, ForvaltningId: indexedText, UnitId: indexedText, At: { indexed: false } });
  });

  it('changes nothing on a second run', async () => {
    const siteId = fake.addSite();
    const client = fakeGraphClient(fake);
    await provision(client, siteId, 'VP');
    fake.resetLog();
    expect(await provision(client, siteId, 'VP')).toEqual({ createdLists: [], createdColumns: [], indexedColumns: [] });
    expect(fake.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('adds missing columns and switches on missing indexes in existing lists', async () => {
    const siteId = fake.addSite();
    const client = fakeGraphClient(fake);
    await provision(client, siteId, 'VP');
    const goals = fake.list(siteId, 'VP-goal')!;
    goals.columns = goals.columns.filter((c) => c.name !== 'ParentId');
    goals.columns.find((c) => c.name === 'Year')!.indexed = false;
    const result = await provision(client, siteId, 'VP');
    expect(result).toEqual({ createdLists: [], createdColumns: ['VP-goal/ParentId'], indexedColumns: ['VP-goal/Year'] });
    expect(columns(siteId, 'VP-goal')).toMatchObject({ ParentId: { indexed: true }, Year: { indexed: true } });
  });

  it('names the lists from the configured prefix and leaves other lists alone', async () => {
    const siteId = fake.addSite();
    const client = fakeGraphClient(fake);
    await provision(client, siteId, 'VP');
    const result = await provision(client, siteId, 'Test');
    expect(result.createdLists).toContain('Test-goal');
    expect(fake.list(siteId, 'VP-goal')).toBeDefined();
  });
});
