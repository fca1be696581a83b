// Every GET the tab makes, over the demo data on the real local host, answers what the response
// schemas in @vp/shared say, and so do refusals: the schemas the tab parses with are the server's truth.
import {
  ApprovalStatusRow,
  ApprovalView,
  DevUsers,
  ErrorBody,
  ForvaltningList,
  ItemHistory,
  Me,
  Overview,
  SkaPlanRefList,
  SkaPlanView,
  SkaUnitAssessmentView,
  PlanList,
  PlanTree,
  SignInConfig,
  StoredForvaltning,
  StoredItem,
  StoredUnit,
  StoredSummary,
  SummaryList,
  UnitList,
  TodoItem,
  UnitReportView,
  type GoalNode,
} from '@vp/shared';
import { z } from 'zod';
import { startApiHost, type ApiHost } from '../testing/apiHost';

// Some hundred requests on a shared machine.
jest.setTimeout(120_000);

let api: ApiHost;
beforeAll(async () => {
  api = await startApiHost();
});
afterAll(() => api.stop());

const periods = ['T1', 'T2', 'VB'] as const;

/** GETs the path and parses its body with the schema; a mismatch fails with zod's account of it. */
async function get<S extends z.ZodType>(path: string, schema: S, as?: string): Promise<z.output<S>> {
  const response = await api.call(path, { as });
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  const result = schema.safeParse(await response.json());
  if (!result.success) throw new Error(`${path}: ${JSON.stringify(result.error.issues.slice(0, 5))}`);
  return result.data;
}

const flatten = (goals: GoalNode[]): GoalNode[] => goals.flatMap((g) => [g, ...flatten(g.children)]);

it('answers every GET of the demo data with its response schema', async () => {
  // Something in every shape: a saved report and a summary.
  const hag = 'hagerstensasens-forskolor';
  const saved = await api.call(`/units/${hag}/plans/2021/reports/T1`, {
    method: 'PUT',
    as: 'dev-rektor-hag',
    body: JSON.stringify({
      goals: [{ goalId: 'hag-em-1', assessment: 'partly', analysis: 'Arbetet har kommit igång.' }],
      indicators: [{ indicatorId: 'ind-kf-1.3-1', value: null, numerator: 10, denominator: 30, weight: null, comment: '' }],
      activities: [{ activityId: 'act-nm-1.3-1-1', status: 'ongoing', comment: '' }],
    }),
  });
  expect(saved.status).toBe(200);
  expect(UnitReportView.safeParse(await saved.json()).error).toBeUndefined();

  const forvaltningar = await get('/forvaltningar', ForvaltningList);
  // Södertälje has plans for systematic quality work only, no verksamhetsplan.
  const chefs: Record<string, { chef: string; year: number; plan?: false }> = {
    'smedjebacken-fuf': { chef: 'dev-avdelningschef-smb', year: 2020 },
    'sodertalje-uk': { chef: 'dev-verksamhetschef-sdt', year: 2018, plan: false },
  };
  const counted = new Map<string, number>();
  const count = (what: string) => counted.set(what, (counted.get(what) ?? 0) + 1);
  for (const forvaltning of forvaltningar) {
    await get(`/forvaltningar/${forvaltning.id}`, StoredForvaltning);
    // Each förvaltning's avdelningschef, in the year of its plans.
    const { chef, year, plan } = chefs[forvaltning.id] ?? { chef: 'dev-avdelningschef', year: 2021 };
    const created = await api.call(`/forvaltningar/${forvaltning.id}/summaries?year=${year}&period=T1`, { method: 'POST', as: chef });
    expect(created.status).toBe(201);
    for (const period of periods) {
      await get(`/forvaltningar/${forvaltning.id}/overview?year=${year}&period=${period}`, Overview);
      count('overview');
    }
    for (const summary of await get(`/forvaltningar/${forvaltning.id}/summaries`, SummaryList)) {
      await get(`/forvaltningar/${forvaltning.id}/summaries/${summary.id}`, StoredSummary);
      count('summary');
    }
    if (plan !== false) await get(`/forvaltningar/${forvaltning.id}/plans/${year}`, PlanTree);
  }

  // Södertälje's plans for systematic quality work, the municipality's and the förskola's; one förskoleenhet has scored itself.
  const scored = await api.call('/units/sdt-ronna-karlhov/ska/forskola/2018', {
    method: 'PATCH',
    as: 'dev-forskolechef-sdt',
    body: JSON.stringify({ scores: [{ strategy: 'pedagogiskLedning', criterion: 1, score: 4 }] }),
  });
  expect(SkaUnitAssessmentView.safeParse(await scored.json()).error).toBeUndefined();
  expect(await get('/forvaltningar/sodertalje-uk/ska', SkaPlanRefList)).toHaveLength(3);
  for (const scope of ['kommun', 'forskola']) {
    const ska = await get(`/forvaltningar/sodertalje-uk/ska/${scope}/2018`, SkaPlanView);
    expect(ska.assessments).toHaveLength(1);
  }
  // Each förskoleenhet's own self-assessment against the förskola's criteria: the others drafts.
  const units = (await get('/units', UnitList)).filter((u) => u.forvaltningId === 'sodertalje-uk');
  const own = await Promise.all(units.map(async (u) => (await get(`/units/${u.id}/ska/forskola/2018`, SkaUnitAssessmentView)).id !== null));
  expect(units.filter((_u, i) => own[i]).map((u) => u.id)).toEqual(['sdt-ronna-karlhov']);

  for (const unit of await get('/units', UnitList)) {
    await get(`/units/${unit.id}`, StoredUnit);
    for (const plan of await get(`/units/${unit.id}/plans`, PlanList)) {
      const tree = await get(`/units/${unit.id}/plans/${plan.year}`, PlanTree);
      count('plan');
      const base = `/units/${unit.id}/plans/${plan.year}`;
      const goals = flatten(tree.goals);
      const items = [
        ...tree.sections.map((s) => ['sections', s.id] as const),
        ...goals.map((g) => ['goals', g.id] as const),
        ...goals.flatMap((g) => g.indicators.map((i) => ['indicators', i.id] as const)),
        ...goals.flatMap((g) => g.activities.map((a) => ['activities', a.id] as const)),
      ];
      for (const [collection, id] of items) {
        await get(`${base}/${collection}/${id}`, StoredItem[collection]);
        await get(`${base}/${collection}/${id}/versions`, ItemHistory);
        count(collection);
      }
      for (const period of periods) {
        await get(`${base}/reports/${period}`, UnitReportView);
        count('report');
      }
    }
  }

  expect(await get('/signin', SignInConfig)).toEqual({ mode: 'local' });
  const users = await get('/dev/users', DevUsers);
  for (const user of users) await get('/me', Me, user.id);

  // Every kind was there to be read.
  expect(Object.fromEntries([...counted].map(([what, n]) => [what, n > 0]))).toEqual({
    overview: true,
    summary: true,
    plan: true,
    sections: true,
    goals: true,
    indicators: true,
    activities: true,
    report: true,
  });
  expect(users.length).toBeGreaterThan(0);
});

