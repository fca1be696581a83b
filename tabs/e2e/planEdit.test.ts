// The plan page in a browser (outside Teams): reading the cascade, editing an enhetsmål as the
// rektor, and a conflicting change made behind the page's back.
import type { Goal, Stored } from '@vp/shared';
import type { Page } from 'playwright-core';
import { flowTimeoutMs, goalLabel, planHash, planPath, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());


const readGoal = async (id: string): Promise<Stored<Goal>> => (await tab.api.call(`${planPath}/goals/${id}`)).json();

async function chooseIdentity(page: Page, id: string) {
  await page.getByLabel('Utvecklingsidentitet').selectOption(id);
}

async function openGoalEditor(page: Page, goal: Stored<Goal>) {
  await page.getByRole('button', { name: `Redigera: ${goalLabel(goal)}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Redigera enhetsmål' });
  await dialog.waitFor();
  return dialog;
}

describe('the plan page in a browser', () => {
  it('shows the cascade, and the rektor edits an enhetsmål that stays changed after a reload', async () => {
    const { page, errors } = await tab.open(planHash);

    // The cascade: KF goal 1.3 with its indicators (KF:s årsmål 16 barn per grupp), nämndmål with activities.
    const kf13 = page.getByRole('region', { name: /^1\.3 I Stockholm når barn/ });
    await kf13.waitFor();
    const row = kf13.getByRole('table', { name: /^Indikatorer: 1\.3 / }).getByRole('row', { name: /Antal barn per grupp/ });
    await expect(row.getByRole('cell').allInnerTexts()).resolves.toEqual(['Antal barn per grupp', '–', '16', 'Tertial', 'barn/grupp']);
    const activities = page.getByRole('table', { name: /^Aktiviteter: Alla barn i förskolan utvecklar sin förståelse/ });
    await expect(activities.getByRole('row').nth(1).getByRole('cell').nth(1).innerText()).resolves.toBe('2021-01-01');

    // Without an identity nothing can be edited; the rektor of the unit can.
    const goal = await readGoal('hag-em-1');
    const edit = page.getByRole('button', { name: `Redigera: ${goalLabel(goal)}`, exact: true });
    await expect(edit.count()).resolves.toBe(0);
    await chooseIdentity(page, rektor);
    await edit.waitFor();

    const dialog = await openGoalEditor(page, goal);
    const methods = dialog.getByLabel('Arbetssätt');
    await expect(methods.inputValue()).resolves.toBe(goal.workingMethods);
    const written = `Vi läser högt varje dag i små grupper.\n\nTestad ${new Date().toISOString()}.`;
    await methods.fill(written);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });

    const section = page.locator('#goal-hag-em-1');
    await section.getByText('Vi läser högt varje dag i små grupper.').waitFor();
    await expect(readGoal('hag-em-1').then((g) => g.workingMethods)).resolves.toBe(written);

    await page.reload();
    await page.locator('#goal-hag-em-1').getByText('Vi läser högt varje dag i små grupper.').waitFor();
    // The chosen identity is remembered across the reload.
    await expect(page.getByLabel('Utvecklingsidentitet').inputValue()).resolves.toBe(rektor);
    expect(errors).toEqual([]);
  });

  it('keeps the typed text when someone else saved first, and then saves it over theirs', async () => {
    const { page, errors } = await tab.open(planHash, { identity: rektor });
    const goal = await readGoal('hag-em-1');
    const dialog = await openGoalEditor(page, goal);
    const methods = dialog.getByLabel('Arbetssätt');
    const mine = 'Min version: vi dokumenterar barnens lek med bilder.';
    await methods.fill(mine);

    // Someone else changes the same goal through the API while the dialog is open.
    const theirs = 'Deras version: pedagogerna turas om att leda samlingen.';
    const response = await tab.api.call(`${planPath}/goals/hag-em-1`, {
      method: 'PATCH',
      as: 'dev-personal-hag',
      headers: { 'if-match': goal.eTag },
      body: JSON.stringify({ workingMethods: theirs }),
    });
    expect(response.status).toBe(200);

    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText(/Någon annan har ändrat målet/).waitFor();
    await expect(methods.inputValue()).resolves.toBe(mine);
    await dialog.getByText(theirs).waitFor(); // the newer version, shown under the field
    await expect(readGoal('hag-em-1').then((g) => g.workingMethods)).resolves.toBe(theirs);

    // A pointer click: the conflict bar keeps its height in the scrolling dialog body (it once shrank under "Titel").
    await dialog.getByRole('button', { name: 'Spara min version' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('#goal-hag-em-1').getByText(mine).waitFor();
    await expect(readGoal('hag-em-1').then((g) => g.workingMethods)).resolves.toBe(mine);
    expect(errors).toEqual([]);
  });
});
