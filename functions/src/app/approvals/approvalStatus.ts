import { Period, type ApprovalStatusRow, type Caller, type Forvaltning, type Report, type Store, type Stored, type Unit } from '@vp/shared';
import { approvalId } from './approvalId';
import { approvalNow } from './approvalNow';
import type { ApprovalRef } from './approvalRef';

const collator = new Intl.Collator('sv');

/** Which units' plans and reports, and which förvaltningar's summaries, the caller sees in lists. */
function visible(caller: Caller | null, units: Unit[], forvaltningar: Forvaltning[]) {
  // A läsare (and an anonymous reader on the local host) reads every förvaltning; the others their own.
  if (caller === null || caller.role === 'lasare') return { units, forvaltningar };
  if (caller.role === 'avdelningschef') return { units: units.filter((u) => u.forvaltningId === caller.forvaltningId), forvaltningar: forvaltningar.filter((f) => f.id === caller.forvaltningId) };
  return { units: units.filter((u) => caller.unitIds.includes(u.id)), forvaltningar: [] };
}

/**
 * GET /approvals?year=: where every plan and report the caller reads stands — for each unit with a plan
 * that year (by name) its plan, T1, T2 and VB; then each förvaltning's summaries (the avdelningschef's
 * and a läsare's). A unit's people see their units only.
 */
export async function approvalStatus(store: Store, caller: Caller | null, year: number): Promise<ApprovalStatusRow[]> {
  const [allUnits, allForvaltningar, plans, approvals, reports] = await store.listMany([
    { kind: 'unit' },
    { kind: 'forvaltning' },
    { kind: 'plan', filter: { year } },
    { kind: 'approval', filter: { year } },
    { kind: 'report', filter: { year } },
  ] as const);
  const { units, forvaltningar } = visible(caller, allUnits, allForvaltningar);
  const planned = new Set(plans.map((p) => p.unitId));
  const records = new Map(approvals.map((a) => [a.id, a]));
  const headers = new Map<string, Stored<Report>>(reports.map((r) => [`${r.unitId} ${r.period}`, r]));

  const row = (ref: ApprovalRef, forvaltningId: string, unitName: string | null, header?: Stored<Report>): ApprovalStatusRow => {
    const id = approvalId(ref);
    const now = approvalNow(records.get(id), header);
    return {
      approvalId: id,
      subject: ref.kind,
      forvaltningId,
      unitId: ref.kind === 'summary' ? null : ref.unitId,
      year,
      period: ref.kind === 'unitPlan' ? null : ref.period,
      state: now.state,
      version: now.version,
      unitName,
      changedAt: now.changedAt,
      changedBy: now.changedBy,
    };
  };
  const unitRows = units
    .filter((u) => planned.has(u.id))
    .sort((a, b) => collator.compare(a.name, b.name))
    .flatMap((u) => [
      row({ kind: 'unitPlan', unitId: u.id, year }, u.forvaltningId, u.name),
      ...Period.options.map((period) => row({ kind: 'unitReport', unitId: u.id, year, period }, u.forvaltningId, u.name, headers.get(`${u.id} ${period}`))),
    ]);
  const summaryRows = forvaltningar.flatMap((f) => Period.options.map((period) => row({ kind: 'summary', forvaltningId: f.id, year, period }, f.id, null)));
  return [...unitRows, ...summaryRows];
}
