import type { Activity, CompetenceRow, Forvaltning, Goal, Indicator, Plan, PlanSection, SkaAnalysis, SkaArea, SkaAssessment, SkaResult, Unit } from '@vp/shared';

/** A slice of demo data written from the source documents; the seed command loads every slice. */
export interface DemoData {
  forvaltningar: Forvaltning[];
  units: Unit[];
  plans: Plan[];
  sections: PlanSection[];
  goals: Goal[];
  indicators: Indicator[];
  activities: Activity[];
  /** rows of a competence-supply plan (kompetensförsörjningsplan); only some slices have them */
  competenceRows?: CompetenceRow[];
  /** the parts of plans for systematic quality work (SKA); only some slices have them */
  skaResults?: SkaResult[];
  skaAssessments?: SkaAssessment[];
  skaAnalyses?: SkaAnalysis[];
  skaAreas?: SkaArea[];
}
