// The tab inside a stand-in Teams host: the configuration page's save protocol, and the content
// page following Teams' theme and deep links.
import { approvalDeepLink } from '@vp/shared';
import { flowTimeoutMs, hag, startTab, type TabFixture } from './tabFixture';
import { openInTeams, proxyTabOrigin, tabOrigin } from './teamsHost';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

/**
 * Chromium whose profile lets cross-site frames use storage, as Teams' desktop client and default
 * Chrome and Edge profiles do. See the last test for what happens when it is blocked.
 */
async function teamsContext(thirdPartyStorage: 'allowed' | 'blocked' = 'allowed') {
  const context = await tab.chromium({ thirdPartyStorage });
  await proxyTabOrigin(context, tab.origin);
  const errors: string[] = []; // uncaught exceptions in the host page or the tab's frame
  context.on('weberror', (e) => errors.push(String(e.error())));
  return { context, errors };
}

describe('the tab in Teams', () => {
  it('configures the tab in a group chat: valid once a unit is chosen, nothing about Teams’ links, and saves the plan’s URL when Teams asks', async () => {
    const { context, errors } = await teamsContext();
    try {
      const teams = await openInTeams(context, { path: 'index.html#/config', frameContext: 'settings', groupId: null });
      const { frame } = teams;

      await frame.getByRole('heading', { name: 'Lägg till verksamhetsplanen' }).waitFor();
      await teams.waitForMessage('initialize');
      // Not valid before a unit is chosen.
      await teams.waitForMessage('settings.setValidityState', ([valid]) => valid === false);
      expect((await teams.messages()).some((m) => m.func === 'settings.setValidityState' && m.args[0] === true)).toBe(false);

      await frame.getByLabel('Enhet').selectOption({ label: 'Hägerstensåsens förskolor' });
      await teams.waitForMessage('settings.setValidityState', ([valid]) => valid === true);
      await teams.waitForMessage('registerHandler', ([name]) => name === 'save');
      await frame.getByLabel('År').filter({ hasText: '2021' }).waitFor();
      // A group chat has no Team to link the unit to (configLink.test.ts: in a Team).
      expect(await frame.getByRole('checkbox').count()).toBe(0);
      expect(await frame.getByText(/team/i).count()).toBe(0);

      await teams.sendEvent('settings.save', {});
      const { args } = await teams.waitForMessage('settings.setSettings');
      const settings = args[0] as { entityId: string; contentUrl: string; websiteUrl?: string; suggestedDisplayName: string };
      expect(settings.contentUrl.startsWith(`${tabOrigin}/index.html`)).toBe(true);
      expect(settings.contentUrl.endsWith(`#/plan/${hag}/2021`)).toBe(true);
      expect(settings.entityId).toBe('verksamhetsplan');
      expect(settings.suggestedDisplayName).toBe('Verksamhetsplan 2021 – Hägerstensåsens förskolor');
      await teams.waitForMessage('settings.save.success');
      expect((await teams.messages()).some((m) => m.func === 'settings.save.failure')).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the plan in Teams’ theme, follows theme changes, and opens a deep link’s goal', async () => {
    const { context, errors } = await teamsContext();
    try {
      const teams = await openInTeams(context, { path: `index.html#/plan/${hag}/2021`, frameContext: 'content', subEntityId: 'hag-em-4' });
      const { frame } = teams;
      const root = frame.locator('.fui-FluentProvider').first();

      await frame.getByRole('region', { name: /^1\.3 I Stockholm når barn/ }).waitFor();
      await expect(root.getAttribute('data-theme')).resolves.toBe('light');
      await teams.waitForMessage('getContext');

      // The deep link's sub-page (page.subPageId) is scrolled into view inside the frame.
      await frame.waitForFunction(() => {
        const box = document.getElementById('goal-hag-em-4')?.getBoundingClientRect();
        return Boolean(box && window.scrollY > 0 && box.top >= 0 && box.top < window.innerHeight);
      });

      await teams.waitForMessage('registerHandler', ([name]) => name === 'themeChange');
      const background = () => root.evaluate((el) => getComputedStyle(el).backgroundColor);
      const light = await background();
      await teams.sendEvent('themeChange', 'dark');
      await frame.locator('.fui-FluentProvider[data-theme="dark"]').first().waitFor();
      expect(await background()).not.toBe(light);
      await teams.sendEvent('themeChange', 'contrast');
      await frame.locator('.fui-FluentProvider[data-theme="contrast"]').first().waitFor();
      await teams.sendEvent('themeChange', 'default');
      await frame.locator('.fui-FluentProvider[data-theme="light"]').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens the page an approval card’s deep link names instead of the plan the tab was saved with', async () => {
    const { context, errors } = await teamsContext();
    try {
      const link = approvalDeepLink({ subject: 'unitReport', forvaltningId: 'hagersten-alvsjo', unitId: hag, year: 2021, period: 'T1' }, '19:kanal@thread.tacv2', {
        tabUrl: `${tabOrigin}/index.html`,
        teamsAppId: '11111111-2222-3333-4444-555555555555',
      });
      const subEntityId = (JSON.parse(new URL(link).searchParams.get('context')!) as { subEntityId: string }).subEntityId;
      const teams = await openInTeams(context, { path: `index.html#/plan/${hag}/2021`, frameContext: 'content', subEntityId });
      const { frame } = teams;
      await frame.getByRole('heading', { level: 1, name: 'Uppföljning T1 2021 – Hägerstensåsens förskolor' }).waitFor();
      expect(new URL(frame.url()).hash).toBe(`#/report/${hag}/2021/T1`);
      // moving on from there is not undone by the sub-page, which Teams keeps for the visit
      await frame.evaluate((hash) => (window.location.hash = hash), `#/plan/${hag}/2021`);
      await frame.getByRole('region', { name: /^1\.3 I Stockholm når barn/ }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // With third-party storage blocked (Chromium's default here, incognito windows, organisations'
  // browser policies) window.localStorage throws in the tab's cross-site frame.
  it('shows the configuration page even when the browser blocks third-party storage', async () => {
    const { context } = await teamsContext('blocked');
    try {
      const crashed = new Promise<Error>((resolve) => context.on('weberror', (e) => resolve(e.error())));
      const teams = await openInTeams(context, { path: 'index.html#/config', frameContext: 'settings' });
      const heading = teams.frame.getByRole('heading', { name: 'Lägg till verksamhetsplanen' });
      const error = await Promise.race([heading.waitFor().then(() => null), crashed]);
      expect(error).toBeNull();
    } finally {
      await context.close();
    }
  });
});
