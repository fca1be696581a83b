/**
 * The Swedish names of the follow-up's choices, printed by the tab's Swedish UI and by the Word exports
 * alike, and the order they are offered and counted in. (The tab's English UI translates these keys.)
 */
import type { ApprovalState } from './approval';
import type { Goal, GoalLevel } from './schemas/goal';
import type { Periodicity } from './schemas/indicator';
import { ActivityStatus, Assessment, type Period } from './schemas/report';

/** In the order they are offered and counted: helt, delvis, inte. */
export const assessments: readonly Assessment[] = Assessment.options;

/** In the order they are offered and counted: ej påbörjad, pågående, avslutad, inställd. */
export const activityStatuses: readonly ActivityStatus[] = ActivityStatus.options;

/** T1 and T2 give a forecast of the goal, the verksamhetsberättelse its outcome. */
export type AssessmentKind = 'forecast' | 'outcome';
export function assessmentKind(period: Period): AssessmentKind {
  return period === 'VB' ? 'outcome' : 'forecast';
}

/** The question a unit answers about a goal, and its answers as choices ("Målet bedöms uppfyllas: Helt"). */
export const assessmentQuestion: Record<AssessmentKind, string> = { forecast: 'Målet bedöms uppfyllas', outcome: 'Måluppfyllelse' };
export const assessmentChoices: Record<AssessmentKind, Record<Assessment, string>> = {
  forecast: { fully: 'Helt', partly: 'Delvis', not: 'Inte' },
  outcome: { fully: 'Uppfyllt', partly: 'Delvis uppfyllt', not: 'Ej uppfyllt' },
};

const assessmentSentences: Record<AssessmentKind, Record<Assessment, string>> = {
  forecast: { fully: 'Målet bedöms uppfyllas helt', partly: 'Målet bedöms uppfyllas delvis', not: 'Målet bedöms inte uppfyllas' },
  outcome: assessmentChoices.outcome,
};

/** An assessment on its own line: "Målet bedöms uppfyllas delvis" (T1, T2), "Delvis uppfyllt" (VB). */
export function assessmentText(assessment: Assessment, period: Period): string {
  return assessmentSentences[assessmentKind(period)][assessment];
}

export const activityStatusLabel: Record<ActivityStatus, string> = {
  notStarted: 'Ej påbörjad',
  ongoing: 'Pågående',
  done: 'Avslutad',
  cancelled: 'Inställd',
};

/** The competence-supply plan's follow-ups in its own words ("Tertial 1 och 2 samt VB"): Uppföljning tertial 1 … */
export const competenceFollowUpPeriodLabel: Record<Period, string> = { T1: 'tertial 1', T2: 'tertial 2', VB: 'verksamhetsberättelse' };

/** A competence row without a status in the period. */
export const notFollowedUpLabel = 'Ej uppföljd';

/** An approval's state: utkast, inskickad, godkänd, återremitterad. */
export const approvalStateLabel: Record<ApprovalState, string> = {
  draft: 'Utkast',
  submitted: 'Inskickad',
  approved: 'Godkänd',
  returned: 'Återremitterad',
};

/** A unit report's state in the overview: its approval's; "none" for a unit that has not saved its report yet. */
export const reportStatusLabel: Record<ApprovalState | 'none', string> = {
  ...approvalStateLabel,
  none: 'Ej påbörjad',
};

export const periodicityLabel: Record<Periodicity, string> = { tertial: 'Tertial', year: 'År' };

/** The label of a goal's level, as the plans print it above the goal. */
export const goalLevelLabel: Record<GoalLevel, string> = {
  councilDirection: 'KF:s inriktningsmål',
  councilAreaGoal: 'KF:s mål för verksamhetsområdet',
  committeeGoal: 'Nämndmål',
  unitGoal: 'Enhetsmål',
  boardGoal: 'Nämndens övergripande mål',
  operationalGoal: 'Verksamhetsmål',
  focusArea: 'Fokusområde',
};

/** A goal's texts: the free texts (LongText) and the lists of short lines (Lines). */
export type GoalTextField = keyof Pick<Goal, 'description' | 'expectedResults' | 'workingMethods' | 'resources' | 'followUp' | 'development'>;

/** The headings of a goal's texts, in the order the plans print them under the goal. */
export const goalTextLabel: Record<GoalTextField, string> = {
  description: 'Beskrivning',
  expectedResults: 'Förväntat resultat',
  workingMethods: 'Arbetssätt',
  resources: 'Resursanvändning',
  followUp: 'Uppföljning',
  development: 'Utveckling',
};

/** A focus area's Uppföljning is printed "Uppföljning/redovisning" (Smedjebacken's plan). */
export const focusAreaFollowUpLabel = 'Uppföljning/redovisning';

/** The heading of a goal's text as its level's plans print it. */
export function goalTextLabelOf(level: GoalLevel, field: GoalTextField): string {
  return level === 'focusArea' && field === 'followUp' ? focusAreaFollowUpLabel : goalTextLabel[field];
}
