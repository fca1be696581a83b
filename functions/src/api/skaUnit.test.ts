import type { SkaPlanView, SkaUnitAssessmentView } from '@vp/shared';
import { apiOnEachStore, type StoreApi } from '../testing/apiOnEachStore';

const ronna = '/units/sdt-ronna-karlhov/ska/forskola/2018';
const tveta = '/units/sdt-tveta/ska/forskola/2018';
const rektor = 'dev-forskolechef-sdt';
const chef = 'dev-verksamhetschef-sdt';

describe.each(apiOnEachStore)('a unit’s own self-assessment and the spread across units (%s)', (_store, start) => {
  let api: StoreApi;
  beforeEach(async () => {
    api = await start();
  });
  afterEach(() => api.stop());

  const patch = (path: string, as: string, scores: unknown, ifMatch?: string | null) =>
    api.call(path, { method: 'PATCH', as, headers: ifMatch ? { 'if-match': ifMatch } : {}, body: JSON.stringify({ scores }) });
  const read = async (path: string, as = rektor): Promise<SkaUnitAssessmentView> => {
    const response = await api.call(path, { as });
    expect(response.status).toBe(200);
    return (await response.json()) as SkaUnitAssessmentView;
  };
  const saved = async (response: Response): Promise<SkaUnitAssessmentView> => {
    expect(response.status).toBe(200);
    const body = (await response.json()) as SkaUnitAssessmentView;
    expect(response.headers.get('etag')).toBe(body.eTag);
    return body;
  };
  const errorOf = async (response: Response) => ((await response.json()) as { error: { message: string; current?: SkaUnitAssessmentView } }).error;
  /** every criterion's score, as "strategy criterion score" */
  const scoresOf = (a: SkaUnitAssessmentView) => a.strategies.flatMap((s) => s.criteria.map((c) => `${s.key} ${c.number} ${c.score ?? '–'}`));
  const planOf = async (): Promise<SkaPlanView> => (await (await api.call('/forvaltningar/sodertalje-uk/ska/forskola/2018', { as: rektor })).json()) as SkaPlanView;

  it('is an empty draft against the förvaltning’s criteria until the unit’s ledningsgrupp scores it', async () => {
    const draft = await read(ronna);
    expect([draft.id, draft.eTag, draft.unitId, draft.forvaltningId, draft.basedOn, draft.role, draft.decimals]).toEqual([
      null,
      null,
      'sdt-ronna-karlhov',
      'sodertalje-uk',
      'sdt-ska-2018-forskola-skattning',
      { key: 'FL', label: 'förskolans ledningsgrupp' },
      2,
    ]);
    // The förvaltning's four strategies and their criteria, every one unscored.
    const plan = await planOf();
    const basis = plan.assessments[0]!;
    expect(draft.strategies.map((s) => [s.key, s.name, s.criteria.map((c) => c.text)])).toEqual(basis.strategies.map((s) => [s.key, s.name, s.criteria.map((c) => c.text)]));
    expect(draft.scale).toEqual(basis.scale);
    expect(draft.strategies.flatMap((s) => s.criteria.map((c) => c.score))).toEqual(Array(scoresOf(draft).length).fill(null));
    expect(draft.strategies.map((s) => s.average)).toEqual(basis.strategies.map((s) => expect.objectContaining({ strategy: s.key, value: null, scored: 0 })));
    // No unit has scored: the spread counts none.
    expect(basis.unitSpread.unitIds).toEqual([]);
    expect(basis.unitSpread.criteria.every((c) => c.units === 0 && c.min === null && c.distribution.join() === '0,0,0,0,0')).toBe(true);
  });

  it('sets and clears exactly the scores named: the first write creates it, then If-Match; all read back', async () => {
    const first = await saved(
      await patch(ronna, rektor, [
        { strategy: 'pedagogiskLedning', criterion: 1, score: 4 },
        { strategy: 'pedagogiskLedning', criterion: 2, score: 3 },
        { strategy: 'larandeOrganisation', criterion: 1, score: 2 },
      ]),
    );
    expect(first.id).not.toBeNull();
    expect(await read(ronna)).toEqual(first);
    expect(scoresOf(first).filter((line) => !line.endsWith('–'))).toEqual(['pedagogiskLedning 1 4', 'pedagogiskLedning 2 3', 'larandeOrganisation 1 2']);
    expect(first.strategies[0]!.average).toMatchObject({ role: 'FL', year: 2018, value: 3.5, scored: 2, criteria: 4 });

    // Without If-Match once stored: 428; stale: 412 with the stored one, which stays.
    expect((await patch(ronna, rektor, [{ strategy: 'pedagogiskLedning', criterion: 1, score: 5 }])).status).toBe(428);
    const second = await saved(
      await patch(
        ronna,
        rektor,
        [
          { strategy: 'pedagogiskLedning', criterion: 1, score: 5 },
          { strategy: 'pedagogiskLedning', criterion: 2, score: null },
          { strategy: 'kvaliteILarandet', criterion: 3, score: 1 },
        ],
        first.eTag,
      ),
    );
    const stale = await patch(ronna, rektor, [{ strategy: 'pedagogiskLedning', criterion: 1, score: 1 }], first.eTag);
    expect(stale.status).toBe(412);
    expect((await errorOf(stale)).current).toEqual(second);
    const after = await read(ronna);
    expect(after).toEqual(second);
    // Named: criterion 1 now 5, criterion 2 cleared, kvalité 3 set; untouched: lärande organisation 1 stays 2, the rest unscored.
    const changed = new Set(['pedagogiskLedning 1', 'pedagogiskLedning 2', 'kvaliteILarandet 3']);
    const untouched = (a: SkaUnitAssessmentView) => scoresOf(a).filter((line) => !changed.has(line.split(' ').slice(0, 2).join(' ')));
    expect(untouched(after)).toEqual(untouched(first));
    expect(scoresOf(after).filter((line) => changed.has(line.split(' ').slice(0, 2).join(' ')))).toEqual(['pedagogiskLedning 1 5', 'pedagogiskLedning 2 –', 'kvaliteILarandet 3 1']);
    const { strategies: _a, eTag: _b, ...restAfter } = after;
    const { strategies: _c, eTag: _d, ...restFirst } = first;
    expect(restAfter).toEqual(restFirst);
    // Another unit's is its own.
    expect((await read(tveta)).id).toBeNull();
  });

  it('refuses bad scores and unknown criteria in Swedish, others’ units, and a plan without the förvaltning’s self-assessment', async () => {
    const bad = async (scores: unknown, pattern: RegExp) => {
      const response = await patch(ronna, rektor, scores);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message).toMatch(pattern);
    };
    await bad([{ strategy: 'pedagogiskLedning', criterion: 1, score: 6 }], /Högst 5/);
    await bad([{ strategy: 'pedagogiskLedning', criterion: 1, score: 3.5 }], /hel siffra 1–5/);
    await bad([{ strategy: 'pedagogiskLedning', criterion: 9, score: 3 }], /inget kriterium 9/);
    await bad([{ strategy: 'ledarskap', criterion: 1, score: 3 }], /fyra strategierna/);
    await bad([{ strategy: 'pedagogiskLedning', criterion: 1, score: 3 }, { strategy: 'pedagogiskLedning', criterion: 1, score: 4 }], /två gånger/);
    await bad([], /minst en skattning/);
    // Nothing was stored by the refused writes.
    expect((await read(ronna)).id).toBeNull();
    // The rektor of Ronna/Karlhov does not score Tveta; Hägersten's staff reads no Södertälje unit.
    const other = await patch(tveta, rektor, [{ strategy: 'pedagogiskLedning', criterion: 1, score: 3 }]);
    expect(other.status).toBe(403);
    expect((await errorOf(other)).message).toMatch(/rektor/);
    expect((await api.call(ronna, { as: 'dev-personal-hag' })).status).toBe(403);
    expect((await api.call('/units/sdt-ronna-karlhov/ska/forskola/2019', { as: rektor })).status).toBe(404);
    expect((await api.call('/units/finns-inte/ska/forskola/2018', { as: rektor })).status).toBe(404);
    expect((await api.call('/units/sdt-ronna-karlhov/ska/skola/2018', { as: rektor })).status).toBe(404);
  });

  it('shows the förvaltning the spread of the units that scored; a unit that has not scored is not counted', async () => {
    await saved(
      await patch(ronna, rektor, [
        { strategy: 'pedagogiskLedning', criterion: 1, score: 4 },
        { strategy: 'pedagogiskLedning', criterion: 2, score: 2 },
      ]),
    );
    // The verksamhetschef scores for Tveta (a unit's plan is its rektor's and the förvaltning leader's).
    await saved(
      await patch(tveta, chef, [
        { strategy: 'pedagogiskLedning', criterion: 1, score: 5 },
        { strategy: 'larandeOrganisation', criterion: 4, score: 3 },
      ]),
    );
    // A unit that scored and cleared it all again counts as not scored.
    const jarna = '/units/sdt-jarna/ska/forskola/2018';
    const cleared = await saved(await patch(jarna, chef, [{ strategy: 'pedagogiskLedning', criterion: 1, score: 1 }]));
    await saved(await patch(jarna, chef, [{ strategy: 'pedagogiskLedning', criterion: 1, score: null }], cleared.eTag));

    const plan = await planOf();
    // Only the förvaltning's own self-assessment is the plan's; the units' make its spread.
    expect(plan.assessments.map((a) => a.id)).toEqual(['sdt-ska-2018-forskola-skattning']);
    const spread = plan.assessments[0]!.unitSpread;
    expect(spread.unitIds).toEqual(['sdt-ronna-karlhov', 'sdt-tveta']);
    const criterion = (strategy: string, number: number) => spread.criteria.find((c) => c.strategy === strategy && c.criterion === number);
    expect(criterion('pedagogiskLedning', 1)).toEqual({ strategy: 'pedagogiskLedning', criterion: 1, units: 2, min: 4, max: 5, distribution: [0, 0, 0, 1, 1] });
    expect(criterion('pedagogiskLedning', 2)).toEqual({ strategy: 'pedagogiskLedning', criterion: 2, units: 1, min: 2, max: 2, distribution: [0, 1, 0, 0, 0] });
    expect(criterion('larandeOrganisation', 4)).toMatchObject({ units: 1, min: 3, max: 3 });
    expect(criterion('kvaliteILarandet', 1)).toMatchObject({ units: 0, min: null, max: null });
    // Ronna's average 3 (4 and 2), Tveta's 5.
    expect(spread.strategies).toEqual([
      { strategy: 'pedagogiskLedning', units: 2, minAverage: 3, maxAverage: 5 },
      { strategy: 'larandeOrganisation', units: 1, minAverage: 3, maxAverage: 3 },
      { strategy: 'malOchResultatstyrning', units: 0, minAverage: null, maxAverage: null },
      { strategy: 'kvaliteILarandet', units: 0, minAverage: null, maxAverage: null },
    ]);
    // The förvaltning's own scores are untouched by the units'; its PATCH answers the same spread.
    const own = plan.assessments[0]!;
    const response = await api.call(`/forvaltningar/sodertalje-uk/ska/forskola/2018/assessments/${own.id}`, {
      method: 'PATCH',
      as: chef,
      headers: { 'if-match': own.eTag },
      body: JSON.stringify({ scores: [{ role: 'VC', year: 2018, strategy: 'pedagogiskLedning', criterion: 1, score: 4 }] }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as SkaPlanView['assessments'][number]).unitSpread).toEqual(spread);
    // The municipality's plan has no unit self-assessments: no spread there.
    const kommun = (await (await api.call('/forvaltningar/sodertalje-uk/ska/kommun/2018', { as: rektor })).json()) as SkaPlanView;
    expect(kommun.assessments[0]!.unitSpread.unitIds).toEqual([]);
  });
});
