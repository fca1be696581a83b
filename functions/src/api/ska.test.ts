import type { SkaArea, SkaAssessmentView, SkaPlanView, StoredSkaAnalysis } from '@vp/shared';
import { apiOnEachStore, type StoreApi } from '../testing/apiOnEachStore';

const forskola = '/forvaltningar/sodertalje-uk/ska/forskola/2018';
const kommun = '/forvaltningar/sodertalje-uk/ska/kommun/2018';
const chef = 'dev-verksamhetschef-sdt';
const assessmentId = 'sdt-ska-2018-forskola-skattning';
const newArea = {
  type: 'forbattringsomrade',
  title: 'Lek och samspel',
  number: 2,
  background: 'Flickor bedöms som mer kompetenta i lek och samspel.',
  desired: ['Pojkar och flickor når målen i lek och samspel lika ofta'],
  evidence: ['Pedagoger deltar i barnens lek'],
  focus: ['Leken i undervisningen'],
  actions: ['Nätverk om lek i FLG', 'Normpiloter på fler förskoleområden'],
  decidedBy: 'Verksamhetschef för förskolan',
  timeline: 'Ett läsår.',
  followUpPlan: 'Verksamhetsbesök.',
};

describe.each(apiOnEachStore)('plan for systematic quality work (%s)', (_store, start) => {
  let api: StoreApi;
  beforeEach(async () => {
    api = await start();
  });
  afterEach(() => api.stop());

  const send = (method: string, path: string, as: string, body?: unknown, headers: Record<string, string> = {}) =>
    api.call(path, { method, as, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
  const plan = async (path = forskola): Promise<SkaPlanView> => {
    const response = await api.call(path, { as: 'dev-forskolechef-sdt' });
    expect(response.status).toBe(200);
    return (await response.json()) as SkaPlanView;
  };
  const errorOf = async (response: Response) => ((await response.json()) as { error: { message: string; fields?: { field: string }[] } }).error;
  const scoreOf = (a: SkaAssessmentView, role: string, strategy: string, criterion: number) =>
    a.scores.find((s) => s.role === role && s.year === 2018 && s.strategy === strategy && s.criterion === criterion)?.score;
  const averageOf = (a: SkaAssessmentView, role: string, strategy: string) => a.averages.find((x) => x.role === role && x.year === 2018 && x.strategy === strategy)!;

  it('reads the förskola’s plan 2018/2019: results with totals, the self-assessment with averages, the analysis, the areas and 2017/18’s follow-up', async () => {
    const read = await plan();
    expect([read.forvaltningId, read.scope, read.year]).toEqual(['sodertalje-uk', 'forskola', 2018]);
    const [result] = read.results;
    expect(result!.rows).toHaveLength(13);
    // 7 läsår × 4 areas × 3 groups.
    expect(result!.totals).toHaveLength(84);
    const sprak = result!.totals.find((t) => t.schoolYear === 2017 && t.area === 'sprak' && t.group === 'totalt')!;
    expect(sprak).toMatchObject({ value: 87.7, source: 'published', counts: null, units: 13 });
    expect(sprak.unitMean).toBeCloseTo(87.88, 2);
    expect(result!.totals.find((t) => t.schoolYear === 2013 && t.area === 'matematik' && t.group === 'totalt')).toMatchObject({ value: 86.9, source: 'published', unitMean: null });
    const [assessment] = read.assessments;
    expect(assessment!.id).toBe(assessmentId);
    expect(read.assessments[0]!.averages).toHaveLength(2 * 4);
    expect(averageOf(assessment!, 'FL', 'pedagogiskLedning')).toMatchObject({ value: 3.98, printed: 3.98, printedCheck: 'equal' });
    expect(averageOf(assessment!, 'FL', 'kvaliteILarandet')).toMatchObject({ value: 3.55, printed: 3.54, printedCheck: 'withinRounding' });
    expect(Object.keys(read.analysis!.texts)).toEqual(['historical', 'organisation', 'resources', 'method', 'equity']);
    expect(read.areas.map((a) => a.title)).toEqual(['Språk- och kunskapsutvecklande arbetssätt', 'Pedagogisk ledning', 'Lärande organisation', 'Mål- och resultatstyrning', 'Stärka kvalitén i undervisningen']);
    expect(read.followUps).toHaveLength(6);
    expect(read.followUps[4]!.followUp!.assessment).toBe('Bedömningen är därför att detta mål är uppnått.');

    const municipal = await plan(kommun);
    expect(municipal.assessments.map((a) => a.roles.map((r) => r.key))).toEqual([['U', 'VC']]);
    expect(averageOf(municipal.assessments[0]!, 'U', 'pedagogiskLedning')).toMatchObject({ value: 3.6, printedCheck: 'equal' });
    expect(averageOf(municipal.assessments[0]!, 'VC', 'pedagogiskLedning')).toMatchObject({ value: 3.5, printedCheck: 'equal' });
    expect([municipal.results, municipal.analysis, municipal.areas.map((a) => a.group), municipal.followUps]).toEqual([[], null, ['Förskolans förbättringsområde'], []]);
  });

  it('lists the förvaltning’s plans by läsår and scope; a new area makes a new one', async () => {
    const list = async () => (await (await api.call('/forvaltningar/sodertalje-uk/ska', { as: 'dev-forskolechef-sdt' })).json()) as unknown;
    expect(await list()).toEqual([
      { year: 2018, scope: 'kommun' },
      { year: 2018, scope: 'forskola' },
      { year: 2017, scope: 'forskola' },
    ]);
    expect((await send('POST', '/forvaltningar/sodertalje-uk/ska/grundskola/2019/areas', chef, newArea)).status).toBe(201);
    expect(((await list()) as unknown[])[0]).toEqual({ year: 2019, scope: 'grundskola' });
    expect(await (await api.call('/forvaltningar/hagersten-alvsjo/ska')).json()).toEqual([]);
    expect((await api.call('/forvaltningar/finns-inte/ska')).status).toBe(404);
    expect((await api.call('/forvaltningar/sodertalje-uk/ska', { as: 'dev-personal-hag' })).status).toBe(403);
  });

  it('answers an unknown förvaltning, verksamhet or year, and another förvaltning’s reader', async () => {
    expect((await api.call('/forvaltningar/finns-inte/ska/forskola/2018')).status).toBe(404);
    const unknownScope = await api.call('/forvaltningar/sodertalje-uk/ska/skola/2018');
    expect(unknownScope.status).toBe(404);
    expect((await errorOf(unknownScope)).message).toMatch(/kommun, forskola, grundskola eller gymnasieskola/);
    expect((await api.call('/forvaltningar/sodertalje-uk/ska/forskola/18')).status).toBe(400);
    expect((await api.call(forskola, { as: 'dev-personal-hag' })).status).toBe(403);
    const empty = await plan('/forvaltningar/sodertalje-uk/ska/forskola/2019');
    expect([empty.results, empty.assessments, empty.analysis, empty.areas, empty.followUps.length]).toEqual([[], [], null, [], 5]);
  });

  it('sets and clears exactly the scores named; the averages follow; everything else stays', async () => {
    const before = (await plan()).assessments[0]!;
    const response = await send('PATCH', `${forskola}/assessments/${assessmentId}`, chef, {
      scores: [
        { role: 'FL', year: 2018, strategy: 'pedagogiskLedning', criterion: 1, score: 5 },
        { role: 'VC', year: 2018, strategy: 'larandeOrganisation', criterion: 2, score: null },
        { role: 'VC', year: 2019, strategy: 'larandeOrganisation', criterion: 2, score: 4 },
      ],
    }, { 'if-match': before.eTag });
    expect(response.status).toBe(200);
    const saved = (await response.json()) as SkaAssessmentView;
    expect(response.headers.get('etag')).toBe(saved.eTag);
    // (5 + 4,15 + 3,95 + 3,87) / 4 = 4,2425; VC's Lärande organisation without criterion 2: (2,85 + 3,54 + 4,00) / 3 = 3,4633.
    expect(averageOf(saved, 'FL', 'pedagogiskLedning')).toMatchObject({ value: 4.24, printed: 3.98, printedCheck: 'differs' });
    expect(averageOf(saved, 'VC', 'larandeOrganisation')).toMatchObject({ value: 3.46, scored: 3, criteria: 4 });
    expect(saved.averages.find((a) => a.year === 2019 && a.role === 'VC' && a.strategy === 'larandeOrganisation')).toMatchObject({ value: 4, scored: 1 });
    const after = (await plan()).assessments[0]!;
    expect(after).toEqual(saved);
    expect(scoreOf(after, 'FL', 'pedagogiskLedning', 1)).toBe(5);
    expect(scoreOf(after, 'VC', 'larandeOrganisation', 2)).toBeUndefined();
    const untouched = (a: SkaAssessmentView) => a.scores.filter((s) => !(s.role === 'FL' && s.strategy === 'pedagogiskLedning' && s.criterion === 1) && !(s.strategy === 'larandeOrganisation' && s.criterion === 2 && s.role === 'VC'));
    expect(untouched(after)).toEqual(untouched(before));
    const { scores: _a, averages: _b, eTag: _c, ...restAfter } = after;
    const { scores: _d, averages: _e, eTag: _f, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
  });

  it('refuses stale and missing If-Match on scores, with the newer self-assessment', async () => {
    const read = (await plan()).assessments[0]!;
    const one = (score: number) => ({ scores: [{ role: 'VC', year: 2018, strategy: 'kvaliteILarandet', criterion: 1, score }] });
    expect((await send('PATCH', `${forskola}/assessments/${assessmentId}`, chef, one(2), { 'if-match': read.eTag })).status).toBe(200);
    const stale = await send('PATCH', `${forskola}/assessments/${assessmentId}`, chef, one(3), { 'if-match': read.eTag });
    expect(stale.status).toBe(412);
    const error = (await stale.json()).error;
    expect(error.message).toMatch(/Någon annan har ändrat/);
    expect(scoreOf(error.current, 'VC', 'kvaliteILarandet', 1)).toBe(2);
    expect(error.current.averages).toHaveLength(8);
    expect(scoreOf((await plan()).assessments[0]!, 'VC', 'kvaliteILarandet', 1)).toBe(2);
    expect((await send('PATCH', `${forskola}/assessments/${assessmentId}`, chef, one(4))).status).toBe(428);
  });

  it('answers malformed scores 400 in Swedish and changes nothing', async () => {
    const read = (await plan()).assessments[0]!;
    const score = { role: 'FL', year: 2018, strategy: 'pedagogiskLedning', criterion: 1, score: 4 };
    const cases: [unknown, RegExp, string?][] = [
      [{ scores: [{ ...score, score: 6 }] }, /Högst 5/],
      [{ scores: [{ ...score, score: 0 }] }, /Lägst 1/],
      [{ scores: [{ ...score, score: '4' }] }, /Ange ett tal 1–5/],
      [{ scores: [{ ...score, role: 'U' }] }, /Okänd roll – välj FL eller VC/, 'scores.0.role'],
      [{ scores: [{ ...score, criterion: 5 }] }, /inget kriterium 5/, 'scores.0.criterion'],
      [{ scores: [{ ...score, strategy: 'ledning' }] }, /en av de fyra strategierna/],
      [{ scores: [score, score] }, /två gånger/],
      [{ scores: [] }, /minst en skattning/],
      [{}, /Ogiltiga uppgifter/],
      ['{"scores": [', /Ogiltig JSON/],
    ];
    for (const [body, message, field] of cases) {
      const response = await send('PATCH', `${forskola}/assessments/${assessmentId}`, chef, body, { 'if-match': read.eTag });
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.message).toMatch(message);
      if (field) expect(error.fields!.map((f) => f.field)).toEqual([field]);
    }
    expect((await send('PATCH', `${kommun}/assessments/${assessmentId}`, chef, { scores: [score] }, { 'if-match': read.eTag })).status).toBe(404);
    expect((await plan()).assessments[0]).toEqual(read);
  });

  it('lets only the förvaltning’s verksamhetschef (avdelningschef) change its plans', async () => {
    const read = await plan();
    const score = { scores: [{ role: 'FL', year: 2018, strategy: 'pedagogiskLedning', criterion: 1, score: 1 }] };
    for (const as of ['dev-forskolechef-sdt', 'dev-avdelningschef', 'dev-personal-hag']) {
      const scores = await send('PATCH', `${forskola}/assessments/${assessmentId}`, as, score, { 'if-match': read.assessments[0]!.eTag });
      expect(scores.status).toBe(403);
      expect((await errorOf(scores)).message).toMatch(/verksamhetschef/);
      expect((await send('PATCH', `${forskola}/analysis`, as, { equity: 'x' }, { 'if-match': read.analysis!.eTag })).status).toBe(403);
      expect((await send('POST', `${forskola}/areas`, as, newArea)).status).toBe(403);
      expect((await send('PATCH', `${forskola}/areas/${read.areas[0]!.id}`, as, { title: 'x' }, { 'if-match': read.areas[0]!.eTag })).status).toBe(403);
      expect((await send('DELETE', `${forskola}/areas/${read.areas[0]!.id}`, as, undefined, { 'if-match': read.areas[0]!.eTag })).status).toBe(403);
    }
    expect(await plan()).toEqual(read);
  });

  it('changes exactly the analysis perspectives named; a stale one gets 412; the first analysis of a plan is created', async () => {
    const read = (await plan()).analysis!;
    const response = await send('PATCH', `${forskola}/analysis`, chef, { equity: 'Ny text om likvärdighet.' }, { 'if-match': read.eTag });
    expect(response.status).toBe(200);
    const saved = (await response.json()) as StoredSkaAnalysis;
    expect(response.headers.get('etag')).toBe(saved.eTag);
    expect(saved).toEqual({ ...read, eTag: saved.eTag, texts: { ...read.texts, equity: 'Ny text om likvärdighet.' } });
    expect((await plan()).analysis).toEqual(saved);
    const stale = await send('PATCH', `${forskola}/analysis`, chef, { method: 'Annat' }, { 'if-match': read.eTag });
    expect(stale.status).toBe(412);
    expect((await stale.json()).error.current).toEqual(saved);
    expect((await send('PATCH', `${forskola}/analysis`, chef, { method: 'Annat' })).status).toBe(428);
    for (const [body, message] of [[{ okänt: 'x' }, /Ogiltiga uppgifter/], [{ equity: 5 }, /Ogiltiga uppgifter/], [{ equity: 'x'.repeat(20_001) }, /Högst 20 000 tecken/]] as const) {
      const bad = await send('PATCH', `${forskola}/analysis`, chef, body, { 'if-match': saved.eTag });
      expect(bad.status).toBe(400);
      expect((await errorOf(bad)).message).toMatch(message);
    }
    expect((await plan()).analysis).toEqual(saved);

    const created = await send('PATCH', `${kommun}/analysis`, chef, { historical: 'Resultaten har förbättrats.' });
    expect(created.status).toBe(200);
    const first = (await created.json()) as StoredSkaAnalysis;
    expect(first).toMatchObject({ forvaltningId: 'sodertalje-uk', unitId: null, year: 2018, scope: 'kommun', texts: { historical: 'Resultaten har förbättrats.', organisation: '', resources: '', method: '', equity: '' } });
    expect((await plan(kommun)).analysis).toEqual(first);
    expect((await send('PATCH', `${kommun}/analysis`, chef, { equity: 'Utan eTag' })).status).toBe(428);
  });

  it('adds an area, reads every field back, changes exactly what a PATCH names, writes a follow-up and deletes with If-Match', async () => {
    const response = await send('POST', `${forskola}/areas`, chef, newArea);
    expect(response.status).toBe(201);
    const created = (await response.json()) as SkaArea & { eTag: string };
    expect(response.headers.get('etag')).toBe(created.eTag);
    // After the last förbättringsområde (order 0), before nothing else of its type.
    expect(created).toEqual({ ...newArea, id: created.id, eTag: created.eTag, forvaltningId: 'sodertalje-uk', unitId: null, year: 2018, scope: 'forskola', order: 1, group: null, followUp: null });
    expect((await plan()).areas.find((a) => a.id === created.id)).toEqual(created);

    const patched = await send('PATCH', `${forskola}/areas/${created.id}`, chef, { actions: ['Nätverk om lek i FLG'], timeline: 'Två läsår.' }, { 'if-match': created.eTag });
    expect(patched.status).toBe(200);
    const saved = await patched.json();
    expect(saved).toEqual({ ...created, eTag: saved.eTag, actions: ['Nätverk om lek i FLG'], timeline: 'Två läsår.' });
    expect((await plan()).areas.find((a) => a.id === created.id)).toEqual(saved);

    const stale = await send('PATCH', `${forskola}/areas/${created.id}`, chef, { title: 'Annat' }, { 'if-match': created.eTag });
    expect(stale.status).toBe(412);
    expect((await stale.json()).error.current).toEqual(saved);
    expect((await send('PATCH', `${forskola}/areas/${created.id}`, chef, { title: 'Annat' })).status).toBe(428);
    const staleDelete = await send('DELETE', `${forskola}/areas/${created.id}`, chef, undefined, { 'if-match': created.eTag });
    expect(staleDelete.status).toBe(412);

    // The next läsår's follow-up of a 2017/18 area, through its own year.
    const old = (await plan()).followUps[1]!;
    const followUp = { ...old.followUp!, futureNeeds: 'Naturvetenskap följs i resultaten.' };
    const written = await send('PATCH', `/forvaltningar/sodertalje-uk/ska/forskola/2017/areas/${old.id}`, chef, { followUp }, { 'if-match': old.eTag });
    expect(written.status).toBe(200);
    const withFollowUp = await written.json();
    expect(withFollowUp).toEqual({ ...old, eTag: withFollowUp.eTag, followUp });
    expect((await plan()).followUps[1]).toEqual(withFollowUp);
    expect((await send('PATCH', `${forskola}/areas/${old.id}`, chef, { title: 'Fel år' }, { 'if-match': withFollowUp.eTag })).status).toBe(404);

    const removed = await send('DELETE', `${forskola}/areas/${created.id}`, chef, undefined, { 'if-match': saved.eTag });
    expect(removed.status).toBe(204);
    expect((await plan()).areas.map((a) => a.id)).not.toContain(created.id);
    expect((await send('DELETE', `${forskola}/areas/${created.id}`, chef, undefined, { 'if-match': saved.eTag })).status).toBe(404);
  });

  it('answers malformed areas 400 in Swedish and changes nothing', async () => {
    const before = await plan();
    const cases: [unknown, RegExp][] = [
      [{ ...newArea, type: 'mal' }, /Välj forbattringsomrade eller utvecklingsomrade/],
      [{ ...newArea, title: '  ' }, /Får inte vara tom/],
      [{ ...newArea, desired: [''] }, /Tomma rader/],
      [{ ...newArea, followUp: { result: 'x' } }, /Ogiltiga uppgifter/],
      [{ ...newArea, id: 'eget' }, /Ogiltiga uppgifter/],
      [{ title: 'Utan typ' }, /Ogiltiga uppgifter/],
    ];
    for (const [body, message] of cases) {
      const response = await send('POST', `${forskola}/areas`, chef, body);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toMatch(message);
    }
    const area = before.areas[1]!;
    for (const body of [{ year: 2019 }, { scope: 'kommun' }, { number: 0 }, { followUp: null, okänt: 1 }]) {
      const response = await send('PATCH', `${forskola}/areas/${area.id}`, chef, body, { 'if-match': area.eTag });
      expect(response.status).toBe(400);
    }
    expect(await plan()).toEqual(before);
  });
});
