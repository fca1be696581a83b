import type { Store } from '@vp/shared';
import { readFollowUpData } from '../app/overview/followUpData';
import { routes } from '../http/routes';
import { serveApi, startApiHost, type ApiHost } from '../testing/apiHost';

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
    ['a title of invisible characters only', 'goals', { ...goal, title: '\u200B\u200C\u200D\uFEFF\u00AD \u2060' }, 'title', 'osynliga tecken'],
    ['a NUL in a title', 'goals', { ...goal, title: 'Mål\u0000' }, 'title', 'Otillåtet styrtecken (U+0000)'],
    ['a control character in a long text', 'goals', { ...goal, workingMethods: 'Vi läser\u0007 varje dag' }, 'workingMethods', 'Otillåtet styrtecken (U+0007)'],
    ['a carriage return (the tab sends line feeds only)', 'goals', { ...goal, description: 'Rad ett\r\nRad två' }, 'description', 'U+000D'],
    ['a lone surrogate', 'goals', { ...goal, development: 'trasig \uD83D text' }, 'development', 'ensamt surrogat'],
    ['a line of invisible characters only', 'goals', { ...goal, expectedResults: ['Ett resultat', '\u200B'] }, 'expectedResults.1', 'osynliga tecken'],
    ['a control character in a measure unit', 'indicators', { parentId: 'hag-em-1', name: 'Andel', measureUnit: '%\u001B', direction: 'higherIsBetter', annualTarget: null, councilTarget: null, periodicity: 'tertial', aggregation: { rule: 'sum' } }, 'measureUnit', 'U+001B'],
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

describe('ids in routes and queries follow the one Id pattern; the SharePoint "no unit" sentinel never reaches the store', () => {
  const sentinel = '(none)';
  const seen: string[] = [];
  let spied: Awaited<ReturnType<typeof serveApi>>;
  beforeAll(async () => {
    // Every call the API makes to the store, with its arguments.
    const store = new Proxy(api.store, {
      get: (target, name, receiver) => {
        const member = Reflect.get(target, name, receiver);
        return typeof member === 'function' ? (...args: unknown[]) => (seen.push(JSON.stringify(args)), member.apply(target, args)) : member;
      },
    }) as Store;
    spied = await serveApi(store, readFollowUpData(store));
  });
  afterAll(() => spied.close());

  const sample: Record<string, string> = {
    forvaltningId: 'hagersten-alvsjo',
    unitId: 'hagerstensasens-forskolor',
    year: '2021',
    collection: 'goals',
    itemId: 'hag-em-1',
    period: 'T1',
    summaryId: 'some-summary',
    versionId: 'some-version',
    meetingId: 'some-meeting',
    noteId: 'some-note',
    flagId: 'some-flag',
    agendaItemId: 'some-point',
    rowId: 'some-row',
    scope: 'forskola',
    assessmentId: 'some-assessment',
    areaId: 'some-area',
  };
  const idParams = ['forvaltningId', 'unitId', 'itemId', 'summaryId', 'versionId', 'meetingId', 'noteId', 'flagId', 'agendaItemId', 'rowId', 'assessmentId', 'areaId'];
  const cases = routes.flatMap((r) =>
    [...r.route.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1]!)
      .filter((p) => idParams.includes(p))
      .flatMap((param) =>
        [sentinel, 'a b', 'x'.repeat(101)].map((bad) => {
          const path = r.route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(name === param ? bad : sample[name]!));
          return [`${r.methods[0]} ${r.name} with ${param}=${bad.slice(0, 8)}`, r.methods[0]!, `/${path}${r.name.endsWith('Summary') || r.name === 'getOverview' ? '?year=2021&period=T1' : ''}`, param] as const;
        }),
      ),
  );
  const queries = [
    ['/audit?unitId=', 'unitId'],
    ['/audit?forvaltningId=', 'forvaltningId'],
    ['/audit?itemId=', 'itemId'],
    ['/units?forvaltningId=', 'forvaltningId'],
  ].map(([path, param]) => [`GET ${path}(none)`, 'GET', `${path}${encodeURIComponent(sentinel)}`, param] as const);

  it.each([...cases, ...queries])('%s → 400 naming it', async (_name, method, path, param) => {
    const before = seen.length;
    const body = ['POST', 'PUT', 'PATCH'].includes(method) ? '{}' : undefined;
    const response = await spied.call(path, { method, as: 'dev-avdelningschef', body, headers: { 'if-match': '"x"' } });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields).toEqual([{ field: param, message: expect.stringMatching(/bokstäver|tecken|Högst|För/) }]);
    expect(seen.slice(before).filter((args) => args.includes(sentinel))).toEqual([]);
  });

  it.each([
    ['an id with a space before it in a route', '/units/%20hagerstensasens-forskolor', 'unitId'],
    ['an id with a space after it in a query', '/units?forvaltningId=hagersten-alvsjo%20', 'forvaltningId'],
    ['an audit limit in hexadecimal', '/audit?limit=0x10', 'limit'],
    ['an audit limit with a space', '/audit?limit=%205', 'limit'],
  ])('%s → 400', async (_what, path, param) => {
    const response = await spied.call(path);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.map((f: { field: string }) => f.field)).toEqual([param]);
  });

  it('covers every id parameter of the route table', () => {
    expect(new Set(cases.map((c) => c[3]))).toEqual(new Set(idParams));
    expect(seen.filter((args) => args.includes(sentinel))).toEqual([]);
  });
});

