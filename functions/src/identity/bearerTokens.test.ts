import { randomUUID } from 'node:crypto';
import { SqliteStore } from '../sqlite/sqliteStore';
import { startApiHost, type ApiHost, type ApiResponse } from '../testing/apiHost';
import { entraAccess } from '../testing/entraAccess';
import { startFakeAuthority, type FakeAuthority } from '../testing/fakeAuthority';
import { entraIdentity } from './entraIdentity';

let authority: FakeAuthority;
let host: ApiHost;

beforeAll(async () => {
  authority = await startFakeAuthority();
  host = await startApiHost(undefined, entraAccess(authority.settings));
});
afterAll(async () => {
  await nothing.close();
  await host.stop();
  await authority.close();
});
afterEach(() => jest.restoreAllMocks());

/** No units: these tests are about tokens, not what their holders may do. */
const nothing = new SqliteStore(':memory:');

const me = (token?: string) => host.call('/me', token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });

/** A 401 as RFC 6750 asks: the Bearer challenge, with error="invalid_token" when a token was sent; a Swedish message. */
async function expectRefused(response: ApiResponse, description?: RegExp) {
  expect(response.status).toBe(401);
  const challenge = response.headers.get('www-authenticate') ?? '';
  expect(challenge).toMatch(/^Bearer realm="verksamhetsplan", scope="api:\/\/[0-9a-f-]+\/access_as_user"/);
  if (description) {
    expect(challenge).toContain('error="invalid_token"');
    expect(challenge).toMatch(new RegExp(`error_description="${description.source}"`));
  } else {
    expect(challenge).not.toContain('error=');
  }
  const body = await response.json();
  expect(body.error.code).toBe('UNAUTHENTICATED');
  expect(body.error.message).toMatch(/[Ii]nloggning|logga in/);
}

