import { randomUUID } from 'node:crypto';
import { collections, itemSchemas, type Caller, type Collection, type Store } from '@vp/shared';
import { assertApplicableUnitsExist } from './applicableUnits';
import { AppError } from './errors';
import { assertLevelAllowed, assertValidParent } from './goalRules';
import { writableScope, type ScopeRef } from './planScope';
import { assertSectionKeyFree } from './sectionKey';
import { assertStorableSize, validate } from './validate';

/** Adds a goal, indicator, activity or section to a unit's or the förvaltning's plan. */
export async function createPlanItem(store: Store, caller: Caller, ref: ScopeRef, collection: Collection, body: unknown) {
  const { kind, create } = collections[collection];
  const data = validate(create, body) as { parentId: string | null; level?: Parameters<typeof assertLevelAllowed>[0]; order?: number };
  const scope = await writableScope(store, ref, caller);
  if (kind === 'section') {
    if (scope.unitId === null) throw new AppError('NOT_FOUND', 'Förvaltningen har inga egna textavsnitt');
    const plans = await store.list('plan', { unitId: scope.unitId, year: scope.year });
    if (plans.length === 0) throw new AppError('NOT_FOUND', `${scope.name} har ingen verksamhetsplan för ${scope.year}`);
  }
  if (kind === 'goal') assertLevelAllowed(data.level!, scope);
  await assertValidParent(store, scope, kind, data.parentId, data.level);

  // Sections are roots of each unit's plan; other nodes share their parent with every unit's nodes.
  const siblingFilter = kind === 'section' ? { unitId: scope.unitId } : {};
  const siblings = await store.list(kind, { forvaltningId: scope.forvaltningId, year: scope.year, parentId: data.parentId, ...siblingFilter });
  const order = data.order ?? Math.max(-1, ...siblings.map((s) => s.order)) + 1;
  const item = validate(itemSchemas[kind], {
    ...data,
    id: randomUUID(),
    forvaltningId: scope.forvaltningId,
    unitId: scope.unitId,
    year: scope.year,
    order,
  });
  assertStorableSize(item);
  await assertSectionKeyFree(store, kind, item);
  await assertApplicableUnitsExist(store, kind, item);
  return store.create(kind, item, { id: caller.id, name: caller.name });
}
