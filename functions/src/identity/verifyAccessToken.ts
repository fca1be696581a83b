import type { EntraSettings } from '../config';
import { AccessTokenClaims, hasRequiredScope } from './accessTokenClaims';
import { authorityMetadata, type MetadataOptions, type OpenIdMetadata } from './authorityMetadata';
import { authorityUnavailable } from './authorityUnavailable';
import { loadJose, type Jose } from './jose';
import { tokenRejections, type TokenRejection } from './tokenRejection';

export type TokenCheck = { valid: true; claims: AccessTokenClaims } | { valid: false; rejection: TokenRejection };

/** Entra's clocks and ours may differ a little; five minutes at most, as Microsoft's own libraries allow. */
const clockToleranceSeconds = 5 * 60;

export interface VerifierOptions {
  metadata?: MetadataOptions;
  keys?: {
    /** After a fetch, a token naming an unknown key fetches the keys again only after this long (jose's cooldown). */
    cooldownMs?: number;
    /** Keys are fetched again on the first request after this long, so a withdrawn key stops being trusted. */
    maxAgeMs?: number;
    timeoutMs?: number;
  };
}

type RemoteKeys = ReturnType<Jose['createRemoteJWKSet']>;

/**
 * Checks an access token for this API: an RS256 signature by one of the tenant's keys (the JWKS named
 * by the tenant's metadata, cached; an unknown key id fetches them again at most once per cooldown),
 * the issuer the metadata names, our client id or App ID URI as audience, exp and nbf, then the claims'
 * shape, the tenant id and the access_as_user scope. A refused token is a TokenRejection; an authority
 * that cannot be reached throws AppError UNAVAILABLE.
 */
export function accessTokenVerifier(settings: EntraSettings, options: VerifierOptions = {}): (token: string) => Promise<TokenCheck> {
  const metadata = authorityMetadata(settings, options.metadata);
  const { cooldownMs = 30_000, maxAgeMs = 10 * 60_000, timeoutMs = 5_000 } = options.keys ?? {};
  let keys: { uri: string; get: RemoteKeys } | undefined;
  const keysFor = (jose: Jose, m: OpenIdMetadata): RemoteKeys => {
    if (keys?.uri !== m.jwks_uri) {
      const get = jose.createRemoteJWKSet(new URL(m.jwks_uri), { cooldownDuration: cooldownMs, cacheMaxAge: maxAgeMs, timeoutDuration: timeoutMs });
      keys = { uri: m.jwks_uri, get };
    }
    return keys.get;
  };

  return async (token) => {
    const [jose, m] = await Promise.all([loadJose(), metadata()]);
    let payload: unknown;
    try {
      ({ payload } = await jose.jwtVerify(token, keysFor(jose, m), {
        algorithms: ['RS256'],
        issuer: m.issuer,
        audience: [settings.clientId, settings.appIdUri],
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      return refused(rejectionOf(error));
    }
    const claims = AccessTokenClaims.safeParse(payload);
    if (!claims.success) return refused(tokenRejections.claims);
    if (claims.data.tid.toLowerCase() !== settings.tenantId) return refused(tokenRejections.tenant);
    if (!hasRequiredScope(claims.data)) return refused(tokenRejections.scope);
    return { valid: true, claims: claims.data };
  };
}

function refused(rejection: TokenRejection): TokenCheck {
  return { valid: false, rejection };
}

/**
 * What jose's error says about the token; errors about fetching the keys (timeout, not 200, not a key
 * set, the network) are the authority's, not the caller's: 503.
 */
function rejectionOf(error: unknown): TokenRejection {
  const { code, claim } = (error ?? {}) as { code?: unknown; claim?: unknown };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return tokenRejections.expired;
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (claim === 'nbf') return tokenRejections.notYetValid;
      if (claim === 'iss') return tokenRejections.issuer;
      if (claim === 'aud') return tokenRejections.audience;
      return tokenRejections.claims;
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return tokenRejections.algorithm;
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return tokenRejections.unknownKey;
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return tokenRejections.signature;
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
      return tokenRejections.malformed;
    default:
      throw authorityUnavailable(error);
  }
}
