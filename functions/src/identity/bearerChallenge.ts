/** The realm named in every challenge: which API the token is for. */
const realm = 'verksamhetsplan';

/**
 * The WWW-Authenticate value of a 401 (RFC 6750 §3): the scope to ask for, and for a token that was
 * sent the error and an English description (the header allows ASCII only; the body has the Swedish).
 */
export function bearerChallenge(scope: string, rejected?: { description: string }): string {
  const parts = [`realm="${realm}"`, `scope="${scope}"`];
  if (rejected) parts.push('error="invalid_token"', `error_description="${asciiQuoted(rejected.description)}"`);
  return `Bearer ${parts.join(', ')}`;
}

/** RFC 6750 allows %x20-21 / %x23-5B / %x5D-7E in error_description: no quote, no backslash. */
function asciiQuoted(text: string): string {
  return text.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '');
}
