import { z } from 'zod';
import type { EntraSettings } from '../config';
import { authorityUnavailable } from './authorityUnavailable';

/** The two fields of the tenant's OpenID configuration the API uses. */
export const OpenIdMetadata = z.looseObject({
  issuer: z.url(),
  jwks_uri: z.url(),
});
export type OpenIdMetadata = z.infer<typeof OpenIdMetadata>;

export interface MetadataOptions {
  /** After a failed read, requests get 503 at once for this long instead of each waiting on the authority. */
  retryAfterFailureMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

/** The v2.0 OpenID configuration of the tenant: `{authority}/{tenant}/v2.0/.well-known/openid-configuration`. */
export function metadataUrl(settings: Pick<EntraSettings, 'authorityHost' | 'tenantId'>): string {
  return `${settings.authorityHost}/${encodeURIComponent(settings.tenantId)}/v2.0/.well-known/openid-configuration`;
}

/**
 * Reads the tenant's metadata (issuer, jwks_uri) once and keeps it for the life of the process: it
 * belongs to the tenant and does not change with key rollover (the keys are fetched apart). Concurrent
 * first requests share one read. An unreachable or malformed answer throws AppError UNAVAILABLE (503)
 * and is tried again by the first request after retryAfterFailureMs.
 */
export function authorityMetadata(settings: Pick<EntraSettings, 'authorityHost' | 'tenantId'>, options: MetadataOptions = {}): () => Promise<OpenIdMetadata> {
  const { retryAfterFailureMs = 5_000, timeoutMs = 5_000, now = Date.now } = options;
  const url = metadataUrl(settings);
  let current: { metadata: Promise<OpenIdMetadata>; failedAt: number | null } | undefined;

  const read = async (): Promise<OpenIdMetadata> => {
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return OpenIdMetadata.parse(await response.json());
    } catch (error) {
      throw authorityUnavailable(error);
    }
  };

  return () => {
    const failedAt = current?.failedAt;
    if (!current || (failedAt != null && now() - failedAt >= retryAfterFailureMs)) {
      const entry: NonNullable<typeof current> = { metadata: read(), failedAt: null };
      entry.metadata.catch(() => (entry.failedAt = now()));
      current = entry;
    }
    return current.metadata;
  };
}
