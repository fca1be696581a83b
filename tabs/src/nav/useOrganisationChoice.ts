import { useCallback, useMemo } from 'react';
import type { ApiClient } from '../api/client';
import { useLoad } from '../recover/useLoad';

/**
 * The förvaltningar the caller reads and the chosen one's plans of every kind, for the organisation and
 * plan pickers: the one the page names, else the first the caller reads (a link to a unit that does not
 * exist still offers units to pick). `loads` are the two requests, for the page's LoadFailure.
 */
export function useOrganisationChoice(api: ApiClient, named: string | undefined) {
  const forvaltningarLoad = useLoad(useCallback(() => api.listForvaltningar(), [api]));
  const forvaltningId = named ?? forvaltningarLoad.data?.[0]?.id;
  const plansLoad = useLoad(useMemo(() => (forvaltningId ? () => api.listForvaltningPlans(forvaltningId) : undefined), [api, forvaltningId]));
  // read: the förvaltningar are known (none may be chosen only then)
  return { forvaltningar: forvaltningarLoad.data ?? [], read: forvaltningarLoad.data !== undefined, forvaltningId, plans: plansLoad.data, loads: [forvaltningarLoad, plansLoad] };
}

export type OrganisationChoice = ReturnType<typeof useOrganisationChoice>;
