import { approvalStep, canRead, type ApprovalSubject, type Caller, type ChannelPost, type Store } from '@vp/shared';
import { AppError } from '../app/errors';
import { actorOf } from '../app/updatePlanItem';
import type { ChannelServices } from './channelServices';

/** A post as the API answers it: without the store's eTag (the tab never writes a post). */
export function postView({ eTag: _eTag, ...post }: ChannelPost & { eTag?: string }): ChannelPost {
  return post;
}

/**
 * POST /api/posts/{postId}/send: a person sends a pending or failed post now, as themselves (their
 * token, on behalf of them). Only the one it is posted as, or whoever may approve the subject, may.
 * One attempt here; if Graph asks to wait, the rest goes on in the background while the token lasts.
 */
export async function sendAgain(store: Store, channel: ChannelServices | undefined, caller: Caller, postId: string, userToken: string | null): Promise<ChannelPost> {
  const post = await store.get('channelPost', postId);
  if (!post || !canRead(caller, post.forvaltningId)) throw new AppError('NOT_FOUND', `Kanalmeddelandet "${postId}" finns inte.`);
  if (!(await mayResend(store, caller, post))) throw new AppError('FORBIDDEN', 'Bara den som kortet skickas som, eller den som godkänner, kan skicka kortet igen.');
  if (post.state === 'noTeams') throw new AppError('CONFLICT', 'Kortet skickas inte: det finns ingen Teams-kanal kopplad till enheten. Konfigurera fliken i enhetens kanal så kopplas den.');
  if (post.state === 'sent') return postView(post);
  if (!channel?.dispatcher || !userToken) throw new AppError('CONFLICT', channel?.unavailable || 'Det finns ingen Teams-koppling, så kortet kan inte skickas.');
  if (post.state === 'sending' && post.retryAt && Date.parse(post.retryAt) > Date.now()) throw new AppError('CONFLICT', 'Kortet skickas just nu. Vänta en stund och läs in sidan igen.');
  return postView(await channel.dispatcher.attempt(postId, userToken, actorOf(caller), { manual: true }));
}

/** The one it is posted as, or whoever may approve the subject (the unit's rektor, the avdelningschef for the summary). */
async function mayResend(store: Store, caller: Caller, post: ChannelPost): Promise<boolean> {
  if (post.postedBy.id === caller.id) return true;
  const approval = await store.get('approval', post.approvalId);
  if (!approval) return false;
  const subject: ApprovalSubject =
    approval.subject === 'summary' || approval.unitId === null
      ? { kind: 'summary', forvaltningId: approval.forvaltningId }
      : { kind: approval.subject, unit: { id: approval.unitId, forvaltningId: approval.forvaltningId } };
  return approvalStep(caller, subject, 'submitted', 'approve').ok;
}
