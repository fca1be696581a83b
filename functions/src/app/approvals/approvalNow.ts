import { legacyReportState, type Actor, type Approval, type ApprovalState, type Report, type Stored } from '@vp/shared';

/** Where an approval stands: its stored record, or what it is without one. */
export interface ApprovalNow {
  state: ApprovalState;
  version: number;
  /** the record's eTag; null before its first step (If-Match: * or none then) */
  eTag: string | null;
  changedAt: string | null;
  changedBy: Actor | null;
  record: Stored<Approval> | null;
}

/**
 * The stored record as it is; without one a draft, version 1 — or, for a unit report whose header was
 * marked ready before approvals existed, submitted by whoever marked it then (legacyReportState). Only
 * the name was kept then, so it stands for the id too.
 */
export function approvalNow(record: Stored<Approval> | null | undefined, legacyHeader?: Pick<Report, 'status' | 'readyAt' | 'readyBy'> | null): ApprovalNow {
  if (record) return { state: record.state, version: record.version, eTag: record.eTag, changedAt: record.changedAt, changedBy: record.changedBy, record };
  const legacy = legacyReportState(legacyHeader);
  if (legacy !== null) {
    const name = legacyHeader?.readyBy || null;
    return { state: legacy, version: 1, eTag: null, changedAt: legacyHeader?.readyAt ?? null, changedBy: name ? { id: name, name } : null, record: null };
  }
  return { state: 'draft', version: 1, eTag: null, changedAt: null, changedBy: null, record: null };
}
