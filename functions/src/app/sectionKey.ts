import type { Kind, PlanSection, Store } from '@vp/shared';
import { AppError } from './errors';

/**
 * A section's key names it within its plan (links and exports find "inledning" by it), so two sections
 * of one plan never share a key. Checked when a section is created or its key changes; `before` is the
 * stored section on update, so an unrelated change to a section is never refused for its key.
 */
export async function assertSectionKeyFree(store: Store, kind: Kind, item: object, before?: object): Promise<void> {
  if (kind !== 'section') return;
  const section = item as PlanSection;
  if (before && (before as PlanSection).key === section.key) return;
  const sections = await store.list('section', { forvaltningId: section.forvaltningId, unitId: section.unitId, year: section.year });
  const taken = sections.find((s) => s.key === section.key && s.id !== section.id);
  if (!taken) return;
  const message = `Planen har redan ett avsnitt med nyckeln "${section.key}" (${taken.title}); välj en annan nyckel`;
  throw new AppError('CONFLICT', message, { fields: [{ field: 'key', message }] });
}
