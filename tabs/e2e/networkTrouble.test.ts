// The tab when the server is briefly out of reach: a page whose code or data did not arrive says so
// in Swedish with "Försök igen" (never a blank tab), and recovers with the same unit, year and period
// by the button, when the browser is back online, and by Back. Links to what does not exist say so,
// and the pickers then show no unit or year as chosen.
import type { BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, describeViolations, firstPage, seriousViolations } from './browser';
import { flowTimeoutMs, hag, planHash, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const unitName = 'Hägerstensåsens förskolor';
const reportHeading = (period: string, year: number) => `Uppföljning ${period} ${year} – ${unitName}`;

/** Every request to the local host fails, as when the server cannot be reached; returns the undo. */
async function cutServer(context: BrowserContext): Promise<() => Promise<void>> {
  const server = (url: URL) => ['127.0.0.1', 'localhost'].includes(url.hostname);
  await context.route(server, (route) => route.abort('connectionrefused'));
  return () => context.unroute(server);
}

async function openPlan() {
  const opened = await tab.open(planHash);
  await opened.page.locator('#goal-hag-em-5').waitFor();
  return opened;
}

/** The page-level message, and that it is the only thing in #root: no blank tab. */
async function expectPageFailed(page: Page) {
  const message = page.getByText('Sidan kunde inte visas.');
  await message.waitFor();
  await page.getByRole('button', { name: 'Försök igen' }).waitFor();
  await expect(page.locator('#root').innerText()).resolves.toMatch(/^Sidan kunde inte visas\.\s*Appen kunde inte hämta sidan från servern/);
}

/** The text of the option a picker shows as chosen (a native select shows its first option when none matches). */
const shownChoice = (page: Page, label: string) => page.getByLabel(label, { exact: true }).evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

async function expectNoSeriousViolations(page: Page) {
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(`axe-core found serious or critical violations:\n\n${describeViolations(violations)}`);
}

describe('a page whose code could not be fetched', () => {
  it('says so with Försök igen, and the button shows the page with the same unit, year and period', async () => {
    const { page, context, errors } = await openPlan();
    const restore = await cutServer(context);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }).click();
    await expectPageFailed(page);
    await expectNoSeriousViolations(page);

    await restore();
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { name: reportHeading('VB', 2021) }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/report/${hag}/2021/VB`);
    await expect(page.getByLabel('Period', { exact: true }).inputValue()).resolves.toBe('VB');
    await expect(page.getByText('Sidan kunde inte visas.').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('recovers by Back, and the page loads when opened again', async () => {
    const { page, context, errors } = await openPlan();
    const restore = await cutServer(context);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Förvaltningen' }).click();
    await expectPageFailed(page);

    await restore();
    await page.goBack();
    await page.locator('#goal-hag-em-5').waitFor();
    await expect(page.getByText('Sidan kunde inte visas.').count()).resolves.toBe(0);

    await page.goForward();
    await page.getByRole('heading', { name: /^Hägersten-Älvsjö stadsdelsförvaltning – uppföljning VB 2021$/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the page by itself when the browser is back online', async () => {
    const { page, context, errors } = await openPlan();
    await context.setOffline(true);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }).click();
    await expectPageFailed(page);

    await context.setOffline(false);
    await page.getByRole('heading', { name: reportHeading('VB', 2021) }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('a page whose data could not be fetched', () => {
  it('says so with Försök igen, and the button loads the same unit, year and period', async () => {
    const context = await tab.chromium();
    const page = await firstPage(context);
    const errors = collectPageErrors(page);
    // The page's code arrives; its data does not.
    const api = (url: URL) => url.pathname.startsWith('/api/');
    await context.route(api, (route) => route.abort('connectionrefused'));
    await page.goto(tab.url(`#/report/${hag}/2021/T2`));
    await page.getByText('Uppgifterna kunde inte hämtas.').waitFor();
    await page.getByText('Kunde inte nå servern. Kontrollera anslutningen och försök igen.').waitFor();
    await expectNoSeriousViolations(page);

    await context.unroute(api);
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { name: reportHeading('T2', 2021) }).waitFor();
    await page.getByRole('radio', { name: 'Delvis' }).first().waitFor();
    await expect(page.getByLabel('Period', { exact: true }).inputValue()).resolves.toBe('T2');
    await expect(page.getByLabel('År', { exact: true }).inputValue()).resolves.toBe('2021');
    expect(new URL(page.url()).hash).toBe(`#/report/${hag}/2021/T2`);
    await page.getByText('Uppgifterna kunde inte hämtas.').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('loads by itself when the browser is back online', async () => {
    const { page, context, errors } = await tab.open('#/overview/hagersten-alvsjo/2021/T1');
    await page.getByText('Nämndmål och enhetsmål').first().waitFor();
    await context.setOffline(true);
    await page.getByLabel('Period', { exact: true }).selectOption('T2');
    await page.getByText('Uppgifterna kunde inte hämtas.').waitFor();

    await context.setOffline(false);
    await page.getByRole('heading', { name: /uppföljning T2 2021$/ }).waitFor();
    await page.getByText('Nämndmål och enhetsmål').first().waitFor();
    await page.getByText('Uppgifterna kunde inte hämtas.').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});

describe('a link to something that does not exist', () => {
  it('names the missing goal and links to the top of the plan', async () => {
    const { page, errors } = await tab.open(`${planHash}/goal/finns-inte`);
    await page.getByText('Målet ”finns-inte” finns inte i planen för 2021. Det kan ha tagits bort, eller så är länken fel.').waitFor();
    await page.locator('#goal-hag-em-5').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('link', { name: 'Gå till planens början' }).click();
    await expect(page.getByText(/^Målet ”finns-inte”/).waitFor({ state: 'detached' })).resolves.toBeUndefined();
    expect(new URL(page.url()).hash).toBe(planHash);
    expect(errors).toEqual([]);
  });

  it('says the unit has no plan for the year, and links to its newest', async () => {
    const { page, errors } = await tab.open(`#/plan/${hag}/2031`);
    await page.getByText(`${unitName} har ingen verksamhetsplan för 2031`).waitFor();
    await expect(page.getByRole('button', { name: 'Försök igen' }).count()).resolves.toBe(0);
    // The year picker does not pretend another year is shown.
    await expect(shownChoice(page, 'År')).resolves.toBe('Välj år');
    await expect(shownChoice(page, 'Enhet')).resolves.toBe(unitName);
    await page.getByRole('link', { name: /^Visa \d{4}$/ }).click();
    await page.locator('.fui-MessageBar').first().waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: new RegExp(`${unitName}$`) }).waitFor();
    expect(errors).toEqual([]);
  });

  it('on the plan, the pickers show no unit or year as chosen, and picking a unit shows its plan', async () => {
    const { page, errors } = await tab.open('#/plan/finns-inte/2021');
    await page.getByText('Enheten "finns-inte" finns inte').waitFor();
    await page.getByLabel('Enhet', { exact: true }).locator(`option[value="${hag}"]`).waitFor({ state: 'attached' });
    await expect(shownChoice(page, 'Enhet')).resolves.toBe('Välj enhet');
    await expect(page.getByLabel('År', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(shownChoice(page, 'År')).resolves.toBe('');
    await page.getByLabel('Enhet', { exact: true }).selectOption(hag);
    await page.locator('#goal-hag-em-5').waitFor();
    expect(new URL(page.url()).hash).toBe(planHash);
    await expect(shownChoice(page, 'Enhet')).resolves.toBe(unitName);
    await expect(shownChoice(page, 'År')).resolves.toBe('2021');
    await expect(page.getByText('Enheten "finns-inte" finns inte').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('on the report, a year without a plan shows as Välj år, and picking a real one shows its report', async () => {
    const { page, errors } = await tab.open(`#/report/${hag}/2031/T1`);
    await page.getByText(`${unitName} har ingen verksamhetsplan för 2031`).waitFor();
    await page.getByLabel('År', { exact: true }).locator('option[value="2021"]').waitFor({ state: 'attached' });
    await expect(shownChoice(page, 'År')).resolves.toBe('Välj år');
    await page.getByLabel('År', { exact: true }).selectOption('2021');
    await page.getByRole('heading', { name: reportHeading('T1', 2021) }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#/report/${hag}/2021/T1`);
    await expect(shownChoice(page, 'År')).resolves.toBe('2021');
    expect(errors).toEqual([]);
  });

  it('says the unit does not exist, and links to the start page', async () => {
    const { page, errors } = await tab.open('#/report/finns-inte/2021/T1');
    await page.getByText('Enheten "finns-inte" finns inte').waitFor();
    await page.getByLabel('Enhet', { exact: true }).locator(`option[value="${hag}"]`).waitFor({ state: 'attached' });
    await expect(shownChoice(page, 'Enhet')).resolves.toBe('Välj enhet');
    await page.getByRole('link', { name: 'Visa startsidan' }).click();
    await page.getByRole('heading', { name: /^Uppföljning \S+ \d{4} – / }).waitFor();
    expect(errors).toEqual([]);
  });
});
