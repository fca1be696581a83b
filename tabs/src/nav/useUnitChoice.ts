import { planInForce, type Caller } from '@vp/shared';
import { useCallback, useMemo } from 'react';
import type { ApiClient } from '../api/client';
import { useLoad } from '../recover/useLoad';

/**
 * The units and the chosen unit's plans; the unit and year from the route, else the caller's unit and
 * its newest plan year; `planYear` the first year of the plan in force that year (a plan for several
 * years is read under its first), the year itself until the plans are read. `loads` are the two
 * requests, for the page's LoadFailure.
 */
export function useUnitChoice(api: ApiClient, route: { unitId?: string; year?: number }, caller: Caller | null) {
  const unitsLoad = useLoad(useCallback(() => api.listUnits(), [api]));
  const units = unitsLoad.data ?? [];
  const unitId = route.unitId ?? caller?.unitIds[0] ?? units[0]?.id;
  const plansLoad = useLoad(useMemo(() => (unitId ? () => api.listPlans(unitId) : undefined), [api, unitId]));
  const plans = plansLoad.data ?? [];
  const year = route.year ?? plans[0]?.year;
  const planYear = year === undefined ? undefined : (planInForce(plans, year)?.year ?? year);

  return { units, plans, plansRead: plansLoad.data !== undefined, unitId, year, planYear, unit: units.find((u) => u.id === unitId), loads: [unitsLoad, plansLoad] };
}
