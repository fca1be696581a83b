// axe-core on the tab's pages: no serious or critical violations in light, dark and high-contrast
// theme, before, during and after each kind of dialog (stacked ones too), and on the Teams
// configuration page.
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './browser';
import { flowTimeoutMs, goalLabel, planHash, planPath, rektor, startTab, type TabFixture } from './tabFixture';

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

const themes = ['light', 'dark', 'contrast'] as const;
type Theme = (typeof themes)[number];

/** A dialog has closed: once the page is exposed to screen readers again, axe sees what they get. */
async function expectExposedAndNoSeriousViolations(page: Page) {
  await page.waitForFunction(() => document.querySelector('[aria-modal="true"]') === null && !document.getElementById('root')?.closest('[aria-hidden="true"]'));
  await expectNoSeriousViolations(page);
}

async function openPlan(theme: Theme) {
  // The rektor sees every control the page has: edit, move, delete and add buttons.
  const { page, errors } = await tab.open(planHash, { identity: rektor, query: `theme=${theme}` });
  await page.locator(`.fui-FluentProvider[data-theme="${theme}"]`).first().waitFor();
  await page.locator('#goal-hag-em-5').waitFor();
  await page.getByRole('button', { name: /^Redigera: / }).first().waitFor();
  return { page, errors };
}

