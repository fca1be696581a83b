// Södertälje's plan for systematic quality work (SKA) in a browser (outside Teams): the förskola's
// verksamhetschef chooses it in the organisation and plan pickers, reads the per-unit results with the
// published total and the units' plain mean beside it, and the self-assessment's averages; then changes
// one score in the dialog. The API reads back exactly that score changed, the average computed anew,
// and the page shows it after a reload. The municipality's plan prints pedagogisk ledning 3,6 / 3,5. At
// 390 px the page fits (wide tables scroll in named regions), controls are 44 px and axe finds nothing serious.
import type { SkaPlanView } from '@vp/shared';
import { describeViolations, seriousViolations } from './browser';
import { horizontalOverflow, smallTouchTargets } from './layoutChecks';
import { flowTimeoutMs, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const chef = 'dev-verksamhetschef-sdt';
const planPath = '/forvaltningar/sodertalje-uk/ska/forskola/2018';

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const readPlan = async (): Promise<SkaPlanView> => (await tab.api.call(planPath, { as: chef })).json();
const cellsOf = (row: import('playwright-core').Locator) => row.locator('th, td').allInnerTexts();

it('the verksamhetschef reads the förskola’s results and self-assessment and changes a score', async () => {
  const { page, errors } = await tab.open('#/plan', { identity: chef });
  // Their förvaltning's units have no verksamhetsplan: the plan page says so, and the plan picker offers the SKA plans.
  await page.getByText(/har ingen verksamhetsplan ännu\. Välj en annan plan ovan\.$/).waitFor();
  const plan = page.getByRole('combobox', { name: 'Plan' });
  await plan.locator('option', { hasText: 'Systematiskt kvalitetsarbete 2018/2019: Förskolan' }).waitFor({ state: 'attached' });
  await plan.selectOption({ label: 'Systematiskt kvalitetsarbete 2018/2019: Förskolan' });
  await page.getByRole('heading', { level: 1, name: 'Plan för systematiskt kvalitetsarbete 2018/2019 – Förskolan' }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/ska/sodertalje-uk/2018/forskola');

  const results = page.getByRole('table', { name: 'Når verksamhetens femåringar de uppsatta målen för respektive kunskapsområde? (2017/18)' });
  await expect(results.getByRole('row').count()).resolves.toBe(2 + 13 + 1);
  await expect(cellsOf(results.getByRole('row', { name: /^Brunnsäng\/Grusåsen/ }))).resolves.toEqual(
    ['Brunnsäng/Grusåsen', '89,1 %', '98,3 %', '93 %', '91,4 %', '99 %', '94,6 %', '93,3 %', '97,9 %', '95,3 %', '92,2 %', '96,8 %', '94,1 %'].map((c) => c.replace(' ', '\u00a0')),
  );
  const total = await cellsOf(results.getByRole('row').last());
  expect(total.slice(0, 4)).toEqual(['Totalt', '85,4\u00a0%\npublicerat', '89,7\u00a0%\npublicerat', '87,7\u00a0%\npublicerat']);
  await page.getByText('Totalen är den som dokumentet publicerar: enheternas antal finns inte, bara deras andelar.').first().waitFor();
  await page.getByText('Språkutveckling: medelvärde 87,9\u00a0%, totalt 87,7\u00a0%').first().waitFor();

  const pedagogisk = page.getByRole('table', { name: 'Självskattning: Pedagogisk ledning' });
  await expect(cellsOf(pedagogisk.getByRole('row').last())).resolves.toEqual(['Medelvärde', '3,98', '3,60']);
  const before = await readPlan();
  const criterion2 = await cellsOf(pedagogisk.getByRole('row').nth(2));
  expect(criterion2.slice(1)).toEqual(['4,15', '3,38']);

  await page.getByRole('button', { name: 'Ändra skattningar: Pedagogisk ledning' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skattningar: Pedagogisk ledning' });
  const field = dialog.getByLabel('Kriterium 2, VC 2018');
  await expect(field.inputValue()).resolves.toBe('3,38');
  await field.fill('3,5');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.waitFor({ state: 'detached' });
  // Focus goes back to the button that opened the dialog.
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Ändra skattningar: Pedagogisk ledning');
  await page.getByText('Ändringen är sparad.').waitFor();

  const after = await readPlan();
  const own = (view: SkaPlanView) => view.assessments.find((a) => a.unitId === null)!;
  const changed = (s: { role: string; criterion: number; strategy: string }) => s.role === 'VC' && s.criterion === 2 && s.strategy === 'pedagogiskLedning';
  expect(own(after).scores.filter((s) => !changed(s))).toEqual(own(before).scores.filter((s) => !changed(s)));
  expect(own(after).scores.find(changed)).toMatchObject({ year: 2018, score: 3.5 });
  expect(own(after).averages.find((a) => a.role === 'VC' && a.year === 2018 && a.strategy === 'pedagogiskLedning')).toMatchObject({ value: 3.63 });
  const { assessments: _a, ...restBefore } = before;
  const { assessments: _b, ...restAfter } = after;
  expect(restAfter).toEqual(restBefore);

  // The average computed anew, and the printed one it no longer matches beside it.
  await page.reload();
  await page.getByRole('table', { name: 'Självskattning: Pedagogisk ledning' }).waitFor();
  await expect(cellsOf(page.getByRole('table', { name: 'Självskattning: Pedagogisk ledning' }).getByRole('row').last())).resolves.toEqual(['Medelvärde', '3,98', '3,63\ntryckt 3,60']);
  const word = await page.getByRole('link', { name: 'Ladda ner som Word' }).getAttribute('href');
  expect(new URL(word!, page.url()).pathname).toBe(`/api${planPath}.docx`);

  // The municipality's plan: the averages the document prints, computed.
  await plan.selectOption({ label: 'Systematiskt kvalitetsarbete 2018/2019: Utbildningskontoret' });
  await page.getByRole('heading', { level: 1, name: 'Plan för systematiskt kvalitetsarbete 2018/2019 – Utbildningskontoret' }).waitFor();
  await expect(cellsOf(page.getByRole('table', { name: 'Självskattning: Pedagogisk ledning' }).getByRole('row').last())).resolves.toEqual(['Medelvärde', '3,6', '3,5']);

  // On a phone: wide tables scroll inside their named regions, controls stay large, axe finds nothing serious.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(horizontalOverflow(page)).resolves.toEqual({ pageWidth: 390, windowWidth: 390, unnamedScrollers: [] });
  await expect(smallTouchTargets(page)).resolves.toEqual([]);
  expect(describeViolations(await seriousViolations(page))).toBe('');
  expect(errors).toEqual([]);
});
