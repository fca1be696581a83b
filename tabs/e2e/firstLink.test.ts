// The first link made from the Team, end to end in entra mode: a rektor whom no unit is linked to yet
// (GET /me without a caller) adds the tab to their unit's Team. The configuration page offers the units
// they may link there, links the chosen one, asks GET /me again and goes on as the normal configuration
// page; personal in the same situation still sees no access; a holder of the Avdelningschef role links
// the förvaltning to its leadership's Team the same way. The local host checks tokens of the fake
// authority, and the Teams stand-in hands them out by Teams SSO.
import { randomUUID } from 'node:crypto';
import type { Forvaltning, Stored, Unit } from '@vp/shared';
import type { BrowserContext, Request } from 'playwright-core';
import { demoGroupIds } from '../../functions/src/seed/demo/groups';
import { entraAccess } from '../../functions/src/testing/entraAccess';
import { startFakeAuthority, type FakeAuthority } from '../../functions/src/testing/fakeAuthority';
import { describeViolations, seriousViolations } from './browser';
import { flowTimeoutMs, startTab, type TabFixture } from './tabFixture';
import { openInTeams, proxyTabOrigin, tabOrigin, teamChannelId, type TeamsHost } from './teamsHost';

jest.setTimeout(flowTimeoutMs);

let authority: FakeAuthority;
let tab: TabFixture;
beforeAll(async () => {
  authority = await startFakeAuthority();
  // entraAccess: a link made over the API decides the very next GET /me (the links are read again).
  tab = await startTab(entraAccess(authority.settings));
});
afterAll(async () => {
  await tab?.stop();
  await authority?.close();
});

const mv = 'malarhojden-vastertorps-forskolor';
const mvName = 'Mälarhöjden/Västertorps förskolor';
const hagName = 'Hägerstensåsens förskolor';
const fv = 'hagersten-alvsjo';

/** An access token for the API as the fake tenant issues it: a person, their app roles and groups. */
const tokenFor = (name: string, roles: string[], groups: string[]) => authority.mint({ ...authority.claimsFor({ oid: randomUUID(), name }), roles, groups });
const chef = () => tokenFor('Ada Avdelningschef', ['Avdelningschef'], [demoGroupIds.forvaltning]);

async function readUnit(): Promise<Stored<Unit>> {
  const response = await tab.api.call(`/units/${mv}`, { headers: { authorization: `Bearer ${await chef()}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as Stored<Unit>;
}

/** The avdelningschef unlinks Mälarhöjden/Västertorp: nobody leads it, so a rektor may make its first link. */
async function unlinkAsChef(): Promise<Stored<Unit>> {
  const { eTag } = await readUnit();
  const headers = { authorization: `Bearer ${await chef()}`, 'if-match': eTag };
  const response = await tab.api.call(`/units/${mv}/group`, { method: 'PUT', headers, body: JSON.stringify({ groupId: null }) });
  expect(response.status).toBe(200);
  return readUnit();
}

/** A läsare reads the förvaltning whoever leads it. */
async function readForvaltning(): Promise<Stored<Forvaltning>> {
  const response = await tab.api.call(`/forvaltningar/${fv}`, { headers: { authorization: `Bearer ${await tokenFor('Lisa Läsare', ['Lasare'], [])}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as Stored<Forvaltning>;
}

/** PUT /forvaltningar/{fv}/group as the token's person, with the eTag as stored now. */
async function linkForvaltning(token: string, groupId: string | null): Promise<void> {
  const { eTag } = await readForvaltning();
  const headers = { authorization: `Bearer ${token}`, 'if-match': eTag };
  const response = await tab.api.call(`/forvaltningar/${fv}/group`, { method: 'PUT', headers, body: JSON.stringify({ groupId }) });
  expect(response.status).toBe(200);
}

/** Chromium with the tab's https origin proxied to the local host; records the tab's API requests and its link bodies. */
async function teamsContext() {
  const context: BrowserContext = await tab.chromium({ thirdPartyStorage: 'allowed' });
  await proxyTabOrigin(context, tab.origin);
  const errors: string[] = []; // uncaught exceptions in the host page or the tab's frame
  context.on('weberror', (e) => errors.push(String(e.error())));
  const apiRequests: string[] = [];
  const linkBodies: unknown[] = [];
  context.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.origin !== tabOrigin || !url.pathname.startsWith('/api/')) return;
    apiRequests.push(`${request.method()} ${url.pathname}${url.search}`);
    if (request.method() === 'PUT' && url.pathname.endsWith('/group')) linkBodies.push(JSON.parse(request.postData() ?? 'null'));
  });
  return { context, errors, apiRequests, linkBodies };
}

