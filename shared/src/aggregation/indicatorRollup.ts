import type { Indicator } from '../schemas/indicator';
import type { IndicatorRollup, UnitIndicatorValue } from '../schemas/overview';
import type { IndicatorReport } from '../schemas/report';
import { appliesToUnit } from './applicability';
import { figureName, figureProblems, figureWarnings } from './figureProblems';
import { unitContribution } from './indicatorValue';
import { addUnit, emptyPartial, finalValue, mergeAllPartials, pooledCounts, type PartialAggregate } from './partial';
import type { UnitRows } from './reportIndex';
import { compareToTarget } from './targets';

/**
 * One indicator over all units: each reporting unit becomes a partial, the partials are merged, and the
 * value comes from the merged sums (Σnumerator / Σdenominator, …), never from the units' finished values.
 * A unit is in unitValues when it reported what the rule needs, in leftOutUnits when its figures are out
 * of range (figureProblems), otherwise in missingUnitIds — in exactly one of them. A unit the indicator
 * does not apply to (applicableUnitIds) is in none: it was not asked, so it is not missing, and figures it
 * may have stored before are not pooled.
 */
export function indicatorRollup(indicator: Indicator, unitIds: readonly string[], reports: UnitRows<IndicatorReport>): IndicatorRollup {
  const { aggregation } = indicator;
  const empty = emptyPartial(aggregation);
  const unitValues: UnitIndicatorValue[] = [];
  const partials: PartialAggregate[] = [];
  const missingUnitIds: string[] = [];
  const leftOutUnits: IndicatorRollup['leftOutUnits'] = [];
  const unitWarnings: IndicatorRollup['unitWarnings'] = [];
  for (const unitId of unitIds) {
    if (!appliesToUnit(indicator, unitId)) continue;
    const row = reports.get(unitId);
    const contribution = unitContribution(indicator, row);
    if (contribution === null) {
      missingUnitIds.push(unitId);
      continue;
    }
    const problems = figureProblems(indicator, row!);
    if (problems.length > 0) {
      leftOutUnits.push({ unitId, message: problems.map((p) => `${figureName(aggregation, p.field)}: ${p.message}`).join('; ') });
      continue;
    }
    const warnings = figureWarnings(indicator, row!);
    if (warnings.length > 0) unitWarnings.push({ unitId, message: warnings.map((w) => w.message).join('; ') });
    unitValues.push({ unitId, ...contribution });
    partials.push(addUnit(empty, contribution));
  }
  const pooled = mergeAllPartials(aggregation, partials);
  const value = finalValue(pooled, aggregation);
  return {
    indicatorId: indicator.id,
    name: indicator.name,
    measureUnit: indicator.measureUnit,
    direction: indicator.direction,
    periodicity: indicator.periodicity,
    aggregation,
    annualTarget: indicator.annualTarget,
    councilTarget: indicator.councilTarget,
    value,
    ...pooledCounts(pooled),
    vsAnnualTarget: compareToTarget(value, indicator.annualTarget, indicator.direction),
    vsCouncilTarget: compareToTarget(value, indicator.councilTarget, indicator.direction),
    unitValues,
    missingUnitIds,
    leftOutUnits,
    unitWarnings,
  };
}
