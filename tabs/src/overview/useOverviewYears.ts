import { useMemo } from 'react';
import type { ApiClient } from '../api/client';
import { useLoad, type Load } from '../recover/useLoad';

/**
 * Plan years of a förvaltning, newest first: read from one of its units' plans (every unit follows the
 * förvaltning's years); `wanted` is listed too. `load` is the request, for the page's LoadFailure.
 */
export function useOverviewYears(api: ApiClient, forvaltningId: string | undefined, wanted: number | undefined): { years: number[]; load: Load<number[]> } {
  const load = useLoad(
    useMemo(
      () =>
        forvaltningId
          ? async () => {
              const unit = (await api.listUnits()).find((u) => u.forvaltningId === forvaltningId);
              const plans = unit ? await api.listPlans(unit.id) : [];
              return [...new Set(plans.map((p) => p.year))].sort((a, b) => b - a);
            }
          : undefined,
      [api, forvaltningId],
    ),
  );
  const years = load.data ?? [];
  return { years: wanted && !years.includes(wanted) ? [wanted, ...years] : years, load };
}
