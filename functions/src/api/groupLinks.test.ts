// Linking a unit to its Team and a förvaltning to its leadership group (PUT …/group), in entra mode
// over real HTTP against a fake Entra ID: who may, what is stored (and what is kept), and that the
// new link decides the very next request.
import { randomUUID } from 'node:crypto';
import type { Forvaltning, Unit } from '@vp/shared';
import { demoGroupIds } from '../seed/demo/groups';
import { readFollowUpData } from '../app/overview/followUpData';
import { startApiHost, type ApiHost } from '../testing/apiHost';
import { GraphFake } from '../testing/graphFake';
import { serveSharePointApi } from '../testing/sharePointApi';
import { entraAccess } from '../testing/entraAccess';
import { startFakeAuthority, type FakeAuthority } from '../testing/fakeAuthority';

const hag = '/units/hagerstensasens-forskolor';
const mv = '/units/malarhojden-vastertorps-forskolor';
const forvaltning = '/forvaltningar/hagersten-alvsjo';

let authority: FakeAuthority;
let host: ApiHost;

beforeEach(async () => {
  authority = await startFakeAuthority();
  host = await startApiHost(undefined, entraAccess(authority.settings));
});
afterEach(async () => {
  await host.stop();
  await authority.close();
});

const tokenFor = (roles: string[], groups: string[] | 'overflowed', name = `Person ${roles.join('+')}`) =>
  authority.mint({
    ...authority.claimsFor({ name }),
    roles,
    ...(groups === 'overflowed' ? { hasgroups: true } : { groups }),
  });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function read<T>(path: string, token: string): Promise<T & { eTag: string }> {
  const response = await host.call(path, { headers: bearer(token) });
  expect(response.status).toBe(200);
  return (await response.json()) as T & { eTag: string };
}

/** PUT …/group as the token's person, with the eTag just read (or the one given, or none). */
async function link(path: string, token: string, body: unknown, ifMatch?: string | null) {
  const eTag = ifMatch === undefined ? (await read<Unit>(path, await reader())).eTag : ifMatch;
  const headers: Record<string, string> = { ...bearer(token), ...(eTag === null ? {} : { 'if-match': eTag }) };
  return host.call(`${path}/group`, { method: 'PUT', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

const chef = () => tokenFor(['Avdelningschef'], [demoGroupIds.forvaltning]);
/** A läsare reads whatever the links are. */
const reader = () => tokenFor(['Lasare'], []);
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string; fields?: { field: string }[] } }).error;

