import { overviewHash, parseRoute, planHash, reportHash, summariesHash } from './routing';

describe('tab routes', () => {
  it('reads the plan, goal and config routes', () => {
    expect(parseRoute('#/plan/hagerstensasens-forskolor/2021')).toEqual({ page: 'plan', unitId: 'hagerstensasens-forskolor', year: 2021, goalId: undefined });
    expect(parseRoute('#/plan/u/2021/goal/hag-em-1')).toMatchObject({ goalId: 'hag-em-1' });
    expect(parseRoute('#/config')).toEqual({ page: 'config' });
    expect(parseRoute('')).toEqual({ page: 'plan' });
    expect(parseRoute('#/plan/u/tjugo')).toMatchObject({ unitId: 'u', year: undefined });
  });

  it('writes links that read back the same', () => {
    expect(parseRoute(planHash('a b', 2022, 'g/1'))).toMatchObject({ unitId: 'a b', year: 2022, goalId: 'g/1' });
    expect(parseRoute(reportHash('a b', 2021, 'T2'))).toEqual({ page: 'report', unitId: 'a b', year: 2021, period: 'T2' });
    expect(parseRoute(overviewHash('h/a', 2021, 'VB'))).toEqual({ page: 'overview', forvaltningId: 'h/a', year: 2021, period: 'VB' });
    expect(parseRoute(summariesHash('h', 's 1'))).toEqual({ page: 'summaries', forvaltningId: 'h', summaryId: 's 1' });
  });

  it('reads the report route, leaving missing or unknown parts to the page', () => {
    expect(parseRoute('#/report/hagerstensasens-forskolor/2021/T1')).toEqual({ page: 'report', unitId: 'hagerstensasens-forskolor', year: 2021, period: 'T1' });
    expect(parseRoute('#/report')).toEqual({ page: 'report', unitId: undefined, year: undefined, period: undefined });
    expect(parseRoute('#/report/u/2021/T4')).toMatchObject({ year: 2021, period: undefined });
    expect(parseRoute('#/report/u/x/VB')).toMatchObject({ year: undefined, period: 'VB' });
  });

  it('reads the overview and summaries routes', () => {
    expect(parseRoute('#/overview/hagersten-alvsjo/2021/T2')).toEqual({ page: 'overview', forvaltningId: 'hagersten-alvsjo', year: 2021, period: 'T2' });
    expect(parseRoute('#/overview/hagersten-alvsjo')).toEqual({ page: 'overview', forvaltningId: 'hagersten-alvsjo', year: undefined, period: undefined });
    expect(parseRoute('#/summaries/hagersten-alvsjo')).toEqual({ page: 'summaries', forvaltningId: 'hagersten-alvsjo', summaryId: undefined });
    expect(parseRoute('#/summaries/hagersten-alvsjo/abc-123')).toEqual({ page: 'summaries', forvaltningId: 'hagersten-alvsjo', summaryId: 'abc-123' });
  });
});
