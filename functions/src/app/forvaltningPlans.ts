import type { ForvaltningPlans, Store } from '@vp/shared';
import { findForvaltning } from './organisation';

const newestFirst = (years: Iterable<number>) => [...new Set(years)].sort((a, b) => b - a);

/** Every plan of the förvaltning: its units' plans (by unit, newest first) and the years of its own plans (404 for an unknown förvaltning). */
export async function forvaltningPlans(store: Store, forvaltningId: string): Promise<ForvaltningPlans> {
  await findForvaltning(store, forvaltningId);
  const [plans, rows] = await store.listMany([
    { kind: 'plan', filter: { forvaltningId } },
    { kind: 'competenceRow', filter: { forvaltningId } },
  ] as const);
  return {
    unitPlans: plans.sort((a, b) => a.unitId.localeCompare(b.unitId) || b.year - a.year),
    competenceYears: newestFirst(rows.map((r) => r.year)),
  };
}
