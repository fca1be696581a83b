// Follow-up in a browser: the rektor fills in the T1 report, it survives a reload, is marked ready
// (and then locked), and the förvaltning overview shows it rolled up with the counts behind it.
import { hagerstensasenData } from '../../functions/src/seed/demo/hagerstensasen';
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
  await licensed.getByLabel('legitimerade förskollärare (årsarbetare)').fill('12');
  await licensed.getByLabel('anställda (årsarbetare)').fill('30');
  await licensed.getByText('Beräknat värde: 40 %').waitFor();
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByText('Rapporten är sparad.').waitFor();

  await page.reload();
  const reloaded = page.getByRole('region', { name: goal.title, exact: true });
  await expect(reloaded.getByRole('radio', { name: 'Delvis' }).isChecked()).resolves.toBe(true);
  await expect(reloaded.getByLabel('Analys').inputValue()).resolves.toBe(analysis);

  await page.getByRole('button', { name: 'Markera klar för granskning' }).click();
  await page.getByText(/Rapporten är klar för granskning och kan inte ändras/).waitFor();
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
