import type { ApprovalState } from './schemas/approvalStates';
import type { Report } from './schemas/report';

/**
 * Where a report stood before approvals existed: a header marked "ready" (klar för granskning) reads as
 * submitted (inskickad) until its approval is first acted on; otherwise null. SQLite turned those headers
 * into approvals in a migration; SharePoint rows are read as they are, so this mapping stays.
 */
export function legacyReportState(header: Pick<Report, 'status'> | null | undefined): ApprovalState | null {
  return header?.status === 'ready' ? 'submitted' : null;
}

/** A unit report's state for lists: its approval's, else what its header says, else none (not started). */
export function reportState(approval: { state: ApprovalState } | null | undefined, header: Pick<Report, 'status'> | null | undefined): ApprovalState | 'none' {
  return approval?.state ?? legacyReportState(header) ?? (header ? 'draft' : 'none');
}
