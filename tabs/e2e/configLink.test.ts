// The configuration page in a Team links the chosen unit to the Team's Microsoft 365 group when the tab
// is saved: a rektor links, personal is refused in Swedish on the page (and Teams told), and a unit
// already linked here is saved without a link request. Local mode: development identities, each a
// member of whichever Team it configures the tab in.
import { randomUUID } from 'node:crypto';
import type { Stored, Unit } from '@vp/shared';
import type { Request } from 'playwright-core';
import { demoGroupIds } from '../../functions/src/seed/demo/groups';
import { describeViolations, seriousViolations } from './browser';
import { flowTimeoutMs, hag, rektor, startTab, type TabFixture } from './tabFixture';
import { openInTeams, proxyTabOrigin, teamChannelId, type TeamsHost } from './teamsHost';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const chef = 'dev-avdelningschef';
const personal = 'dev-personal-hag';

async function readUnit(): Promise<Stored<Unit>> {
  const response = await tab.api.call(`/units/${hag}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Stored<Unit>;
}

/** The avdelningschef sets the unit's link up for the test (null: no Team). */
async function linkAsChef(groupId: string | null): Promise<Stored<Unit>> {
  const { eTag } = await readUnit();
  const response = await tab.api.call(`/units/${hag}/group`, { method: 'PUT', as: chef, headers: { 'if-match': eTag }, body: JSON.stringify({ groupId }) });
  expect(response.status).toBe(200);
  return readUnit();
}

/**
 * The configuration page framed by the Teams stand-in in the Team whose group is groupId, as the
 * development identity, with Hägerstensåsens förskolor and 2021 chosen; records the tab's link requests.
 */
async function configureInTeam(identity: string, groupId: string) {
  const context = await tab.chromium({ thirdPartyStorage: 'allowed' });
  await proxyTabOrigin(context, tab.origin);
  const errors: string[] = []; // uncaught exceptions in the host page or the tab's frame
  context.on('weberror', (e) => errors.push(String(e.error())));
  const linkRequests: string[] = [];
  context.on('request', (request: Request) => {
    if (request.method() === 'PUT' && new URL(request.url()).pathname.endsWith('/group')) linkRequests.push(request.postData() ?? '');
  });
  const teams = await openInTeams(context, { path: 'index.html#/config', frameContext: 'settings', groupId, identity });
  const { frame } = teams;
  await frame.getByRole('heading', { name: 'Lägg till verksamhetsplanen' }).waitFor();
  await frame.getByLabel('Enhet').locator('option', { hasText: 'Hägerstensåsens förskolor' }).waitFor({ state: 'attached' });
  await frame.getByLabel('Enhet').selectOption({ label: 'Hägerstensåsens förskolor' });
  await frame.getByLabel('År').filter({ hasText: '2021' }).waitFor();
  await teams.waitForMessage('registerHandler', ([name]) => name === 'save');
  return { context, teams, frame, errors, linkRequests };
}

/** Polls the host's record of messages until check holds. */
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

async function expectNoSeriousViolations(target: Parameters<typeof seriousViolations>[0]) {
  const violations = await seriousViolations(target);
  if (violations.length > 0) throw new Error(`axe-core found serious or critical violations:\n\n${describeViolations(violations)}`);
}

const saveHandlers = async (teams: TeamsHost) => (await teams.messages()).filter((m) => m.func === 'registerHandler' && m.args[0] === 'save');
const settingsSent = async (teams: TeamsHost) => (await teams.messages()).filter((m) => m.func === 'settings.setSettings');
const withoutETag = ({ eTag: _eTag, ...fields }: Stored<Unit>) => fields;

describe('the configuration page links the unit to the Team', () => {
  it('a rektor in a Team whose group is not linked: the page says saving links the unit; saved, the unit is the Team’s and Teams has the tab', async () => {
    const before = await linkAsChef(null);
    const team = randomUUID();
    const { context, teams, frame, errors, linkRequests } = await configureInTeam(rektor, team);
    try {
      await frame.getByText(/^Enheten är inte kopplad till något team än\. När du sparar kopplas den till det här teamet/).waitFor();
      const box = frame.getByRole('checkbox', { name: 'Koppla enheten till det här teamet' });
      expect(await box.isChecked()).toBe(true);
      await expectNoSeriousViolations(frame);

      await expect(save(teams)).resolves.toEqual({ ok: true });
      expect(linkRequests.map((body) => JSON.parse(body))).toEqual([{ groupId: team, channelId: teamChannelId }]);
      const after = await readUnit();
      expect(withoutETag(after)).toEqual({ ...withoutETag(before), groupId: team, channelId: teamChannelId });
      const [settings] = await settingsSent(teams);
      expect(settings?.args[0]).toMatchObject({ entityId: 'verksamhetsplan', suggestedDisplayName: 'Verksamhetsplan 2021 – Hägerstensåsens förskolor' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('personal trying the same: the Swedish refusal on the page, Teams told of the failure, the unit unchanged; unchecked, the tab saves', async () => {
    const before = await linkAsChef(null);
    const { context, teams, frame, errors } = await configureInTeam(personal, randomUUID());
    try {
      const refused = await save(teams);
      expect(refused).toEqual({ ok: false, reason: expect.stringMatching(/^Du kan inte koppla Hägerstensåsens förskolor till det här teamet/) });
      const message = frame.locator('.fui-MessageBar', { hasText: 'Enheten kopplades inte till teamet' });
      await message.waitFor();
      expect(await message.textContent()).toMatch(/Du kan inte koppla Hägerstensåsens förskolor till det här teamet\..*Ta bort bocken och spara igen/);
      expect(await settingsSent(teams)).toEqual([]);
      expect(await readUnit()).toEqual(before);
      await expectNoSeriousViolations(frame);

      // The page registers its save handler anew with the box unchecked; Save goes to that one.
      const registered = (await saveHandlers(teams)).length;
      await frame.getByRole('checkbox', { name: 'Koppla enheten till det här teamet' }).uncheck();
      await until(teams, async () => (await saveHandlers(teams)).length > registered, 'the page did not register its save handler again');
      await expect(save(teams)).resolves.toEqual({ ok: true });
      expect(await settingsSent(teams)).toHaveLength(1);
      await message.waitFor({ state: 'detached' });
      expect(await readUnit()).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a unit already linked to this Team: the page says so, offers no checkbox, and saves without a link request', async () => {
    const before = await linkAsChef(demoGroupIds.hagerstensasen);
    // Teams may spell the group id in capitals; it is the same group.
    const { context, teams, frame, errors, linkRequests } = await configureInTeam(rektor, demoGroupIds.hagerstensasen.toUpperCase());
    try {
      await frame.getByText('Enheten är kopplad till det här teamet: teamets medlemmar arbetar i enhetens plan efter sin roll.').waitFor();
      expect(await frame.getByRole('checkbox').count()).toBe(0);
      await expect(save(teams)).resolves.toEqual({ ok: true });
      expect(await settingsSent(teams)).toHaveLength(1);
      expect(linkRequests).toEqual([]);
      expect(await readUnit()).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
