import { isStoreError, type Actor, type ChannelPost, type Store, type Stored } from '@vp/shared';
import { retryDelayMs, retryPolicy } from '../sharepoint/retryPolicy';
import { channelFailure, type ChannelFailure, type ChannelGraph } from './channelGraph';
import { channelMessage } from './channelMessage';
import { teamPace } from './channelPace';
import { systemClock, type Clock } from './clock';
import { gaveUpText, readBackFailureText, sendFailureText } from './failureText';
import { tokenUsableUntil } from './tokenLife';

export interface DispatcherOptions {
  store: Store;
  /** Graph as the person whose token for our API this is (on-behalf-of). */
  graphAs(userToken: string): ChannelGraph;
  clock?: Clock;
  /** waits before a request to a team (default teamPace: 4 a second) */
  pace?: (teamId: string) => Promise<void>;
  /** attempts before a post is given up ('failed') until someone tries again; default 5 */
  maxAttempts?: number;
  /** how long an attempt holds a post ('sending') before another may read the channel back and take over; default 2 minutes (a request times out before) */
  leaseMs?: number;
  /** told when a delivery started in the background fails unexpectedly (the store, say): it never reaches the approval */
  onError?(error: unknown, postId: string): void;
}

export interface DeliverOptions {
  /**
   * A person asked (POST /api/posts/{id}/send): a failed post is tried again, a pending one now, after
   * reading the channel back if an earlier attempt may have come through; one attempt, no waiting.
   */
  manual?: boolean;
  /** one pass, no waiting (attempt) */
  once?: boolean;
}

/** Sends stored channel posts exactly once. */
export interface ChannelDispatcher {
  /** Delivers the post as the token's person and answers it as it then stands (sent, pending with retryAt, failed). */
  deliver(postId: string, userToken: string, by: Actor, options?: DeliverOptions): Promise<Stored<ChannelPost>>;
  /** deliver in the background: waits out Retry-After while the token lasts; never throws. */
  start(postId: string, userToken: string, by: Actor): void;
  /**
   * One attempt now, awaited (after the approval's write, or when a person asks), and if Graph asks to
   * wait, the rest in the background (start): the answer shows the post sent, or waiting, or failed.
   */
  attempt(postId: string, userToken: string, by: Actor, options?: DeliverOptions): Promise<Stored<ChannelPost>>;
  /** Resolves when no delivery started in the background is running (tests, shutdown). */
  idle(): Promise<void>;
}

/** Messages older than this before the post was made cannot be its own (clocks differ a little). */
const READ_BACK_SLACK_MS = 5 * 60_000;
/** Without Retry-After: 2, 4, 8 … seconds, at most 10 minutes. */
const backoff = retryPolicy({ baseDelayMs: 2_000, maxDelayMs: 10 * 60_000 });
const asGraphSays = retryPolicy({ maxDelayMs: 24 * 3_600_000 });

type Step = { done: Stored<ChannelPost> } | { waitUntil: number; post: Stored<ChannelPost> };

/**
 * The outbox dispatcher. A post goes pending → sending (an eTag-guarded write, attempts + 1, held for
 * a lease) → POST → sent with Graph's message id. Graph saying "not now" (429, 503) makes it pending
 * until Retry-After, tried again in this process while the leader's token lasts (it is kept in memory
 * only, never stored). A post left 'sending' (no answer, or a crash between the send and its mark) is
 * never sent again blindly: the channel is read back for a message carrying the post's id first. A
 * refusal makes it failed, with the reason in Swedish, until someone tries again. Nothing here touches
 * the approval: a post that fails leaves it approved.
 */
