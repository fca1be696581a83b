// axe-core on the tab's pages: no serious or critical violations in light and dark theme, with
// the edit dialog open, and on the Teams configuration page.
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './browser';
import { flowTimeoutMs, planHash, planPath, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

async function expectNoSeriousViolations(page: Page) {
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(`axe-core found serious or critical violations:\n\n${describeViolations(violations)}`);
}

async function openPlan(theme: 'light' | 'dark') {
  // The rektor sees every control the page has: edit, move, delete and add buttons.
  const { page, errors } = await tab.open(planHash, { identity: rektor, query: `theme=${theme}` });
  await page.locator(`.fui-FluentProvider[data-theme="${theme}"]`).first().waitFor();
  await page.locator('#goal-hag-em-5').waitFor();
  await page.getByRole('button', { name: /^Redigera: / }).first().waitFor();
  return { page, errors };
}

describe('accessibility (axe-core)', () => {
  it.each(['light', 'dark'] as const)('plan page in %s theme', async (theme) => {
    const { page, errors } = await openPlan(theme);
    await expectNoSeriousViolations(page);
    expect(errors).toEqual([]);
  });

  it('plan page with the edit dialog open', async () => {
    const { page, errors } = await openPlan('light');
    await page.getByRole('button', { name: /^Redigera: På Hägerstensåsens förskolor är gruppen/ }).click();
    await page.getByRole('dialog', { name: 'Redigera enhetsmål' }).getByLabel('Arbetssätt').waitFor();
    await expectNoSeriousViolations(page);
    expect(errors).toEqual([]);
  });

  it('edit dialog showing a conflict with a newer version', async () => {
    const { page, errors } = await openPlan('light');
    const goal = await (await tab.api.call(`${planPath}/goals/hag-em-2`)).json();
    await page.getByRole('button', { name: `Redigera: ${goal.title}`, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Redigera enhetsmål' });
    await dialog.getByLabel('Arbetssätt').fill('Min text.');
    const changed = await tab.api.call(`${planPath}/goals/hag-em-2`, {
      method: 'PATCH',
      as: rektor,
      headers: { 'if-match': goal.eTag },
      body: JSON.stringify({ workingMethods: 'Någon annans text.' }),
    });
    expect(changed.status).toBe(200);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByRole('button', { name: 'Spara min version' }).waitFor();
    await expectNoSeriousViolations(page);
    expect(errors).toEqual([]);
  });

  it('configuration page', async () => {
    const { page, errors } = await tab.open('#/config');
    await page.getByRole('heading', { name: 'Lägg till verksamhetsplanen' }).waitFor();
    await page.getByLabel('Enhet').locator('option', { hasText: 'Hägerstensåsens förskolor' }).waitFor({ state: 'attached' });
    await expectNoSeriousViolations(page);
    await page.getByLabel('Enhet').selectOption({ label: 'Hägerstensåsens förskolor' });
    await page.getByLabel('År').locator('option', { hasText: '2021' }).waitFor({ state: 'attached' });
    await expectNoSeriousViolations(page);
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('follow-up report form in %s theme', async (theme) => {
    const { page, errors } = await tab.open('#/report/hagerstensasens-forskolor/2021/T1', { identity: rektor, query: `theme=${theme}` });
    await page.getByRole('radio', { name: 'Delvis' }).first().waitFor();
    await expectNoSeriousViolations(page);
    expect(errors).toEqual([]);
  });

  it('förvaltning overview with a drill-down open', async () => {
    const { page, errors } = await tab.open('#/overview/hagersten-alvsjo/2021/T1', { identity: 'dev-avdelningschef' });
    await page.getByRole('button', { name: /^Visa enheternas värden: Andel legitimerade/ }).click();
    await page.getByRole('table', { name: /^Enheternas värden: Andel legitimerade/ }).waitFor();
    await expectNoSeriousViolations(page);
    expect(errors).toEqual([]);
  });
});
