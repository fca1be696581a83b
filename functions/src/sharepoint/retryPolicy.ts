/** How throttled (429) and unavailable (503/504) Graph responses are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Back-off base when the response carries no Retry-After. */
  baseDelayMs: number;
  /** Upper bound for any single wait, Retry-After included. */
  maxDelayMs: number;
  /** Injected so tests can record waits instead of sleeping. */
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 120_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The default policy with the given overrides; undefined overrides keep the default. */
export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const defined = Object.entries(overrides).filter(([, value]) => value !== undefined);
  return { ...defaultRetryPolicy, ...(Object.fromEntries(defined) as Partial<RetryPolicy>) };
}

const retryableStatuses = new Set([429, 503, 504]);

/** True for the statuses Graph asks callers to retry (throttling and transient unavailability). */
export function isRetryableStatus(status: number): boolean {
  return retryableStatuses.has(status);
}

/**
 * The wait before retry number `attempt` (0-based): Retry-After when given (seconds or an HTTP date),
 * otherwise exponential back-off; never more than maxDelayMs.
 */
export function retryDelayMs(retryAfter: string | null | undefined, attempt: number, policy: RetryPolicy, now = Date.now()): number {
  const fromHeader = parseRetryAfter(retryAfter, now);
  const delay = fromHeader ?? policy.baseDelayMs * 2 ** attempt;
  return Math.min(Math.max(delay, 0), policy.maxDelayMs);
}

function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date - now;
}

/** Reads a header from a fetch Headers object or a plain (case-insensitive) record, as $batch responses carry. */
export function headerValue(headers: Headers | Record<string, string> | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const wanted = name.toLowerCase();
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === wanted);
  return entry?.[1];
}
