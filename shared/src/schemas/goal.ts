import { z } from 'zod';
import { LongText, Lines, PlainText, ShortText, nodeFields } from './common';

/**
 * Goal levels of the Stockholm cascade, top down:
 * - councilDirection  = KF:s inriktningsmål (1, 2, 3)
 * - councilAreaGoal   = KF:s mål för verksamhetsområdet (1.1, 1.3, …)
 * - committeeGoal     = nämndmål
 * - unitGoal          = enhetsmål
 * Later plan shapes (focus areas, improvement areas) add levels here.
 */
export const GoalLevel = z.enum(['councilDirection', 'councilAreaGoal', 'committeeGoal', 'unitGoal']);
export type GoalLevel = z.infer<typeof GoalLevel>;

/** The level a goal's parent must have; null means the level is a root. */
export const parentLevelOf: Record<GoalLevel, GoalLevel | null> = {
  councilDirection: null,
  councilAreaGoal: 'councilDirection',
  committeeGoal: 'councilAreaGoal',
  unitGoal: 'committeeGoal',
};

export const goalFields = {
  ...nodeFields,
  level: GoalLevel,
  /** Numbering as printed, e.g. "1.3"; nämndmål and enhetsmål are unnumbered in the sources. */
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