describe('accessibility (axe-core)', () => {
  it.each(themes)('plan page before, during and after the editor, its close confirmation and the delete dialog in %s theme', async (theme) => {
    const { page, errors } = await openPlan(theme);
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: /^Redigera: På Hägerstensåsens förskolor är gruppen/ }).click();
    const editor = page.getByRole('dialog', { name: 'Redigera enhetsmål' });
    await editor.getByLabel('Arbetssätt').fill('Osparad text.');
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
    const confirm = page.getByRole('alertdialog', { name: 'Osparade ändringar' });
    await confirm.waitFor();
    await expectNoSeriousViolations(page);
    await confirm.getByRole('button', { name: 'Stäng utan att spara' }).click();
    await editor.waitFor({ state: 'detached' });
    await expectExposedAndNoSeriousViolations(page);

    await page.getByRole('button', { name: /^Ta bort: På Hägerstensåsens förskolor är gruppen/ }).click();
    const remove = page.getByRole('alertdialog', { name: 'Ta bort enhetsmål' });
    await remove.waitFor();
    await expectNoSeriousViolations(page);
    await remove.getByRole('button', { name: 'Avbryt' }).click();
    await remove.waitFor({ state: 'detached' });
    await expectExposedAndNoSeriousViolations(page);
    expect(errors).toEqual([]);
  });

  it.each(themes)('an enhetsmål’s versions and the restore confirmation over its editor in %s theme', async (theme) => {
    const goal = await (await tab.api.call(`${planPath}/goals/hag-em-3`)).json();
    const changed = await tab.api.call(`${planPath}/goals/hag-em-3`, {
      method: 'PATCH',
      as: rektor,
      headers: { 'if-match': goal.eTag },
      body: JSON.stringify({ development: `Ändrat i ${theme} tema.` }),
    });
    expect(changed.status).toBe(200);
    const { page, errors } = await openPlan(theme);
    await page.getByRole('button', { name: `Redigera: ${goalLabel(goal)}`, exact: true }).click();
    const editor = page.getByRole('dialog', { name: 'Redigera enhetsmål' });
    await editor.getByRole('button', { name: 'Versioner' }).click();
    const restore = editor.getByRole('list', { name: 'Versioner' }).getByRole('button', { name: /^Återställ version / }).first();
    await restore.waitFor();
    await expectNoSeriousViolations(page);
    await restore.click();
    const confirm = page.getByRole('alertdialog', { name: /^Återställa version / });
    await confirm.waitFor();
    await expectNoSeriousViolations(page);
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expectNoSeriousViolations(page);
    await editor.getByRole('button', { name: 'Avbryt' }).click();
    await editor.waitFor({ state: 'detached' });
    await expectExposedAndNoSeriousViolations(page);
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

  it.each(themes)('follow-up report form before, during and after the ready and leave dialogs in %s theme', async (theme) => {
    const { page, errors } = await tab.open('#/report/hagerstensasens-forskolor/2021/T1', { identity: rektor, query: `theme=${theme}` });
    await page.locator(`.fui-FluentProvider[data-theme="${theme}"]`).first().waitFor();
    await page.getByRole('radio', { name: 'Delvis' }).first().waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    const ready = page.getByRole('dialog', { name: 'Skicka in rapporten?' });
    await ready.waitFor();
    await expectNoSeriousViolations(page);
    await ready.getByRole('button', { name: 'Avbryt' }).click();
    await ready.waitFor({ state: 'detached' });
    await expectExposedAndNoSeriousViolations(page);
    await page.getByRole('radio', { name: 'Delvis' }).first().check();
    await page.getByRole('navigation').getByRole('link', { name: 'Plan', exact: true }).click();
    const leave = page.getByRole('alertdialog', { name: 'Osparade ändringar' });
    await leave.waitFor();
    await expectNoSeriousViolations(page);
    await leave.getByRole('button', { name: 'Stanna kvar' }).click();
    await leave.waitFor({ state: 'detached' });
    await expectExposedAndNoSeriousViolations(page);
    expect(errors).toEqual([]);
  });

  it.each(themes.map((theme, i) => [theme, (['T1', 'T2', 'VB'] as const)[i]!]))(
    'approval panel with its return dialog and a post’s card, and Att göra, in %s theme',
    async (theme, period) => {
      // Mälarhöjden's report for the period, submitted and approved: the avdelningschef may return it, and its approval has a post.
      const path = `/units/malarhojden-vastertorps-forskolor/plans/2021/reports/${period}/approval`;
      for (const [as, action] of [['dev-personal-mv', 'submit'], ['dev-rektor-mv', 'approve']] as const) {
        const { eTag } = await (await tab.api.call(path, { as })).json();
        const stepped = await tab.api.call(path, { method: 'POST', as, headers: { 'idempotency-key': `a11y-${period}-${action}`, 'if-match': eTag ?? '*' }, body: JSON.stringify({ action, comment: '' }) });
        expect(stepped.status).toBe(200);
      }
      const { page, errors } = await tab.open(`#/report/malarhojden-vastertorps-forskolor/2021/${period}`, { identity: 'dev-avdelningschef', query: `theme=${theme}` });
      await page.locator(`.fui-FluentProvider[data-theme="${theme}"]`).first().waitFor();
      const panel = page.getByRole('region', { name: 'Godkännande' });
      await panel.getByRole('button', { name: 'Meddelanden till kanalen (1)' }).click();
      await panel.locator('.ac-adaptiveCard').waitFor();
      await expectNoSeriousViolations(page);
      await panel.getByRole('button', { name: 'Återremittera' }).click();
      const returning = page.getByRole('dialog', { name: 'Återremittera rapporten' });
      await returning.getByRole('button', { name: 'Återremittera' }).click();
      await returning.getByText('Skriv vad som behöver ändras innan du återremitterar.').waitFor();
      await expectNoSeriousViolations(page);
      await returning.getByRole('button', { name: 'Avbryt' }).click();
      await returning.waitFor({ state: 'detached' });
      await expectExposedAndNoSeriousViolations(page);

      await page.getByRole('navigation').getByRole('link', { name: 'Att göra' }).click();
      await page.getByRole('table', { name: 'Status för planer och rapporter' }).waitFor();
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    },
  );

  it('förvaltning overview with a drill-down open', async () => {
    const { page, errors } = await tab.open('#/overview/hagersten-alvsjo/2021/T1', { identity: 'dev-avdelningschef' });
    await page.getByRole('button', { name: /^Visa enheternas värden: Andel legitimerade/ }).click();
    await page.getByRole('table', { name: /^Enheternas värden: Andel legitimerade/ }).waitFor();
    await expectNoSeriousViolations(page);
    expect(errors).toEqual([]);
  });
});
