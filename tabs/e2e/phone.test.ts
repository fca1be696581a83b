// The tab on a phone (390×844, as Teams mobile shows it): plan, report and overview, each as a full-page
// screenshot (tabs/e2e/screenshots/phone-*.png) and measured: no table text spills out of its cell or
// into another's, no date breaks over two lines, nothing is wider than the window, every control is at least 44×44 px, tables shown as
// cards are still tables to screen readers, and axe-core finds nothing serious. And on a touch screen of
// tablet width, the controls are as large.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './browser';
import { horizontalOverflow, smallTouchTargets, splitDates, tableTextFaults } from './layoutChecks';
import { flowTimeoutMs, hag, planHash, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const dir = join(__dirname, 'screenshots');
const phone = { width: 390, height: 844 };

let tab: TabFixture;
beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  tab = await startTab();
});
afterAll(() => tab?.stop());

/** What a page looks like once the test has opened everything worth looking at. */
interface Shown {
  hash: string;
  identity: string;
  /** Data the page should show, made before it opens */
  arrange?(): Promise<void>;
  ready(page: Page): Promise<void>;
}

const shown: Record<'plan' | 'report' | 'overview', Shown> = {
  plan: {
    hash: planHash,
    identity: rektor, // the rektor sees every edit, move and delete button
    async ready(page) {
      await page.locator('#goal-hag-em-5').waitFor();
      await page.getByRole('button', { name: 'Visa alla' }).click();
      await page.getByRole('table', { name: /^Aktiviteter: / }).first().waitFor();
    },
  },
  report: {
    hash: `#/report/${hag}/2021/T1`,
    identity: rektor,
    async ready(page) {
      await page.getByRole('radio', { name: 'Delvis' }).first().waitFor();
    },
  },
  overview: {
    hash: '#/overview/hagersten-alvsjo/2021/T1',
    identity: 'dev-avdelningschef',
    async arrange() {
      // A dated summary, so the list of summaries is a table too.
      const created = await tab.api.call('/forvaltningar/hagersten-alvsjo/summaries?year=2021&period=T1', { method: 'POST', as: 'dev-avdelningschef' });
      expect(created.status).toBe(201);
    },
    async ready(page) {
      await page.getByRole('table', { name: 'Tertialsammanställningar' }).waitFor();
      // One drill-down of each table open: the nested tables must fit too.
      await page.getByRole('button', { name: /^Visa enheternas värden: Andel legitimerade/ }).click();
      await page.getByRole('table', { name: /^Enheternas värden: Andel legitimerade/ }).waitFor();
      await page.getByRole('button', { name: /^Visa enheternas status: / }).first().click();
      await page.getByRole('table', { name: /^Enheternas status: / }).first().waitFor();
    },
  },
};

/**
 * Header and body cells as Chromium's accessibility tree exposes them, against the th and td in the page: a
 * browser may stop treating a table as one once CSS displays it as blocks, and screen readers then lose rows
 * and columns. Lists what went missing.
 */
async function tableRoles(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string } }[] };
  const count = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role).length;
  const inPage = await page.evaluate(() => ({ th: document.querySelectorAll('th').length, td: document.querySelectorAll('td').length }));
  const columnheaders = count('columnheader');
  const cells = count('cell');
  const lost = [...(columnheaders < inPage.th ? [`${inPage.th - columnheaders} of ${inPage.th} th`] : []), ...(cells < inPage.td ? [`${inPage.td - cells} of ${inPage.td} td`] : [])];
  return { columnheaders, cells, lost };
}

describe('on a phone, 390×844', () => {
  it.each(Object.keys(shown) as (keyof typeof shown)[])('the %s page fits: nothing overlaps or overflows, controls are tappable, axe is clean', async (name) => {
    const { hash, identity, arrange, ready } = shown[name];
    await arrange?.();
    const { page, errors } = await tab.open(hash, { identity, viewport: phone });
    await ready(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const image = await page.screenshot({ path: join(dir, `phone-${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
    expect(image.length).toBeGreaterThan(10_000);

    const overflow = await horizontalOverflow(page);
    const violations = await seriousViolations(page);
    expect({
      tableTextFaults: await tableTextFaults(page),
      splitDates: await splitDates(page),
      pageWidth: overflow.pageWidth,
      unnamedScrollers: overflow.unnamedScrollers,
      smallTouchTargets: await smallTouchTargets(page),
      tableRoles: await tableRoles(page),
      axe: describeViolations(violations),
    }).toEqual({
      tableTextFaults: [],
      splitDates: [],
      pageWidth: phone.width,
      unnamedScrollers: [],
      smallTouchTargets: [],
      tableRoles: { columnheaders: expect.any(Number), cells: expect.any(Number), lost: [] },
      axe: '',
    });
    expect(errors).toEqual([]);
  });
});

it('on a touch screen of tablet width, the plan’s controls are at least 44×44 px', async () => {
  const { page, errors } = await tab.open(planHash, { identity: rektor, viewport: { width: 1024, height: 768 }, hasTouch: true });
  await shown.plan.ready(page);
  await expect(smallTouchTargets(page)).resolves.toEqual([]);
  await expect(tableTextFaults(page)).resolves.toEqual([]);
  expect(errors).toEqual([]);
});
