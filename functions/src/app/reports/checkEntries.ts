import { appliesToUnit, figureProblems, indicatorDueIn, type FieldError, type IndicatorNode, type Period, type PlanTree, type ReportContent } from '@vp/shared';
import { AppError } from '../errors';
import { reportables } from './reportData';

/** Every entry must name something the unit reports on this period, with the counts its indicator's rule needs. */
export function checkEntries(tree: PlanTree, period: Period, content: ReportContent): void {
  const due = reportables(tree);
  const goalIds = new Set(due.goals.map((g) => g.id));
  const activityIds = new Set(due.activities.map((a) => a.id));
  const indicators = new Map(due.indicators.map((i) => [i.id, i]));
  const errors: FieldError[] = [];

  content.goals.forEach((e, i) => {
    if (!goalIds.has(e.goalId)) errors.push({ field: `goals.${i}.goalId`, message: `"${e.goalId}" är inget av enhetens mål i planen` });
  });
  content.activities.forEach((e, i) => {
    if (!activityIds.has(e.activityId)) errors.push({ field: `activities.${i}.activityId`, message: `"${e.activityId}" är ingen aktivitet i planen` });
  });
  content.indicators.forEach((e, i) => {
    const indicator = indicators.get(e.indicatorId);
    const field = `indicators.${i}`;
    if (!indicator) return void errors.push({ field: `${field}.indicatorId`, message: `"${e.indicatorId}" är ingen indikator i planen` });
    if (!appliesToUnit(indicator, tree.unit!.id)) {
      return void errors.push({ field: `${field}.indicatorId`, message: `"${indicator.name}" gäller inte ${tree.unit!.name}: förvaltningen har valt vilka enheter som redovisar den` });
    }
    if (!indicatorDueIn(indicator.periodicity, period)) {
      return void errors.push({ field: `${field}.indicatorId`, message: `"${indicator.name}" redovisas bara i verksamhetsberättelsen` });
    }
    errors.push(...countErrors(indicator, e, field));
    // Bounded figures can still give a ratio beyond any sum the roll-up can hold (1e12 / 0.001 × 100).
    errors.push(...figureProblems(indicator, e).map((p) => ({ field: `${field}.${p.field}`, message: p.message })));
  });
  if (errors.length) {
    throw new AppError('VALIDATION', `Ogiltiga uppgifter – ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, { fields: errors });
  }
}

function countErrors(indicator: IndicatorNode, e: ReportContent['indicators'][number], field: string): FieldError[] {
  const rule = indicator.aggregation;
  if (rule.rule === 'ratioOfSums') {
    if ((e.numerator === null) !== (e.denominator === null)) {
      return [{ field: `${field}.${e.numerator === null ? 'numerator' : 'denominator'}`, message: `Ange både ${rule.numerator} och ${rule.denominator}` }];
    }
    // 0 of 0 (a unit with no groups) is a report without a value, warned about (figureWarnings); more
    // than 0 over 0 would add a numerator to the förvaltning's sum without its denominator.
    if (e.denominator === 0 && e.numerator !== 0) {
      return [{ field: `${field}.denominator`, message: `${rule.denominator} kan inte vara 0 när ${rule.numerator} är fler än 0` }];
    }
  }
  if (rule.rule === 'weightedMean' && (e.value === null) !== (e.weight === null)) {
    return [{ field: `${field}.${e.value === null ? 'value' : 'weight'}`, message: `Ange både värdet och ${rule.weight}` }];
  }
  return [];
}
