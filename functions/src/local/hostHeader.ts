/**
 * A Host header as RFC 9110 allows it: a name or an IP literal in brackets, and an optional port.
 * Anything else (`[`, `a@b`, a path, a percent sign) is refused before a URL is built from it.
 */
const hostAndPort = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~-]+)(?::(\d{1,5}))?$/;

/** HTTP/1.0 requests may leave the Host out (Node already refuses HTTP/1.1 without one). */
export function isValidHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  const match = hostAndPort.exec(host);
  return match !== null && (match[1] === undefined || Number(match[1]) <= 65_535);
}

/** Host names the local host answers to: a list, or any (a host others reach by names it cannot know). */
export type AllowedHosts = readonly string[] | 'any';

/** The names a host on the loopback address is reached by, from a browser on the same machine. */
export const loopbackNames: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Whether the Host header names a host this server answers to. A page on another site whose name
 * is made to resolve to 127.0.0.1 (DNS rebinding) sends its own name as Host, and is refused: else
 * it could read the API, and act as any development identity, from the visitor's browser. HTTP/1.0
 * without a Host is no browser's request and passes.
 */
export function isAllowedHost(host: string | undefined, allowed: AllowedHosts): boolean {
  if (allowed === 'any' || host === undefined) return true;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  return allowed.includes(name);
}
