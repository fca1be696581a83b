import { z } from 'zod';
import { IsoDate, LongText, PlainText, ShortText, nodeFields } from './common';

/** Aktivitet: hangs under a goal (parentId). */
export const activityFields = {
  ...nodeFields,
  text: ShortText,
  /** Startdatum */
  start: IsoDate,
  /** Slutdatum */
  end: IsoDate,
  /** Ansvarig (funktion) */
  responsible: z.string().trim().max(500).pipe(PlainText),
  /** Resurser (timmar, kronor, personal) */
  resources: LongText,
};

export function endNotBeforeStart(a: { start?: string; end?: string }): boolean {
  return a.start === undefined || a.end === undefined || a.end >= a.start;
}
export const endBeforeStartMessage = { message: 'Slutdatum kan inte vara före startdatum', path: ['end'] };

export const Activity = z.strictObject(activityFields).refine(endNotBeforeStart, endBeforeStartMessage);
export type Activity = z.infer<typeof Activity>;
