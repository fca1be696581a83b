import { apiOnEachStore, type StoreApi } from '../testing/apiOnEachStore';

const base = '/forvaltningar/hagersten-alvsjo/competence/2023';
const chef = 'dev-avdelningschef';
const newRow = {
  avdelning: 'Avdelning förskola',
  categories: ['attrahera', 'rekrytera'],
  goal: 'Fler legitimerade förskollärare söker till oss',
  activity: 'Delta på två rekryteringsmässor',
  targetDate: { text: '2023-2025' },
  responsible: ['Avdelningschef förskola', 'HR'],
  resources: ['Kommunikationsenheten', '20 timmar'],
  followUp: 'Tertial 2 och VB',
  vpGoal: 'Nämndmål: Stadsdelsnämnden är en attraktiv arbetsgivare och har en god arbetsmiljö',
  linkedGoalIds: [],
};

describe.each(apiOnEachStore)('competence-supply plan (%s)', (_store, start) => {
  let api: StoreApi;
  beforeEach(async () => {
    api = await start();
  });
  afterEach(() => api.stop());

  const send = (method: string, path: string, as: string, body?: unknown, headers: Record<string, string> = {}) =>
    api.call(path, { method, as, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const list = async () => {
    const response = await api.call(base, { as: 'dev-personal-hag' });
    expect(response.status).toBe(200);
    return (await response.json()) as { id: string; avdelning: string; eTag: string; [field: string]: unknown }[];
  };
  const row = async (id: string) => (await list()).find((r) => r.id === id)!;
  const errorOf = async (response: Response) => ((await response.json()) as { error: { message: string } }).error.message;

  it('lists the demo rows avdelning by avdelning in the order of the plan', async () => {
    const rows = await list();
    expect(rows).toHaveLength(53);
    expect([...new Set(rows.map((r) => r.avdelning))]).toEqual(['Avdelning förskola', 'Äldreomsorgen', 'Social omsorg', 'Samhällsplanering och intern service']);
    expect(rows[0]).toMatchObject({ id: 'comp-forskola-01', categories: ['utveckla'], targetDate: { text: '2023', due: '2023-12-31' }, followUp: 'Tertial 1 och 2 samt VB' });
    expect(await (await api.call('/forvaltningar/hagersten-alvsjo/competence/2022')).json()).toEqual([]);
    expect((await api.call('/forvaltningar/finns-inte/competence/2023')).status).toBe(404);
    expect((await api.call('/forvaltningar/smedjebacken/competence/2023', { as: 'dev-personal-hag' })).status).toBe(403);
  });

  it('creates a row as the avdelningschef, reads back every field, derives the due date and puts it last in its avdelning', async () => {
    const response = await send('POST', base, chef, newRow);
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(response.headers.get('etag')).toBe(created.eTag);
    expect(created).toEqual({
      ...newRow,
      id: created.id,
      eTag: created.eTag,
      forvaltningId: 'hagersten-alvsjo',
      unitId: null,
      year: 2023,
      parentId: null,
      order: 13,
      targetDate: { text: '2023-2025', due: '2025-12-31' },
    });
    const rows = await list();
    expect(rows.find((r) => r.id === created.id)).toEqual(created);
    // Last of Avdelning förskola, before Äldreomsorgen.
    expect(rows.map((r) => r.id).indexOf(created.id)).toBe(13);
  });

  it('changes exactly the fields a PATCH names; the due date follows the text', async () => {
    const before = await row('comp-forskola-05');
    const response = await send('PATCH', `${base}/comp-forskola-05`, chef, { followUp: 'Tertial 1', targetDate: { text: '2024' } }, { 'if-match': before.eTag });
    expect(response.status).toBe(200);
    const saved = await response.json();
    expect(response.headers.get('etag')).toBe(saved.eTag);
    const { eTag: _before, ...unchanged } = before;
    const { eTag: _saved, ...after } = saved;
    expect(after).toEqual({ ...unchanged, followUp: 'Tertial 1', targetDate: { text: '2024', due: '2024-12-31' } });
    expect(await row('comp-forskola-05')).toEqual(saved);
  });

  it('refuses a stale If-Match with the newer row, and a missing one', async () => {
    const read = await row('comp-forskola-01');
    const first = await send('PATCH', `${base}/comp-forskola-01`, chef, { followUp: 'Först' }, { 'if-match': read.eTag });
    expect(first.status).toBe(200);
    const stale = await send('PATCH', `${base}/comp-forskola-01`, chef, { followUp: 'Sedan' }, { 'if-match': read.eTag });
    expect(stale.status).toBe(412);
    const body = await stale.json();
    expect(body.error.message).toMatch(/Någon annan har ändrat/);
    expect(body.error.current.followUp).toBe('Först');
    expect((await row('comp-forskola-01')).followUp).toBe('Först');
    expect((await send('PATCH', `${base}/comp-forskola-01`, chef, { followUp: 'Utan' })).status).toBe(428);
    const staleDelete = await send('DELETE', `${base}/comp-forskola-01`, chef, undefined, { 'if-match': read.eTag });
    expect(staleDelete.status).toBe(412);
    expect(await row('comp-forskola-01')).toBeDefined();
  });

  it('deletes a row with If-Match', async () => {
    const read = await row('comp-aldre-04');
    const response = await send('DELETE', `${base}/comp-aldre-04`, chef, undefined, { 'if-match': read.eTag });
    expect(response.status).toBe(204);
    expect(await row('comp-aldre-04')).toBeUndefined();
    expect((await send('DELETE', `${base}/comp-aldre-04`, chef, undefined, { 'if-match': read.eTag })).status).toBe(404);
  });

  it('lets only the avdelningschef of the förvaltning write', async () => {
    const read = await row('comp-forskola-01');
    for (const as of ['dev-personal-hag', 'dev-rektor-hag', 'dev-avdelningschef-smb']) {
      const created = await send('POST', base, as, newRow);
      expect(created.status).toBe(403);
      expect(await errorOf(created)).toMatch(/avdelningschef/);
      expect((await send('PATCH', `${base}/comp-forskola-01`, as, { followUp: 'x' }, { 'if-match': read.eTag })).status).toBe(403);
      expect((await send('DELETE', `${base}/comp-forskola-01`, as, undefined, { 'if-match': read.eTag })).status).toBe(403);
    }
    expect(await row('comp-forskola-01')).toEqual(read);
  });

  it('answers malformed input 400 in Swedish, and never takes a due date from the body', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...newRow, categories: ['utvekla'] }, /Välj bland utveckla/],
      [{ ...newRow, categories: [] }, /Välj minst en kategori/],
      [{ ...newRow, okänt: 1 }, /Ogiltiga uppgifter/],
      [{ ...newRow, targetDate: { text: '2023', due: '2023-01-01' } }, /Ogiltiga uppgifter/],
      [{ ...newRow, activity: '  ' }, /Skriv aktiviteten/],
      [{ ...newRow, linkedGoalIds: ['finns-inte'] }, /Målet "finns-inte" finns inte/],
    ];
    for (const [body, message] of cases) {
      const response = await send('POST', base, chef, body);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatch(message);
    }
    const read = await row('comp-forskola-01');
    for (const [body, message] of [
      [{ categories: [] }, /Välj minst en kategori/],
      [{ targetDate: { text: '2024', due: '2024-01-01' } }, /Ogiltiga uppgifter/],
      [{ unitId: 'hagerstensasens-forskolor' }, /Ogiltiga uppgifter/],
    ] as [unknown, RegExp][]) {
      const response = await send('PATCH', `${base}/comp-forskola-01`, chef, body, { 'if-match': read.eTag });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatch(message);
    }
    expect(await row('comp-forskola-01')).toEqual(read);
    expect((await api.call('/forvaltningar/hagersten-alvsjo/competence/20x3')).status).toBe(400);
  });

  it('lists for a unit the rows linked to a goal of its plan: the förvaltning’s or its own, never another unit’s', async () => {
    const base2021 = '/forvaltningar/hagersten-alvsjo/competence/2021';
    const create = async (activity: string, linkedGoalIds: string[]) => {
      const response = await send('POST', base2021, chef, { avdelning: 'Avdelning förskola', categories: ['utveckla'], activity, linkedGoalIds });
      expect(response.status).toBe(201);
      return (await response.json()).id as string;
    };
    const nämndmål = await create('Till nämndmålet', ['nm-1.3-1']);
    const ownGoal = await create('Till Hägerstensåsens enhetsmål', ['hag-em-1']);
    await create('Utan mål', []);
    const otherUnit = await create('Till Mälarhöjdens enhetsmål', ['mv-em-1']);
    const idsFor = async (unitId: string) => ((await (await api.call(`/units/${unitId}/competence/2021`)).json()) as { id: string }[]).map((r) => r.id);
    expect(await idsFor('hagerstensasens-forskolor')).toEqual([nämndmål, ownGoal]);
    expect(await idsFor('malarhojden-vastertorps-forskolor')).toEqual([nämndmål, otherUnit]);
    expect(await idsFor('hagerstensasens-forskolor')).not.toContain(otherUnit);
    expect(await (await api.call('/units/hagerstensasens-forskolor/competence/2023')).json()).toEqual([]);
    expect((await api.call('/units/finns-inte/competence/2021')).status).toBe(404);
  });
});
