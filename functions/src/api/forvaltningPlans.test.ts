import { apiOnEachStore, type StoreApi } from '../testing/apiOnEachStore';

// A förvaltning's plans of every kind, as the tab's plan picker offers them.
describe.each(apiOnEachStore)('GET /forvaltningar/{id}/plans (%s)', (_store, start) => {
  let api: StoreApi;
  beforeEach(async () => {
    api = await start();
  });
  afterEach(() => api.stop());

  const plansOf = async (forvaltningId: string, as?: string) => {
    const response = await api.call(`/forvaltningar/${forvaltningId}/plans`, as ? { as } : {});
    return { status: response.status, body: await response.json() };
  };
  const heads = (plans: { unitId: string; year: number; title: string }[]) => plans.map(({ unitId, year, title }) => ({ unitId, year, title }));

  it('lists the units’ plans and the years of the competence-supply plan', async () => {
    const { status, body } = await plansOf('hagersten-alvsjo', 'dev-personal-hag');
    expect(status).toBe(200);
    expect(heads(body.unitPlans)).toEqual([
      { unitId: 'hagerstensasens-forskolor', year: 2021, title: 'Verksamhetsplan 2021' },
      { unitId: 'malarhojden-vastertorps-forskolor', year: 2021, title: 'Verksamhetsplan 2021' },
    ]);
    expect(body.unitPlans[0]).toMatchObject({ id: 'hag-2021', forvaltningId: 'hagersten-alvsjo', eTag: expect.any(String) });
    expect(body.competenceYears).toEqual([2023]);
  });

  it('lists a multi-year plan with its last year, and no competence years where the förvaltning has none', async () => {
    const { body } = await plansOf('smedjebacken-fuf', 'dev-rektor-smb');
    expect(body).toEqual({
      unitPlans: [expect.objectContaining({ unitId: 'smedjebacken-forskolan', year: 2020, lastYear: 2023, title: 'Förskolans verksamhetsplan 2020–2023' })],
      competenceYears: [],
    });
  });

  it('adds the year of a new competence row, newest first', async () => {
    const created = await api.call('/forvaltningar/hagersten-alvsjo/competence/2025', {
      method: 'POST',
      as: 'dev-avdelningschef',
      body: JSON.stringify({ avdelning: 'Avdelning förskola', categories: ['utveckla'], goal: 'Fler förskollärare', activity: 'Rekryteringsmässa', targetDate: { text: '2025' }, responsible: ['HR'], resources: ['20 timmar'], followUp: 'VB', vpGoal: 'Nämndmål', linkedGoalIds: [] }),
    });
    expect(created.status).toBe(201);
    expect((await plansOf('hagersten-alvsjo')).body.competenceYears).toEqual([2025, 2023]);
  });

  it('refuses an unknown förvaltning (404) and another förvaltning’s plans (403) in Swedish', async () => {
    expect(await plansOf('finns-inte')).toMatchObject({ status: 404, body: { error: { message: 'Förvaltningen "finns-inte" finns inte' } } });
    expect(await plansOf('smedjebacken-fuf', 'dev-personal-hag')).toMatchObject({ status: 403, body: { error: { message: expect.stringContaining('din egen förvaltning') } } });
  });
});