describe('PUT /units/{unitId}/group', () => {
  it("a rektor moves the unit they lead to the Team they configure the tab in; the rest of the unit is kept, and the next request knows the link", async () => {
    const team = randomUUID();
    const rektor = await tokenFor(['Rektor'], [demoGroupIds.hagerstensasen, team], 'Rektor Hag');
    const before = await read<Unit>(hag, rektor);

    const response = await link(hag, rektor, { groupId: team.toUpperCase() });
    expect(response.status).toBe(200);
    const written = (await response.json()) as Unit & { eTag: string };
    expect(response.headers.get('etag')).toBe(written.eTag);
    expect(written.eTag).not.toBe(before.eTag);

    const { eTag: _before, ...kept } = before;
    const after = await read<Unit>(hag, rektor);
    expect(after).toEqual({ ...kept, groupId: team.toUpperCase(), eTag: written.eTag });

    // The links are read again at once: someone only in the new Team is the unit's rektor now,
    // someone only in the old group no longer is.
    const inNewTeam = await (await host.call('/me', { headers: bearer(await tokenFor(['Rektor'], [team])) })).json();
    expect(inNewTeam.caller).toMatchObject({ role: 'rektor', unitIds: ['hagerstensasens-forskolor'] });
    const inOldGroup = await (await host.call('/me', { headers: bearer(await tokenFor(['Rektor'], [demoGroupIds.hagerstensasen])) })).json();
    expect(inOldGroup.caller).toBeNull();

    const audit = await read<{ actor: { name: string }; changes: { field: string; before: unknown; after: unknown }[] }[]>(
      '/audit?itemId=hagerstensasens-forskolor&limit=1',
      await chef(),
    );
    expect(audit[0]).toMatchObject({ actor: { name: 'Rektor Hag' }, changes: [{ field: 'groupId', before: demoGroupIds.hagerstensasen, after: team.toUpperCase() }] });
  });

  it('keeps the channel the tab is configured in: set with the group, kept when absent, removed by null or with the group; refused without a group', async () => {
    const rektor = await tokenFor(['Rektor'], [demoGroupIds.hagerstensasen]);
    const channel = '19:a1b2c3d4e5@thread.tacv2';
    const before = await read<Unit>(hag, rektor);
    const { eTag: _e, ...kept } = before;
    const written = async (body: unknown, status = 200) => {
      const response = await link(hag, rektor, body);
      expect(response.status).toBe(status);
      return read<Unit>(hag, rektor);
    };
    expect(await written({ groupId: demoGroupIds.hagerstensasen, channelId: channel })).toEqual({ ...kept, channelId: channel, eTag: expect.any(String) });
    expect((await written({ groupId: demoGroupIds.hagerstensasen })).channelId).toBe(channel);
    expect((await written({ groupId: demoGroupIds.hagerstensasen, channelId: null })).channelId).toBeUndefined();
    await written({ groupId: demoGroupIds.hagerstensasen, channelId: channel });
    const refused = await link(hag, rektor, { groupId: demoGroupIds.hagerstensasen, channelId: 'general' });
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).fields?.map((f) => f.field)).toEqual(['channelId']);
    expect((await read<Unit>(hag, rektor)).channelId).toBe(channel);
    const unlinkedWithChannel = await link(hag, await chef(), { groupId: null, channelId: channel });
    expect(unlinkedWithChannel.status).toBe(400);
    expect((await errorOf(unlinkedWithChannel)).message).toMatch(/^En kanal hör till ett team/);
    const unlinked = await link(hag, await chef(), { groupId: null });
    expect(unlinked.status).toBe(200);
    expect(await read<Unit>(hag, await chef())).toEqual({ ...kept, groupId: null, eTag: expect.any(String) });

    const leadership = await read<Forvaltning>(forvaltning, await chef());
    const linked = await link(forvaltning, await chef(), { groupId: demoGroupIds.forvaltning, channelId: channel }, leadership.eTag);
    expect(linked.status).toBe(200);
    expect((await read<Forvaltning>(forvaltning, await chef())).channelId).toBe(channel);
  });

  it('a rektor links a unit nobody leads yet from inside the Team, and then leads it', async () => {
    const unlinked = await link(mv, await chef(), { groupId: null });
    expect(unlinked.status).toBe(200);
    expect((await read<Unit>(mv, await chef())).groupId).toBeNull();

    const team = randomUUID();
    const rektor = await tokenFor(['Rektor'], [team]);
    expect((await (await host.call('/me', { headers: bearer(rektor) })).json()).caller).toBeNull();
    const response = await link(mv, rektor, { groupId: team });
    expect(response.status).toBe(200);
    expect((await (await host.call('/me', { headers: bearer(rektor) })).json()).caller).toMatchObject({ role: 'rektor', unitIds: ['malarhojden-vastertorps-forskolor'] });
  });

  it.each([
    ['a rektor outside the Team linked to', () => tokenFor(['Rektor'], [demoGroupIds.hagerstensasen]), hag, () => randomUUID()],
    ["a rektor taking another rektor's unit into their own Team", () => tokenFor(['Rektor'], [demoGroupIds.malarhojdenVastertorp]), hag, () => demoGroupIds.malarhojdenVastertorp],
    ['personal of the unit', () => tokenFor(['Personal'], [demoGroupIds.hagerstensasen]), hag, () => demoGroupIds.hagerstensasen],
    ['a läsare', () => tokenFor(['Lasare'], [demoGroupIds.hagerstensasen]), hag, () => demoGroupIds.hagerstensasen],
    ['a rektor unlinking their unit', () => tokenFor(['Rektor'], [demoGroupIds.hagerstensasen]), hag, () => null],
    ['an avdelningschef role outside the förvaltning’s group', () => tokenFor(['Avdelningschef'], [randomUUID()]), hag, () => randomUUID()],
  ])('refuses %s with 403 in Swedish and keeps the unit as it was', async (_who, token, path, groupId) => {
    const before = await read<Unit>(path, await chef());
    const response = await link(path, await token(), { groupId: groupId() });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).message).toMatch(/^Du kan inte koppla .* till det här teamet/);
    expect(await read<Unit>(path, await chef())).toEqual(before);
  });

  it("refuses a rektor whose groups overflowed the token (Graph not configured) and says why", async () => {
    const response = await link(hag, await tokenFor(['Rektor'], 'overflowed'), { groupId: demoGroupIds.hagerstensasen });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).message).toMatch(/^Det gick inte att ta reda på vilka team du är medlem i/);
  });

  it('the avdelningschef changes and removes any link, without being in the Team', async () => {
    const team = randomUUID();
    expect((await link(hag, await chef(), { groupId: team })).status).toBe(200);
    expect((await read<Unit>(hag, await chef())).groupId).toBe(team);
    expect((await link(hag, await chef(), { groupId: null })).status).toBe(200);
    expect((await read<Unit>(hag, await chef())).groupId).toBeNull();
  });

  it("refuses a Team already linked to another unit with 409 naming that unit", async () => {
    const response = await link(hag, await chef(), { groupId: demoGroupIds.malarhojdenVastertorp.toUpperCase() });
    expect(response.status).toBe(409);
    expect((await errorOf(response)).message).toBe(
      'Teamet är redan kopplat till enheten Mälarhöjden/Västertorps förskolor. Ta bort den kopplingen först (avdelningschefen kan göra det).',
    );
  });

  it('needs If-Match (428), refuses a stale one (412) and keeps the newer link', async () => {
    const rektor = await tokenFor(['Rektor'], [demoGroupIds.hagerstensasen]);
    expect((await link(hag, rektor, { groupId: demoGroupIds.hagerstensasen }, null)).status).toBe(428);
    const stale = (await read<Unit>(hag, rektor)).eTag;
    const newer = randomUUID();
    expect((await link(hag, await chef(), { groupId: newer })).status).toBe(200);
    const refused = await link(hag, await chef(), { groupId: randomUUID() }, stale);
    expect(refused.status).toBe(412);
    expect((await read<Unit>(hag, await reader())).groupId).toBe(newer);
  });

  it.each([
    ['a group id that is not a GUID', { groupId: 'teamet' }, 'groupId'],
    ['no group id', {}, 'groupId'],
    ['another field', { groupId: null, name: 'Nytt namn' }, 'name'],
  ])('answers 400 naming the field for %s', async (_what, body, field) => {
    const response = await link(hag, await chef(), body);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields?.map((f) => f.field)).toContain(field);
  });

  it('answers 400 for malformed JSON, 404 for an unknown unit and 401 without a token', async () => {
    expect((await link(hag, await chef(), '{"groupId":')).status).toBe(400);
    expect((await link('/units/finns-inte', await chef(), { groupId: null }, '"x"')).status).toBe(404);
    expect((await host.call(`${hag}/group`, { method: 'PUT', body: JSON.stringify({ groupId: null }) })).status).toBe(401);
  });
});

