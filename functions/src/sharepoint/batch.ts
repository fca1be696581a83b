import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { BatchRequest, BatchResponse, GraphCollection } from './graphTypes';
import { versionRelative } from './odata';
import { headerValue, isRetryableStatus, retryDelayMs, type RetryPolicy } from './retryPolicy';

/** Graph accepts at most this many requests in one $batch. */
export const MAX_BATCH_REQUESTS = 20;

interface Pending {
  index: number;
  url: string;
  attempt: number;
}

/** Every page of one collection read through $batch, or the error that ended it. */
export type PagedRead<T> =
  | { ok: true; value: T[]; /** the last page's @odata.deltaLink (delta functions only) */ deltaLink: string | undefined }
  | { ok: false; error: GraphError };

export interface ReadPagesOptions {
  /**
   * Statuses that end only their own collection (reported as `ok: false`) while the others go on;
   * any other failure throws at once. Delta readers pass 410 (Gone: the delta token has expired).
   */
  isolate?: (status: number) => boolean;
}

/**
 * Reads every page of several collections through $batch: ≤20 requests per batch, each collection's
 * nextLink queued for a following batch, and inner 429/503/504 responses (which the client's retry
 * middleware never sees: the envelope itself is a 200) retried here honouring their Retry-After.
 * Results are in the order of `paths`.
 */
export async function getAllPagesBatched<T>(client: Client, paths: readonly string[], policy: RetryPolicy): Promise<T[][]> {
  const reads = await readPagesBatched<T>(client, paths, policy);
  return reads.map((read) => {
    if (!read.ok) throw read.error; // unreachable without `isolate`: failures throw in readPagesBatched
    return read.value;
  });
}

/** Like getAllPagesBatched, and keeps each collection's final @odata.deltaLink; see ReadPagesOptions. */
export async function readPagesBatched<T>(client: Client, paths: readonly string[], policy: RetryPolicy, options: ReadPagesOptions = {}): Promise<PagedRead<T>[]> {
  const results: PagedRead<T>[] = paths.map(() => ({ ok: true, value: [], deltaLink: undefined }));
  let pending: Pending[] = paths.map((url, index) => ({ index, url, attempt: 0 }));
  while (pending.length > 0) {
    const next: Pending[] = [];
    let wait = 0;
    for (let start = 0; start < pending.length; start += MAX_BATCH_REQUESTS) {
      const chunk = pending.slice(start, start + MAX_BATCH_REQUESTS);
      const responses = await sendBatch(client, chunk.map((p, i) => ({ id: String(i), method: 'GET', url: p.url })));
      chunk.forEach((p, i) => {
        const response = responses.get(String(i));
        if (response === undefined) throw new Error(`$batch response lacks request ${i} (${p.url})`);
        const result = results[p.index]!;
        if (response.status >= 200 && response.status < 300) {
          if (!result.ok) return;
          const page = response.body as GraphCollection<T>;
          result.value.push(...page.value);
          const link = page['@odata.nextLink'];
          if (link !== undefined) next.push({ index: p.index, url: versionRelative(link), attempt: 0 });
          else result.deltaLink = page['@odata.deltaLink'];
        } else if (isRetryableStatus(response.status) && p.attempt < policy.maxRetries) {
          wait = Math.max(wait, retryDelayMs(headerValue(response.headers, 'Retry-After'), p.attempt, policy));
          next.push({ ...p, attempt: p.attempt + 1 });
        } else if (options.isolate?.(response.status) === true) {
          results[p.index] = { ok: false, error: innerError(response, p.url) };
        } else {
          throw innerError(response, p.url);
        }
      });
    }
    if (wait > 0) await policy.sleep(wait);
    pending = next;
  }
  return results;
}

/** Posts one $batch (≤20 requests) and returns its responses by request id. */
export async function sendBatch(client: Client, requests: BatchRequest[]): Promise<Map<string, BatchResponse>> {
  if (requests.length > MAX_BATCH_REQUESTS) throw new Error(`A $batch holds at most ${MAX_BATCH_REQUESTS} requests`);
  const body = (await client.api('/$batch').post({ requests })) as { responses: BatchResponse[] };
  return new Map(body.responses.map((r) => [r.id, r]));
}

