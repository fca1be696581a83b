// Test helpers of the report and overview pages: plan fixtures and an in-memory ApiClient. Not used by the app.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Caller, GoalNode, IndicatorNode, ActivityNode, Overview, Period, PlanTree, ReportContent, StoredGoalAnalysis, Summary, UnitReportView } from '@vp/shared';
import { editableStates, type ApprovalRequest, type ApprovalState, type ApprovalTarget, type ApprovalView } from '@vp/shared';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ApiError, type ApiClient } from '../api/client';

export function renderInFluent(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

const scope = { forvaltningId: 'f1', year: 2026, order: 0, eTag: '"1"' };
const goalTexts = { number: null, description: '', expectedResults: [], workingMethods: '', resources: [], followUp: [], development: '' };

export function goal(id: string, level: GoalNode['level'], title: string, own: boolean, parts: Partial<Pick<GoalNode, 'indicators' | 'activities' | 'children' | 'description'>> = {}): GoalNode {
  return { ...scope, ...goalTexts, id, level, title, unitId: own ? 'u1' : null, parentId: null, owner: own ? 'unit' : 'forvaltning', indicators: [], activities: [], children: [], ...parts };
}

export function indicator(id: string, name: string, fields: Partial<IndicatorNode> = {}): IndicatorNode {
  return {
    ...scope,
    id,
    name,
    unitId: null,
    parentId: null,
    owner: 'forvaltning',
    measureUnit: '%',
    direction: 'higherIsBetter',
    annualTarget: null,
    councilTarget: null,
    periodicity: 'tertial',
    aggregation: { rule: 'sum' },
    applicableUnitIds: null,
    ...fields,
  };
}

export function activity(id: string, text: string, own: boolean): ActivityNode {
  return { ...scope, id, text, unitId: own ? 'u1' : null, parentId: null, owner: own ? 'unit' : 'forvaltning', start: '2026-01-01', end: '2026-12-31', responsible: '', resources: '' };
}

/** KF area → nämndmål → enhetsmål, with a tertial ratio and a yearly weighted mean under the area. */
export function sampleTree(): PlanTree {
  const ratio = indicator('ind-ratio', 'Andel legitimerade förskollärare', {
    aggregation: { rule: 'ratioOfSums', numerator: 'legitimerade förskollärare', denominator: 'anställda', factor: 100 },
  });
  const yearly = indicator('ind-year', 'Självvärdering', { periodicity: 'year', measureUnit: 'skala 1–4', aggregation: { rule: 'weightedMean', weight: 'antal avdelningar' } });
  const unitGoal = goal('em-1', 'unitGoal', 'Alla barn möter böcker', true, { activities: [activity('act-u', 'Läsfika varje vecka', true)], description: 'Läsning är viktigt.' });
  const committee = goal('nm-1', 'committeeGoal', 'Alla barn utvecklas', false, { activities: [activity('act-f', 'Gemensam fortbildning', false)], children: [unitGoal] });
  const area = goal('kf-1.3', 'councilAreaGoal', 'Barn når sin fulla potential', false, { indicators: [ratio, yearly], children: [committee] });
  return {
    forvaltning: { id: 'f1', name: 'Förvaltningen', eTag: '"1"' } as PlanTree['forvaltning'],
    unit: { id: 'u1', forvaltningId: 'f1', name: 'Enhet Ett', eTag: '"1"' } as PlanTree['unit'],
    plan: null,
    year: 2026,
    sections: [],
    goals: [area],
  };
}

export const devUsers: Caller[] = [
  { id: 'dev-u1', name: 'Rektor, Enhet Ett', role: 'rektor', forvaltningId: 'f1', unitIds: ['u1'] },
  { id: 'dev-u2', name: 'Rektor, Enhet Två', role: 'rektor', forvaltningId: 'f1', unitIds: ['u2'] },
  { id: 'dev-chef', name: 'Avdelningschef', role: 'avdelningschef', forvaltningId: 'f1', unitIds: [] },
];

type Entries = Pick<UnitReportView, 'goals' | 'indicators' | 'activities'>;
interface Stored extends Entries {
  status: ApprovalState;
  eTag: string | null;
  /** the report's approval's eTag; null before its first step */
  approvalETag: string | null;
}

/** An approval view with nothing to do, no history and no posts: the subject where it stands. */
function approvalView(target: ApprovalTarget, state: ApprovalState, eTag: string | null): ApprovalView {
  const digest = { title: 'Enhet Ett', goals: 0, indicators: 0, activities: 0, progress: null, assessed: null, belowTarget: null };
  return { approvalId: `${target.subject}-${target.year}-${target.period ?? ''}`, ...target, state, version: 1, eTag, allowed: [], digest, history: [], posts: [] };
}

/** An ApiClient over in-memory reports, checking If-Match like the server and deriving ratio values. */
export function createFakeApi(options: { tree?: PlanTree; overview?: Overview } = {}) {
  const tree = options.tree ?? sampleTree();
  const reports = new Map<Period, Stored>();
  const summaries: Summary[] = [];
  const calls: { method: string; eTag?: string | null; body?: unknown; args?: unknown[] }[] = [];
  let version = 10;
  let failure: ApiError | null = null;

  // The förvaltning's indicators as "Gäller för" reads and writes them, made on first read.
  const indicators = new Map<string, IndicatorNode>();
  const indicatorOf = (id: string) => indicators.get(id) ?? indicators.set(id, indicator(id, id)).get(id)!;
  const stored = (period: Period): Stored => reports.get(period) ?? { status: 'draft', eTag: null, approvalETag: null, goals: [], indicators: [], activities: [] };
  const previousOf: Record<Period, Period | null> = { T1: null, T2: 'T1', VB: 'T2' };
  const view = (period: Period): UnitReportView => {
    const r = stored(period);
    const before = previousOf[period];
    const previous = before && reports.has(before) ? { period: before, ...entries(stored(before)) } : null;
    return { unitId: 'u1', year: 2026, period, status: r.status, statusAt: null, statusBy: null, eTag: r.eTag, ...entries(r), progress: { filled: 0, total: 0 }, previous };
  };
  const entries = (r: Stored): Entries => ({ goals: r.goals, indicators: r.indicators, activities: r.activities });
  const check = (period: Period, eTag: string | null) => {
    const r = stored(period);
    if (failure) {
      const error = failure;
      failure = null;
      throw error;
    }
    if (r.eTag !== eTag) throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta sedan du öppnade det.', [], { eTag: r.eTag });
    return r;
  };
  const merge = <E,>(list: E[], add: E[], id: (e: E) => string) => [...list.filter((e) => !add.some((a) => id(a) === id(e))), ...add];
  const write = (period: Period, body: ReportContent) => {
    const r = stored(period);
    const indicators = body.indicators.map((e) => (e.numerator !== null && e.denominator ? { ...e, value: (e.numerator * 100) / e.denominator } : e));
    reports.set(period, {
      ...r,
      eTag: `"${++version}"`,
      goals: merge(r.goals, body.goals, (e) => e.goalId),
      indicators: merge(r.indicators, indicators, (e) => e.indicatorId),
      activities: merge(r.activities, body.activities, (e) => e.activityId),
    });
  };
  // The förvaltning's analyses of its nämndmål, by period and goal.
  const analyses = new Map<string, StoredGoalAnalysis>();
  const saveAnalysis = (ref: { f: string; year: number; period: Period; goalId: string }, eTag: string | null, analysis: string, by: string) => {
    const key = `${ref.year}.${ref.period}.${ref.goalId}`;
    const current = analyses.get(key);
    if ((current?.eTag ?? null) !== (eTag === '*' ? null : eTag)) throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta sedan du öppnade det.', [], current);
    const next: StoredGoalAnalysis = { id: key, forvaltningId: ref.f, year: ref.year, period: ref.period, goalId: ref.goalId, analysis, changedAt: '2026-05-05T09:00:00.000Z', changedBy: { id: by, name: by }, eTag: `"${++version}"` };
    analyses.set(key, next);
    return next;
  };
  const log = <T,>(method: string, fields: Omit<(typeof calls)[number], 'method'>, result: () => T) => {
    calls.push({ method, ...fields });
    return Promise.resolve().then(result);
  };

  const api = {
    listUnits: () => Promise.resolve([tree.unit!, { id: 'u2', forvaltningId: 'f1', name: 'Enhet Två', eTag: '"1"' }]),
    listDevUsers: () => Promise.resolve(devUsers),
    listPlans: () => Promise.resolve([{ id: 'p', unitId: 'u1', forvaltningId: 'f1', year: 2026, title: 'Plan 2026', eTag: '"1"' }]),
    listForvaltningar: () => Promise.resolve([{ id: 'f1', name: 'Förvaltningen', eTag: '"1"' }]),
    getPlan: () => Promise.resolve(tree),
    getReport: (_u: string, _y: number, period: Period) => log('getReport', { args: [period] }, () => view(period)),
    saveReport: (_u: string, _y: number, period: Period, eTag: string | null, body: ReportContent) =>
      log('saveReport', { eTag, body }, () => {
        if (!editableStates.includes(stored(period).status)) throw new ApiError(409, 'CONFLICT', 'Rapporten är inskickad och kan inte ändras.');
        check(period, eTag);
        write(period, body);
        return view(period);
      }),
    // The report's approval as far as the report page uses it (where it stands, its submit step); other subjects are drafts.
    getApproval: (target: ApprovalTarget) =>
      log('getApproval', { args: [target] }, () =>
        target.subject === 'unitReport' ? approvalView(target, stored(target.period!).status, stored(target.period!).approvalETag) : approvalView(target, 'draft', null),
      ),
    actOnApproval: (target: ApprovalTarget, body: ApprovalRequest, { key, eTag }: { key: string; eTag: string | null }) =>
      log('actOnApproval', { eTag, body, args: [target, key] }, () => {
        const period = target.period!;
        const r = stored(period);
        if (r.approvalETag !== eTag) throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta sedan du öppnade det.');
        if (body.action !== 'submit' || !editableStates.includes(r.status)) throw new ApiError(409, 'CONFLICT', 'Det går inte att skicka in enhetens rapport när den är inskickad.');
        reports.set(period, { ...r, status: 'submitted', approvalETag: `"a${++version}"` });
        return approvalView(target, 'submitted', stored(period).approvalETag);
      }),
    reportDocxUrl: (u: string, y: number, p: Period) => `/api/units/${u}/plans/${y}/reports/${p}.docx`,
    getOverview: (f: string, y: number, p: Period) => log('getOverview', { args: [f, y, p] }, () => ({ ...options.overview!, year: y, period: p })),
    listSummaries: () => Promise.resolve(summaries.map(({ id, year, period, createdAt, createdBy }) => ({ id, year, period, createdAt, createdBy }))),
    getSummary: (_f: string, id: string) => Promise.resolve(summaries.find((s) => s.id === id)!),
    createSummary: (f: string, year: number, period: Period) =>
      log('createSummary', { args: [f, year, period] }, () => {
        const summary: Summary = { id: `s-${summaries.length + 1}`, forvaltningId: f, year, period, createdAt: '2026-05-04T08:30:00.000Z', createdBy: 'Avdelningschef', overview: options.overview! };
        summaries.unshift(summary);
        return summary;
      }),
    getForvaltningItem: (_f: string, _y: number, _c: string, id: string) => log('getForvaltningItem', { args: [id] }, () => indicatorOf(id)),
    updateForvaltningItem: (_f: string, _y: number, _c: string, id: string, eTag: string, body: Partial<IndicatorNode>) =>
      log('updateForvaltningItem', { eTag, body, args: [id] }, () => {
        const current = indicatorOf(id);
        if (current.eTag !== eTag) throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta sedan du öppnade det.', [], current);
        const next = { ...current, ...body, eTag: `"${++version}"` };
        indicators.set(id, next);
        return next;
      }),
    summaryDocxUrl: (f: string, id: string) => `/api/forvaltningar/${f}/summaries/${id}.docx`,
    listGoalAnalyses: (f: string, y: number, p: Period) => log('listGoalAnalyses', { args: [f, y, p] }, () => [...analyses.values()].filter((a) => a.year === y && a.period === p)),
    saveGoalAnalysis: (f: string, year: number, period: Period, goalId: string, eTag: string | null, analysis: string) =>
      log('saveGoalAnalysis', { eTag, body: { analysis }, args: [goalId] }, () => saveAnalysis({ f, year, period, goalId }, eTag, analysis, 'Avdelningschef')),
  } as unknown as ApiClient;

  return {
    api,
    calls,
    saves: () => calls.filter((c) => c.method === 'saveReport'),
    /** Someone else saves the period's report (bumping its eTag). */
    saveAsOther(period: Period, body: Partial<ReportContent> = {}) {
      write(period, { goals: [], indicators: [], activities: [], ...body });
    },
    /** The report's approval moves on (the rektor approves or returns it, elsewhere). */
    setStatus(period: Period, status: ApprovalState) {
      reports.set(period, { ...stored(period), status, approvalETag: `"a${++version}"` });
    },
    /** Someone else writes the förvaltning's analysis of a nämndmål. */
    saveAnalysisAsOther(goalId: string, analysis: string, period: Period = 'T1', year = 2026) {
      const current = analyses.get(`${year}.${period}.${goalId}`);
      return saveAnalysis({ f: 'f1', year, period, goalId }, current?.eTag ?? null, analysis, 'Någon annan');
    },
    failNext(error: ApiError) {
      failure = error;
    },
  };
}

/** The texts an element is described by (Fluent Field links hint and validation message this way). */
export function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
}
