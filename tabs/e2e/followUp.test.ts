// Follow-up in a browser: the rektor fills in the T1 report (a warning beside an implausible count
// does not stop the save), it survives a reload, is marked ready after a question that says what is
// still empty (and then locked), and the förvaltning overview shows it rolled up with the counts behind it.
import { hagerstensasenData } from '../../functions/src/seed/demo/hagerstensasen';
import { describeViolations, seriousViolations } from './browser';
import { flowTimeoutMs, hag, rektor, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const goal = hagerstensasenData.goals[0]!; // under nämndmål nm-1.3-1
const indicator = 'Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)';
const analysis = 'Barnintervjuerna visar att fler barn upplever att de blir lyssnade på.';

it('a unit reports T1 once and the förvaltning sees it rolled up', async () => {
  const { page, errors } = await tab.open(`#/report/${hag}/2021/T1`, { identity: rektor });
  const section = page.getByRole('region', { name: goal.title, exact: true });
  await section.getByRole('radio', { name: 'Delvis' }).check();
  await section.getByLabel('Analys').fill(analysis);
  const licensed = page.getByRole('group', { name: indicator });
  const numerator = licensed.getByLabel('legitimerade förskollärare (årsarbetare)');
  await numerator.fill('31');
  await licensed.getByLabel('anställda (årsarbetare)').fill('30');
  // More licensed teachers than staff: warned about beside the input, described by it, not invalid.
  const overFull = 'Fler legitimerade förskollärare (årsarbetare) än anställda (årsarbetare): andelen blir över 100 %';
  await licensed.getByText(overFull).waitFor();
  await expect(numerator.getAttribute('aria-describedby').then((ids) => page.locator(`[id="${ids}"]`).innerText())).resolves.toBe(overFull);
  await expect(numerator.getAttribute('aria-invalid')).resolves.toBeNull();
  await numerator.fill('12');
  await licensed.getByText('Beräknat värde: 40 %').waitFor();
  await expect(licensed.getByText(overFull).count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByText('Rapporten är sparad.').waitFor();

  await page.reload();
  const reloaded = page.getByRole('region', { name: goal.title, exact: true });
  await expect(reloaded.getByRole('radio', { name: 'Delvis' }).isChecked()).resolves.toBe(true);
  await expect(reloaded.getByLabel('Analys').inputValue()).resolves.toBe(analysis);

  // Submitting asks first and says what is still empty: as many as the progress bar has left.
  const [filled, total] = (await page.getByText(/^\d+ av \d+ ifyllda$/).innerText()).split(/ av | /).map(Number);
  const markReady = page.getByRole('button', { name: 'Skicka in', exact: true });
  await markReady.click();
  const question = page.getByRole('dialog', { name: 'Skicka in rapporten?' });
  const missing = await question.getByText(/saknar/).innerText();
  expect(missing).toMatch(/^\d+ mål saknar bedömning, \d+ indikatorer saknar värde och \d+ aktiviteter saknar status\.$/);
  expect((missing.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0)).toBe(total! - filled!);
  const violations = await seriousViolations(page);
  expect(describeViolations(violations)).toBe('');
  // Escape leaves it as it was, focus back on the button.
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  await expect(markReady.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
  await markReady.click();
  await question.getByRole('button', { name: 'Skicka in', exact: true }).click();
  await page.getByText(/Rapporten är inskickad och kan inte ändras/).waitFor();
  // The buttons are gone; the bar that says so has the focus.
  const actions = page.getByRole('group', { name: 'Spara och skicka in' });
  await actions.getByText('Rapporten är inskickad.').waitFor();
  await expect(actions.evaluate((bar) => bar === document.activeElement)).resolves.toBe(true);
  await expect(reloaded.getByLabel('Analys').isEditable()).resolves.toBe(false);

  await page.goto(tab.url('#/overview/hagersten-alvsjo/2021/T1'));
  const namndmal = page.getByRole('region', { name: /^Alla barn i förskolan utvecklar sin förståelse/ }).first();
  await namndmal.getByText('Bedömningar: Helt 0, Delvis 1, Inte 0').waitFor();
  await namndmal.getByText(analysis).waitFor();
  await page.getByRole('button', { name: `Visa enheternas värden: ${indicator}` }).click();
  const drillDown = page.getByRole('table', { name: `Enheternas värden: ${indicator}` });
  const row = drillDown.getByRole('row', { name: /Hägerstensåsens förskolor/ });
  await expect(row.innerText()).resolves.toMatch(/40.*12.*30/s);
  expect(errors).toEqual([]);
});
