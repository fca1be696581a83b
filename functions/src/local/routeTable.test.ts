import type { Services } from '../app/services';
import { routes, type RouteDef } from '../http/routes';
import { buildLocalApp } from './server';

/** The real route table whose handlers only say which route matched and with what parameters. */
const namingTable: RouteDef[] = routes.map((def) => ({
  ...def,
  handler: () => async (req) => ({ jsonBody: { name: def.name, params: req.params }, headers: { etag: '"v1"' } }),
}));

describe('local host routing of the route table', () => {
  const app = buildLocalApp({} as Services, { routeTable: namingTable, tabDir: __dirname });
  let origin = '';
  beforeAll(async () => {
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());
  const request = async (method: string, url: string) => {
    const response = await fetch(`${origin}${url}`, { method });
    const body = await response.text();
    return { statusCode: response.status, headers: Object.fromEntries(response.headers), body, json: () => JSON.parse(body) };
  };
  const route = async (method: string, url: string) => {
    const response = await request(method, url);
    return response.statusCode === 200 ? response.json() : response.statusCode;
  };

  it('matches Azure route templates and decodes parameters', async () => {
    expect(await route('PATCH', '/api/units/hag/plans/2021/goals/a%20b')).toEqual({
      name: 'updateUnitPlanItem',
      params: { unitId: 'hag', year: '2021', collection: 'goals', itemId: 'a b' },
    });
    expect(await route('GET', '/api/forvaltningar/f1/plans/2021')).toMatchObject({ name: 'getForvaltningPlan' });
    expect(await route('GET', '/api/units/')).toMatchObject({ name: 'listUnits' });
  });

  it('prefers literal segments over parameters, as Azure Functions routing does', async () => {
    expect(await route('GET', '/api/units/hag/plans/2021/reports/T1')).toMatchObject({ name: 'getUnitReport', params: { period: 'T1' } });
    expect(await route('GET', '/api/units/hag/plans/2021/goals/g1')).toMatchObject({ name: 'getUnitPlanItem' });
    expect(await route('POST', '/api/units/hag/plans/2021/reports/T1/approval')).toMatchObject({ name: 'postUnitReportApproval', params: { period: 'T1' } });
    expect(await route('GET', '/api/units/hag/plans/2021/approval')).toMatchObject({ name: 'getUnitPlanApproval', params: { year: '2021' } });
    expect(await route('GET', '/api/units/hag/plans/2021/approval/changes')).toMatchObject({ name: 'getUnitPlanApprovalChanges', params: { year: '2021' } });
    expect(await route('GET', '/api/units/hag/plans/2021/reports/T2/approval/changes')).toMatchObject({ name: 'getUnitReportApprovalChanges', params: { period: 'T2' } });
    expect(await route('GET', '/api/forvaltningar/f1/summaries/2021/VB/approval/changes')).toMatchObject({ name: 'getSummaryApprovalChanges', params: { period: 'VB' } });
    expect(await route('POST', '/api/units/hag/plans/2021/goals')).toMatchObject({ name: 'createUnitPlanItem' });
    expect(await route('POST', '/api/forvaltningar/f1/summaries/2021/T1/approval')).toMatchObject({ name: 'postSummaryApproval', params: { year: '2021', period: 'T1' } });
    expect(await route('GET', '/api/units/hag/plans/2021/reports/T1.docx')).toMatchObject({ name: 'getUnitReportDocx', params: { period: 'T1' } });
    expect(await route('GET', '/api/units/hag/plans/2021/reports/T1xdocx')).toMatchObject({ name: 'getUnitReport' });
    expect(await route('GET', '/api/forvaltningar/f1/summaries/s1.docx')).toMatchObject({ name: 'getSummaryDocx', params: { summaryId: 's1' } });
    expect(await route('GET', '/api/units/hag/plans/2021.docx')).toEqual({ name: 'getUnitPlanDocx', params: { unitId: 'hag', year: '2021' } });
    expect(await route('GET', '/api/units/hag/plans/2021')).toMatchObject({ name: 'getUnitPlan', params: { year: '2021' } });
    expect(await route('GET', '/api/forvaltningar/f1/summaries/s1')).toMatchObject({ name: 'getSummary', params: { summaryId: 's1' } });
    expect(await route('PATCH', '/api/apt/notes/n1')).toEqual({ name: 'updateAptNote', params: { noteId: 'n1' } });
    expect(await route('POST', '/api/apt/m1/notes')).toEqual({ name: 'createAptNote', params: { meetingId: 'm1' } });
    expect(await route('GET', '/api/apt/m1/items/goal-g1')).toEqual({ name: 'getAgendaItemDetail', params: { meetingId: 'm1', agendaItemId: 'goal-g1' } });
    expect(await route('GET', '/api/units/hag/apt/agenda')).toEqual({ name: 'getAgendaProposal', params: { unitId: 'hag' } });
    expect(await route('DELETE', '/api/units/hag/apt/flags/f1')).toEqual({ name: 'deleteGoalFlag', params: { unitId: 'hag', flagId: 'f1' } });
    expect(await route('GET', '/api/forvaltningar/f1/plans')).toEqual({ name: 'listForvaltningPlans', params: { forvaltningId: 'f1' } });
    expect(await route('GET', '/api/forvaltningar/f1/competence/2023')).toEqual({ name: 'listCompetenceRows', params: { forvaltningId: 'f1', year: '2023' } });
    expect(await route('GET', '/api/units/hag/competence/2023')).toEqual({ name: 'listUnitCompetenceRows', params: { unitId: 'hag', year: '2023' } });
    expect(await route('GET', '/api/forvaltningar/f1/competence/2023.docx')).toEqual({ name: 'getCompetenceDocx', params: { forvaltningId: 'f1', year: '2023' } });
    expect(await route('PATCH', '/api/forvaltningar/f1/competence/2023/r1')).toEqual({ name: 'updateCompetenceRow', params: { forvaltningId: 'f1', year: '2023', rowId: 'r1' } });
    expect(await route('GET', '/api/forvaltningar/f1/ska')).toEqual({ name: 'listSkaPlans', params: { forvaltningId: 'f1' } });
    expect(await route('GET', '/api/forvaltningar/f1/ska/forskola/2018')).toEqual({ name: 'getSkaPlan', params: { forvaltningId: 'f1', scope: 'forskola', year: '2018' } });
    expect(await route('GET', '/api/forvaltningar/f1/ska/forskola/2018.docx')).toEqual({ name: 'getSkaDocx', params: { forvaltningId: 'f1', scope: 'forskola', year: '2018' } });
    expect(await route('PATCH', '/api/forvaltningar/f1/ska/forskola/2018/assessments/a1')).toEqual({
      name: 'updateSkaScores',
      params: { forvaltningId: 'f1', scope: 'forskola', year: '2018', assessmentId: 'a1' },
    });
    expect(await route('PATCH', '/api/forvaltningar/f1/ska/kommun/2018/analysis')).toEqual({ name: 'updateSkaAnalysis', params: { forvaltningId: 'f1', scope: 'kommun', year: '2018' } });
    expect(await route('GET', '/api/units/u1/ska/forskola/2018')).toEqual({ name: 'getUnitSka', params: { unitId: 'u1', scope: 'forskola', year: '2018' } });
    expect(await route('PATCH', '/api/units/u1/ska/forskola/2018')).toEqual({ name: 'updateUnitSkaScores', params: { unitId: 'u1', scope: 'forskola', year: '2018' } });
    expect(await route('DELETE', '/api/forvaltningar/f1/ska/forskola/2018/areas/o1')).toEqual({ name: 'deleteSkaArea', params: { forvaltningId: 'f1', scope: 'forskola', year: '2018', areaId: 'o1' } });
    expect(await route('PATCH', '/api/forvaltningar/f1/competence/2023/followup/T2')).toEqual({ name: 'patchCompetenceFollowUp', params: { forvaltningId: 'f1', year: '2023', period: 'T2' } });
    expect(await route('GET', '/api/forvaltningar/f1/competence/2023/followup/VB')).toEqual({ name: 'getCompetenceFollowUp', params: { forvaltningId: 'f1', year: '2023', period: 'VB' } });
  });

  it('tells a wrong method (405 with Allow) from an unknown path (404)', async () => {
    const wrong = await request('PUT', '/api/units');
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(wrong.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } });
    expect(await route('DELETE', '/api/units/hag/plans/2021/reports/T1')).toBe(405);
    expect(await route('GET', '/api/nothing')).toBe(404);
  });

  it('answers HEAD wherever GET answers, with the same headers and no body', async () => {
    for (const def of routes.filter((r) => r.methods.includes('GET'))) {
      const url = `/api/${def.route.replace(/\{\w+\}/g, 'x')}`;
      const head = await request('HEAD', url);
      expect({ url, status: head.statusCode, etag: head.headers.etag, body: head.body }).toEqual({ url, status: 200, etag: '"v1"', body: '' });
    }
  });

  it('answers OPTIONS with the methods of the path', async () => {
    const item = await request('OPTIONS', '/api/units/hag/plans/2021/goals/g1');
    expect(item.statusCode).toBe(204);
    expect(item.headers.allow).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
    const report = await request('OPTIONS', '/api/units/hag/plans/2021/reports/T1');
    expect(report.headers.allow).toBe('GET, HEAD, PUT, OPTIONS');
  });
});
