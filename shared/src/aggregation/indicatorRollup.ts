import type { Indicator } from '../schemas/indicator';
import type { IndicatorRollup, UnitIndicatorValue } from '../schemas/overview';
import type { IndicatorReport } from '../schemas/report';
import { unitContribution } from './indicatorValue';
import { addUnit, emptyPartial, finalValue, mergeAllPartials, pooledCounts, type PartialAggregate } from './partial';
import type { UnitRows } from './reportIndex';
import { compareToTarget } from './targets';

/**
 * One indicator over all units: each reporting unit becomes a partial, the partials are merged, and the
 * value comes from the merged sums (Σnumerator / Σdenominator, …), never from the units' finished values.
 * A unit is in unitValues when it reported what the rule needs, otherwise in missingUnitIds — never both.
 */
export function indicatorRollup(indicator: Indicator, unitIds: readonly string[], reports: UnitRows<IndicatorReport>): IndicatorRollup {
  const { aggregation } = indicator;
  const empty = emptyPartial(aggregation);
  const unitValues: UnitIndicatorValue[] = [];
  const partials: PartialAggregate[] = [];
  const missingUnitIds: string[] = [];
  for (const unitId of unitIds) {
    const contribution = unitContribution(indicator, reports.get(unitId));
    if (contribution === null) {
      missingUnitIds.push(unitId);
      continue;
    }
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
  };
}