describe('GET /units?linkableTo={groupId}: what the configuration page offers in a Team', () => {
  const linkable = async (token: string, groupId: string) => {
    const response = await host.call(`/units?linkableTo=${groupId}`, { headers: bearer(token) });
    expect(response.status).toBe(200);
    return ((await response.json()) as Unit[]).map((unit) => unit.id).sort();
  };

  it('offers a rektor the unit they lead and units nobody leads, also before any unit is theirs', async () => {
    const team = randomUUID();
    expect(await linkable(await tokenFor(['Rektor'], [demoGroupIds.hagerstensasen, team]), team)).toEqual(['hagerstensasens-forskolor']);
    expect(await linkable(await tokenFor(['Rektor'], [team]), team)).toEqual([]);
    expect((await link(mv, await chef(), { groupId: null })).status).toBe(200);
    // No unit is theirs (GET /me: caller null), yet the unit nobody leads is offered, and linking it works.
    const newcomer = await tokenFor(['Rektor'], [team]);
    expect((await (await host.call('/me', { headers: bearer(newcomer) })).json()).caller).toBeNull();
    expect(await linkable(newcomer, team)).toEqual(['malarhojden-vastertorps-forskolor']);
    expect((await host.call('/units', { headers: bearer(newcomer) })).status).toBe(403);
  });

  it('offers the avdelningschef every unit of the förvaltning, and personal or a Team outsider none', async () => {
    const team = randomUUID();
    expect(await linkable(await chef(), team)).toEqual(['hagerstensasens-forskolor', 'malarhojden-vastertorps-forskolor']);
    expect(await linkable(await tokenFor(['Personal'], [demoGroupIds.hagerstensasen, team]), team)).toEqual([]);
    expect(await linkable(await tokenFor(['Rektor'], [demoGroupIds.hagerstensasen]), team)).toEqual([]);
  });

  it('answers 400 for a group id that is not a GUID, 401 without a token, 403 when the groups overflowed', async () => {
    expect((await host.call('/units?linkableTo=teamet', { headers: bearer(await chef()) })).status).toBe(400);
    expect((await host.call(`/units?linkableTo=${randomUUID()}`)).status).toBe(401);
    expect((await host.call(`/units?linkableTo=${randomUUID()}`, { headers: bearer(await tokenFor(['Rektor'], 'overflowed')) })).status).toBe(403);
  });
});

