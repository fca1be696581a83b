import type { Indicator } from '../schemas/indicator';
import type { Period } from '../schemas/report';
import { indicatorDueIn } from './periods';

type Applicability = Pick<Indicator, 'applicableUnitIds'>;

/** Whether the förvaltning asks the unit for the indicator at all; null applicableUnitIds means every unit. */
export function appliesToUnit(indicator: Applicability, unitId: string): boolean {
  return indicator.applicableUnitIds === null || indicator.applicableUnitIds.includes(unitId);
}

/** Whether the unit reports the indicator in the period: it applies to the unit and is due then. */
export function indicatorAskedOf(indicator: Applicability & Pick<Indicator, 'periodicity'>, unitId: string, period: Period): boolean {
  return appliesToUnit(indicator, unitId) && indicatorDueIn(indicator.periodicity, period);
}
