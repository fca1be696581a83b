// The fake authority's browser sign-in refuses what Entra refuses (an unregistered redirect URI, a wrong
// PKCE verifier, a code redeemed twice, another origin's redemption), so the tab's end-to-end test
// against it can fail the way a real tenant would. Over https with this run's certificate, as MSAL needs.
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:https';
import { startFakeAuthority, type FakeAuthority } from './fakeAuthority';

let authority: FakeAuthority;
const redirectUri = 'http://localhost:7071/auth.html';
const tabOrigin = 'http://localhost:7071';
beforeAll(async () => {
  authority = await startFakeAuthority({ https: true });
  authority.signIn.allowRedirectUri(redirectUri);
});
afterAll(() => authority.close());
afterEach(() => authority.signIn.reset());

/** One https request trusting only this run's certificate. */
function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(`${authority.origin}${path}`, { method: init.method ?? 'GET', headers: init.headers, ca: authority.certificate!.cert }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const base = () => `/${authority.tenantId}/oauth2/v2.0`;
const apiScope = () => `${authority.settings.appIdUri}/access_as_user`;
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

/** Signs in at the authorize endpoint as MSAL does; returns the code and the verifier that redeems it. */
async function authorize(extra: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const verifier = randomBytes(32).toString('base64url');
  const query = new URLSearchParams({
    client_id: authority.clientId,
    redirect_uri: redirectUri,
    scope: `${apiScope()} openid profile offline_access`,
    response_type: 'code',
    response_mode: 'fragment',
    state: 'the-state',
    nonce: 'the-nonce',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...extra,
  });
  const answer = await call(`${base()}/authorize?${query}`, { headers });
  return { answer, verifier, back: new URLSearchParams(String(answer.headers.location ?? '').split('#')[1] ?? '') };
}

const redeem = (form: Record<string, string>, origin = tabOrigin) =>
  call(`${base()}/token`, { method: 'POST', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ client_id: authority.clientId, scope: `${apiScope()} openid profile offline_access`, client_info: '1', ...form }).toString() });

describe('the fake authority’s browser sign-in', () => {
  it('signs in the chosen person: a code for the redirect URI, then an ID token with the nonce and an access token for the API', async () => {
    authority.signIn.signInAs({ name: 'Anna Rektor', roles: ['Rektor'], groups: ['g1'] });
    const { answer, verifier, back } = await authorize();
    expect(answer.status).toBe(302);
    expect(String(answer.headers.location)).toMatch(new RegExp(`^${redirectUri}#`));
    expect(back.get('state')).toBe('the-state');

    const tokens = await redeem({ grant_type: 'authorization_code', code: back.get('code')!, redirect_uri: redirectUri, code_verifier: verifier });
    expect(tokens.status).toBe(200);
    expect(tokens.headers['access-control-allow-origin']).toBe(tabOrigin);
    const body = JSON.parse(tokens.body) as Record<string, string>;
    expect(claimsOf(body.id_token!)).toMatchObject({ aud: authority.clientId, nonce: 'the-nonce', name: 'Anna Rektor' });
    expect(claimsOf(body.access_token!)).toMatchObject({ aud: authority.clientId, scp: 'access_as_user', roles: ['Rektor'], groups: ['g1'], tid: authority.tenantId });
    expect(body.scope).toBe(apiScope());

    const renewed = await redeem({ grant_type: 'refresh_token', refresh_token: body.refresh_token! });
    expect(renewed.status).toBe(200);
    expect(claimsOf((JSON.parse(renewed.body) as { access_token: string }).access_token)).toMatchObject({ name: 'Anna Rektor' });
  });

  it('refuses an unregistered redirect URI, a wrong verifier, a spent code and a Graph scope', async () => {
    authority.signIn.signInAs({ name: 'Anna Rektor' });
    expect((await authorize({ redirect_uri: 'http://elsewhere.example/auth.html' })).answer.status).toBe(400);

    const wrong = await authorize();
    const refused = await redeem({ grant_type: 'authorization_code', code: wrong.back.get('code')!, redirect_uri: redirectUri, code_verifier: 'not-the-verifier' });
    expect([refused.status, (JSON.parse(refused.body) as { error: string }).error]).toEqual([400, 'invalid_grant']);

    const once = await authorize();
    const form = { grant_type: 'authorization_code', code: once.back.get('code')!, redirect_uri: redirectUri, code_verifier: once.verifier };
    expect((await redeem(form)).status).toBe(200);
    expect((await redeem(form)).status).toBe(400);

    const graph = await authorize();
    const scoped = await redeem({ grant_type: 'authorization_code', code: graph.back.get('code')!, redirect_uri: redirectUri, code_verifier: graph.verifier, scope: 'https://graph.microsoft.com/User.Read openid' });
    expect((JSON.parse(scoped.body) as { error: string }).error).toBe('invalid_scope');
  });

  it('lets only the redirect URIs’ origins read the token endpoint’s answer, and signs in silently only with its session cookie', async () => {
    authority.signIn.signInAs({ name: 'Anna Rektor' });
    const { verifier, back, answer } = await authorize();
    const elsewhere = await redeem({ grant_type: 'authorization_code', code: back.get('code')!, redirect_uri: redirectUri, code_verifier: verifier }, 'http://evil.example');
    expect(elsewhere.headers['access-control-allow-origin']).toBeUndefined();

    // MSAL's hidden frame: without the cookie of an earlier sign-in nobody is signed in, with it the same person.
    authority.signIn.signInAs(null);
    expect((await authorize({ prompt: 'none' })).back.get('error')).toBe('login_required');
    const cookie = String(answer.headers['set-cookie']).split(';')[0]!;
    const silent = await authorize({ prompt: 'none' }, { cookie });
    const tokens = await redeem({ grant_type: 'authorization_code', code: silent.back.get('code')!, redirect_uri: redirectUri, code_verifier: silent.verifier });
    expect(claimsOf((JSON.parse(tokens.body) as { access_token: string }).access_token)).toMatchObject({ name: 'Anna Rektor' });
  });
});
