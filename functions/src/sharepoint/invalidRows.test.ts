import { readFollowUpData } from '../app/overview/followUpData';
import { seedDemoData } from '../seed/seed';
import { serveApi } from '../testing/apiHost';
import { openFakeSharePointStore } from '../testing/fakeSharePoint';
import { GraphFake } from '../testing/graphFake';
import { deltaFollowUp } from './deltaFollowUp';
import { ITEM_ID, listDisplayName, PAYLOAD, TARGET_ID } from './listSchema';

// A row edited by hand in SharePoint that no longer holds a valid item: every read that touches it
// answers 502 naming the row and what is wrong (logged once), other reads go on, and once the row is
// fixed the same reads answer again, the delta mirror's included.
const fake = new GraphFake();
let siteId: string;
let plain: Awaited<ReturnType<typeof serveApi>>;
let delta: Awaited<ReturnType<typeof serveApi>>;
let logged: unknown[][] = [];
const errorLog = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));

const goals = listDisplayName('VP', 'goal');
/** The goal row edited by hand: SharePoint's item id and its fields as seeded. */
let row: number;
let seeded: Record<string, unknown>;

beforeAll(async () => {
  fake.listen();
  const opened = await openFakeSharePointStore(fake);
  siteId = opened.siteId;
  await seedDemoData(opened.store);
  plain = await serveApi(opened.store, readFollowUpData(opened.store));
  delta = await serveApi(opened.store, deltaFollowUp(opened.store));
  const item = [...fake.list(siteId, goals)!.items.values()].find((i) => i.fields[ITEM_ID] === 'hag-em-1')!;
  row = item.id;
  seeded = { ...item.fields };
});
afterAll(async () => {
  await plain.close();
  await delta.close();
  fake.close();
  errorLog.mockRestore();
});
beforeEach(() => (logged = []));
afterEach(() => fake.editItem(siteId, goals, row, { [ITEM_ID]: seeded[ITEM_ID], [PAYLOAD]: seeded[PAYLOAD] }));

const hagPlan = '/units/hagerstensasens-forskolor/plans/2021';
const overview = '/forvaltningar/hagersten-alvsjo/overview?year=2021&period=T1';
const edited = (change: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(seeded[PAYLOAD] as string), ...change });
const notJson = () => '{"id":"hag-em-1","title":';
const editGoal = (fields: Record<string, unknown>) => fake.editItem(siteId, goals, row, fields);
/** Log lines (JSON, one per call) whose message holds the text. */
const loggedWith = (text: string) => logged.filter(([line]) => typeof line === 'string' && (JSON.parse(line) as { message: string }).message.includes(text));

async function refused(path: string, api = plain) {
  const response = await api.call(path);
  expect(response.status).toBe(502);
  const body = await response.json();
  expect(body.error.code).toBe('STORED_DATA_INVALID');
  return body.error.message as string;
}

it.each([
  ['not JSON', notJson, 'kan inte läsas: innehållet är inte giltig JSON'],
  ['an empty title', () => edited({ title: '' }), 'har ogiltiga värden: title – '],
  ['a field of the wrong type', () => edited({ expectedResults: 'en rad' }), 'har ogiltiga värden: expectedResults – '],
])('a goal row holding %s: the plan answers 502 naming the goal, its row and what is wrong; other plans still answer', async (_, payload, problem) => {
  editGoal({ [PAYLOAD]: payload() });
  const message = await refused(hagPlan);
  expect(message).toContain(`Målet "hag-em-1" (rad ${row} i SharePoint-listan) ${problem}`);
  expect(message).toMatch(/Rätta raden i SharePoint eller återställ en tidigare version\.$/);
  expect(loggedWith(message)).toHaveLength(1);
  expect((await plain.call('/units/malarhojden-vastertorps-forskolor/plans/2021')).status).toBe(200);
});

it.each([
  ['left out of the fields', undefined],
  ['null', null],
])('an emptied payload column (%s) reads as not JSON', async (_, empty) => {
  editGoal({ [PAYLOAD]: empty });
  expect(await refused(hagPlan)).toContain('innehållet är inte giltig JSON');
});

it('with the ItemId column emptied too, names the goal by the id in its JSON, or by its row alone', async () => {
  editGoal({ [ITEM_ID]: undefined, [PAYLOAD]: edited({ title: '' }) });
  expect(await refused(hagPlan)).toContain(`Målet "hag-em-1" (rad ${row} i SharePoint-listan) har ogiltiga värden`);
  editGoal({ [PAYLOAD]: notJson() });
  expect(await refused(hagPlan)).toContain(`Målet på rad ${row} i SharePoint-listan kan inte läsas`);
});

it.each([
  ['plain', () => plain],
  ['delta', () => delta],
])('the förvaltning overview (%s reader) answers 502 while the row is wrong, and again once it is fixed', async (_, api) => {
  expect((await api().call(overview)).status).toBe(200);
  editGoal({ [PAYLOAD]: edited({ title: '' }) });
  expect(await refused(overview, api())).toContain(`Målet "hag-em-1" (rad ${row} i SharePoint-listan) har ogiltiga värden: title – `);
  expect(await refused(overview, api())).toContain('title – ');
  editGoal({ [PAYLOAD]: seeded[PAYLOAD] });
  expect((await api().call(overview)).status).toBe(200);
});

it('an audit row that breaks its schema: the history answers 502 naming the entry', async () => {
  const audit = listDisplayName('VP', 'audit');
  const entry = [...fake.list(siteId, audit)!.items.values()].find((i) => i.fields[TARGET_ID] === 'hag-em-1')!;
  const saved = entry.fields[PAYLOAD];
  fake.editItem(siteId, audit, entry.id, { [PAYLOAD]: JSON.stringify({ ...JSON.parse(saved as string), at: 'igår' }) });
  try {
    const message = await refused('/audit?itemId=hag-em-1');
    expect(message).toContain(`Historikposten "${String(entry.fields[ITEM_ID])}" (rad ${entry.id} i SharePoint-listan) har ogiltiga värden: at – `);
  } finally {
    fake.editItem(siteId, audit, entry.id, { [PAYLOAD]: saved });
  }
});
