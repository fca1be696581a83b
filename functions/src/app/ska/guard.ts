import { canEditSka, isStoreError, type Caller, type Store } from '@vp/shared';
import { AppError } from '../errors';
import { findForvaltning } from '../organisation';
import { staleError } from '../updatePlanItem';

const cannotEdit = 'Bara förvaltningens verksamhetschef (avdelningschef i appen) ändrar planen för systematiskt kvalitetsarbete; en enhets plan också dess rektor.';

/** The förvaltning exists and the caller may change its (or the unit's) plan for systematic quality work. */
export async function assertSkaEditor(store: Store, caller: Caller, owner: { forvaltningId: string; unitId: string | null }): Promise<void> {
  await findForvaltning(store, owner.forvaltningId);
  if (!canEditSka(caller, owner)) throw new AppError('FORBIDDEN', cannotEdit);
}

/** Runs a write; a stale eTag is answered 412 with the item as it is now (read by current). */
export async function staleAware<T>(write: () => Promise<T>, current: () => Promise<unknown>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isStoreError(e, 'PRECONDITION_FAILED')) throw staleError(await current());
    throw e;
  }
}
