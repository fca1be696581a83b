/** Before its expiry a token is not used for a new attempt: the on-behalf-of exchange needs it valid, and a request takes time. */
const MARGIN_MS = 2 * 60_000;

/**
 * Until when the leader's token for our API may still be exchanged for Graph: its exp claim, less a
 * margin. The token was verified when the request came in; here only its expiry is read. An
 * unreadable one: now (no waiting on it).
 */
export function tokenUsableUntil(token: string, now: number): number {
  try {
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { exp?: unknown };
    return typeof exp === 'number' ? exp * 1000 - MARGIN_MS : now;
  } catch {
    return now;
  }
}
