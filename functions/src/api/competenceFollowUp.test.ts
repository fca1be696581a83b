import { activityStatuses, type CompetenceFollowUpView } from '@vp/shared';
import { apiOnEachStore, type StoreApi } from '../testing/apiOnEachStore';

const plan = '/forvaltningar/hagersten-alvsjo/competence/2023';
const followUp = (period: string) => `${plan}/followup/${period}`;
const chef = 'dev-avdelningschef';

type Row = { id: string; categories: string[]; eTag: string };
type Entry = CompetenceFollowUpView['entries'][number];

describe.each(apiOnEachStore)('competence-supply follow-up per period (%s)', (_store, start) => {
  let api: StoreApi;
  beforeEach(async () => {
    api = await start();
  });
  afterEach(() => api.stop());

  const rows = async () => (await (await api.call(plan, { as: chef })).json()) as Row[];
  const read = async (period = 'T1', as = 'dev-personal-hag') => {
    const response = await api.call(followUp(period), { as });
    expect(response.status).toBe(200);
    const view = (await response.json()) as CompetenceFollowUpView;
    expect(response.headers.get('etag')).toBe(view.eTag);
    return view;
  };
  const save = (body: unknown, ifMatch: string | null, { period = 'T1', as = chef } = {}) =>
    api.call(followUp(period), { method: 'PATCH', as, headers: ifMatch ? { 'if-match': ifMatch } : {}, body: JSON.stringify(body) });
  const errorOf = async (response: Response) => ((await response.json()) as { error: { message: string; current?: CompetenceFollowUpView } }).error;
  const notFollowedUp = (rowId: string): Entry => ({ rowId, status: null, comment: '' });

  /** The roll-up the rows and entries call for, counted here row by row. */
  const expectedRollup = (all: Row[], entries: Entry[]) => {
    const statusOf = (row: Row) => entries.find((e) => e.rowId === row.id)?.status ?? 'missing';
    const count = (some: Row[]) => Object.fromEntries([...activityStatuses, 'missing'].map((s) => [s, some.filter((r) => statusOf(r) === s).length]));
    const categories = ['utveckla', 'behalla', 'attrahera', 'rekrytera', 'introducera', 'avsluta'].map((category) => {
      const inCategory = all.filter((r) => r.categories.includes(category));
      return { category, rows: inCategory.length, counts: count(inCategory) };
    });
    return { rows: all.length, total: count(all), categories };
  };

  it('reads a period nobody has followed up: every row without status, all counted as missing', async () => {
    const all = await rows();
    const view = await read('T2');
    expect(view).toMatchObject({ forvaltningId: 'hagersten-alvsjo', year: 2023, period: 'T2' });
    expect(view.entries).toEqual(all.map((r) => notFollowedUp(r.id)));
    expect(view.rollup).toEqual(expectedRollup(all, []));
    expect(view.rollup.total.missing).toBe(all.length);
    for (const c of view.rollup.categories) expect(Object.values(c.counts).reduce((a, b) => a + b, 0)).toBe(c.rows);
    expect((await api.call('/forvaltningar/finns-inte/competence/2023/followup/T1')).status).toBe(404);
    const badPeriod = await api.call(`${plan}/followup/T3`);
    expect(badPeriod.status).toBe(400);
    expect((await errorOf(badPeriod)).message).toMatch(/Ange period T1, T2 eller VB/);
  });

  it('saves several rows at once, reads back every row and the roll-up, and leaves the other periods alone', async () => {
    const all = await rows();
    const before = await read('T1');
    const named: Entry[] = [
      { rowId: 'comp-forskola-01', status: 'ongoing', comment: 'Två av fyra utbildningsdagar genomförda.' },
      { rowId: 'comp-forskola-03', status: 'done', comment: '' },
      { rowId: 'comp-aldre-02', status: 'notStarted', comment: 'Skjuts till hösten.' },
    ];
    const response = await save({ entries: named }, before.eTag);
    expect(response.status).toBe(200);
    const saved = (await response.json()) as CompetenceFollowUpView;
    expect(response.headers.get('etag')).toBe(saved.eTag);
    expect(saved.eTag).not.toBe(before.eTag);
    const expectedEntries = all.map((r) => named.find((e) => e.rowId === r.id) ?? notFollowedUp(r.id));
    expect(saved.entries).toEqual(expectedEntries);
    expect(saved.rollup).toEqual(expectedRollup(all, named));
    expect(await read('T1')).toEqual(saved);
    expect((await read('T2')).entries).toEqual(all.map((r) => notFollowedUp(r.id)));
    expect((await read('VB')).entries).toEqual(all.map((r) => notFollowedUp(r.id)));
    // The rows themselves are not touched by their follow-up.
    expect(await rows()).toEqual(all);
  });

  it('changes only what an entry names: a status keeps the comment, a comment keeps the status', async () => {
    const first = await save({ entries: [{ rowId: 'comp-forskola-02', status: 'ongoing', comment: 'Påbörjad i mars.' }, { rowId: 'comp-forskola-04', comment: 'Bara en kommentar.' }] }, (await read()).eTag);
    expect(first.status).toBe(200);
    const statusOnly = await save({ entries: [{ rowId: 'comp-forskola-02', status: 'done' }] }, ((await first.json()) as CompetenceFollowUpView).eTag);
    expect(statusOnly.status).toBe(200);
    const commentOnly = await save({ entries: [{ rowId: 'comp-forskola-04', comment: 'Ändrad kommentar.' }] }, ((await statusOnly.json()) as CompetenceFollowUpView).eTag);
    expect(commentOnly.status).toBe(200);
    const view = await read();
    const entry = (rowId: string) => view.entries.find((e) => e.rowId === rowId);
    expect(entry('comp-forskola-02')).toEqual({ rowId: 'comp-forskola-02', status: 'done', comment: 'Påbörjad i mars.' });
    expect(entry('comp-forskola-04')).toEqual({ rowId: 'comp-forskola-04', status: null, comment: 'Ändrad kommentar.' });
    expect(view.rollup.total.missing).toBe(view.entries.length - 1);
  });

  it('refuses a stale If-Match with the period as it is now, keeps the newer follow-up, and wants an If-Match', async () => {
    const read1 = await read();
    expect((await save({ entries: [{ rowId: 'comp-forskola-01', status: 'ongoing' }] }, read1.eTag)).status).toBe(200);
    const stale = await save({ entries: [{ rowId: 'comp-forskola-01', status: 'cancelled' }, { rowId: 'comp-forskola-05', status: 'done' }] }, read1.eTag);
    expect(stale.status).toBe(412);
    const error = await errorOf(stale);
    expect(error.message).toMatch(/Någon annan har ändrat/);
    const now = await read();
    expect(error.current).toEqual(now);
    expect(now.entries.find((e) => e.rowId === 'comp-forskola-01')!.status).toBe('ongoing');
    expect(now.entries.find((e) => e.rowId === 'comp-forskola-05')!.status).toBeNull();
    const missing = await save({ entries: [{ rowId: 'comp-forskola-01', status: 'done' }] }, null);
    expect(missing.status).toBe(428);
    expect((await errorOf(missing)).message).toMatch(/If-Match saknas/);
    expect(await read()).toEqual(now);
  });

  it('saves all the rows named or none: a write that fails at the store leaves every row as it was', async () => {
    const before = await read();
    // Stands in for another first save of comp-forskola-02 landing between the read and the write: the
    // follow-up's id is taken, so creating it fails after comp-forskola-01's write was queued.
    await api.store.create('competenceReport', { id: 'comp-forskola-02.T1', forvaltningId: 'hagersten-alvsjo', year: 2023, period: 'T2', rowId: 'comp-forskola-02', status: 'done', comment: '' }, { id: 'test', name: 'Test' });
    const response = await save({ entries: [{ rowId: 'comp-forskola-01', status: 'ongoing' }, { rowId: 'comp-forskola-02', status: 'ongoing' }] }, before.eTag);
    expect(response.status).toBe(412);
    expect(await read()).toEqual(before);
  });

  it('answers malformed input 400 in Swedish and saves nothing of it', async () => {
    const before = await read();
    const cases: [unknown, RegExp][] = [
      [{ entries: [{ rowId: 'comp-forskola-01', status: 'klar' }] }, /Ogiltiga uppgifter/],
      [{ entries: [] }, /Ange minst en rad/],
      [{ entries: [{ rowId: 'comp-forskola-01' }] }, /Ange status eller kommentar/],
      [{ entries: [{ rowId: 'comp-forskola-01', status: 'done' }, { rowId: 'comp-forskola-01', comment: 'x' }] }, /finns redan som post 1/],
      [{ entries: [{ rowId: 'comp-forskola-01', status: 'done', okänt: 1 }] }, /Ogiltiga uppgifter/],
      [{ entries: [{ rowId: 'comp-forskola-01', comment: 'x'.repeat(20_001) }] }, /Högst 20 000 tecken/],
      [{ entries: [{ rowId: 'comp-forskola-01', status: 'done' }, { rowId: 'finns-inte', status: 'done' }] }, /Raden "finns-inte" finns inte i kompetensförsörjningsplanen 2023/],
      [[], /Ogiltiga uppgifter/],
    ];
    for (const [body, message] of cases) {
      const response = await save(body, before.eTag);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toMatch(message);
    }
    expect(await read()).toEqual(before);
  });

  it('lets only the avdelningschef of the förvaltning save; everyone of the förvaltning reads', async () => {
    const before = await read();
    for (const as of ['dev-personal-hag', 'dev-rektor-hag', 'dev-avdelningschef-smb']) {
      const response = await save({ entries: [{ rowId: 'comp-forskola-01', status: 'done' }] }, before.eTag, { as });
      expect(response.status).toBe(403);
      expect((await errorOf(response)).message).toMatch(/avdelningschef/);
    }
    expect(await read('T1', 'dev-rektor-hag')).toEqual(before);
    expect((await api.call(followUp('T1'), { as: 'dev-avdelningschef-smb' })).status).toBe(403);
  });

  it('removes a row’s follow-ups with the row', async () => {
    const t1 = await save({ entries: [{ rowId: 'comp-aldre-04', status: 'ongoing', comment: 'T1' }] }, (await read('T1')).eTag);
    const vb = await save({ entries: [{ rowId: 'comp-aldre-04', status: 'done', comment: 'VB' }] }, (await read('VB')).eTag, { period: 'VB' });
    expect([t1.status, vb.status]).toEqual([200, 200]);
    const row = (await rows()).find((r) => r.id === 'comp-aldre-04')!;
    expect((await api.call(`${plan}/comp-aldre-04`, { method: 'DELETE', as: chef, headers: { 'if-match': row.eTag } })).status).toBe(204);
    for (const period of ['T1', 'VB']) {
      const view = await read(period);
      expect(view.entries.map((e) => e.rowId)).not.toContain('comp-aldre-04');
      expect(view.rollup.total.missing).toBe(view.rollup.rows);
    }
    expect((await api.store.list('competenceReport', { forvaltningId: 'hagersten-alvsjo', year: 2023 })).filter((r) => r.rowId === 'comp-aldre-04')).toEqual([]);
  });
});
