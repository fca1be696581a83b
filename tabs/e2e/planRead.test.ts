// The plan page in a browser: what is read-only for whom, searching, and deep links to a goal.
import type { GoalNode, PlanTree } from '@vp/shared';
import type { Page } from 'playwright-core';
import { flowTimeoutMs, goalLabel, planHash, planPath, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
let goals: GoalNode[];
beforeAll(async () => {
  tab = await startTab();
  const tree: PlanTree = await (await tab.api.call(planPath)).json();
  const flatten = (list: GoalNode[]): GoalNode[] => list.flatMap((g) => [g, ...flatten(g.children)]);
  goals = flatten(tree.goals);
});
afterAll(() => tab?.stop());


const editing = /^(Redigera|Ta bort|Flytta upp|Flytta ned|Lägg till enhetsmål|Lägg till aktivitet)\b/;

/** The goal's own header (heading and badges), not those of the goals nested in its section. */
const header = (page: Page, goal: GoalNode) => page.locator(`[id="goal-${goal.id}"] > div:first-child`);

async function waitForPlan(page: Page) {
  await page.locator('section[id^="goal-"]').last().waitFor();
  await page.getByRole('region', { name: goalLabel(goals.at(-1)!), exact: true }).waitFor();
}

describe('read-only parts of the plan', () => {
  it('marks the förvaltning’s goals read-only and offers no edit or delete on them, also to the rektor', async () => {
    const { page, errors } = await tab.open(planHash, { identity: rektor });
    await waitForPlan(page);
    const forvaltning = goals.filter((g) => g.owner === 'forvaltning');
    const own = goals.filter((g) => g.owner === 'unit');
    expect(forvaltning.length).toBeGreaterThan(10);
    expect(own.length).toBe(5);

    for (const goal of forvaltning) {
      const label = goalLabel(goal);
      await header(page, goal).getByText('Förvaltningens – skrivskyddat', { exact: true }).waitFor();
      for (const action of ['Redigera', 'Ta bort', 'Flytta upp', 'Flytta ned']) {
        await expect(page.getByRole('button', { name: `${action}: ${label}`, exact: true }).count()).resolves.toBe(0);
      }
    }
    // The unit's own goals can be edited, and enhetsmål can be added under the nämndmål.
    for (const goal of own) {
      await page.getByRole('button', { name: `Redigera: ${goalLabel(goal)}`, exact: true }).waitFor();
      await expect(header(page, goal).getByText('Enhetens eget', { exact: true }).count()).resolves.toBe(1);
    }
    const committee = forvaltning.find((g) => g.id === 'nm-1.3-1')!;
    await page.getByRole('button', { name: `Lägg till enhetsmål: ${goalLabel(committee)}`, exact: true }).waitFor();
    // Förvaltningens activities have no edit buttons either.
    await expect(
      page.getByRole('table', { name: `Aktiviteter: ${goalLabel(committee)}`, exact: true }).getByRole('button').count(),
    ).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('offers no editing at all without an identity, or to another unit’s rektor', async () => {
    const { page, errors } = await tab.open(planHash);
    await waitForPlan(page);
    await page.getByText('Du kan läsa planen. Välj en identitet från enheten för att ändra.').waitFor();
    await expect(page.getByRole('button', { name: editing }).count()).resolves.toBe(0);
    // Each of the unit's goals still says it is the unit's own.
    await expect(page.getByText('Enhetens eget', { exact: true }).count()).resolves.toBe(5);

    await page.getByLabel('Utvecklingsidentitet').selectOption('dev-rektor-mv');
    await page.getByText('Du kan läsa planen. Välj en identitet från enheten för att ändra.').waitFor();
    await expect(page.getByRole('button', { name: editing }).count()).resolves.toBe(0);

    await page.getByLabel('Utvecklingsidentitet').selectOption(rektor);
    await page.getByRole('button', { name: editing }).first().waitFor();
    expect(errors).toEqual([]);
  });
});

describe('finding a goal', () => {
  it('filters the goals by the search text, keeping their place in the cascade', async () => {
    const { page, errors } = await tab.open(planHash);
    await waitForPlan(page);
    const sections = page.locator('section[id^="goal-"]');
    await expect(sections.count()).resolves.toBe(goals.length);

    const search = page.getByRole('searchbox', { name: 'Sök i planen' });
    await search.fill('fossilfri');
    await page.getByText(/^\d+ träffar$/).waitFor();
    const shown = async () => (await sections.evaluateAll((all) => all.map((s) => s.id.replace(/^goal-/, '')))).sort();
    // The matching nämndmål with the goals above it (for context) and the enhetsmål below it.
    await page.waitForFunction(() => document.querySelectorAll('section[id^="goal-"]').length < 10);
    const visible = await shown();
    expect(visible).toEqual(expect.arrayContaining(['kf-2', 'kf-2.5', 'nm-2.5-1', 'hag-em-3']));
    expect(visible).not.toContain('kf-1');
    expect(visible).not.toContain('hag-em-1');

    await search.fill('zzzz finns inte');
    await page.getByText('Inget i planen matchar sökningen.').waitFor();
    await expect(sections.count()).resolves.toBe(0);

    await search.fill('');
    await page.waitForFunction((n) => document.querySelectorAll('section[id^="goal-"]').length === n, goals.length);
    expect(errors).toEqual([]);
  });

  it('scrolls a deep-linked goal into view', async () => {
    const { page, errors } = await tab.open(`${planHash}/goal/hag-em-1`);
    const target = page.locator('#goal-hag-em-1');
    await target.waitFor();
    // Below the plan's texts, so only scrolling brings it into the 900 px high window.
    await page.waitForFunction(() => {
      const box = document.getElementById('goal-hag-em-1')!.getBoundingClientRect();
      return window.scrollY > 0 && box.top >= 0 && box.top < window.innerHeight;
    });
    const top = await target.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeGreaterThan(900);
    expect(errors).toEqual([]);
  });
});
