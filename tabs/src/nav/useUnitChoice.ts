import type { Caller, Plan, Stored, Unit } from '@vp/shared';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';

/**
 * The units and the chosen unit's plans; the unit and year from the route, else the caller's unit and
 * its newest plan year.
 */
export function useUnitChoice(api: ApiClient, route: { unitId?: string; year?: number }, caller: Caller | null, onError: (message: string) => void) {
  const [units, setUnits] = useState<Stored<Unit>[]>([]);
  const [plans, setPlans] = useState<Stored<Plan>[]>([]);
  const unitId = route.unitId ?? caller?.unitId ?? units[0]?.id;
  const year = route.year ?? plans[0]?.year;

  useEffect(() => {
    api.listUnits().then(setUnits, (e: Error) => onError(e.message));
  }, [api, onError]);
  useEffect(() => {
    if (unitId) api.listPlans(unitId).then(setPlans, (e: Error) => onError(e.message));
  }, [api, unitId, onError]);

  return { units, plans, unitId, year, unit: units.find((u) => u.id === unitId) };
}
