/** What an Authorization header holds: no bearer token, a well-formed one, or a malformed one. */
export type BearerToken = { kind: 'none' } | { kind: 'token'; token: string } | { kind: 'malformed' };

// RFC 6750 §2.1: b64token after the scheme, which is case-insensitive.
const bearer = /^bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/** The bearer token of a request; another scheme (Basic, say) counts as none, as RFC 6750 asks. */
export function bearerToken(headers: Headers): BearerToken {
  const value = headers.get('authorization');
  if (value === null || !/^bearer(?: |$)/i.test(value.trim())) return { kind: 'none' };
  const match = bearer.exec(value.trim());
  return match ? { kind: 'token', token: match[1]! } : { kind: 'malformed' };
}
