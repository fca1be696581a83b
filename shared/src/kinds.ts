import { z } from 'zod';
import { Activity } from './schemas/activity';
import { Approval, ApprovalEvent, ChannelPost } from './schemas/approval';
import { AptMeeting, AptNote, GoalFlag } from './schemas/apt';
import { CompetenceReport, CompetenceRow } from './schemas/competence';

import { GoalAnalysis } from './schemas/goalAnalysis';
import { Goal } from './schemas/goal';
import { Indicator } from './schemas/indicator';
import { Forvaltning, Unit } from './schemas/organisation';
import { Plan, PlanSection } from './schemas/plan';
import { Summary } from './schemas/overview';
import { SkaAnalysis, SkaArea, SkaAssessment, SkaResult } from './schemas/ska';
import { ActivityReport, GoalReport, IndicatorReport, Report } from './schemas/report';

/** Every stored entity kind and its schema: one list (SharePoint) or table (SQLite) each. */
export const itemSchemas = {
  forvaltning: Forvaltning,
  unit: Unit,
  plan: Plan,
  section: PlanSection,
  goal: Goal,
  indicator: Indicator,
  activity: Activity,
  report: Report,
  goalReport: GoalReport,
  indicatorReport: IndicatorReport,
  activityReport: ActivityReport,
  summary: Summary,
  approval: Approval,
  approvalEvent: ApprovalEvent,
  channelPost: ChannelPost,
  goalAnalysis: GoalAnalysis,
  aptMeeting: AptMeeting,
  aptNote: AptNote,
  goalFlag: GoalFlag,
  competenceRow: CompetenceRow,
  competenceReport: CompetenceReport,
  skaResult: SkaResult,
  skaAssessment: SkaAssessment,
  skaAnalysis: SkaAnalysis,
  skaArea: SkaArea,
} as const;

export type Kind = keyof typeof itemSchemas;
export const kinds = Object.keys(itemSchemas) as Kind[];
export type ItemOf<K extends Kind> = z.infer<(typeof itemSchemas)[K]>;

/** Kinds that are nodes of a plan tree (carry forvaltningId, unitId, year, parentId, order). */
export const nodeKinds = ['section', 'goal', 'indicator', 'activity'] as const;
export type NodeKind = (typeof nodeKinds)[number];

/** The columns every store indexes and filters on; a kind has those of them its schema has. */
export const indexedFields = ['forvaltningId', 'unitId', 'year', 'parentId', 'period', 'groupId'] as const;
export type IndexedField = (typeof indexedFields)[number];
