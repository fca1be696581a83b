// "Gäller för" in Chromium: the avdelningschef marks a förvaltning indicator (platser för feriejobb) as
// applying to one unit only, from the overview; the other unit's report and plan no longer ask for it,
// and the indicator reads back with every other field as it was. The dialog gives focus back to its
// button, and passes axe in light, dark and high contrast, and fits a phone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './browser';
import { horizontalOverflow, smallTouchTargets } from './layoutChecks';
import { flowTimeoutMs, hag, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const F = 'hagersten-alvsjo';
const MV = 'malarhojden-vastertorps-forskolor';
const chef = 'dev-avdelningschef';
const summerJobs = 'ind-kf-1.1-1';
const indicatorPath = `/forvaltningar/${F}/plans/2021/indicators/${summerJobs}`;
const overviewHash = `#/overview/${F}/2021/T1`;
const hagName = 'Hägerstensåsens förskolor';
const mvName = 'Mälarhöjden/Västertorps förskolor';
const dir = join(__dirname, 'screenshots');

let tab: TabFixture;
let name: string;
beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  tab = await startTab();
  name = (await (await tab.api.call(indicatorPath)).json()).name;
});
afterAll(() => tab?.stop());

const withoutETag = ({ eTag: _, ...item }: Record<string, unknown>) => item;

async function expectNoSeriousViolations(page: Page) {
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(`axe-core found serious or critical violations:\n\n${describeViolations(violations)}`);
}

/** The overview as the avdelningschef, with the indicator's "Gäller för" button. */
async function openOverview(options: { query?: string; viewport?: { width: number; height: number } } = {}) {
  const { page, context, errors } = await tab.open(overviewHash, { identity: chef, ...options });
  const opener = page.getByRole('button', { name: `Gäller för: ${name}`, exact: true });
  await opener.waitFor();
  return { page, context, errors, opener };
}

async function openDialog(opener: Locator, page: Page) {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: `Gäller för: ${name}` });
  await dialog.getByRole('radio', { name: 'Alla enheter' }).waitFor();
  return dialog;
}

/** The dialog has gone, the page is exposed to screen readers again, and focus is back on the button. */
async function expectClosedBackOn(page: Page, dialog: Locator, opener: Locator) {
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.querySelector('[aria-modal="true"]') === null && !document.getElementById('root')?.closest('[aria-hidden="true"]'));
  const element = await opener.elementHandle();
  await page.waitForFunction((e) => document.activeElement === e, element, { timeout: 5_000 });
}

/** A unit's T1 report, loaded: whether it asks for the indicator. */
async function reportAsks(page: Page, unitId: string, unitName: string) {
  await page.goto(tab.url(`#/report/${unitId}/2021/T1`));
  await page.getByRole('heading', { name: `Uppföljning T1 2021 – ${unitName}` }).waitFor();
  await page.getByRole('radio', { name: 'Delvis' }).first().waitFor();
  return (await page.getByRole('group', { name, exact: true }).count()) > 0;
}

/** A unit's plan for 2021, loaded: whether it lists the indicator. */
async function planLists(page: Page, unitId: string) {
  await page.goto(tab.url(`#/plan/${unitId}/2021`));
  await page.getByRole('heading', { name: /^Verksamhetsplan .* – / }).waitFor();
  await page.locator('[id^="goal-"]').first().waitFor();
  return (await page.getByText(name, { exact: true }).count()) > 0;
}

describe('Gäller för', () => {
  it.each(['light', 'dark', 'contrast'])('passes axe before, during and after the dialog, which gives focus back to its button, in %s theme', async (theme) => {
    const { page, errors, opener } = await openOverview({ query: `theme=${theme}` });
    await expectNoSeriousViolations(page);
    const dialog = await openDialog(opener, page);
    await dialog.getByRole('radio', { name: 'Bara vissa enheter' }).check();
    await dialog.getByRole('checkbox', { name: mvName }).waitFor();
    await expectNoSeriousViolations(page);
    // Unchanged again: Avbryt closes without asking.
    await dialog.getByRole('radio', { name: 'Alla enheter' }).check();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expectClosedBackOn(page, dialog, opener);
    await expectNoSeriousViolations(page);
    expect(errors).toEqual([]);
  });

  it('fits a phone: the button and the dialog’s choices are tappable, nothing is wider than the window', async () => {
    const phone = { width: 390, height: 844 };
    const { page, errors, opener } = await openOverview({ viewport: phone });
    const dialog = await openDialog(opener, page);
    await dialog.getByRole('radio', { name: 'Bara vissa enheter' }).check();
    await dialog.getByRole('checkbox', { name: hagName }).waitFor();
    await page.screenshot({ path: join(dir, 'phone-applicability.png'), animations: 'disabled', caret: 'hide' });
    const overflow = await horizontalOverflow(page);
    expect({ wider: overflow.pageWidth > overflow.windowWidth, unnamedScrollers: overflow.unnamedScrollers, smallTouchTargets: await smallTouchTargets(page) }).toEqual({
      wider: false,
      unnamedScrollers: [],
      smallTouchTargets: [],
    });
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog', { name: 'Osparade ändringar' }).getByRole('button', { name: 'Stäng utan att spara' }).click();
    await expectClosedBackOn(page, dialog, opener);
    expect(errors).toEqual([]);
  });

  it('marks the indicator as applying to one unit: the other unit’s report and plan no longer ask for it, and every other field is kept', async () => {
    const before = await (await tab.api.call(indicatorPath)).json();
    expect(before.applicableUnitIds).toBeNull();
    const { page, context, errors, opener } = await openOverview();
    const row = page.getByRole('table', { name: 'Indikatorer' }).getByRole('row').filter({ has: opener });
    await expect(row.innerText()).resolves.toContain(`${hagName}, ${mvName}`);

    const dialog = await openDialog(opener, page);
    await dialog.getByRole('radio', { name: 'Bara vissa enheter' }).check();
    await dialog.getByRole('checkbox', { name: mvName }).check();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expectClosedBackOn(page, dialog, opener);
    // The overview has loaded again: only Mälarhöjden is missing now.
    await page.waitForFunction(
      ({ label, hagUnit }) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label);
        const text = button?.closest('tr')?.textContent ?? '';
        return text !== '' && !text.includes(hagUnit);
      },
      { label: `Gäller för: ${name}`, hagUnit: hagName },
    );
    await expect(row.innerText()).resolves.toContain(mvName);

    const after = await (await tab.api.call(indicatorPath)).json();
    expect(withoutETag(after)).toEqual({ ...withoutETag(before), applicableUnitIds: [MV] });
    expect(after.eTag).not.toBe(before.eTag);

    // Each unit as its own staff meets it: Hägerstensåsen is no longer asked, Mälarhöjden still is.
    const unitPage = await context.newPage();
    await unitPage.addInitScript((id) => window.localStorage.setItem('vp.devIdentity', id), rektor);
    await expect(reportAsks(unitPage, hag, hagName)).resolves.toBe(false);
    await expect(planLists(unitPage, hag)).resolves.toBe(false);
    await expect(reportAsks(unitPage, MV, mvName)).resolves.toBe(true);
    await expect(planLists(unitPage, MV)).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
