import {
  ReportContent,
  fieldErrors,
  hasWhatRuleNeeds,
  type ActivityEntry,
  type ActivityStatus,
  type Assessment,
  type FieldError,
  type GoalEntry,
  type IndicatorEntry,
  type IndicatorNode,
  type UnitReportView,
} from '@vp/shared';
import type { ReportItems } from './reportItems';

/** The form's texts per item, as typed: numbers stay text until saved (Swedish decimal comma allowed). */
export interface GoalValues {
  assessment: Assessment | '';
  analysis: string;
}
export interface IndicatorValues {
  value: string;
  numerator: string;
  denominator: string;
  weight: string;
  comment: string;
}
export interface ActivityValues {
  status: ActivityStatus | '';
  comment: string;
}
export interface ReportValues {
  goals: Record<string, GoalValues>;
  indicators: Record<string, IndicatorValues>;
  activities: Record<string, ActivityValues>;
}
export type Kind = keyof ReportValues;

/** Field errors by key `${kind}:${id}:${field}` ("indicators:ind-1:denominator"); `${kind}:${id}:` for the entry as a whole. */
export type ReportErrors = Record<string, string>;
export const errorKey = (kind: Kind, id: string, field = '') => `${kind}:${id}:${field}`;

export const numberText = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/** '' is no value; "12,5", "12.5" and "1 200" are numbers; anything else is NaN. */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace('\u2212', '-');
  if (compact === '') return null;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(compact) ? Number(compact) : NaN;
}

/** The form over a report: every item the unit reports on, filled from the stored entries. */
export function valuesOf(view: Pick<UnitReportView, 'goals' | 'indicators' | 'activities'>, items: ReportItems): ReportValues {
  const goal = (id: string) => view.goals.find((e) => e.goalId === id);
  const indicator = (id: string) => view.indicators.find((e) => e.indicatorId === id);
  const activity = (id: string) => view.activities.find((e) => e.activityId === id);
  return {
    goals: Object.fromEntries(items.goals.map((g) => [g.id, { assessment: goal(g.id)?.assessment ?? '', analysis: goal(g.id)?.analysis ?? '' }])),
    indicators: Object.fromEntries(
      items.indicators.map((i) => {
        const e = indicator(i.id);
        return [
          i.id,
          { value: numberText(e?.value ?? null), numerator: numberText(e?.numerator ?? null), denominator: numberText(e?.denominator ?? null), weight: numberText(e?.weight ?? null), comment: e?.comment ?? '' },
        ];
      }),
    ),
    activities: Object.fromEntries(items.activities.map((a) => [a.id, { status: activity(a.id)?.status ?? '', comment: activity(a.id)?.comment ?? '' }])),
  };
}

/** Ids of the items whose texts differ from the base, per kind. */
export function changedIds(values: ReportValues, base: ReportValues): Record<Kind, string[]> {
  const changed = (kind: Kind) => Object.keys(values[kind]).filter((id) => JSON.stringify(values[kind][id]) !== JSON.stringify(base[kind][id]));
  return { goals: changed('goals'), indicators: changed('indicators'), activities: changed('activities') };
}

/** The entry an indicator's rule needs: counts for ratios (the server derives the value), value (+ weight) otherwise. */
export function indicatorEntry(indicator: IndicatorNode, v: IndicatorValues): IndicatorEntry {
  const rule = indicator.aggregation.rule;
  return {
    indicatorId: indicator.id,
    value: rule === 'ratioOfSums' ? null : parseNumber(v.value),
    numerator: rule === 'ratioOfSums' ? parseNumber(v.numerator) : null,
    denominator: rule === 'ratioOfSums' ? parseNumber(v.denominator) : null,
    weight: rule === 'weightedMean' ? parseNumber(v.weight) : null,
    comment: v.comment,
  };
}

export interface Draft {
  body: ReportContent;
  /** Which item each body entry is, so the server's `indicators.1.denominator` finds its input. */
  order: Record<Kind, string[]>;
}

