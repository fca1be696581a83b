import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { EntraSettings } from '../config';
import { loadJose, type Jose } from '../identity/jose';
import { fakeSignIn } from './fakeAuthoritySignIn';
import { selfSignedCertificate, type SelfSignedCertificate } from './selfSignedCertificate';

type KeyPair = Awaited<ReturnType<Jose['generateKeyPair']>>;
type Jwk = Awaited<ReturnType<Jose['exportJWK']>>;

interface SigningKey {
  kid: string;
  privateKey: KeyPair['privateKey'];
  jwk: Jwk;
}

export interface MintOptions {
  /** sign with this key (default: the newest published one) */
  key?: SigningKey;
  /** the kid put in the header (default: the key's) */
  kid?: string;
}

export interface FakeAuthorityOptions {
  /**
   * Serve https with a certificate made for this run (`certificate` then holds it), as MSAL in a browser
   * requires: it refuses an http authority. Over http (the default) only the API's side works.
   */
  https?: boolean;
}

/**
 * A local Entra ID for tests: the tenant's OpenID metadata and JWKS (keys generated per run), tokens
 * minted with those keys or others, and a browser sign-in (authorize and token endpoints, fakeSignIn)
 * for a person the test chooses. Counts the metadata and key requests it answers.
 */
export async function startFakeAuthority(options: FakeAuthorityOptions = {}) {
  const jose = await loadJose();
  const tenantId = randomUUID();
  const clientId = randomUUID();
  const published: SigningKey[] = [];
  const requests = { metadata: 0, keys: 0 };
  let down: 'everything' | 'keys' | null = null;
  const certificate: SelfSignedCertificate | null = options.https ? await selfSignedCertificate() : null;

  const listener: RequestListener = (req, res) => {
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify(body));
    if (down === 'everything') return void res.writeHead(503).end();
    // Browsers read the metadata and keys from any origin, as Entra allows.
    const path = new URL(req.url ?? '/', origin).pathname;
    if (path === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
      requests.metadata++;
      return json({ issuer, jwks_uri: `${origin}/${tenantId}/discovery/v2.0/keys`, id_token_signing_alg_values_supported: ['RS256'], ...signIn.metadata });
    }
    if (path === `/${tenantId}/discovery/v2.0/keys`) {
      requests.keys++;
      if (down === 'keys') return void res.writeHead(503).end();
      return json({ keys: published.map((k) => k.jwk) });
    }
    if (signIn.handle(req, res)) return;
    res.writeHead(404).end();
  };
  const server = certificate ? createHttpsServer({ cert: certificate.cert, key: certificate.key }, listener) : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `${certificate ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}/${tenantId}/v2.0`;

  /** A new RS256 key pair; published in the JWKS unless told otherwise (a forger's key). */
  const newKey = async (publish = true): Promise<SigningKey> => {
    const { privateKey, publicKey } = await jose.generateKeyPair('RS256', { extractable: true });
    const kid = randomUUID();
    const key = { kid, privateKey, jwk: { ...(await jose.exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' } };
    if (publish) published.push(key);
    return key;
  };
  await newKey();

  const settings: EntraSettings = { mode: 'entra', tenantId, clientId, appIdUri: `api://${clientId}`, authorityHost: origin };
  const mint = async (claims: Record<string, unknown>, options: MintOptions = {}) => {
    const key = options.key ?? published.at(-1)!;
    return new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? key.kid }).sign(key.privateKey);
  };
  const signIn = fakeSignIn({ origin, issuer, tenantId, clientId, apiScope: `${settings.appIdUri}/access_as_user`, mint: (claims) => mint(claims) });

  /** The claims of a valid access token for a person of the tenant (valid for an hour from now). */
  const claimsFor = (person: { oid?: string; name?: string } = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: issuer,
      aud: clientId,
      tid: tenantId,
      oid: person.oid ?? randomUUID(),
      name: person.name ?? 'Test Testsson',
      scp: 'access_as_user',
      ver: '2.0',
      iat: now,
      nbf: now,
      exp: now + 3600,
    };
  };

  return {
    origin,
    issuer,
    tenantId,
    clientId,
    /** EntraSettings that trust this authority */
    settings,
    requests,
    newKey,
    /** answer 503 to everything, or to the key requests only, until set to null */
    setDown: (what: 'everything' | 'keys' | null) => (down = what),
    /** the key tokens are signed with unless told otherwise */
    signingKey: () => published.at(-1)!,
    claimsFor,
    /** A signed JWT with exactly these claims. */
    mint,
    /** the https certificate (with options.https), for clients that must trust it */
    certificate,
    /** the browser sign-in: who signs in, the registered redirect URIs, and the requests it answered */
    signIn: signIn.controls,
    /** An unsigned token (alg none), which must never be accepted. */
    unsigned: (claims: Record<string, unknown>) => {
      const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a browser's keep-alive connections would hold it open
      }),
  };
}

export type FakeAuthority = Awaited<ReturnType<typeof startFakeAuthority>>;
