import { routes } from '../http/routes';
import { createRouter } from './router';

describe('local router', () => {
  const route = createRouter(routes);

  it('matches Azure route templates and decodes parameters', () => {
    const match = route('PATCH', '/api/units/hag/plans/2021/goals/a%20b');
    expect(match).toMatchObject({ def: { name: 'updateUnitPlanItem' }, params: { unitId: 'hag', year: '2021', collection: 'goals', itemId: 'a b' } });
    expect(route('GET', '/api/forvaltningar/f1/plans/2021')).toMatchObject({ def: { name: 'getForvaltningPlan' } });
  });

  it('prefers literal segments over parameters, as Azure Functions routing does', () => {
    expect(route('GET', '/api/units/hag/plans/2021/reports/T1')).toMatchObject({ def: { name: 'getUnitReport' }, params: { period: 'T1' } });
    expect(route('GET', '/api/units/hag/plans/2021/goals/g1')).toMatchObject({ def: { name: 'getUnitPlanItem' } });
    expect(route('POST', '/api/units/hag/plans/2021/reports/T1/status')).toMatchObject({ def: { name: 'setUnitReportStatus' } });
    expect(route('GET', '/api/units/hag/plans/2021/reports/T1.docx')).toMatchObject({ def: { name: 'getUnitReportDocx' }, params: { period: 'T1' } });
    expect(route('GET', '/api/units/hag/plans/2021/reports/T1xdocx')).toMatchObject({ def: { name: 'getUnitReport' } });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(route('PUT', '/api/units')).toEqual({ methodNotAllowed: true });
    expect(route('GET', '/api/nothing')).toBeNull();
  });
});
