import { contentChanges, contentItems, type ApprovalChanges, type Store } from '@vp/shared';
import type { ResolvedSubject } from './approvalSubject';
import { readSubjectContent } from './subjectContent';

/** The newest approve step of the subject's approval, with the content it kept. */
async function lastApproved(store: Store, subject: ResolvedSubject) {
  const { forvaltningId, unitId, year, period } = subject;
  const events = await store.list('approvalEvent', { forvaltningId, unitId, year, ...(period !== null && { period }) });
  return events
    .filter((e) => e.approvalId === subject.approvalId && e.action === 'approve' && e.snapshot !== undefined)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
}

/**
 * What differs now from the version last approved (what the nämnd saw): the approved content kept on the
 * approve step against the subject as it is. A report's entries are titled by the plan's goals,
 * indicators and activities they are about.
 */
export async function changesSinceApproval(store: Store, subject: ResolvedSubject): Promise<ApprovalChanges> {
  const approved = await lastApproved(store, subject);
  if (!approved) return { approved: null, changes: [] };
  const { content, plan } = await readSubjectContent(store, subject);
  const titles = new Map([...contentItems(plan ?? null)].map(([key, item]) => [key, item.title]));
  return { approved: { version: approved.version, at: approved.at, by: approved.by }, changes: contentChanges(approved.snapshot, content, titles) };
}
