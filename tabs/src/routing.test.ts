import { approvalDeepLink } from '@vp/shared';
import { competenceHash, openSubPage, overviewHash, parseRoute, planHash, reportHash, skaHash, subPageHash, summariesHash, todoHash, unitPlansHash } from './routing';

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
    expect(parseRoute(todoHash(2021))).toEqual({ page: 'todo', year: 2021 });
    expect(parseRoute(todoHash())).toEqual({ page: 'todo', year: undefined });
    expect(parseRoute(competenceHash('h/a', 2023))).toEqual({ page: 'competence', forvaltningId: 'h/a', year: 2023, period: undefined });
    expect(parseRoute(competenceHash('h'))).toEqual({ page: 'competence', forvaltningId: 'h', year: undefined, period: undefined });
    expect(parseRoute(competenceHash('h', 2023, 'T2'))).toEqual({ page: 'competence', forvaltningId: 'h', year: 2023, period: 'T2' });
    expect(parseRoute(skaHash('s/u', 2018, 'forskola'))).toEqual({ page: 'ska', forvaltningId: 's/u', year: 2018, scope: 'forskola' });
    expect(parseRoute(skaHash('s'))).toEqual({ page: 'ska', forvaltningId: 's', year: undefined, scope: undefined });
    // A scope the plans do not have is left to the page, as a missing one.
    expect(parseRoute('#/ska/s/2018/hemlig')).toEqual({ page: 'ska', forvaltningId: 's', year: 2018, scope: undefined });
    expect(parseRoute(unitPlansHash('a b'))).toEqual({ page: 'plan', unitId: 'a b', year: undefined, goalId: undefined });
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

describe('a deep link\'s sub-page', () => {
  const teams = { tabUrl: 'https://plan.example.se/index.html', teamsAppId: '11111111-2222-3333-4444-555555555555' };
  const subEntityOf = (link: string) => JSON.parse(new URL(link).searchParams.get('context')!).subEntityId as string;

  it('names the page an approval card links to, read as the tab reads routes', () => {
    const report = approvalDeepLink({ subject: 'unitReport', forvaltningId: 'f', unitId: 'hag skola', year: 2025, period: 'VB' }, '19:a@thread.tacv2', teams);
    expect(parseRoute(subPageHash(subEntityOf(report))!)).toEqual({ page: 'report', unitId: 'hag skola', year: 2025, period: 'VB' });
    const plan = approvalDeepLink({ subject: 'unitPlan', forvaltningId: 'f', unitId: 'hag', year: 2025, period: null }, null, teams);
    expect(parseRoute(subPageHash(subEntityOf(plan))!)).toMatchObject({ page: 'plan', unitId: 'hag', year: 2025 });
    const summary = approvalDeepLink({ subject: 'summary', forvaltningId: 'h/a', unitId: null, year: 2025, period: 'T2' }, null, teams);
    expect(parseRoute(subPageHash(subEntityOf(summary))!)).toEqual({ page: 'overview', forvaltningId: 'h/a', year: 2025, period: 'T2' });
  });

  it('is no route when it is a goal id, none, or a page a link should not open', () => {
    expect(subPageHash('hag-em-4')).toBeNull();
    expect(subPageHash(undefined)).toBeNull();
    expect(subPageHash('#/config')).toBeNull();
    expect(subPageHash('#/privacy')).toBeNull();
  });

  it('opens the named page once at start in place of the saved one, leaving goal links to the plan page', () => {
    const replaced: string[] = [];
    const at = (hash: string) => ({ location: { hash }, history: { replaceState: (_: unknown, __: string, url?: string | URL | null) => void replaced.push(String(url)) } });
    openSubPage('#/report/hag/2025/T1', at('#/plan/hag/2025'));
    openSubPage('#/report/hag/2025/T1', at('#/report/hag/2025/T1'));
    openSubPage('hag-em-4', at('#/plan/hag/2025'));
    openSubPage(undefined, at('#/plan/hag/2025'));
    expect(replaced).toEqual(['#/report/hag/2025/T1']);
  });
});
