import { randomUUID } from 'node:crypto';
import { SkaAnalysis, SkaAnalysisUpdate, SkaPerspective, type Caller, type SkaScope, type Store, type Stored } from '@vp/shared';
import { actorOf } from '../updatePlanItem';
import { assertStorableSize, validate } from '../validate';
import { requireIfMatch } from '../requireIfMatch';
import { assertSkaEditor, staleAware } from './guard';

const emptyTexts = Object.fromEntries(SkaPerspective.options.map((p) => [p, ''])) as SkaAnalysis['texts'];

/**
 * Changes exactly the perspectives the body names. The first write of a plan's analysis creates it
 * (the others empty) without If-Match; once stored, If-Match is required (428, 412 when stale).
 */
export async function updateSkaAnalysis(
  store: Store,
  caller: Caller,
  where: { forvaltningId: string; scope: SkaScope; year: number },
  ifMatch: string | null,
  body: unknown,
): Promise<Stored<SkaAnalysis>> {
  const patch = validate(SkaAnalysisUpdate, body);
  const owner = { forvaltningId: where.forvaltningId, unitId: null };
  await assertSkaEditor(store, caller, owner);
  const current = (await store.list('skaAnalysis', { ...owner, year: where.year })).find((a) => a.scope === where.scope);
  if (!current) {
    const created = validate(SkaAnalysis, { id: randomUUID(), ...owner, year: where.year, scope: where.scope, texts: { ...emptyTexts, ...patch } });
    assertStorableSize(created);
    return store.create('skaAnalysis', created, actorOf(caller));
  }
  const etag = requireIfMatch(ifMatch, 'analysen');
  const { eTag: _, ...stored } = current;
  const next = validate(SkaAnalysis, { ...stored, texts: { ...stored.texts, ...patch } });
  assertStorableSize(next);
  return staleAware(
    () => store.update('skaAnalysis', next, etag, actorOf(caller)),
    () => store.get('skaAnalysis', current.id),
  );
}
