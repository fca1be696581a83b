// AUTH_MODE=entra on the local host over real HTTP, against a fake Entra ID: who a token's app roles
// and groups make the caller, and what that caller may read and write.
import { randomUUID } from 'node:crypto';
import { accessReasons } from '@vp/shared';
import { demoGroupIds } from '../seed/demo/groups';
import { startApiHost, type ApiHost } from '../testing/apiHost';
import { entraAccess } from '../testing/entraAccess';
import { startFakeAuthority, type FakeAuthority } from '../testing/fakeAuthority';
import { startHostProcess } from '../testing/hostProcess';

const hagGoal = '/units/hagerstensasens-forskolor/plans/2021/goals/hag-em-1';
const mvGoal = '/units/malarhojden-vastertorps-forskolor/plans/2021/goals/mv-em-1';
const spineGoal = '/forvaltningar/hagersten-alvsjo/plans/2021/goals/nm-1.3-1';
const hagUnit = { forvaltningId: 'hagersten-alvsjo', unitIds: ['hagerstensasens-forskolor'] };

let authority: FakeAuthority;
let host: ApiHost;

beforeAll(async () => {
  authority = await startFakeAuthority();
  host = await startApiHost(undefined, entraAccess(authority.settings));
});
afterAll(async () => {
  await host.stop();
  await authority.close();
});

