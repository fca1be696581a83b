import type { SkaAssessment } from '@vp/shared';

/** A column of a self-assessment: one assessor role's scores of one year. */
export interface ScoreColumn {
  role: string;
  roleLabel: string;
  year: number;
}

/** The role × year columns the assessment has scores or printed averages for: by year, then in the roles' order. */
export function scoreColumns(assessment: Pick<SkaAssessment, 'roles' | 'scores' | 'printedAverages'>): ScoreColumn[] {
  const seen = new Set([...assessment.scores, ...assessment.printedAverages].map((s) => `${s.year} ${s.role}`));
  const years = [...new Set([...assessment.scores, ...assessment.printedAverages].map((s) => s.year))].sort((a, b) => a - b);
  return years.flatMap((year) => assessment.roles.filter((r) => seen.has(`${year} ${r.key}`)).map((r) => ({ role: r.key, roleLabel: r.label, year })));
}

/** The score a role gave a criterion in a year, if any. */
export function scoreOf(assessment: Pick<SkaAssessment, 'scores'>, column: ScoreColumn, strategy: string, criterion: number): number | undefined {
  return assessment.scores.find((s) => s.role === column.role && s.year === column.year && s.strategy === strategy && s.criterion === criterion)?.score;
}