describe('PUT /forvaltningar/{forvaltningId}/group', () => {
  it('the avdelningschef moves the förvaltning to another leadership group; the rest is kept', async () => {
    const before = await read<Forvaltning>(forvaltning, await chef());
    const group = randomUUID();
    const response = await link(forvaltning, await chef(), { groupId: group });
    expect(response.status).toBe(200);
    const { eTag: _eTag, ...kept } = before;
    expect(await read<Forvaltning>(forvaltning, await tokenFor(['Avdelningschef'], [group]))).toMatchObject({ ...kept, groupId: group });
  });

  it('before it has a group, a holder of the Avdelningschef role links it from inside the group; a rektor never', async () => {
    expect((await link(forvaltning, await chef(), { groupId: null })).status).toBe(200);
    const group = randomUUID();
    expect((await link(forvaltning, await tokenFor(['Rektor'], [demoGroupIds.hagerstensasen, group]), { groupId: group })).status).toBe(403);
    const response = await link(forvaltning, await tokenFor(['Avdelningschef'], [group]), { groupId: group });
    expect(response.status).toBe(200);
    expect((await (await host.call('/me', { headers: bearer(await tokenFor(['Avdelningschef'], [group])) })).json()).caller).toMatchObject({
      role: 'avdelningschef',
      forvaltningId: 'hagersten-alvsjo',
    });
  });
});