describe('years are exactly four digits, in routes and queries', () => {
  it.each([
    ['a hexadecimal year in a route', `/units/hagerstensasens-forskolor/plans/0x7E5`],
    ['a year with a leading space in a route', `/units/hagerstensasens-forskolor/plans/%202021`],
    ['a decimal year in a route', `/forvaltningar/hagersten-alvsjo/plans/2021.0`],
    ['a hexadecimal year in a query', `/forvaltningar/hagersten-alvsjo/overview?year=0x7E5&period=T1`],
    ['a year with a leading space in a query', `/forvaltningar/hagersten-alvsjo/overview?year=%202021&period=T1`],
    ['a year with a plus sign in a query', `/forvaltningar/hagersten-alvsjo/overview?year=%2B2021&period=T1`],
    ['a year in exponent form in a query', `/forvaltningar/hagersten-alvsjo/overview?year=2.021e3&period=T1`],
  ])('%s → 400', async (_what, path) => {
    const response = await api.call(path);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields).toEqual([{ field: 'year', message: 'Ange ett år med fyra siffror, t.ex. 2021' }]);
  });
});

describe('section keys are unique within a plan', () => {
  const sections = `${hagItems}/sections`;
  let auditBefore: number;
  beforeAll(async () => {
    auditBefore = (await (await api.call('/audit?limit=1000')).json()).length;
  });

  it('creating a section with a key the plan already has → 409 naming the key', async () => {
    const { status, error } = await post('sections', { key: 'inledning', title: 'En till inledning', text: '' });
    expect(status).toBe(409);
    expect(error.fields).toEqual([{ field: 'key', message: expect.stringContaining('redan ett avsnitt med nyckeln "inledning"') }]);
  });

  it('renaming a section to a key the plan already has → 409; keeping its own key is fine', async () => {
    const path = `${sections}/hag-sec-ovrigt`;
    const current = await api.call(path);
    const etag = current.headers.get('etag')!;
    const renamed = await api.call(path, { method: 'PATCH', as: 'dev-rektor-hag', headers: { 'if-match': etag }, body: JSON.stringify({ key: 'budget-2021' }) });
    expect(renamed.status).toBe(409);
    expect((await renamed.json()).error.fields.map((f: { field: string }) => f.field)).toEqual(['key']);
    expect((await api.call(path)).headers.get('etag')).toBe(etag);
    expect((await (await api.call('/audit?limit=1000')).json()).length).toBe(auditBefore);

    const same = await api.call(path, { method: 'PATCH', as: 'dev-rektor-hag', headers: { 'if-match': etag }, body: JSON.stringify({ key: 'ovrigt', text: 'Inget övrigt.' }) });
    expect(same.status).toBe(200);
    expect(await same.json()).toMatchObject({ key: 'ovrigt', text: 'Inget övrigt.' });
  });
});
