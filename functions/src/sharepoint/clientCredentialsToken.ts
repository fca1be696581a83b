import { z } from 'zod';

export interface ClientCredentialsOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** e.g. https://login.microsoftonline.com, https://login.microsoftonline.us, https://login.chinacloudapi.cn */
  authorityHost: string;
  /** Resource scope, e.g. https://graph.microsoft.com/.default (see graphScope). */
  scope: string;
  /** Renew this long before expiry so a token never expires in flight. */
  refreshMarginMs?: number;
  now?: () => number;
}

const TokenResponse = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive() });
const TokenError = z.object({ error: z.string(), error_description: z.string().optional() });

/** The .default scope for the Graph host of a configured base URL (national clouds differ). */
export function graphScope(graphBaseUrl: string): string {
  return `${new URL(graphBaseUrl).origin}/.default`;
}

/**
 * A getToken function for an Entra app registration (OAuth2 client credentials grant). The token is
 * cached until shortly before it expires, and concurrent callers share one in-flight request.
 */
export function clientCredentialsToken(options: ClientCredentialsOptions): () => Promise<string> {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 5 * 60_000;
  const endpoint = `${options.authorityHost.replace(/\/+$/, '')}/${encodeURIComponent(options.tenantId)}/oauth2/v2.0/token`;
  let cached: { token: string; renewAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const requestedAt = now();
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.clientId,
        client_secret: options.clientSecret,
        scope: options.scope,
      }),
    }).catch((cause: unknown) => {
      const reason = cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : String(cause);
      throw new Error(`Token request to ${endpoint} failed: ${reason}`, { cause });
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = TokenError.safeParse(body);
      const detail = error.success ? `${error.data.error}: ${error.data.error_description ?? ''}`.trim() : 'no error details';
      throw new Error(`Token request to ${endpoint} failed with HTTP ${response.status} (${detail})`);
    }
    const parsed = TokenResponse.parse(body);
    cached = { token: parsed.access_token, renewAt: requestedAt + parsed.expires_in * 1000 - margin };
    return parsed.access_token;
  }

  return async () => {
    if (cached !== undefined && now() < cached.renewAt) return cached.token;
    inFlight ??= fetchToken().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
