// Preparing an APT in a browser (local mode, development identities): staff flag a goal in the plan
// and find it on the proposed agenda; the rektor prepares the next APT from the proposal, moves a
// point up and adds one of their own, saved on the server; staff, reading the agenda meanwhile, see it
// change without reloading.
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './browser';
import { flowTimeoutMs, goalLabel, hag, planHash, planPath, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const staff = 'dev-personal-hag';
const aptHash = `#/apt/${hag}/2021`;

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const agenda = (page: Page) => page.getByRole('list', { name: 'Dagordning' });
/** The points' titles in their order (each heading also holds its source's label). */
const titles = (page: Page) => agenda(page).locator(':scope > li > h3 > span').allInnerTexts();

/** Waits until the agenda shows these titles in this order (a save and its reload are under way). */
async function titlesBecome(page: Page, expected: string[]) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const now = await titles(page);
    if (JSON.stringify(now) === JSON.stringify(expected) || Date.now() > deadline) return expect(now).toEqual(expected);
    await page.waitForTimeout(100);
  }
}

it('staff flag a goal and find it on the proposal; the rektor prepares the APT, moves a point up and adds one; staff reading it see the changes', async () => {
  const goal = (await (await tab.api.call(`${planPath}/goals/hag-em-1`)).json()) as Parameters<typeof goalLabel>[0];
  const label = goalLabel(goal);
  const reason = 'Vi hinner inte läsa i små grupper';

  // Staff flag the goal in the plan.
  const staffTab = await tab.open(planHash, { identity: staff });
  const plan = staffTab.page;
  await plan.getByRole('button', { name: `Flagga till APT: ${label}`, exact: true }).click();
  const dialog = plan.getByRole('dialog', { name: 'Flagga målet till nästa APT' });
  await dialog.getByLabel('Varför?').fill(reason);
  await dialog.getByRole('button', { name: 'Flagga', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await plan.locator('#goal-hag-em-1').getByText(`Flaggat till APT av Personal, Hägerstensåsens förskolor: ${reason}`).waitFor();
  expect(describeViolations(await seriousViolations(plan))).toBe('');

  // … and find it on the proposed agenda, with the reason; staff cannot prepare the meeting.
  await plan.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'APT' }).click();
  await plan.getByRole('heading', { name: 'Förslag till dagordning' }).waitFor();
  const flagged = agenda(plan).locator(':scope > li').filter({ has: plan.getByRole('heading', { name: new RegExp(goal.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }) });
  await flagged.getByText(reason, { exact: false }).waitFor();
  expect(await plan.getByRole('button', { name: 'Förbered nästa APT' }).count()).toBe(0);

  // The rektor prepares the next APT from the proposal.
  const rektorTab = await tab.open(aptHash, { identity: rektor });
  const page = rektorTab.page;
  await page.getByLabel('Datum').fill('2021-10-05');
  await page.getByRole('button', { name: 'Förbered nästa APT' }).click();
  await page.getByRole('heading', { name: 'Nästa APT' }).waitFor();
  await agenda(page).waitFor();
  const before = await titles(page);
  expect(before.length).toBeGreaterThanOrEqual(2);

  // Staff open the prepared APT (read-only) and keep it open while the rektor changes it.
  await plan.reload();
  await plan.getByRole('heading', { name: 'Nästa APT' }).waitFor();
  await titlesBecome(plan, before);
  await plan.getByText(/Rektor och avdelningschef ändrar dagordningen/).waitFor();
  expect(await plan.getByRole('button', { name: /^(Flytta upp|Flytta ned|Ta bort|Lägg till punkt)/ }).count()).toBe(0);

  // Moves the second point up …
  await page.getByRole('button', { name: `Flytta upp: ${before[1]}`, exact: true }).click();
  await page.getByText('Dagordningen är sparad.').waitFor();
  const moved = [before[1]!, before[0]!, ...before.slice(2)];
  await titlesBecome(page, moved);

  // … and adds a point of their own at the end.
  await page.getByLabel(/Egen punkt/).fill('Planeringsdag i maj');
  await page.getByRole('button', { name: 'Lägg till punkt' }).click();
  await titlesBecome(page, [...moved, 'Planeringsdag i maj']);
  await expect(page.getByLabel(/Egen punkt/).inputValue()).resolves.toBe('');
  // The rektor's agenda with its controls passes axe (WCAG 2.2 AA, serious and critical).
  expect(describeViolations(await seriousViolations(page))).toBe('');

  // The server has it so.
  const meetings = (await (await tab.api.call(`/units/${hag}/apt?year=2021`, { as: staff })).json()) as { agenda: { title: string; source: string }[] }[];
  expect(meetings[0]!.agenda.map((p) => p.title)).toEqual([...moved, 'Planeringsdag i maj']);
  expect(meetings[0]!.agenda.at(-1)!.source).toBe('custom');

  // The staff's page follows: the new agenda appears without a reload, and is said (a live region).
  await titlesBecome(plan, [...moved, 'Planeringsdag i maj']);
  await plan.getByRole('status').filter({ hasText: 'Dagordningen har ändrats av någon annan.' }).waitFor();
  expect(await page.getByText('Dagordningen har ändrats av någon annan.').count()).toBe(0);
  expect(staffTab.errors).toEqual([]);
  expect(rektorTab.errors).toEqual([]);
});