/** Polls until check holds. */
async function until<T>(teams: TeamsHost, check: () => Promise<T | undefined | false>, failure: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await check();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`${failure}; the tab sent: ${JSON.stringify(await teams.messages())}`);
    await teams.page.waitForTimeout(100);
  }
}

/** Teams' Save, and how the page answered it: success, or failure with its reason. */
async function save(teams: TeamsHost): Promise<{ ok: true } | { ok: false; reason: unknown }> {
  const answers = async () => (await teams.messages()).filter((m) => m.func === 'settings.save.success' || m.func === 'settings.save.failure');
  const before = (await answers()).length;
  await teams.sendEvent('settings.save', {});
  const answer = await until(teams, async () => (await answers())[before], 'the page did not answer Save');
  return answer.func === 'settings.save.success' ? { ok: true } : { ok: false, reason: answer.args[0] };
}

const validities = async (teams: TeamsHost) => (await teams.messages()).filter((m) => m.func === 'settings.setValidityState').map((m) => m.args[0]);
const withoutETag = ({ eTag: _eTag, ...fields }: Stored<Unit>) => fields;

async function expectNoSeriousViolations(target: Parameters<typeof seriousViolations>[0]) {
  const violations = await seriousViolations(target);
  if (violations.length > 0) throw new Error(`axe-core found serious or critical violations:\n\n${describeViolations(violations)}`);
}

