import type { ApprovalEvent, ChannelPost, Store, Stored } from '@vp/shared';
import type { ResolvedSubject } from './approvalSubject';

type Step = Omit<ApprovalEvent, 'snapshot'>;

/** The steps taken on the subject's approval, newest first, without the snapshots they keep. */
export async function readHistory(store: Store, subject: ResolvedSubject): Promise<Step[]> {
  const { forvaltningId, unitId, year, period } = subject;
  const events = await store.list('approvalEvent', { forvaltningId, unitId, year, ...(period !== null && { period }) });
  return events
    .filter((e) => e.approvalId === subject.approvalId)
    .sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1))
    .map(({ eTag: _, snapshot: _snapshot, ...step }) => step);
}

/** The channel messages told of the subject's steps, newest first. */
export async function readPosts(store: Store, subject: ResolvedSubject): Promise<ChannelPost[]> {
  const { forvaltningId, unitId, year } = subject;
  const posts: Stored<ChannelPost>[] = await store.list('channelPost', { forvaltningId, unitId, year });
  return posts
    .filter((p) => p.approvalId === subject.approvalId)
    .sort((a, b) => (a.createdAt === b.createdAt ? 0 : a.createdAt < b.createdAt ? 1 : -1))
    .map(({ eTag: _, ...post }) => post);
}
