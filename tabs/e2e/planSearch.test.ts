// Searching the plan in a browser as staff type (no case, no diacritics, numbers as shown), with the
// hits marked and counted aloud; the unit's preschools; and axe-core on the page with hits marked.
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './browser';
import { flowTimeoutMs, planHash, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

async function openPlan(theme: 'light' | 'dark' = 'light') {
  const { page, errors } = await tab.open(planHash, { identity: rektor, query: `theme=${theme}`, colorScheme: theme });
  await page.locator(`.fui-FluentProvider[data-theme="${theme}"]`).first().waitFor();
  await page.locator('#goal-hag-em-5').waitFor();
  return { page, errors };
}

/** Types the query and waits for the live region to tell the hits; returns their number. */
async function search(page: Page, query: string): Promise<number> {
  await page.getByRole('searchbox', { name: 'Sök i planen' }).fill(query);
  const status = page.getByRole('status').filter({ hasText: /^(\d+ träffar|1 träff)$/ });
  await status.waitFor();
  return Number((await status.textContent())!.replace(/\D/g, ''));
}

const marks = (page: Page) => page.locator('mark').allTextContents();

describe('searching the plan', () => {
  it('finds "forskollarare" and "4,9" as the page writes them, marks each hit and tells how many', async () => {
    const { page, errors } = await openPlan();
    const hits = await search(page, 'forskollarare');
    expect(hits).toBeGreaterThan(1);
    // The texts that match open; Visa alla opens every goal the search kept, so each hit is on the page.
    await page.getByRole('button', { name: 'Visa alla' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('mark').length === n, hits);
    const found = await marks(page);
    expect(new Set(found.map((m) => m.toLocaleLowerCase('sv')))).toEqual(new Set(['förskollärare']));
    await page
      .getByRole('region', { name: 'Kompetensutvecklingsinsatser', exact: true })
      .locator('mark', { hasText: 'förskollärare' })
      .waitFor();

    await expect(search(page, '4,9')).resolves.toBe(1);
    const row = page.getByRole('row', { name: /^Antal förskolebarn per anställd \(årsarbetare\)/ });
    await row.locator('mark', { hasText: /^4,9$/ }).waitFor();
    await expect(marks(page)).resolves.toEqual(['4,9']);
    // The goal with the indicator is left, with the goal above it and those below; no other goal.
    const shown = await page.locator('section[id^="goal-"]').evaluateAll((all) => all.map((s) => s.id));
    expect(shown).toEqual(expect.arrayContaining(['goal-kf-1', 'goal-kf-1.3']));
    expect(shown).not.toContain('goal-kf-2');
    expect(errors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no serious axe-core violations with hits marked, in %s theme', async (theme) => {
    const { page, errors } = await openPlan(theme);
    await search(page, 'barn');
    await page.getByRole('button', { name: 'Visa alla' }).click();
    await page.locator('mark').first().waitFor();
    const violations = await seriousViolations(page);
    if (violations.length > 0) throw new Error(`axe-core found serious or critical violations:\n\n${describeViolations(violations)}`);
    expect(errors).toEqual([]);
  });
});

describe('the unit and its texts', () => {
  it('lists the preschools with their children and the total', async () => {
    const { page, errors } = await openPlan();
    const preschools = page.getByRole('region', { name: 'Förskolor', exact: true });
    const items = preschools.getByRole('listitem');
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(7);
    await expect(items.first().innerText()).resolves.toBe('Mellanberget, Personnevägen 91 – 153 barn');
    await preschools.getByText('Totalt 641 barn', { exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps the texts in the document’s order, the economy part after the goals with its empty texts closed until Visa alla', async () => {
    const { page, errors } = await openPlan();
    const texts = page.getByRole('region', { name: 'Planens texter', exact: true });
    const economy = page.getByRole('region', { name: 'Ekonomi och övrigt', exact: true });
    await expect(texts.getByRole('heading', { level: 3 }).allInnerTexts()).resolves.toEqual([
      'Inledning',
      'Verksamhetsbeskrivning',
      'Ledningsorganisation',
      'Kvalitéts- och utvecklingsarbetet',
      'Samverkan med vårdnadshavarna',
      'Kompetensutvecklingsinsatser',
      'Processen för arbetet med Verksamhetsplanen',
    ]);
    // On the page as in the source document: texts, the goal cascade, then the economy part.
    const order = await page.evaluate(() => {
      const regions = [...document.querySelectorAll('section[aria-label]')];
      const at = (test: (s: Element) => boolean) => regions.findIndex(test);
      const goals = regions.filter((s) => s.id.startsWith('goal-')).map((s) => regions.indexOf(s));
      return [at((s) => s.getAttribute('aria-label') === 'Planens texter'), Math.min(...goals), Math.max(...goals), at((s) => s.getAttribute('aria-label') === 'Ekonomi och övrigt')];
    });
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(order[0]).toBeGreaterThanOrEqual(0);
    const empty = economy.getByRole('button', { name: 'Tomma avsnitt (4)' });
    await expect(empty.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(economy.getByRole('heading', { level: 3 }).allInnerTexts()).resolves.toEqual(['Tomma avsnitt (4)']);
    await page.getByRole('button', { name: 'Visa alla' }).click();
    await economy.getByRole('button', { name: 'Redigera: Budget 2021' }).waitFor();
    await expect(economy.getByRole('listitem').allInnerTexts()).resolves.toEqual(['Redovisning av ekonomi', 'Resursanvändning', 'Budget 2021', 'Övrigt'].map((t) => expect.stringContaining(t)));
    await expect(texts.getByRole('button', { expanded: false }).count()).resolves.toBe(0);
    await expect(economy.getByRole('button', { expanded: false }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
