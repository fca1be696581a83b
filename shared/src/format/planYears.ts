/** The years a plan covers as printed: "2021", or "2020–2023" for a multi-year plan. */
export function planYears(plan: { year: number; lastYear?: number }): string {
  return plan.lastYear === undefined || plan.lastYear === plan.year ? String(plan.year) : `${plan.year}–${plan.lastYear}`;
}
