// Every dialog of the tab, in Chromium, as keyboard and screen reader users meet it after it closes:
// focus is back on the control that opened it (after a delete: on the parent goal's heading), and
// nothing outside the dialogs still open hides the app with aria-hidden or inert. axe-core scans
// the page after each kind of dialog has closed.
import type { Activity, Goal, GoalNode, PlanTree, Stored } from '@vp/shared';
import type { Locator, Page } from 'playwright-core';
import { fullItems } from '../../functions/src/testing/fullPlanItems';
import { describeViolations, seriousViolations } from './browser';
import { flowTimeoutMs, goalLabel, hag, planHash, planPath, rektor, startTab, year, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
let tree: PlanTree;
beforeAll(async () => {
  tab = await startTab();
  tree = await (await tab.api.call(planPath)).json();
});
afterAll(() => tab?.stop());

/** How long a close may take to settle: Fluent un-hides the page 250 ms after a dialog closes. */
const settleMs = 5_000;

/** The tab at `hash` as the rektor (or `identity`), recording each blur that leaves focus nowhere (on <body>). */
async function open(hash: string, identity = rektor) {
  const { page, errors } = await tab.open(hash, { identity });
  await page.evaluate(() => {
    const lost: string[] = [];
    (window as unknown as { focusLost: string[] }).focusLost = lost;
    document.addEventListener('focusout', (e) => e.relatedTarget === null && lost.push((e.target as Element).outerHTML.slice(0, 120)), true);
  });
  return { page, errors };
}

async function openPlan() {
  const { page, errors } = await open(planHash);
  await page.getByRole('button', { name: /^Redigera: / }).first().waitFor();
  return { page, errors };
}

const allGoals = (goals: GoalNode[]): GoalNode[] => goals.flatMap((g) => [g, ...allGoals(g.children)]);
const committeeGoalId = 'nm-1.3-1';
const committeeGoal = () => allGoals(tree.goals).find((g) => g.id === committeeGoalId)!;

let created = 0;
async function post<T>(collection: 'goals' | 'activities', body: object): Promise<T> {
  const response = await tab.api.call(`${planPath}/${collection}`, { method: 'POST', as: rektor, body: JSON.stringify(body) });
  expect(response.status).toBe(201);
  return response.json();
}

/** An enhetsmål of the test's own under nämndmål 1.3-1, with one activity: the demo's unit goals have none. */
async function createGoalWithActivity() {
  created += 1;
  const goal = await post<Stored<Goal>>('goals', { ...fullItems.goals, parentId: committeeGoalId, order: 10 + created, number: `9.${created}`, title: `Testmål ${created}` });
  const activity = await post<Stored<Activity>>('activities', { ...fullItems.activities, parentId: goal.id, text: `Testaktivitet ${created}` });
  return { goal, activity };
}

/**
 * Lists what hides the app from screen readers: aria-hidden="true" or inert on the dialog on top
 * (or, with none open, on #root), on its ancestors, or, with no dialog open, on any child of <body>
 * but Tabster's focus sentinels. Runs in the page; `asList` false makes it a waitForFunction predicate.
 */
function findHiders(asList: boolean): string[] | boolean {
  const hides = (e: Element) => e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('inert');
  const describe = (e: Element) => `<${e.tagName.toLowerCase()}${e.id ? ` id="${e.id}"` : ''} class="${String(e.className).slice(0, 60)}" aria-hidden="${e.getAttribute('aria-hidden')}">`;
  // Dialogs below the top one are hidden on purpose while it is open.
  const top = [...document.querySelectorAll('[aria-modal="true"]')].filter((d) => !hides(d)).at(-1) ?? null;
  const found: string[] = [];
  for (let e: Element | null = top ?? document.getElementById('root'); e; e = e.parentElement) if (hides(e)) found.push(describe(e));
  if (!top) {
    for (const child of document.body.children) if (!child.hasAttribute('data-tabster-dummy') && hides(child)) found.push(describe(child));
  }
  return asList ? [...new Set(found)] : found.length === 0;
}

async function expectAppExposed(page: Page) {
  try {
    await page.waitForFunction(findHiders, false, { timeout: settleMs });
  } catch {
    throw new Error(`hidden from screen readers ${settleMs} ms after the dialog closed: ${(await page.evaluate(findHiders, true)) as string[]}`);
  }
}

async function expectFocused(page: Page, target: Locator) {
  const element = await target.elementHandle();
  try {
    await page.waitForFunction((e) => document.activeElement === e, element, { timeout: settleMs });
  } catch {
    const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
    throw new Error(`focus is not on ${target} but on ${active}`);
  }
}

/** After a dialog has closed: the app is exposed again and focus is on `target`, with no blur to <body> on the way. */
async function expectClosedBackOn(page: Page, dialog: Locator, target: Locator) {
  await dialog.waitFor({ state: 'detached' });
  await expectAppExposed(page);
  await expectFocused(page, target);
  const lost = await page.evaluate(() => (window as unknown as { focusLost: string[] }).focusLost.splice(0));
  if (lost.length > 0) throw new Error(`focus fell to <body> on the way, from ${lost.join(', ')}`);
}

async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(`axe-core found serious or critical violations after the dialog closed:\n\n${describeViolations(violations)}`);
}

