import { z } from 'zod';
import { Actor } from './audit';
import { Id, LongText, Year } from './common';
import { Period } from './report';
import { ETag } from './responses';

/**
 * The förvaltning's own analysis of one nämndmål for a period, written by the avdelningschef beside
 * what the units say about it. Kept apart from the dated summaries (which the timer makes anew), so a
 * newer summary never loses it. One per förvaltning, year, period and nämndmål: its id says which.
 */
export const GoalAnalysis = z.strictObject({
  id: Id,
  forvaltningId: Id,
  year: Year,
  period: Period,
  goalId: Id,
  analysis: LongText,
  changedAt: z.iso.datetime(),
  changedBy: Actor,
});
export type GoalAnalysis = z.infer<typeof GoalAnalysis>;

/** PUT …/analyses/{year}/{period}/{goalId}: the text; If-Match once it is stored. */
export const GoalAnalysisWrite = z.strictObject({ analysis: LongText });
export type GoalAnalysisWrite = z.infer<typeof GoalAnalysisWrite>;

export const StoredGoalAnalysis = GoalAnalysis.extend({ eTag: ETag });
export type StoredGoalAnalysis = z.infer<typeof StoredGoalAnalysis>;

/** GET …/analyses/{year}/{period}: the analyses written for that period. */
export const GoalAnalysisList = z.array(StoredGoalAnalysis);