/** The PUT body of the changed items (each sent whole). */
export function draftOf(values: ReportValues, ids: Record<Kind, string[]>, indicators: readonly IndicatorNode[]): Draft {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const goals: GoalEntry[] = ids.goals.map((id) => ({ goalId: id, assessment: values.goals[id]!.assessment || null, analysis: values.goals[id]!.analysis }));
  const activities: ActivityEntry[] = ids.activities.map((id) => ({ activityId: id, status: values.activities[id]!.status || null, comment: values.activities[id]!.comment }));
  return { body: { goals, indicators: ids.indicators.map((id) => indicatorEntry(byId.get(id)!, values.indicators[id]!)), activities }, order: ids };
}

const bodyKinds: Record<string, Kind> = { goals: 'goals', indicators: 'indicators', activities: 'activities' };
const ownFields = new Set(['assessment', 'analysis', 'value', 'numerator', 'denominator', 'weight', 'comment', 'status']);

/** Sorts errors on body paths onto the form's keys; the rest (whole body, unknown paths) come back as `other`. */
export function errorsByKey(errors: readonly FieldError[], order: Draft['order']): { byKey: ReportErrors; other: string[] } {
  const byKey: ReportErrors = {};
  const other: string[] = [];
  for (const { field, message } of errors) {
    const [name, index, prop] = field.split('.');
    const kind = bodyKinds[name ?? ''];
    const id = kind && index !== undefined ? order[kind][Number(index)] : undefined;
    if (!kind || id === undefined) {
      other.push(message);
      continue;
    }
    const key = errorKey(kind, id, prop && ownFields.has(prop) ? prop : '');
    byKey[key] ??= message;
  }
  return { byKey, other };
}

/** Checks a draft before sending: numbers must be numbers, then the shared ReportContent schema. */
export function validateDraft(draft: Draft, notANumber: string): { byKey: ReportErrors; other: string[] } {
  const errors: FieldError[] = [];
  draft.body.indicators.forEach((entry, i) => {
    for (const field of ['value', 'numerator', 'denominator', 'weight'] as const) {
      if (Number.isNaN(entry[field])) errors.push({ field: `indicators.${i}.${field}`, message: notANumber });
    }
  });
  if (errors.length) return errorsByKey(errors, draft.order);
  const parsed = ReportContent.safeParse(draft.body);
  return parsed.success ? { byKey: {}, other: [] } : errorsByKey(fieldErrors(parsed.error), draft.order);
}

/** Items of the form still empty, per kind, counted like the server: no assessment, not what the indicator's rule needs, no status. */
export function missingOf(values: ReportValues, items: ReportItems): Record<Kind, number> {
  const goals = items.goals.filter((g) => !values.goals[g.id]?.assessment).length;
  const indicators = items.indicators.filter((i) => {
    const v = values.indicators[i.id];
    if (!v) return true;
    const entry = indicatorEntry(i, v);
    const numbers = [entry.value, entry.numerator, entry.denominator, entry.weight];
    // 0 of 0 is a report (without a value); more than 0 over 0 is refused by the server.
    const overZero = i.aggregation.rule === 'ratioOfSums' && entry.denominator === 0 && entry.numerator !== 0;
    return numbers.some((n) => Number.isNaN(n)) || !hasWhatRuleNeeds(i.aggregation.rule, entry) || overZero;
  }).length;
  const activities = items.activities.filter((a) => !values.activities[a.id]?.status).length;
  return { goals, indicators, activities };
}

/** Filled items of the form, of all it asks for. */
export function progressOf(values: ReportValues, items: ReportItems): { filled: number; total: number } {
  const missing = missingOf(values, items);
  const total = items.goals.length + items.indicators.length + items.activities.length;
  return { filled: total - missing.goals - missing.indicators - missing.activities, total };
}

/**
 * After a save: items still as they were sent take the stored version (the server's numbers, the newer
 * version's other entries); items changed while the save was under way keep what was typed.
 */
export function rebase(current: ReportValues, sent: ReportValues, stored: ReportValues): ReportValues {
  const kind = <K extends Kind>(k: K) =>
    Object.fromEntries(Object.keys(stored[k]).map((id) => [id, JSON.stringify(current[k][id]) === JSON.stringify(sent[k][id]) ? stored[k][id] : current[k][id]]));
  return { goals: kind('goals'), indicators: kind('indicators'), activities: kind('activities') } as ReportValues;
}