describe('the first link from the Team (entra mode)', () => {
  it('a rektor no unit is linked to: chooses the unit, links it, and the configuration page goes on with it linked here; Save adds the tab', async () => {
    const before = await unlinkAsChef();
    const team = randomUUID();
    const token = await tokenFor('Rut Rektor', ['Rektor'], [team]);
    const { context, errors, apiRequests, linkBodies } = await teamsContext();
    try {
      const teams = await openInTeams(context, { path: 'index.html#/config', frameContext: 'settings', groupId: team, authTokens: { tokens: [token] } });
      const { frame } = teams;
      await frame.getByText('Inloggad som Rut Rektor', { exact: true }).waitFor();
      await frame.getByRole('heading', { name: 'Vilken enhet hör teamet till?' }).waitFor();
      await frame.getByText(/^Ingen enhet är kopplad till dig i Verksamhetsplan än\./).waitFor();
      const units = frame.getByLabel('Enhet');
      await units.locator('option', { hasText: mvName }).waitFor({ state: 'attached' });
      // Only the unit nobody leads: Hägerstensåsen is led from its own Team.
      expect(await units.locator('option').allTextContents()).toEqual(['Välj enhet', mvName]);
      await teams.waitForMessage('settings.setValidityState');
      expect(await validities(teams)).toEqual([false]);
      await expectNoSeriousViolations(frame);

      await units.selectOption({ label: mvName });
      await frame.getByRole('button', { name: 'Koppla enheten till teamet' }).click();

      // GET /me now gives the caller: the configuration page, with the unit chosen and linked here.
      await frame.getByRole('heading', { name: 'Lägg till verksamhetsplanen' }).waitFor();
      await frame.getByText('Enheten är kopplad till det här teamet: teamets medlemmar arbetar i enhetens plan efter sin roll.').waitFor();
      expect(await frame.getByLabel('Enhet').inputValue()).toBe(mv);
      await frame.getByLabel('År').selectOption('2021');
      await teams.waitForMessage('registerHandler', ([name]) => name === 'save');
      await teams.waitForMessage('settings.setValidityState', ([valid]) => valid === true);

      await expect(save(teams)).resolves.toEqual({ ok: true });
      const settings = (await teams.messages()).filter((m) => m.func === 'settings.setSettings');
      expect(settings.map((m) => m.args[0])).toEqual([
        expect.objectContaining({ entityId: 'verksamhetsplan', suggestedDisplayName: `Verksamhetsplan 2021 – ${mvName}` }),
      ]);
      expect(linkBodies).toEqual([{ groupId: team, channelId: teamChannelId }]);
      expect(apiRequests).toEqual(expect.arrayContaining([`GET /api/units?linkableTo=${team}`, `PUT /api/units/${mv}/group`]));
      expect(withoutETag(await readUnit())).toEqual({ ...withoutETag(before), groupId: team, channelId: teamChannelId });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('personal in the same situation: no access, as before, and nothing offered to link', async () => {
    const before = await unlinkAsChef();
    const team = randomUUID();
    const token = await tokenFor('Per Personal', ['Personal'], [team]);
    const { context, errors, apiRequests, linkBodies } = await teamsContext();
    try {
      const teams = await openInTeams(context, { path: 'index.html#/config', frameContext: 'settings', groupId: team, authTokens: { tokens: [token] } });
      const { frame } = teams;
      await frame.getByRole('heading', { name: 'Du har ingen behörighet i Verksamhetsplan än' }).waitFor();
      await frame.getByText(/^Du har rollen Personal men är inte medlem i teamet för någon enhet/).waitFor();
      await frame.getByText('Du är inloggad som Per Personal.').waitFor();
      expect(await frame.getByRole('heading', { name: 'Vilken enhet hör teamet till?' }).count()).toBe(0);
      expect(await frame.getByRole('combobox').count()).toBe(0);
      expect(apiRequests.filter((r) => r.includes('/api/units'))).toEqual([]);
      expect(linkBodies).toEqual([]);
      expect(await readUnit()).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an Avdelningschef-role holder whose förvaltning has no group yet: links it to the Team, and the configuration page goes on with its units', async () => {
    // Its avdelningschef unlinks it: nobody leads it, so a holder of the role may link it from inside a group.
    await linkForvaltning(await chef(), null);
    const team = randomUUID();
    const token = await tokenFor('Bo Avdelningschef', ['Avdelningschef'], [team]);
    const { context, errors, apiRequests, linkBodies } = await teamsContext();
    try {
      const teams = await openInTeams(context, { path: 'index.html#/config', frameContext: 'settings', groupId: team, authTokens: { tokens: [token] } });
      const { frame } = teams;
      // exact: the first-link page also says "Du är inloggad som …" beneath
      await frame.getByText('Inloggad som Bo Avdelningschef', { exact: true }).waitFor();
      await frame.getByRole('heading', { name: 'Koppla förvaltningen till teamet' }).waitFor();
      await frame.getByText(/^Koppla .* till det här teamet \(förvaltningsledningens team\)\.$/).waitFor();
      await expectNoSeriousViolations(frame);
      await frame.getByRole('button', { name: 'Koppla förvaltningen till det här teamet' }).click();

      // GET /me now gives the avdelningschef: the configuration page, with the förvaltning's units to choose.
      await frame.getByRole('heading', { name: 'Lägg till verksamhetsplanen' }).waitFor();
      const units = frame.getByLabel('Enhet');
      await units.locator('option', { hasText: mvName }).waitFor({ state: 'attached' });
      expect(await units.locator('option').allTextContents()).toEqual(expect.arrayContaining([hagName, mvName]));
      expect(linkBodies).toEqual([{ groupId: team, channelId: teamChannelId }]);
      expect(apiRequests).toEqual(expect.arrayContaining([`GET /api/forvaltningar?linkableTo=${team}`, `PUT /api/forvaltningar/${fv}/group`]));
      expect(apiRequests.filter((r) => r.startsWith('GET /api/units?linkableTo'))).toEqual([]);
      expect(await readForvaltning()).toMatchObject({ groupId: team, channelId: teamChannelId });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      // Back to its leadership group (as the avdelningschef Bo now is, or from inside it while unlinked): chef() leads it again.
      await linkForvaltning((await readForvaltning()).groupId ? token : await chef(), demoGroupIds.forvaltning);
    }
  });
});