/** A request to send through $batch; the id is given when it is sent. */
export type BatchStep = Omit<BatchRequest, 'id' | 'dependsOn'>;

/** How a chain ended: the responses of the steps that succeeded, in order, and the step that failed (none after it ran). */
export interface ChainOutcome {
  done: BatchResponse[];
  failed?: { index: number; response: BatchResponse };
}

/**
 * Runs steps one after another through $batch, each depending on the one before: Graph runs them in
 * order and answers 424 to every step after one that failed, so nothing after a failure is applied.
 * ≤20 steps per envelope; the next envelope is sent only when every step of the previous succeeded.
 * A throttled step (429/503/504) is sent again, with the steps after it, after its Retry-After.
 * Graph does not undo the steps that succeeded before a failure: that is the caller's job.
 */
export async function sendChain(client: Client, steps: readonly BatchStep[], policy: RetryPolicy): Promise<ChainOutcome> {
  const done: BatchResponse[] = [];
  let attempt = 0;
  while (done.length < steps.length) {
    const chunk = steps.slice(done.length, done.length + MAX_BATCH_REQUESTS);
    const requests = chunk.map((step, i) => ({ ...step, id: String(i + 1), ...(i > 0 ? { dependsOn: [String(i)] } : {}) }));
    const responses = await sendBatch(client, requests);
    let failed: BatchResponse | undefined;
    for (const request of requests) {
      const response = responses.get(request.id);
      if (response === undefined) throw new Error(`$batch response lacks request ${request.id} (${request.method} ${request.url})`);
      if (response.status < 200 || response.status >= 300) {
        failed = response;
        break;
      }
      done.push(response);
    }
    if (failed === undefined) {
      attempt = 0;
      continue;
    }
    if (isRetryableStatus(failed.status) && attempt < policy.maxRetries) {
      await policy.sleep(retryDelayMs(headerValue(failed.headers, 'Retry-After'), attempt, policy));
      attempt += 1;
      continue;
    }
    return { done, failed: { index: done.length, response: failed } };
  }
  return { done };
}

/**
 * Sends independent steps through $batch (≤20 per envelope, no order among them), retrying throttled
 * ones after their Retry-After; answers every step's final response, in the order of `steps`.
 */
export async function sendEach(client: Client, steps: readonly BatchStep[], policy: RetryPolicy): Promise<BatchResponse[]> {
  const results: BatchResponse[] = [];
  let pending = steps.map((step, index) => ({ step, index, attempt: 0 }));
  while (pending.length > 0) {
    const next: typeof pending = [];
    let wait = 0;
    for (let start = 0; start < pending.length; start += MAX_BATCH_REQUESTS) {
      const chunk = pending.slice(start, start + MAX_BATCH_REQUESTS);
      const responses = await sendBatch(client, chunk.map((p, i) => ({ ...p.step, id: String(i + 1) })));
      chunk.forEach((p, i) => {
        const response = responses.get(String(i + 1));
        if (response === undefined) throw new Error(`$batch response lacks request ${i + 1} (${p.step.method} ${p.step.url})`);
        if (isRetryableStatus(response.status) && p.attempt < policy.maxRetries) {
          wait = Math.max(wait, retryDelayMs(headerValue(response.headers, 'Retry-After'), p.attempt, policy));
          next.push({ ...p, attempt: p.attempt + 1 });
        } else results[p.index] = response;
      });
    }
    if (wait > 0) await policy.sleep(wait);
    pending = next;
  }
  return results;
}

/** The GraphError a failed request inside a $batch stands for. */
export function innerError(response: BatchResponse, url: string): GraphError {
  const body = response.body as { error?: { code?: string; message?: string } } | undefined;
  const error = new GraphError(response.status, body?.error?.message ?? `Batched request failed: ${url}`);
  error.code = body?.error?.code ?? null;
  error.body = JSON.stringify(response.body ?? null);
  return error;
}
