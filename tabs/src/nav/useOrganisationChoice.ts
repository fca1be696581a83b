import type { Stored, Unit } from '@vp/shared';
import { useCallback, useMemo } from 'react';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { useLoad } from '../recover/useLoad';
import { organisationStart, planChoices } from './planChoices';

/**
 * The förvaltningar the caller reads and the chosen one's plans of every kind, for the organisation and
 * plan pickers: the one the page names, else the first the caller reads (a link to a unit that does not
 * exist still offers units to pick). `loads` are the two requests, for the page's LoadFailure.
 */
export function useOrganisationChoice(api: ApiClient, named: string | undefined) {
  const forvaltningarLoad = useLoad(useCallback(() => api.listForvaltningar(), [api]));
  const forvaltningId = named ?? forvaltningarLoad.data?.[0]?.id;
  const plansLoad = useLoad(useMemo(() => (forvaltningId ? () => api.listForvaltningPlans(forvaltningId) : undefined), [api, forvaltningId]));
  const skaLoad = useLoad(useMemo(() => (forvaltningId ? () => api.listSkaPlans(forvaltningId) : undefined), [api, forvaltningId]));
  const t = useStrings();
  // Where choosing another organisation leads: its first plan (read then), else its first unit.
  const startOf = useCallback(
    async (id: string, units: readonly Stored<Unit>[]) => {
      const first = await Promise.all([api.listForvaltningPlans(id), api.listSkaPlans(id)]).then(
        ([plans, ska]) => planChoices(plans, ska, units, id, t)[0]?.hash,
        () => undefined,
      );
      return first ?? organisationStart(id, units);
    },
    [api, t],
  );
  // read: the förvaltningar are known (none may be chosen only then)
  return { forvaltningar: forvaltningarLoad.data ?? [], read: forvaltningarLoad.data !== undefined, forvaltningId, plans: plansLoad.data, ska: skaLoad.data, startOf, loads: [forvaltningarLoad, plansLoad, skaLoad] };
}

export type OrganisationChoice = ReturnType<typeof useOrganisationChoice>;
