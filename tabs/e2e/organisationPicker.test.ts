// Choosing the organisation and plan in a browser (outside Teams), reading without an identity: the tab
// opens Stockholm's Hägersten-Älvsjö plans by default; choosing Smedjebacken's förvaltning lands on its
// förskola's focus-area plan with only its unit to pick; back at Hägersten-Älvsjö the plan select opens
// the förvaltning's competence-supply plan. At a phone's width the pickers stay inside the window.
import { flowTimeoutMs, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const stockholm = 'Hägersten-Älvsjö stadsdelsförvaltning, Stockholms stad';
const smedjebacken = 'Familje- och utbildningsförvaltningen, Smedjebackens kommun';

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

it('picks Smedjebacken and lands on its plan, then Hägersten-Älvsjö’s competence-supply plan', async () => {
  const { page, errors } = await tab.open('#/plan');
  const organisation = page.getByRole('combobox', { name: 'Organisation' });
  const unit = page.getByRole('combobox', { name: 'Enhet' });
  const plan = page.getByRole('combobox', { name: 'Plan' });
  const chosen = (select: typeof plan) => select.locator('option:checked').innerText();

  // The Stockholm cascade is the default view.
  await page.getByRole('heading', { level: 1, name: 'Verksamhetsplan 2021 – Hägerstensåsens förskolor' }).waitFor();
  await expect(chosen(organisation)).resolves.toBe(stockholm);
  await expect(organisation.locator('option').allInnerTexts()).resolves.toEqual(expect.arrayContaining([stockholm, smedjebacken]));
  await expect(unit.locator('option').allInnerTexts()).resolves.toEqual(['Hägerstensåsens förskolor', 'Mälarhöjden/Västertorps förskolor']);

  await organisation.selectOption({ label: smedjebacken });
  await page.getByRole('heading', { level: 1, name: 'Förskolans verksamhetsplan 2020–2023 – Förskolan, Smedjebackens kommun' }).waitFor();
  await page.getByRole('region', { name: 'Fokus 1: Strategisk kompetensförsörjning' }).waitFor();
  await expect(chosen(organisation)).resolves.toBe(smedjebacken);
  await expect(unit.locator('option').allInnerTexts()).resolves.toEqual(['Förskolan, Smedjebackens kommun']);
  await expect(chosen(plan)).resolves.toBe('Förskolan, Smedjebackens kommun: Förskolans verksamhetsplan 2020–2023');
  // The organisation's first plan, as the plan select offers it.
  expect(new URL(page.url()).hash).toBe('#/plan/smedjebacken-forskolan/2020');

  // By keyboard: the arrow key on the focused select picks the organisation before (Stockholm is first).
  await organisation.focus();
  await page.keyboard.press('ArrowUp');
  await page.getByRole('heading', { level: 1, name: 'Verksamhetsplan 2021 – Hägerstensåsens förskolor' }).waitFor();
  await plan.locator('option', { hasText: 'Kompetensförsörjningsplan 2023' }).waitFor({ state: 'attached' });
  await plan.selectOption({ label: 'Kompetensförsörjningsplan 2023' });
  await page.getByRole('heading', { level: 1, name: 'Kompetensförsörjningsplan 2023' }).waitFor();
  await page.getByRole('table', { name: 'Utveckla: Avdelning förskola' }).waitFor();
  await expect(chosen(plan)).resolves.toBe('Kompetensförsörjningsplan 2023');

  // On a phone the selects shrink to the window (a native select is otherwise as wide as its longest option).
  await page.setViewportSize({ width: 390, height: 844 });
  for (const select of [organisation, plan]) {
    const box = await select.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  expect(errors).toEqual([]);
});
