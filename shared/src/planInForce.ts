import type { Plan } from './schemas/plan';

type PlanSpan = Pick<Plan, 'year' | 'lastYear'>;

/** The last year a plan covers: its lastYear, or its only year. */
const lastYearOf = (plan: PlanSpan) => plan.lastYear ?? plan.year;

/**
 * The plan in force in a year: the plan of that year, else the plan for several years whose span
 * covers it (Smedjebacken's 2020–2023 is stored under 2020 and followed up every year); null: none.
 */
export function planInForce<P extends PlanSpan>(plans: readonly P[], year: number): P | null {
  return plans.find((p) => p.year === year) ?? plans.find((p) => p.year < year && lastYearOf(p) >= year) ?? null;
}

/** Every year the plans are followed up in, newest first: each year of a plan's span. */
export function followUpYears(plans: readonly PlanSpan[]): number[] {
  const years = new Set<number>();
  for (const plan of plans) for (let y = plan.year; y <= lastYearOf(plan); y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}
