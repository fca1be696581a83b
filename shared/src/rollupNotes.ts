/**
 * How a förvaltning value words the units it left out and the units whose figures deserve a second
 * look: the tab's Swedish UI and the tertial summary's Word file print the same sentences. (The tab's
 * English UI passes its own wording.) The per-unit reasons are the aggregation's, printed as they are.
 */
import type { IndicatorRollup } from './schemas/overview';

export interface RollupNoteWording {
  /** beside the förvaltning value: how many units were left out of it */
  leftOutCount(count: number): string;
  /** beside the förvaltning value: how many units' figures carry a warning */
  warnedCount(count: number): string;
  /** a left-out unit's reason, in its place among the units */
  leftOut(message: string): string;
  /** a warned unit's warning, beside its value */
  warning(message: string): string;
}

const enheter = (count: number) => `${count} ${count === 1 ? 'enhet' : 'enheter'}`;

export const rollupNoteWording: RollupNoteWording = {
  leftOutCount: (count) => `${enheter(count)} ${count === 1 ? 'utelämnad' : 'utelämnade'} ur värdet`,
  warnedCount: (count) => `${enheter(count)} med varning`,
  leftOut: (message) => `Utelämnad ur förvaltningens värde: ${message}`,
  warning: (message) => `Varning: ${message}`,
};

/** The notes beside a förvaltning value: "1 enhet utelämnad ur värdet", "2 enheter med varning"; none when neither applies. */
export function rollupNotes(rollup: Pick<IndicatorRollup, 'leftOutUnits' | 'unitWarnings'>, wording: RollupNoteWording = rollupNoteWording): string[] {
  const notes: string[] = [];
  if (rollup.leftOutUnits.length > 0) notes.push(wording.leftOutCount(rollup.leftOutUnits.length));
  if (rollup.unitWarnings.length > 0) notes.push(wording.warnedCount(rollup.unitWarnings.length));
  return notes;
}
