import type { ApprovalSubject, Forvaltning, Period, Store, Stored, Unit } from '@vp/shared';
import { findForvaltning, findUnit } from '../organisation';
import { approvalId } from './approvalId';
import { periodOf, type ApprovalRef } from './approvalRef';

/** An approval's subject found in the store: who owns it, what approvalStep is asked about, and its name for messages. */
export interface ResolvedSubject {
  ref: ApprovalRef;
  approvalId: string;
  subject: ApprovalSubject;
  forvaltningId: string;
  unitId: string | null;
  year: number;
  period: Period | null;
  unit: Stored<Unit> | null;
  /** the unit's name, or the förvaltning's for its summary */
  ownerName: string;
}

/** The subject a route names; 404 when its unit or förvaltning does not exist. */
export async function resolveSubject(store: Store, ref: ApprovalRef): Promise<ResolvedSubject> {
  const common = { ref, approvalId: approvalId(ref), year: ref.year, period: periodOf(ref) };
  if (ref.kind === 'summary') {
    const forvaltning: Stored<Forvaltning> = await findForvaltning(store, ref.forvaltningId);
    return { ...common, subject: { kind: 'summary', forvaltningId: forvaltning.id }, forvaltningId: forvaltning.id, unitId: null, unit: null, ownerName: forvaltning.name };
  }
  const unit = await findUnit(store, ref.unitId);
  return subjectOfUnit(unit, ref, common.approvalId);
}

/** A unit's plan or report approval, for a unit already read (lists read every unit at once). */
export function subjectOfUnit(unit: Stored<Unit> | Unit, ref: ApprovalRef & { kind: 'unitPlan' | 'unitReport' }, id = approvalId(ref)): ResolvedSubject {
  return {
    ref,
    approvalId: id,
    year: ref.year,
    period: periodOf(ref),
    subject: { kind: ref.kind, unit: { id: unit.id, forvaltningId: unit.forvaltningId } },
    forvaltningId: unit.forvaltningId,
    unitId: unit.id,
    unit: unit as Stored<Unit>,
    ownerName: unit.name,
  };
}