describe('GET /forvaltningar?linkableTo={groupId}: what the first-link page offers an Avdelningschef-role holder', () => {
  const linkable = async (token: string, groupId: string) => {
    const response = await host.call(`/forvaltningar?linkableTo=${groupId}`, { headers: bearer(token) });
    expect(response.status).toBe(200);
    return ((await response.json()) as Forvaltning[]).map((f) => f.id);
  };

  it('offers the unlinked förvaltning to an Avdelningschef-role holder inside the group, who can then link it; a rektor none', async () => {
    const group = randomUUID();
    const holder = await tokenFor(['Avdelningschef'], [group]);
    // Linked to its leadership group: only its avdelningschef may move it.
    expect(await linkable(holder, group)).toEqual([]);
    expect(await linkable(await chef(), group)).toEqual(['hagersten-alvsjo']);
    expect((await link(forvaltning, await chef(), { groupId: null })).status).toBe(200);

    expect((await (await host.call('/me', { headers: bearer(holder) })).json()).caller).toBeNull();
    expect(await linkable(holder, group)).toEqual(['hagersten-alvsjo']);
    expect(await linkable(await tokenFor(['Rektor'], [group]), group)).toEqual([]);
    expect(await linkable(await tokenFor(['Avdelningschef'], [randomUUID()]), group)).toEqual([]);
    expect((await host.call('/forvaltningar', { headers: bearer(holder) })).status).toBe(403);

    expect((await link(forvaltning, holder, { groupId: group })).status).toBe(200);
    expect((await (await host.call('/me', { headers: bearer(holder) })).json()).caller).toMatchObject({ role: 'avdelningschef', forvaltningId: 'hagersten-alvsjo' });
  });

  it('answers 400 for a group id that is not a GUID, 401 without a token, 403 when the groups overflowed', async () => {
    expect((await host.call('/forvaltningar?linkableTo=gruppen', { headers: bearer(await chef()) })).status).toBe(400);
    expect((await host.call(`/forvaltningar?linkableTo=${randomUUID()}`)).status).toBe(401);
    const overflowed = await host.call(`/forvaltningar?linkableTo=${randomUUID()}`, { headers: bearer(await tokenFor(['Avdelningschef'], 'overflowed')) });
    expect(overflowed.status).toBe(403);
    expect((await errorOf(overflowed)).message).toMatch(/^Det gick inte att ta reda på vilka team du är medlem i/);
  });
});

describe('local mode', () => {
  it('a development rektor links their own unit to the Team in the Teams context; personal cannot', async () => {
    const local = await startApiHost();
    try {
      const { eTag } = (await (await local.call(hag)).json()) as Unit & { eTag: string };
      const team = randomUUID();
      const body = JSON.stringify({ groupId: team });
      const byStaff = await local.call(`${hag}/group`, { method: 'PUT', as: 'dev-personal-hag', headers: { 'if-match': eTag }, body });
      expect(byStaff.status).toBe(403);
      const byRektor = await local.call(`${hag}/group`, { method: 'PUT', as: 'dev-rektor-hag', headers: { 'if-match': eTag }, body });
      expect(byRektor.status).toBe(200);
      expect(((await (await local.call(hag)).json()) as Unit).groupId).toBe(team);
    } finally {
      await local.stop();
    }
  });
});

describe('over SharePoint lists', () => {
  it('stores the link in the unit’s row and keeps every other field; a stale eTag is refused', async () => {
    const fake = new GraphFake();
    fake.listen();
    const api = await serveSharePointApi(fake, readFollowUpData);
    try {
      const before = (await (await api.call(hag)).json()) as Unit & { eTag: string };
      const team = randomUUID();
      const response = await api.call(`${hag}/group`, { method: 'PUT', as: 'dev-rektor-hag', headers: { 'if-match': before.eTag }, body: JSON.stringify({ groupId: team }) });
      expect(response.status).toBe(200);
      const { eTag: _eTag, ...kept } = before;
      const after = (await (await api.call(hag)).json()) as Unit & { eTag: string };
      expect(after).toEqual({ ...kept, groupId: team, eTag: expect.any(String) });
      expect(after.eTag).not.toBe(before.eTag);
      expect((await api.store.list('unit')).find((unit) => unit.groupId === team)?.id).toBe('hagerstensasens-forskolor');
      const stale = await api.call(`${hag}/group`, { method: 'PUT', as: 'dev-rektor-hag', headers: { 'if-match': before.eTag }, body: JSON.stringify({ groupId: randomUUID() }) });
      expect(stale.status).toBe(412);
      expect(((await (await api.call(hag)).json()) as Unit).groupId).toBe(team);
    } finally {
      await api.close();
      fake.close();
    }
  });
});
