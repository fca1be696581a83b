import type { Period } from '@vp/shared';

/** Which subject an approval is about, as the routes name it. */
export type ApprovalRef =
  | { kind: 'unitPlan'; unitId: string; year: number }
  | { kind: 'unitReport'; unitId: string; year: number; period: Period }
  | { kind: 'summary'; forvaltningId: string; year: number; period: Period };

/** The subject's plan or report period (null for a plan). */
export function periodOf(ref: ApprovalRef): Period | null {
  return ref.kind === 'unitPlan' ? null : ref.period;
}