export function channelDispatcher(options: DispatcherOptions): ChannelDispatcher {
  const { store } = options;
  const clock = options.clock ?? systemClock;
  const pace = options.pace ?? teamPace(clock);
  const maxAttempts = options.maxAttempts ?? 5;
  const leaseMs = options.leaseMs ?? 2 * 60_000;
  const running = new Set<Promise<unknown>>();
  const iso = (ms: number) => new Date(ms).toISOString();

  async function read(postId: string): Promise<Stored<ChannelPost>> {
    const post = await store.get('channelPost', postId);
    if (!post) throw new Error(`Kanalmeddelandet "${postId}" finns inte.`);
    return post;
  }

  /** An eTag-guarded write of the post; null when someone else changed it first (they carry on). */
  async function write(post: Stored<ChannelPost>, changes: Partial<ChannelPost>, by: Actor): Promise<Stored<ChannelPost> | null> {
    const { eTag, ...item } = post;
    try {
      return await store.update('channelPost', { ...item, ...changes }, eTag, by);
    } catch (error) {
      if (isStoreError(error, 'PRECONDITION_FAILED')) return null;
      throw error;
    }
  }

  const sent = (post: Stored<ChannelPost>, messageId: string, by: Actor) =>
    write(post, { state: 'sent', messageId, sentAt: iso(clock.now()), retryAt: null, lastError: null }, by);

  /** One pass: read back where needed, take the post, send, mark. */
  async function step(postId: string, graph: ChannelGraph, by: Actor, manual: boolean): Promise<Step> {
    const post = await read(postId);
    const now = clock.now();
    const retryAt = post.retryAt ? Date.parse(post.retryAt) : 0;
    if (post.state === 'sent' || post.state === 'noTeams' || !post.teamId || !post.channelId) return { done: post };
    // Another attempt holds it: its own outcome decides.
    if (post.state === 'sending' && retryAt > now) return { done: post };
    if (post.state === 'failed' && !manual) return { done: post };
    if (post.state === 'pending' && retryAt > now && !manual) return { waitUntil: retryAt, post };

    // An earlier attempt may have come through: look for it before sending again.
    if (post.state === 'sending' || (post.state === 'failed' && post.attempts > 0)) {
      const found = await readBack(post, graph, by, manual);
      if ('done' in found || 'waitUntil' in found) return found;
    }

    const taken = await write(post, { state: 'sending', attempts: post.attempts + 1, retryAt: iso(now + leaseMs), postedBy: manual ? by : post.postedBy }, by);
    if (!taken) return { done: await read(postId) };
    await pace(post.teamId);
    let messageId: string;
    try {
      ({ messageId } = await graph.send(post.teamId, post.channelId, channelMessage(post)));
    } catch (error) {
      return failed(taken, channelFailure(error), by, manual);
    }
    // Failing here (the store, the process) leaves it 'sending': the next attempt reads it back.
    return { done: (await sent(taken, messageId, by)) ?? (await read(postId)) };
  }

  /** Reads the channel for the post's message: found → sent; not found → carry on; the channel unreadable → as the failure says. */
  async function readBack(post: Stored<ChannelPost>, graph: ChannelGraph, by: Actor, manual: boolean): Promise<Step | { notFound: true }> {
    const since = new Date(Date.parse(post.createdAt) - READ_BACK_SLACK_MS);
    try {
      await pace(post.teamId!);
      const messageId = await graph.findPosted(post.teamId!, post.channelId!, post.id, since);
      if (messageId === null) return { notFound: true };
      return { done: (await sent(post, messageId, by)) ?? (await read(post.id)) };
    } catch (error) {
      const failure = channelFailure(error);
      // A person who was told to look in the channel first may send without it.
      if (failure.kind === 'refused' && manual && post.state === 'failed') return { notFound: true };
      if (failure.kind === 'refused') return { done: (await write(post, { state: 'failed', retryAt: null, lastError: readBackFailureText(failure) }, by)) ?? (await read(post.id)) };
      // A failed post stays failed (nothing retries it on its own); a sending one is read again after the wait.
      const at = clock.now() + delayFor(failure, post.attempts);
      const retrying = post.state === 'sending';
      return { waitUntil: at, post: (await write(post, { retryAt: retrying ? iso(at) : null, lastError: sendFailureText(failure, retrying) }, by)) ?? (await read(post.id)) };
    }
  }

  /** After a failed send: pending (Graph said not now), still sending (unknown: read back next), or failed. */
  async function failed(post: Stored<ChannelPost>, failure: ChannelFailure, by: Actor, manual: boolean): Promise<Step> {
    const text = sendFailureText(failure, failure.kind !== 'refused' && post.attempts < maxAttempts);
    const mark = async (changes: Partial<ChannelPost>) => (await write(post, changes, by)) ?? (await read(post.id));
    if (failure.kind === 'refused') return { done: await mark({ state: 'failed', retryAt: null, lastError: text }) };
    // Given up until someone tries again, who reads the channel back first (an attempt may have come through).
    if (post.attempts >= maxAttempts && !manual) return { done: await mark({ state: 'failed', retryAt: null, lastError: gaveUpText(post.attempts, text) }) };
    const at = clock.now() + delayFor(failure, post.attempts);
    const state = failure.kind === 'notSent' ? 'pending' : 'sending';
    return { waitUntil: at, post: await mark({ state, retryAt: iso(at), lastError: text }) };
  }

  /** Retry-After as Graph says it (waiting less only earns another 429); without it, backoff. */
  function delayFor(failure: ChannelFailure, attempts: number): number {
    const retryAfter = failure.kind === 'notSent' ? failure.retryAfter : null;
    return retryDelayMs(retryAfter, Math.max(attempts - 1, 0), retryAfter ? asGraphSays : backoff, clock.now());
  }

  async function deliver(postId: string, userToken: string, by: Actor, deliverOptions: DeliverOptions = {}): Promise<Stored<ChannelPost>> {
    const graph = options.graphAs(userToken);
    const usableUntil = tokenUsableUntil(userToken, clock.now());
    let manual = deliverOptions.manual ?? false;
    // Each pass either sends (attempts + 1, bounded) or waits on a read-back Graph asked to wait for: bounded too.
    for (let pass = 0; ; pass++) {
      const result = await step(postId, graph, by, manual);
      if ('done' in result) return result.done;
      // A person's request makes one attempt; the rest goes on in the background (start).
      if (deliverOptions.manual || deliverOptions.once || result.waitUntil > usableUntil || pass >= 3 * maxAttempts) return result.post;
      await clock.sleep(Math.max(result.waitUntil - clock.now(), 0));
      manual = false;
    }
  }

  function start(postId: string, userToken: string, by: Actor): void {
    const run = deliver(postId, userToken, by)
      .catch((error: unknown) => options.onError?.(error, postId))
      .finally(() => running.delete(run));
    running.add(run);
  }

  return {
    deliver,
    start,
    async attempt(postId, userToken, by, attemptOptions = {}) {
      const post = await deliver(postId, userToken, by, { ...attemptOptions, once: true });
      if (post.state === 'pending' || post.state === 'sending') start(postId, userToken, by);
      return post;
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
