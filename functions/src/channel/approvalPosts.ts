import { isPostedAction, type Actor, type ApprovalEvent, type ChannelPost, type Store, type Stored, type Write } from '@vp/shared';
import { channelPostFor, type PostPlace } from './channelPostFor';
import type { ChannelServices } from './channelServices';
import { postView } from './sendAgain';

/** Where an approval step is told: the unit's channel for its plan and reports, the förvaltning's for the summary. */
export async function postPlaceOf(store: Store, event: Pick<ApprovalEvent, 'subject' | 'unitId' | 'forvaltningId'>): Promise<PostPlace> {
  const place = event.subject === 'summary' || !event.unitId ? await store.get('forvaltning', event.forvaltningId) : await store.get('unit', event.unitId);
  if (!place) throw new Error(`${event.subject === 'summary' ? 'Förvaltningen' : 'Enheten'} finns inte.`);
  return { name: place.name, groupId: place.groupId ?? null, channelId: place.channelId ?? null };
}

/**
 * The outbox write that goes in the same writeMany as an approval step: the step's post for approve
 * and return, none for the others. It can be sent only where the host has a dispatcher; elsewhere it
 * is kept as noTeams with its card.
 */
export function postWriteFor(event: ApprovalEvent, place: PostPlace, channel: ChannelServices | undefined): Write | null {
  if (!isPostedAction(event.action) || !channel) return null;
  const { snapshot: _snapshot, ...told } = event;
  return { op: 'create', kind: 'channelPost', item: channelPostFor(told, place, channel.links, channel.dispatcher !== null) };
}

/** After the step is written: its post's first attempt as the caller (their bearer token), the rest in the background. Never throws. */
export async function sendAfterStep(channel: ChannelServices | undefined, postId: string, userToken: string | null, by: Actor, onError: (error: unknown) => void): Promise<void> {
  if (!channel?.dispatcher || !userToken) return;
  try {
    await channel.dispatcher.attempt(postId, userToken, by);
  } catch (error) {
    // The approval stands; the post stays pending or sending, for the tab to show and try again.
    onError(error);
  }
}

/** An approval's channel posts, newest first, as its view answers them. */
export async function postsOf(store: Store, approval: { id: string; forvaltningId: string; unitId: string | null; year: number }): Promise<ChannelPost[]> {
  const posts: Stored<ChannelPost>[] = await store.list('channelPost', { forvaltningId: approval.forvaltningId, unitId: approval.unitId, year: approval.year });
  return posts
    .filter((p) => p.approvalId === approval.id)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    .map(postView);
}
