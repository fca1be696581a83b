import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Who signs in at the fake authority's sign-in page: their name, app roles and groups. */
export interface SignInPerson {
  name: string;
  oid?: string;
  roles?: string[];
  groups?: string[];
}

/** What the sign-in endpoints need of the authority they belong to. */
export interface SignInAuthority {
  origin: string;
  issuer: string;
  tenantId: string;
  clientId: string;
  /** the API's own scope, `{App ID URI}/access_as_user`: the only resource this fake issues tokens for */
  apiScope: string;
  mint(claims: Record<string, unknown>): Promise<string>;
}

/** One request to the token endpoint, as the authority saw it. */
export interface TokenRequest {
  grantType: string;
  scope: string[];
  origin: string | null;
  status: number;
  /** the access token issued, when one was */
  accessToken?: string;
}

/** What a code or refresh token stands for: who signed in. */
interface Grant {
  person: Required<SignInPerson>;
}

/** The scopes that ask for the sign-in itself, not for a resource. */
const oidcScopes = ['openid', 'profile', 'offline_access', 'email'];
const lifetimeSeconds = 3599;

/**
 * The authorization-code flow with PKCE as Entra answers a single-page app (what MSAL's loginRedirect and
 * acquireTokenSilent use): the authorize endpoint signs in the chosen person at once and returns to a
 * registered redirect URI with a code; the token endpoint (CORS for the redirect URIs' origins only, as
 * Entra allows SPA redirect URIs) redeems the code against its code_verifier, and refresh tokens, for
 * an ID token with MSAL's nonce and an access token for the API, signed by the authority's keys.
 */
