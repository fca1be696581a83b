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