it('answers the writes the tab makes with the same schemas', async () => {
  const plan = '/units/hagerstensasens-forskolor/plans/2021';
  const write = async (path: string, method: string, body?: unknown, ifMatch?: string, headers: Record<string, string> = {}) => {
    const response = await api.call(path, { method, as: 'dev-rektor-hag', body: body === undefined ? undefined : JSON.stringify(body), headers: { ...headers, ...(ifMatch ? { 'if-match': ifMatch } : {}) } });
    expect({ path, method, status: response.status }).toEqual({ path, method, status: method === 'POST' && !path.endsWith('/approval') ? 201 : 200 });
    return response.json();
  };
  const goal = StoredItem.goals.parse(await write(`${plan}/goals`, 'POST', { level: 'unitGoal', parentId: 'nm-1.3-1', title: 'Läsning varje dag' }));
  StoredItem.goals.parse(await write(`${plan}/goals/${goal.id}`, 'PATCH', { workingMethods: 'Högläsning efter lunch.' }, goal.eTag));
  UnitReportView.parse(await write(`${plan}/reports/T2`, 'PUT', { goals: [{ goalId: goal.id, assessment: 'fully', analysis: '' }] }));
  const read = async (path: string) => (await api.call(path, { as: 'dev-rektor-hag' })).json();
  const submitted = ApprovalView.parse(await write(`${plan}/reports/T2/approval`, 'POST', { action: 'submit' }, undefined, { 'idempotency-key': 'svar-1' }));
  ApprovalView.parse(await write(`${plan}/reports/T2/approval`, 'POST', { action: 'approve', comment: 'Bra.' }, submitted.eTag!, { 'idempotency-key': 'svar-2' }));
  ApprovalView.parse(await read(`${plan}/reports/T2/approval`));
  z.array(ApprovalStatusRow).parse(await read('/approvals?year=2021'));
  z.array(TodoItem).parse(await read('/todo?year=2021'));
});

it('refuses in the error envelope the tab parses', async () => {
  const refusals = [
    await api.call('/units/no-such-unit'),
    await api.call('/units/hagerstensasens-forskolor/plans/2021/goals', { method: 'POST', as: 'dev-rektor-hag', body: JSON.stringify({ title: '' }) }),
    await api.call('/units/hagerstensasens-forskolor/plans/2021/goals/hag-em-1', { method: 'PATCH', as: 'dev-rektor-hag', body: JSON.stringify({ title: 'Nytt' }) }),
  ];
  expect(refusals.map((r) => r.status)).toEqual([404, 400, 428]);
  for (const refusal of refusals) expect(ErrorBody.safeParse(await refusal.json()).error).toBeUndefined();
});
