// The versions of an enhetsmål in its dialog, in Chromium: the rektor sees what the staff changed and
// restores the earlier version; the plan shows it and the API reads back the whole earlier goal.
// axe-core checks the open list and the confirmation.
import type { Goal, Stored } from '@vp/shared';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './browser';
import { flowTimeoutMs, goalLabel, planHash, planPath, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const readGoal = async (id: string): Promise<Stored<Goal>> => (await tab.api.call(`${planPath}/goals/${id}`)).json();
const withoutETag = ({ eTag: _, ...goal }: Stored<Goal>) => goal;

/** axe-core: no serious or critical violations in what the page shows now. */
async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(`axe-core found serious or critical violations:\n\n${describeViolations(violations)}`);
}

it('lists the versions of an enhetsmål and restores the one before the staff’s change', async () => {
  const original = await readGoal('hag-em-2');
  const theirs = 'Personalens nya arbetssätt: vi läser i små grupper.';
  const changed = await tab.api.call(`${planPath}/goals/hag-em-2`, {
    method: 'PATCH',
    as: 'dev-personal-hag',
    headers: { 'if-match': original.eTag },
    body: JSON.stringify({ workingMethods: theirs, followUp: [] }),
  });
  expect(changed.status).toBe(200);

  const { page, errors } = await tab.open(planHash, { identity: rektor });
  const section = page.locator('#goal-hag-em-2');
  await section.getByText(theirs).waitFor();
  await page.getByRole('button', { name: `Redigera: ${goalLabel(original)}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Redigera enhetsmål' });
  await dialog.waitFor();

  await dialog.getByRole('button', { name: 'Versioner' }).click();
  const versions = dialog.getByRole('list', { name: 'Versioner' });
  await versions.getByText('Version 2 (nuvarande)').waitFor();
  await versions.getByText(`Arbetssätt: ”${original.workingMethods.slice(0, 300)}`, { exact: false }).waitFor();
  await versions.getByText('Uppföljning:', { exact: false }).waitFor();
  await versions.getByText('Personal, Hägerstensåsens förskolor', { exact: false }).waitFor();
  await expectAccessible(page);

  await versions.getByRole('button', { name: 'Återställ version 1' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Återställa version 1?' });
  await confirm.waitFor();
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Återställ' }).click();
  await dialog.waitFor({ state: 'detached' });

  const paragraph = original.workingMethods.split('\n\n')[0]!;
  await section.getByText(paragraph, { exact: false }).first().waitFor();
  await expect(section.getByText(theirs).count()).resolves.toBe(0);
  const restored = await readGoal('hag-em-2');
  expect(withoutETag(restored)).toEqual(withoutETag(original));
  expect(errors).toEqual([]);
});