async function close(page: Page, dialog: Locator, how: 'Escape' | 'Avbryt' | 'Spara') {
  if (how === 'Escape') await page.keyboard.press('Escape');
  else await dialog.getByRole('button', { name: how, exact: true }).click();
}

describe('focus and exposure after a dialog closes', () => {
  // A new item's Spara needs its required fields; an existing one saves as it is.
  const fillNewGoal = (dialog: Locator) => dialog.getByLabel('Titel').fill('Ett nytt enhetsmål');
  async function fillNewActivity(dialog: Locator) {
    await dialog.getByLabel('Aktivitet').fill('En ny aktivitet');
    await dialog.getByLabel('Startdatum').fill('2021-02-01');
    await dialog.getByLabel('Slutdatum').fill('2021-03-01');
  }
  it.each([
    ['text editor', async () => `Redigera: ${tree.sections[0]!.title}`, 'Redigera text', undefined],
    ['enhetsmål editor', async () => `Redigera: ${goalLabel((await createGoalWithActivity()).goal)}`, 'Redigera enhetsmål', undefined],
    ['activity editor', async () => `Redigera: ${(await createGoalWithActivity()).activity.text}`, 'Redigera aktivitet', undefined],
    ['new enhetsmål', async () => `Lägg till enhetsmål: ${goalLabel(committeeGoal())}`, 'Nytt enhetsmål', fillNewGoal],
    ['new activity', async () => `Lägg till aktivitet: ${goalLabel((await createGoalWithActivity()).goal)}`, 'Ny aktivitet', fillNewActivity],
  ])('%s: Escape, Avbryt and Spara give focus back to its opener', async (_, openerName, title, fillNew) => {
    const name = await openerName();
    const { page, errors } = await openPlan();
    const opener = page.getByRole('button', { name, exact: true });
    const dialog = page.getByRole('dialog', { name: title });
    for (const how of ['Escape', 'Avbryt', 'Spara'] as const) {
      await opener.click();
      await dialog.waitFor();
      if (how === 'Spara') await fillNew?.(dialog);
      await close(page, dialog, how);
      await expectClosedBackOn(page, dialog, opener);
    }
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('a dialog opened by a click that does not focus its button (Safari, touch) leaves the app exposed after it closes', async () => {
    const { page, errors } = await openPlan();
    const dialog = page.getByRole('dialog', { name: 'Redigera text' });
    // A click event without focus, as Safari and touch screens give: the dialog cannot know its opener.
    await page.getByRole('button', { name: `Redigera: ${tree.sections[0]!.title}`, exact: true }).dispatchEvent('click');
    await dialog.waitFor();
    await page.locator('#root[aria-hidden="true"]').waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectAppExposed(page);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('delete: Escape and Avbryt give focus back to Ta bort; after the delete it is on the parent goal’s heading', async () => {
    const { goal, activity } = await createGoalWithActivity();
    const { page, errors } = await openPlan();
    // The toggles in the goals' headings, named by the goal.
    const parentHeading = page.getByRole('button', { name: goalLabel(committeeGoal()), exact: true });
    const goalHeading = page.getByRole('button', { name: goalLabel(goal), exact: true });

    const deleteActivity = page.getByRole('button', { name: `Ta bort: ${activity.text}`, exact: true });
    const activityDialog = page.getByRole('alertdialog', { name: 'Ta bort aktivitet' });
    for (const how of ['Escape', 'Avbryt'] as const) {
      await deleteActivity.click();
      await activityDialog.waitFor();
      await close(page, activityDialog, how);
      await expectClosedBackOn(page, activityDialog, deleteActivity);
    }
    await deleteActivity.click();
    await activityDialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expectClosedBackOn(page, activityDialog, goalHeading);
    await deleteActivity.waitFor({ state: 'detached' });
    await expectFocused(page, goalHeading);

    const deleteGoal = page.getByRole('button', { name: `Ta bort: ${goalLabel(goal)}`, exact: true });
    const goalDialog = page.getByRole('alertdialog', { name: 'Ta bort enhetsmål' });
    await deleteGoal.click();
    await goalDialog.waitFor();
    await close(page, goalDialog, 'Escape');
    await expectClosedBackOn(page, goalDialog, deleteGoal);
    await deleteGoal.click();
    await goalDialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expectClosedBackOn(page, goalDialog, parentHeading);
    await deleteGoal.waitFor({ state: 'detached' });
    await expectFocused(page, parentHeading);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('the close confirmation over an editor gives focus back inside the editor, and discarding back to the opener', async () => {
    const { goal } = await createGoalWithActivity();
    const { page, errors } = await openPlan();
    const opener = page.getByRole('button', { name: `Redigera: ${goalLabel(goal)}`, exact: true });
    const editor = page.getByRole('dialog', { name: 'Redigera enhetsmål' });
    const confirm = page.getByRole('alertdialog', { name: 'Osparade ändringar' });
    await opener.click();
    const methods = editor.getByLabel('Arbetssätt');
    await methods.fill('Osparad text.');

    // Escape in a field asks; Escape again keeps editing, in that field.
    await page.keyboard.press('Escape');
    await confirm.waitFor();
    await page.keyboard.press('Escape');
    await expectClosedBackOn(page, confirm, methods);

    // Avbryt asks; Fortsätt redigera goes back to Avbryt.
    const cancel = editor.getByRole('button', { name: 'Avbryt', exact: true });
    await cancel.click();
    await confirm.getByRole('button', { name: 'Fortsätt redigera' }).click();
    await expectClosedBackOn(page, confirm, cancel);
    await expectAccessible(page);

    // Closing without saving closes both, back to the editor's opener.
    await methods.focus();
    await page.keyboard.press('Escape');
    await confirm.getByRole('button', { name: 'Stäng utan att spara' }).click();
    await editor.waitFor({ state: 'detached' });
    await expectClosedBackOn(page, confirm, opener);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('the restore confirmation over an editor gives focus back to its button, and restoring back to the opener', async () => {
    const { goal } = await createGoalWithActivity();
    const changed = await tab.api.call(`${planPath}/goals/${goal.id}`, {
      method: 'PATCH',
      as: rektor,
      headers: { 'if-match': goal.eTag },
      body: JSON.stringify({ development: 'En ändring att ångra.' }),
    });
    expect(changed.status).toBe(200);
    const { page, errors } = await openPlan();
    const opener = page.getByRole('button', { name: `Redigera: ${goalLabel(goal)}`, exact: true });
    const editor = page.getByRole('dialog', { name: 'Redigera enhetsmål' });
    await opener.click();
    await editor.getByRole('button', { name: 'Versioner' }).click();
    const versions = editor.getByRole('list', { name: 'Versioner' });
    const restoreButton = versions.getByRole('button', { name: /^Återställ version / }).first();
    const confirm = page.getByRole('alertdialog', { name: /^Återställa version / });

    for (const how of ['Escape', 'Avbryt'] as const) {
      await restoreButton.click();
      await confirm.waitFor();
      await close(page, confirm, how);
      await expectClosedBackOn(page, confirm, restoreButton);
    }
    await expectAccessible(page);

    await restoreButton.click();
    await confirm.getByRole('button', { name: 'Återställ', exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await expectClosedBackOn(page, confirm, opener);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('submitting a report: Escape and Avbryt give focus back to its button; confirming moves focus to the bar saying it is submitted', async () => {
    const { page, errors } = await open(`#/report/${hag}/${year}/VB`);
    const markReady = page.getByRole('button', { name: 'Skicka in', exact: true });
    const dialog = page.getByRole('dialog', { name: 'Skicka in rapporten?' });
    for (const how of ['Escape', 'Avbryt'] as const) {
      await markReady.click();
      await dialog.waitFor();
      await close(page, dialog, how);
      await expectClosedBackOn(page, dialog, markReady);
    }
    await markReady.click();
    await dialog.getByRole('button', { name: 'Skicka in', exact: true }).click();
    // Submitting removes the buttons; focus goes to the bar, which says the report is submitted.
    const actions = page.getByRole('group', { name: 'Spara och skicka in' });
    await actions.getByText('Rapporten är inskickad.').waitFor();
    await expectClosedBackOn(page, dialog, actions);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('competence rows: Ny rad and Ta bort give focus back to their button; after the delete it is on the avdelning’s Ny rad', async () => {
    const { page, errors } = await open('#/competence/hagersten-alvsjo/2023', 'dev-avdelningschef');
    const newRow = page.getByRole('button', { name: 'Ny rad: Äldreomsorgen', exact: true });
    await newRow.waitFor();
    const editor = page.getByRole('dialog', { name: 'Ny rad i kompetensförsörjningsplanen' });
    const activity = `Testrad ${Date.now()}`;
    for (const how of ['Escape', 'Avbryt', 'Spara'] as const) {
      await newRow.click();
      await editor.waitFor();
      if (how === 'Spara') {
        await editor.getByRole('checkbox', { name: 'Avsluta' }).check();
        await editor.getByLabel(/^Aktivitet/).fill(activity);
      }
      await close(page, editor, how);
      await expectClosedBackOn(page, editor, newRow);
    }
    const avsluta = page.getByRole('table', { name: 'Avsluta: Äldreomsorgen' });
    await avsluta.getByRole('cell', { name: activity, exact: true }).waitFor();
    await expectAccessible(page);

    const remove = avsluta.getByRole('button', { name: `Ta bort: ${activity}`, exact: true });
    const confirm = page.getByRole('alertdialog', { name: 'Ta bort rad' });
    for (const how of ['Escape', 'Avbryt'] as const) {
      await remove.click();
      await confirm.waitFor();
      await close(page, confirm, how);
      await expectClosedBackOn(page, confirm, remove);
    }
    await remove.click();
    await confirm.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expectClosedBackOn(page, confirm, newRow);
    await remove.waitFor({ state: 'detached' });
    await expectFocused(page, newRow);
    await page.getByText('Raden är borttagen.').waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('leaving a report with unsaved changes: Escape and Stanna kvar give focus back; leaving for another period keeps it on the picker', async () => {
    const { page, errors } = await open(`#/report/${hag}/${year}/T1`);
    await page.getByRole('radio', { name: 'Delvis' }).first().check();
    const planLink = page.getByRole('navigation').getByRole('link', { name: 'Plan', exact: true });
    const leave = page.getByRole('alertdialog', { name: 'Osparade ändringar' });

    await planLink.click();
    await leave.waitFor();
    await page.keyboard.press('Escape');
    await expectClosedBackOn(page, leave, planLink);
    await planLink.click();
    await leave.getByRole('button', { name: 'Stanna kvar' }).click();
    await expectClosedBackOn(page, leave, planLink);
    await expectAccessible(page);

    // A keyboard user changes the period on the focused picker (selectOption alone does not focus it).
    const periodPicker = page.getByLabel('Period');
    await periodPicker.focus();
    await periodPicker.selectOption('T2');
    await leave.getByRole('button', { name: 'Lämna utan att spara' }).click();
    await expectClosedBackOn(page, leave, periodPicker);
    await page.waitForURL(/\/T2$/);
    await expectFocused(page, periodPicker);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});