describe('bearer tokens in entra mode', () => {
  it('accepts a valid token: the caller is its oid and name', async () => {
    const oid = randomUUID();
    const response = await me(await authority.mint(authority.claimsFor({ oid, name: 'Anna Andersson' })));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: oid, name: 'Anna Andersson' });
  });

  it('accepts the App ID URI as audience, and a clock up to five minutes off', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await me(await authority.mint({ ...authority.claimsFor(), aud: authority.settings.appIdUri }))).status).toBe(200);
    expect((await me(await authority.mint({ ...authority.claimsFor(), exp: now - 240 }))).status).toBe(200);
    expect((await me(await authority.mint({ ...authority.claimsFor(), nbf: now + 240 }))).status).toBe(200);
  });

  it('asks for a token, without an error, when none is sent (or another scheme)', async () => {
    await expectRefused(await me());
    await expectRefused(await host.call('/me', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }));
    await expectRefused(await host.call('/units/hagerstensasens-forskolor/plans/2021'));
  });

  it('refuses every token that is not valid for this API with 401 and WWW-Authenticate', async () => {
    const now = Math.floor(Date.now() / 1000);
    const valid = authority.claimsFor();
    const forger = await authority.newKey(false);
    const { tenantId } = authority.settings;
    const cases: [string, string, RegExp][] = [
      ['forged (another key, a published kid)', await authority.mint(valid, { key: forger, kid: authority.signingKey().kid }), /The token signature is invalid/],
      ['unknown kid', await authority.mint(valid, { key: forger }), /No signing key of the tenant matches the token/],
      ['expired', await authority.mint({ ...valid, exp: now - 600 }), /The token has expired/],
      ['not yet valid', await authority.mint({ ...valid, nbf: now + 600 }), /The token is not yet valid/],
      ['wrong audience', await authority.mint({ ...valid, aud: randomUUID() }), /The token is meant for another audience/],
      ['wrong tenant', await authority.mint({ ...valid, tid: randomUUID() }), /The token was issued for another tenant/],
      ['wrong issuer', await authority.mint({ ...valid, iss: `https://login.microsoftonline.com/${tenantId}/v2.0` }), /The token was issued by another issuer/],
      ['v1 issuer', await authority.mint({ ...valid, iss: `https://sts.windows.net/${tenantId}/` }), /The token was issued by another issuer/],
      ['no access_as_user', await authority.mint({ ...valid, scp: 'User.Read' }), /The token lacks the access_as_user scope/],
      ['no scp (an app-only token)', await authority.mint({ ...valid, scp: undefined, roles: ['Rektor'] }), /The token lacks the access_as_user scope/],
      ['alg: none', authority.unsigned(valid), /The token is not signed with an accepted algorithm/],
      ['no oid', await authority.mint({ ...valid, oid: undefined }), /The token lacks required claims/],
      ['no exp', await authority.mint({ ...valid, exp: undefined }), /The token lacks required claims/],
      ['not a JWT', 'abc', /The token is malformed/],
      ['three garbage parts', 'a.b.c', /The token is malformed/],
      ['not a b64token', 'ä.b.c', /The token is malformed/],
    ];
    for (const [what, token, description] of cases) {
      const response = await me(token);
      try {
        await expectRefused(response, description);
      } catch (error) {
        throw new Error(`${what}: ${(error as Error).message}`);
      }
    }
  });

  it('fetches metadata once and keys once for many requests', async () => {
    const fresh = await startFakeAuthority();
    const identify = entraIdentity(fresh.settings, nothing);
    const token = await fresh.mint(fresh.claimsFor());
    const results = await Promise.all(Array.from({ length: 20 }, () => identify(new Headers({ authorization: `Bearer ${token}` }))));
    expect(results.every((r) => r.signedIn)).toBe(true);
    for (let i = 0; i < 10; i++) expect((await identify(new Headers({ authorization: `Bearer ${token}` }))).signedIn).toBe(true);
    expect(fresh.requests).toEqual({ metadata: 1, keys: 1 });
    await fresh.close();
  });

  it('follows key rotation: a new kid fetches the keys again, at most once per cooldown', async () => {
    const fresh = await startFakeAuthority();
    const identify = entraIdentity(fresh.settings, nothing);
    const call = async (token: string) => (await identify(new Headers({ authorization: `Bearer ${token}` }))).signedIn;
    expect(await call(await fresh.mint(fresh.claimsFor()))).toBe(true);
    expect(fresh.requests.keys).toBe(1);

    // Unknown kids right after a fetch: refused without asking the authority again (rate limit).
    const stranger = await fresh.newKey(false);
    for (let i = 0; i < 5; i++) expect(await call(await fresh.mint(fresh.claimsFor(), { key: stranger }))).toBe(false);
    expect(fresh.requests.keys).toBe(1);

    // The tenant publishes a new key; once the cooldown is over, its first token fetches the keys once.
    const rotated = await fresh.newKey();
    const realNow = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => realNow + 31_000);
    expect(await call(await fresh.mint(fresh.claimsFor(), { key: rotated }))).toBe(true);
    expect(await call(await fresh.mint(fresh.claimsFor(), { key: rotated }))).toBe(true);
    expect(fresh.requests.keys).toBe(2);
    expect(fresh.requests.metadata).toBe(1);
    await fresh.close();
  });

  it('answers 503 when the keys cannot be fetched', async () => {
    const fresh = await startFakeAuthority();
    const identify = entraIdentity(fresh.settings, nothing);
    fresh.setDown('keys');
    await expect(identify(new Headers({ authorization: `Bearer ${await fresh.mint(fresh.claimsFor())}` }))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    fresh.setDown(null);
    expect((await identify(new Headers({ authorization: `Bearer ${await fresh.mint(fresh.claimsFor())}` }))).signedIn).toBe(true);
    await fresh.close();
  });

  it('answers 503 in Swedish when the authority cannot be reached, and recovers when it can', async () => {
    const fresh = await startFakeAuthority();
    const token = await fresh.mint(fresh.claimsFor());
    const down = await startApiHost(undefined, (store) => ({ identify: entraIdentity(fresh.settings, store, { metadata: { retryAfterFailureMs: 0 } }), devUsers: [], anonymousReads: false }));
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      fresh.setDown('everything');
      const refused = await down.call('/me', { headers: { authorization: `Bearer ${token}` } });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect((await refused.json()).error).toEqual({ code: 'UNAVAILABLE', message: 'Inloggningstjänsten (Microsoft Entra ID) kan inte nås just nu. Försök igen om en stund.' });
      // Logged with the cause, for whoever must act on it.
      const line = JSON.parse(String(logged.mock.calls[0]![0]));
      expect(line).toMatchObject({ level: 'error', function: 'getMe', message: expect.stringContaining('kan inte nås'), error: { message: expect.stringContaining('answered 503') } });
      fresh.setDown(null);
      expect((await down.call('/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      // A missing token needs no authority: 401 at once.
      fresh.setDown('everything');
      expect((await down.call('/me')).status).toBe(401);
    } finally {
      await down.stop();
      await fresh.close();
    }
  });
});
