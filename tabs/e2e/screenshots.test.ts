// Full-page screenshots of the plan in light and dark theme, 1280 px wide, for people to look at
// (tabs/e2e/screenshots/, git-ignored). Nothing is compared: fonts and rendering vary by machine.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { flowTimeoutMs, planHash, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const dir = join(__dirname, 'screenshots');

let tab: TabFixture;
beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  tab = await startTab();
});
afterAll(() => tab?.stop());

it.each(['light', 'dark'] as const)('screenshot of the plan page in %s theme', async (theme) => {
  const { page, errors } = await tab.open(planHash, { identity: rektor, query: `theme=${theme}`, colorScheme: theme });
  await page.locator(`.fui-FluentProvider[data-theme="${theme}"]`).first().waitFor();
  await page.locator('#goal-hag-em-5').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = join(dir, `plan-${theme}.png`);
  const image = await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  expect(image.length).toBeGreaterThan(10_000);
  expect(errors).toEqual([]);
});