export function fakeSignIn(authority: SignInAuthority) {
  const redirectUris = new Set<string>();
  const codes = new Map<string, Grant & { redirectUri: string; challenge: string; nonce: string | null }>();
  const refreshTokens = new Map<string, Grant>();
  const authorizeRequests: URLSearchParams[] = [];
  const tokenRequests: TokenRequest[] = [];
  /** sign-in sessions by their cookie: who signed in interactively in that browser */
  const sessions = new Map<string, Required<SignInPerson>>();
  let person: Required<SignInPerson> | null = null;
  let expireNext = false;
  let refreshRefused = false;
  let nextRefusal: { error: string; error_description: string } | null = null;

  const base = `/${authority.tenantId}/oauth2/v2.0`;
  /** Entra's client_info: the account's home ids, which MSAL keys its cache by. */
  const clientInfo = (who: Required<SignInPerson>) => Buffer.from(JSON.stringify({ uid: who.oid, utid: authority.tenantId })).toString('base64url');
  const allowedOrigins = () => new Set([...redirectUris].map((uri) => new URL(uri).origin));

  const authorize = (url: URL, req: IncomingMessage, res: ServerResponse) => {
    const q = url.searchParams;
    authorizeRequests.push(q);
    const page = (status: number, text: string) => res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
    if (q.get('client_id') !== authority.clientId) return page(400, `AADSTS700016: Application with identifier '${q.get('client_id')}' was not found.`);
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!redirectUris.has(redirectUri)) return page(400, `AADSTS50011: The redirect URI '${redirectUri}' does not match the redirect URIs configured for the application.`);
    const mode = q.get('response_mode') ?? 'query';
    const back = (params: Record<string, string>, headers: Record<string, string> = {}) => {
      const answer = new URLSearchParams({ ...params, ...(q.has('state') ? { state: q.get('state')! } : {}) });
      res.writeHead(302, { ...headers, location: `${redirectUri}${mode === 'fragment' ? '#' : '?'}${answer}`, 'cache-control': 'no-store' }).end();
    };
    if (mode !== 'fragment' && mode !== 'query') return back({ error: 'invalid_request', error_description: `response_mode ${mode} is not supported here` });
    if (q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
      return back({ error: 'invalid_request', error_description: 'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.' });
    }
    const silent = q.get('prompt') === 'none';
    if (!silent && nextRefusal) {
      const refusal = nextRefusal;
      nextRefusal = null;
      return back(refusal);
    }
    // Silently (MSAL's hidden frame) only with the session cookie of an earlier sign-in, which a browser
    // blocking third-party cookies does not send to a frame; else the chosen person signs in at once.
    const sessionId = /(?:^|;\s*)fake-entra-session=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
    const who = silent ? sessionId && sessions.get(sessionId) : person;
    if (!who) return back({ error: 'login_required', error_description: 'AADSTS50058: A silent sign-in request was sent but no user is signed in.' });
    const code = randomBytes(24).toString('base64url');
    codes.set(code, { person: who, redirectUri, challenge: q.get('code_challenge')!, nonce: q.get('nonce') });
    const session = silent ? sessionId! : randomUUID();
    sessions.set(session, who);
    back({ code, client_info: clientInfo(who), session_state: session }, { 'set-cookie': `fake-entra-session=${session}; Path=/; Secure; HttpOnly; SameSite=None` });
  };

  const token = async (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin ?? null;
    const cors: Record<string, string> = origin && allowedOrigins().has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
    if (req.method === 'OPTIONS') {
      const headers = req.headers['access-control-request-headers'];
      return void res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST', ...(headers ? { 'access-control-allow-headers': headers } : {}) }).end();
    }
    const form = new URLSearchParams(await bodyOf(req));
    const scope = (form.get('scope') ?? '').split(' ').filter(Boolean);
    const answer = (status: number, body: Record<string, unknown>) => {
      const accessToken = typeof body.access_token === 'string' ? body.access_token : undefined;
      tokenRequests.push({ grantType: form.get('grant_type') ?? '', scope, origin, status, ...(accessToken ? { accessToken } : {}) });
      res.writeHead(status, { ...cors, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    };
    const refuse = (error: string, description: string) => answer(400, { error, error_description: description });
    if (form.get('client_id') !== authority.clientId) return refuse('unauthorized_client', `AADSTS700016: Application with identifier '${form.get('client_id')}' was not found.`);
    const resources = scope.filter((s) => !oidcScopes.includes(s));
    if (resources.length !== 1 || resources[0] !== authority.apiScope) return refuse('invalid_scope', `AADSTS70011: This authority issues tokens for ${authority.apiScope} only, not ${resources.join(' ') || 'none'}.`);

    let grant: Grant;
    let nonce: string | null = null;
    if (form.get('grant_type') === 'authorization_code') {
      const issued = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? ''); // a code is redeemed once
      if (!issued) return refuse('invalid_grant', 'AADSTS70008: The provided authorization code or refresh token has expired or was already used.');
      if (issued.redirectUri !== form.get('redirect_uri')) return refuse('invalid_grant', 'AADSTS50148: The redirect_uri does not match the one the code was issued for.');
      if (createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url') !== issued.challenge) {
        return refuse('invalid_grant', 'AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.');
      }
      grant = { person: issued.person };
      nonce = issued.nonce;
    } else if (form.get('grant_type') === 'refresh_token') {
      const known = refreshRefused ? undefined : refreshTokens.get(form.get('refresh_token') ?? '');
      if (!known) return refuse('invalid_grant', 'AADSTS70000: The provided refresh token is not valid.');
      grant = known;
    } else {
      return refuse('unsupported_grant_type', `AADSTS70003: grant_type ${form.get('grant_type')} is not supported here.`);
    }

    const now = Math.floor(Date.now() / 1000);
    const { oid, name, roles, groups } = grant.person;
    const common = { iss: authority.issuer, tid: authority.tenantId, oid, sub: oid, name, preferred_username: `${oid}@skola.example`, ver: '2.0' };
    const expired = expireNext;
    expireNext = false;
    const at = expired ? now - 7200 : now;
    const accessToken = await authority.mint({
      ...common,
      aud: authority.clientId,
      scp: 'access_as_user',
      ...(roles.length ? { roles } : {}),
      ...(groups.length ? { groups } : {}),
      iat: at,
      nbf: at,
      exp: at + lifetimeSeconds,
    });
    const body: Record<string, unknown> = { token_type: 'Bearer', scope: authority.apiScope, expires_in: lifetimeSeconds, ext_expires_in: lifetimeSeconds, access_token: accessToken };
    if (scope.includes('openid')) body.id_token = await authority.mint({ ...common, aud: authority.clientId, iat: now, nbf: now, exp: now + 3600, ...(nonce ? { nonce } : {}) });
    if (scope.includes('offline_access')) {
      const refresh = randomBytes(32).toString('base64url');
      refreshTokens.set(refresh, grant);
      body.refresh_token = refresh;
    }
    if (form.get('client_info') === '1') body.client_info = clientInfo(grant.person);
    answer(200, body);
  };

  return {
    /** Answers the request when it is one of the sign-in endpoints; false when it is not. */
    handle(req: IncomingMessage, res: ServerResponse): boolean {
      const url = new URL(req.url ?? '/', authority.origin);
      if (req.method === 'GET' && url.pathname === `${base}/authorize`) return (authorize(url, req, res), true);
      if ((req.method === 'POST' || req.method === 'OPTIONS') && url.pathname === `${base}/token`) {
        token(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
        return true;
      }
      return false;
    },
    /** metadata fields MSAL needs to find these endpoints */
    metadata: {
      authorization_endpoint: `${authority.origin}${base}/authorize`,
      token_endpoint: `${authority.origin}${base}/token`,
      end_session_endpoint: `${authority.origin}${base}/logout`,
      response_modes_supported: ['query', 'fragment'],
      code_challenge_methods_supported: ['S256'],
    },
    controls: {
      /** An SPA redirect URI of the app registration: sign-ins may return there, and its origin may redeem codes. */
      allowRedirectUri: (uri: string) => void redirectUris.add(uri),
      /** Who the next sign-in signs in (null: nobody, the sign-in page answers login_required). */
      signInAs: (who: SignInPerson | null) => void (person = who && { oid: randomUUID(), roles: [], groups: [], ...who }),
      /** The next interactive sign-in returns with this error instead of a code (the person cancelled, or declined consent). */
      refuseNextSignIn: (error: string, description: string) => void (nextRefusal = { error, error_description: description }),
      /** Every refresh token is refused from now on (revoked, or past its lifetime), until reset(). */
      refuseRefreshTokens: () => void (refreshRefused = true),
      /** The next access token issued has already expired (as after a long sleep), though expires_in says an hour. */
      expireNextAccessToken: () => void (expireNext = true),
      authorizeRequests,
      tokenRequests,
      /** Between tests: nobody chosen, refresh tokens accepted, the request logs empty (sessions live in each browser's cookies). */
      reset: () => {
        person = null;
        expireNext = false;
        refreshRefused = false;
        nextRefusal = null;
        authorizeRequests.length = 0;
        tokenRequests.length = 0;
      },
    },
  };
}

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
