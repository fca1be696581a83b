import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';

/** Plan years of a förvaltning, newest first: read from one of its units' plans (every unit follows the förvaltning's years). */
export function useOverviewYears(api: ApiClient, forvaltningId: string | undefined, wanted: number | undefined): number[] {
  const [years, setYears] = useState<number[]>([]);
  useEffect(() => {
    if (!forvaltningId) return;
    let current = true;
    api
      .listUnits()
      .then((units) => {
        const unit = units.find((u) => u.forvaltningId === forvaltningId);
        return unit ? api.listPlans(unit.id) : [];
      })
      .then(
        (plans) => current && setYears([...new Set(plans.map((p) => p.year))].sort((a, b) => b - a)),
        () => current && setYears([]),
      );
    return () => void (current = false);
  }, [api, forvaltningId]);
  return wanted && !years.includes(wanted) ? [wanted, ...years] : years;
}
