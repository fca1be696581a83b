import { isPostedAction, type Actor, type ApprovalEvent, type ChannelPost, type Forvaltning, type Store, type Unit } from '@vp/shared';
import { channelPostFor, type PostPlace } from './channelPostFor';
import type { ChannelServices } from './channelServices';

/**
 * Where an approval step is told: the unit's channel for its plan and reports (the unit already read),
 * the förvaltning's leadership channel for the summary.
 */
export async function postPlaceOf(store: Store, subject: { unit: Unit | null; forvaltningId: string }): Promise<PostPlace> {
  const place: Unit | Forvaltning | null = subject.unit ?? (await store.get('forvaltning', subject.forvaltningId));
  if (!place) throw new Error(`Förvaltningen "${subject.forvaltningId}" finns inte.`);
  return { name: place.name, groupId: place.groupId ?? null, channelId: place.channelId ?? null };
}

/** The write that stores a post (one of a writeMany's writes). */
export type PostWrite = { op: 'create'; kind: 'channelPost'; item: ChannelPost };

/**
 * The outbox write that goes in the same writeMany as an approval step: the step's post for approve
 * and return, none for the others. It can be sent only where the host has a dispatcher; elsewhere it
 * is kept as noTeams with its card.
 */
export function postWriteFor(event: ApprovalEvent, place: PostPlace, channel: ChannelServices | undefined): PostWrite | null {
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
