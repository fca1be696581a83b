import { startApiHost, type ApiHost } from '../testing/apiHost';

let api: ApiHost;
beforeAll(async () => {
  api = await startApiHost();
});
afterAll(() => api.stop());

const hagItems = '/units/hagerstensasens-forskolor/plans/2021';
const goal = { level: 'unitGoal', parentId: 'nm-1.3-1', title: 'Ett giltigt mål' };
const activity = { parentId: 'hag-em-1', text: 'Språkpromenad', start: '2021-03-01', end: '2021-05-31' };

async function post(collection: string, body: unknown) {
  const response = await api.call(`${hagItems}/${collection}`, { method: 'POST', as: 'dev-rektor-hag', body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, error: (await response.json()).error };
}

describe('bad input is refused with a readable 400 naming the field, and nothing is written', () => {
  let auditBefore: number;
  let planBefore: string;
  beforeAll(async () => {
    auditBefore = (await (await api.call('/audit?limit=1000')).json()).length;
    planBefore = await (await api.call(hagItems)).text();
  });
  afterAll(async () => {
    expect((await (await api.call('/audit?limit=1000')).json()).length).toBe(auditBefore);
    expect(await (await api.call(hagItems)).text()).toBe(planBefore);
  });

  it.each([
    ['an unknown field', 'goals', { ...goal, colour: 'blå' }, 'colour', 'Okänt fält'],
    ['a wrong type', 'goals', { ...goal, expectedResults: 'inte en lista' }, 'expectedResults', ''],
    ['an empty title', 'goals', { ...goal, title: '   ' }, 'title', ''],
    ['a missing title', 'goals', { level: 'unitGoal', parentId: 'nm-1.3-1' }, 'title', ''],
    ['an unknown level', 'goals', { ...goal, level: 'superGoal' }, 'level', ''],
    ['oversized text', 'goals', { ...goal, workingMethods: 'x'.repeat(20_001) }, 'workingMethods', ''],
    ['a non-existent parent', 'goals', { ...goal, parentId: 'nm-9.9-9' }, 'parentId', 'finns inte'],
    ['a parent on the wrong level', 'goals', { ...goal, parentId: 'kf-1.3' }, 'parentId', 'nivån ovanför'],
    ['end date before start date', 'activities', { ...activity, end: '2021-02-01' }, 'end', 'Slutdatum kan inte vara före startdatum'],
    ['an impossible date', 'activities', { ...activity, start: '2021-02-30' }, 'start', ''],
    ['an activity under a missing goal', 'activities', { ...activity, parentId: 'nope' }, 'parentId', 'finns inte'],
    ['an indicator without aggregation rule', 'indicators', { parentId: 'hag-em-1', name: 'Andel', direction: 'higherIsBetter', annualTarget: null, councilTarget: null, periodicity: 'tertial' }, 'aggregation', ''],
  ])('%s', async (_what, collection, body, field, words) => {
    const { status, error } = await post(collection, body);
    expect(status).toBe(400);
    expect(error.code).toBe('VALIDATION');
    expect(error.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(error.message).toContain(field);
    expect(error.message).toContain(words);
  });

  it('an item too large for one SharePoint list item', async () => {
    const body = { ...goal, description: 'x'.repeat(19_000), workingMethods: 'x'.repeat(19_000), development: 'x'.repeat(19_000), resources: ['x'.repeat(2_000), 'y'.repeat(2_000)] };
    const { status, error } = await post('goals', body);
    expect(status).toBe(400);
    expect(error.message).toContain('för stor att spara');
  });

  it('malformed JSON and empty bodies', async () => {
    const malformed = await post('goals', '{"title": "oj",');
    expect(malformed.status).toBe(400);
    expect(malformed.error.message).toMatch(/^Ogiltig JSON/);
    expect((await post('goals', '')).status).toBe(400);
  });

  it('oversized bodies (413)', async () => {
    expect((await post('goals', { ...goal, development: 'x'.repeat(300_000) })).status).toBe(413);
  });

  it('an update that would make the item invalid', async () => {
    const current = await api.call(`${hagItems}/goals/hag-em-1`);
    const response = await api.call(`${hagItems}/goals/hag-em-1`, {
      method: 'PATCH',
      as: 'dev-rektor-hag',
      headers: { 'if-match': current.headers.get('etag')! },
      body: JSON.stringify({ title: '', id: 'other' }),
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['id', 'title']);
  });

  it('an unknown audit filter', async () => {
    expect((await api.call('/audit?who=me')).status).toBe(400);
  });
});

describe('a report with bad figures or repeated entries is refused before anything is written', () => {
  const t1 = `${hagItems}/reports/T1`;
  const licensed = 'ind-kf-1.3-1'; // Andel legitimerade förskollärare: ratioOfSums × 100, tertial
  const jobs = 'ind-kf-1.1-1'; // Antal feriejobb: sum, tertial
  const ratio = (numerator: number, denominator: number) => ({ indicatorId: licensed, value: null, numerator, denominator, weight: null, comment: '' });
  const count = (value: number) => ({ indicatorId: jobs, value, numerator: null, denominator: null, weight: null, comment: '' });
  const goalEntry = { goalId: 'hag-em-1', assessment: 'partly', analysis: '' };
  const activityEntry = { activityId: 'act-nm-1.3-1-1', status: 'ongoing', comment: '' };

  let auditBefore: number;
  beforeAll(async () => {
    auditBefore = (await (await api.call('/audit?limit=1000')).json()).length;
  });
  afterAll(async () => {
    expect((await (await api.call('/audit?limit=1000')).json()).length).toBe(auditBefore);
    expect((await (await api.call(t1)).json()).eTag).toBeNull();
  });

  it.each([
    ['a ratio that overflows', { indicators: [ratio(1e308, 0.001)] }, 'indicators.0.numerator'],
    ['bounded counts whose ratio is out of range', { indicators: [ratio(1e12, 0.001)] }, 'indicators.0.denominator'],
    ['a value out of range', { indicators: [count(1e13)] }, 'indicators.0.value'],
    ['a goal twice', { goals: [goalEntry, { ...goalEntry, assessment: 'fully' }] }, 'goals.1.goalId'],
    ['an indicator twice', { indicators: [ratio(1, 2), count(3), ratio(2, 3)] }, 'indicators.2.indicatorId'],
    ['an activity twice', { activities: [activityEntry, activityEntry] }, 'activities.1.activityId'],
  ])('%s', async (_what, body, field) => {
    const response = await api.call(t1, { method: 'PUT', as: 'dev-personal-hag', body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('VALIDATION');
    expect(error.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    expect(error.message).toMatch(/Högst|större än|negativ|finns redan/);
  });
});
