import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { isRetryableStatus, retryDelayMs, type RetryPolicy } from './retryPolicy';

/**
 * Graph client middleware that retries 429/503/504 honouring Retry-After.
 * Used instead of the SDK's RetryHandler because that one sleeps in whole real seconds with random
 * jitter and cannot be given a clock, which makes the Retry-After behaviour untestable without waiting.
 * Request bodies are JSON strings (the SDK serialises them), so they can be sent again as they are.
 */
export class RetryAfterMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: RetryPolicy) {}

  async execute(context: Context): Promise<void> {
    if (this.next === undefined) throw new Error('RetryAfterMiddleware must not be the last middleware');
    for (let attempt = 0; ; attempt++) {
      await this.next.execute(context);
      const response = context.response;
      if (response === undefined || !isRetryableStatus(response.status) || attempt >= this.policy.maxRetries) return;
      const wait = retryDelayMs(response.headers.get('Retry-After'), attempt, this.policy);
      // Release the connection before waiting; the body of a throttled response carries nothing we need.
      await response.arrayBuffer().catch(() => undefined);
      await this.policy.sleep(wait);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