/** A signed-in person's token: their app roles and the groups claim (left out when undefined). */
async function tokenFor(roles: string[], groups?: string[], extra: Record<string, unknown> = {}, oid = randomUUID()) {
  return authority.mint({ ...authority.claimsFor({ oid, name: `Person ${roles.join('+') || 'utan roll'}` }), roles, ...(groups ? { groups } : {}), ...extra });
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const get = (path: string, token: string) => host.call(path, { headers: bearer(token) });

/** PATCH with the ETag just read by the same person. */
async function patch(path: string, token: string, body: Record<string, unknown>) {
  const etag = (await get(path, token)).headers.get('etag') ?? '';
  return host.call(path, { method: 'PATCH', headers: { ...bearer(token), 'if-match': etag }, body: JSON.stringify(body) });
}

describe('entra mode on the local host', () => {
  it('GET /api/me: who the token names, their app roles and their unit or förvaltning', async () => {
    const oid = randomUUID();
    const rektor = await (await get('/me', await tokenFor(['Rektor'], [randomUUID(), demoGroupIds.hagerstensasen], {}, oid))).json();
    expect(rektor).toEqual({
      id: oid,
      name: 'Person Rektor',
      roles: ['Rektor'],
      caller: { id: oid, name: 'Person Rektor', role: 'rektor', ...hagUnit },
      reason: null,
    });
    const chef = await (await get('/me', await tokenFor(['Avdelningschef'], [demoGroupIds.forvaltning]))).json();
    expect(chef.caller).toMatchObject({ role: 'avdelningschef', forvaltningId: 'hagersten-alvsjo', unitIds: [] });
    const reader = await (await get('/me', await tokenFor(['Lasare']))).json();
    expect(reader.caller).toMatchObject({ role: 'lasare', forvaltningId: null, unitIds: [] });
  });

  it('answers a valid token without a role or a linked group on /api/me, and 403 with the reason elsewhere', async () => {
    const cases: [string, string, string][] = [
      ['no role', await tokenFor([], [demoGroupIds.hagerstensasen]), accessReasons.noRole],
      ['a role, no groups claim', await tokenFor(['Personal']), accessReasons.notMember(['Personal'])],
      ['a role, groups linked to nothing', await tokenFor(['Rektor'], [randomUUID()]), accessReasons.notMember(['Rektor'])],
      ['groups overflowed (hasgroups)', await tokenFor(['Rektor'], undefined, { hasgroups: true }), accessReasons.membershipUnknown],
      ['groups overflowed (_claim_names)', await tokenFor(['Personal'], undefined, { _claim_names: { groups: 'src1' }, _claim_sources: { src1: { endpoint: 'https://graph.microsoft.com/v1.0/users/x/getMemberObjects' } } }), accessReasons.membershipUnknown],
    ];
    for (const [what, token, reason] of cases) {
      const me = await get('/me', token);
      expect([what, me.status]).toEqual([what, 200]);
      expect(await me.json()).toMatchObject({ caller: null, reason });
      for (const path of ['/units', '/units/hagerstensasens-forskolor/plans/2021', '/audit']) {
        const refused = await get(path, token);
        expect([what, path, refused.status]).toEqual([what, path, 403]);
        expect((await refused.json()).error).toEqual({ code: 'FORBIDDEN', message: reason });
      }
      expect((await host.call(hagGoal, { method: 'PATCH', headers: { ...bearer(token), 'if-match': '"x"' }, body: '{}' })).status).toBe(403);
    }
  });

  it('lets nobody in without a token: reads too', async () => {
    for (const path of ['/units', '/units/hagerstensasens-forskolor/plans/2021', '/forvaltningar']) {
      const refused = await host.call(path);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    }
  });

  it('reads for every role with a unit, and writes only where the role and group allow', async () => {
    const personal = await tokenFor(['Personal'], [demoGroupIds.hagerstensasen]);
    expect((await get('/units/hagerstensasens-forskolor/plans/2021', personal)).status).toBe(200);

    const oid = randomUUID();
    const rektor = await tokenFor(['Rektor'], [demoGroupIds.hagerstensasen], {}, oid);
    const own = await patch(hagGoal, rektor, { workingMethods: 'Vi läser för barnen varje dag.' });
    expect(own.status).toBe(200);
    // The audit trail names the person by their oid and name.
    const [latest] = await (await get('/audit?itemId=hag-em-1&limit=1', rektor)).json();
    expect(latest.actor).toEqual({ id: oid, name: 'Person Rektor' });

    const other = await patch(mvGoal, rektor, { workingMethods: 'Kapad' });
    expect(other.status).toBe(403);
    expect((await other.json()).error.message).toBe('Du kan inte ändra i planen för Mälarhöjden/Västertorps förskolor');
    expect((await patch(spineGoal, rektor, { description: 'Kapad' })).status).toBe(403);

    const chef = await tokenFor(['Avdelningschef'], [demoGroupIds.forvaltning]);
    expect((await patch(spineGoal, chef, { description: 'Ny beskrivning' })).status).toBe(200);
    expect((await patch(mvGoal, chef, { workingMethods: 'Avdelningschefen skriver.' })).status).toBe(200);
  });

  it('lets a läsare read everything and write nothing, even in a unit’s Team', async () => {
    for (const reader of [await tokenFor(['Lasare']), await tokenFor(['Lasare'], [demoGroupIds.hagerstensasen, demoGroupIds.forvaltning])]) {
      expect((await get('/units/malarhojden-vastertorps-forskolor/plans/2021', reader)).status).toBe(200);
      expect((await get('/forvaltningar/hagersten-alvsjo/overview?year=2021&period=T1', reader)).status).toBe(200);
      const write = await patch(hagGoal, reader, { workingMethods: 'Läsaren skriver.' });
      expect(write.status).toBe(403);
      expect((await patch(spineGoal, reader, { description: 'Läsaren skriver.' })).status).toBe(403);
      const summary = await host.call('/forvaltningar/hagersten-alvsjo/summaries?year=2021&period=T1', { method: 'POST', headers: bearer(reader) });
      expect(summary.status).toBe(403);
    }
  });
});

describe('npm start with AUTH_MODE=entra', () => {
  it('checks tokens against the configured tenant and reads roles and units from them', async () => {
    const child = await startHostProcess({
      AUTH_MODE: 'entra',
      AZURE_TENANT_ID: authority.tenantId,
      AZURE_CLIENT_ID: authority.clientId,
      AZURE_AUTHORITY_HOST: authority.origin,
    });
    try {
      const me = await fetch(`${child.origin}/api/me`, { headers: bearer(await tokenFor(['Rektor'], [demoGroupIds.hagerstensasen])) });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { caller: unknown }).caller).toMatchObject({ role: 'rektor', ...hagUnit });
      const anonymous = await fetch(`${child.origin}/api/units`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe(`Bearer realm="verksamhetsplan", scope="api://${authority.clientId}/access_as_user"`);
      expect(await (await fetch(`${child.origin}/api/dev/users`)).json()).toEqual([]);
      // What the tab signs in with, from the same settings, asked before any sign-in.
      expect(await (await fetch(`${child.origin}/api/signin`)).json()).toEqual({
        mode: 'entra',
        tenantId: authority.tenantId,
        clientId: authority.clientId,
        authority: `${authority.origin}/${authority.tenantId}`,
        scope: `api://${authority.clientId}/access_as_user`,
      });
    } finally {
      await child.stop();
    }
  }, 120_000); // builds functions/ first when stale
});
