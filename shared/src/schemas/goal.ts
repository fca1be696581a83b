import { z } from 'zod';
import { LongText, Lines, PlainText, ShortText, nodeFields } from './common';

/**
 * Goal levels of the Stockholm cascade, top down:
 * - councilDirection  = KF:s inriktningsmål (1, 2, 3)
 * - councilAreaGoal   = KF:s mål för verksamhetsområdet (1.1, 1.3, …)
 * - committeeGoal     = nämndmål
 * - unitGoal          = enhetsmål
 * Levels of a focus-area plan (Smedjebacken's förskola), each a root:
 * - boardGoal         = nämndens övergripande mål (förvaltning-owned)
 * - operationalGoal   = verksamhetsmål (unit-owned)
 * - focusArea         = fokusområde, "Fokus 1" … (unit-owned; its activities and Uppföljning/redovisning)
 */
export const GoalLevel = z.enum(['councilDirection', 'councilAreaGoal', 'committeeGoal', 'unitGoal', 'boardGoal', 'operationalGoal', 'focusArea']);
export type GoalLevel = z.infer<typeof GoalLevel>;

/** The level a goal's parent must have; null means the level is a root. */
export const parentLevelOf: Record<GoalLevel, GoalLevel | null> = {
  councilDirection: null,
  councilAreaGoal: 'councilDirection',
  committeeGoal: 'councilAreaGoal',
  unitGoal: 'committeeGoal',
  boardGoal: null,
  operationalGoal: null,
  focusArea: null,
};

/** The levels a unit adds to its own plan; the förvaltning owns the others. */
export const unitOwnedLevels: readonly GoalLevel[] = ['unitGoal', 'operationalGoal', 'focusArea'];

export const goalFields = {
  ...nodeFields,
  level: GoalLevel,
  /** Numbering as printed, e.g. "1.3" or "Fokus 1"; nämndmål and enhetsmål are unnumbered in the sources. */
  number: z.string().trim().min(1).max(20).pipe(PlainText).nullable(),
  title: ShortText,
  /** Beskrivning */
  description: LongText,
  /** Förväntat resultat */
  expectedResults: Lines,
  /** Arbetssätt */
  workingMethods: LongText,
  /** Resursanvändning: forums, roles, functions used */
  resources: Lines,
  /** Uppföljning: how and when the goal is followed up */
  followUp: Lines,
  /** Utveckling */
  development: LongText,
};
export const Goal = z.strictObject(goalFields);
export type Goal = z.infer<typeof Goal>;
