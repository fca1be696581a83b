// A förskolechef scores their own unit's self-assessment on Södertälje's SKA page (the förskola plan
// 2018/2019): one strategy of Ronna/Karlhov in the dialog, the first save without an eTag. The API reads
// back exactly the scores named and every other criterion still unscored, the förvaltning's own
// self-assessment untouched; the page, having read the plan again, shows the spread of the one unit. At
// 390 px the new section fits, and axe finds nothing serious.
import type { SkaPlanView, SkaUnitAssessmentView } from '@vp/shared';
import { describeViolations, seriousViolations } from './browser';
import { horizontalOverflow, smallTouchTargets } from './layoutChecks';
import { flowTimeoutMs, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const forskolechef = 'dev-forskolechef-sdt';
const planPath = '/forvaltningar/sodertalje-uk/ska/forskola/2018';
const unitPath = '/units/sdt-ronna-karlhov/ska/forskola/2018';

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const read = async <T>(path: string): Promise<T> => (await tab.api.call(path, { as: forskolechef })).json();
const cellsOf = (row: import('playwright-core').Locator) => row.locator('th, td').allInnerTexts();
const scoresOf = (view: SkaUnitAssessmentView) => view.strategies.flatMap((s) => s.criteria.map((c) => ({ strategy: s.key, criterion: c.number, score: c.score })));

it('the förskolechef scores one strategy of Ronna/Karlhov and the förvaltning’s view shows the one unit’s spread', async () => {
  const planBefore = await read<SkaPlanView>(planPath);
  const unitBefore = await read<SkaUnitAssessmentView>(unitPath);
  expect(unitBefore).toMatchObject({ id: null, eTag: null, role: { key: 'FL' } });
  expect(scoresOf(unitBefore).every((s) => s.score === null)).toBe(true);

  const { page, errors } = await tab.open('#/ska/sodertalje-uk/2018/forskola', { identity: forskolechef });
  await page.getByRole('heading', { level: 2, name: 'Vår enhets självskattning' }).waitFor();
  const unitTable = page.getByRole('table', { name: 'Ronna/Karlhov: Pedagogisk ledning' });
  expect((await cellsOf(unitTable.getByRole('row').nth(1)))[1]).toBe('–');
  // The förvaltning's own table has no spread yet: no unit has scored.
  const forvaltningTable = page.getByRole('table', { name: 'Självskattning: Pedagogisk ledning' });
  await expect(forvaltningTable.getByRole('columnheader', { name: 'Spridning mellan enheter' }).count()).resolves.toBe(0);

  await page.getByRole('button', { name: 'Skatta: Pedagogisk ledning' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skattningar: Pedagogisk ledning' });
  await dialog.getByLabel('Kriterium 1', { exact: true }).fill('4');
  await dialog.getByLabel('Kriterium 2', { exact: true }).fill('2');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skatta: Pedagogisk ledning');
  await page.getByText('Ändringen är sparad.').waitFor();

  // Read back: exactly the two named scores set, every other criterion still unscored.
  const unitAfter = await read<SkaUnitAssessmentView>(unitPath);
  expect(unitAfter.id).not.toBeNull();
  expect(unitAfter.eTag).not.toBeNull();
  const named = (s: { strategy: string; criterion: number }) => s.strategy === 'pedagogiskLedning' && s.criterion <= 2;
  expect(scoresOf(unitAfter).filter(named)).toEqual([
    { strategy: 'pedagogiskLedning', criterion: 1, score: 4 },
    { strategy: 'pedagogiskLedning', criterion: 2, score: 2 },
  ]);
  expect(scoresOf(unitAfter).filter((s) => !named(s))).toEqual(scoresOf(unitBefore).filter((s) => !named(s)));
  // The förvaltning's own scores and the plan's other parts are untouched; its spread counts Ronna/Karlhov.
  const planAfter = await read<SkaPlanView>(planPath);
  const own = (view: SkaPlanView) => view.assessments.find((a) => a.unitId === null)!;
  expect(own(planAfter).scores).toEqual(own(planBefore).scores);
  expect(own(planAfter).unitSpread.unitIds).toEqual(['sdt-ronna-karlhov']);
  const { assessments: _a, ...restBefore } = planBefore;
  const { assessments: _b, ...restAfter } = planAfter;
  expect(restAfter).toEqual(restBefore);

  // The page read the plan again: the unit's scores, and the spread of the one unit in the förvaltning's table.
  expect((await cellsOf(unitTable.getByRole('row').nth(1)))[1]).toBe('4,00');
  await forvaltningTable.getByRole('columnheader', { name: 'Spridning mellan enheter' }).waitFor();
  await expect(cellsOf(forvaltningTable.getByRole('row').nth(1))).resolves.toContain('4,00–4,00 (1 enhet)');
  await expect(cellsOf(forvaltningTable.getByRole('row').last())).resolves.toContain('3,00–3,00 (1 enhet)');

  // On a phone the unit's tables scroll in their named regions too, its buttons stay large, axe finds nothing serious.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(horizontalOverflow(page)).resolves.toEqual({ pageWidth: 390, windowWidth: 390, unnamedScrollers: [] });
  await expect(smallTouchTargets(page)).resolves.toEqual([]);
  expect(describeViolations(await seriousViolations(page))).toBe('');
  expect(errors).toEqual([]);
});
