// Smedjebacken's focus-area plan 2020–2023 in a browser (outside Teams): the förskola's rektor opens the
// plan page and lands on it, reads Fokus 1 with its activities and Uppföljning/redovisning, and edits
// Fokus 2's Uppföljning/redovisning in the goal dialog; the change is saved, and nothing else changes.
import type { Goal, Stored } from '@vp/shared';
import { flowTimeoutMs, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const planPath = '/units/smedjebacken-forskolan/plans/2020';
const rektor = 'dev-rektor-smb';

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const readGoal = async (id: string): Promise<Stored<Goal>> => (await tab.api.call(`${planPath}/goals/${id}`)).json();
const withoutETag = ({ eTag: _, ...goal }: Stored<Goal>) => goal;

it('the rektor of Smedjebacken reads Fokus 1 and changes the follow-up of Fokus 2', async () => {
  // No unit in the link: the page opens the rektor's own unit at its plan.
  const { page, errors } = await tab.open('#/plan', { identity: rektor });
  await page.getByRole('heading', { level: 1, name: 'Förskolans verksamhetsplan 2020–2023 – Förskolan, Smedjebackens kommun' }).waitFor();
  await expect(page.getByLabel('År', { exact: true }).locator('option:checked').innerText()).resolves.toBe('2020–2023');

  const fokus1 = page.getByRole('region', { name: 'Fokus 1: Strategisk kompetensförsörjning' });
  const activities = fokus1.getByRole('table', { name: 'Aktiviteter: Fokus 1: Strategisk kompetensförsörjning' });
  await activities.waitFor();
  await expect(activities.getByRole('row').count()).resolves.toBe(1 + 5);
  await expect(activities.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).resolves.toEqual(
    expect.arrayContaining(['Vakanta tjänster ska annonseras ut på hemsida, webcruiter och sociala medier.', '2020-01-01', '2023-12-31']),
  );
  await fokus1.getByText('Uppföljning/redovisning', { exact: true }).waitFor();
  await fokus1.getByText('Uppföljning av aktiviteter sker i ledningsgruppen inför varje termin.', { exact: true }).waitFor();

  const before = await readGoal('smb-fokus-2');
  await page.getByRole('button', { name: 'Redigera: Fokus 2: Digitalisering', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Redigera fokusområde' });
  await dialog.waitFor();
  const followUp = dialog.getByLabel('Uppföljning/redovisning');
  await expect(followUp.inputValue()).resolves.toBe(before.followUp.join('\n'));
  const written = [`Uppföljning sker varje månad med användarstödjare i Infomentor (${new Date().toISOString()}).`, before.followUp[1]!];
  await followUp.fill(written.join('\n'));
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.waitFor({ state: 'detached' });

  const fokus2 = page.getByRole('region', { name: 'Fokus 2: Digitalisering' });
  await fokus2.getByText(written[0]!, { exact: true }).waitFor();
  const after = await readGoal('smb-fokus-2');
  expect(withoutETag(after)).toEqual({ ...withoutETag(before), followUp: written });

  await page.reload();
  await page.getByRole('region', { name: 'Fokus 2: Digitalisering' }).getByText(written[0]!, { exact: true }).waitFor();
  expect(errors).toEqual([]);
});

it('the rektor follows up 2022 against the plan 2020–2023: the year picker offers each year, the VB is saved under 2022', async () => {
  const reports = '/units/smedjebacken-forskolan/plans';
  const { page, errors } = await tab.open('#/report/smedjebacken-forskolan/2022/VB', { identity: rektor });
  const fokus2 = page.getByRole('region', { name: /Digitalisering$/ });
  await fokus2.waitFor();
  const year = page.getByLabel('År', { exact: true });
  await expect(year.locator('option').allInnerTexts()).resolves.toEqual(['2023', '2022', '2021', '2020']);
  await expect(year.locator('option:checked').innerText()).resolves.toBe('2022');

  const analysis = `Alla förskolor använder Infomentor (${new Date().toISOString()}).`;
  await fokus2.getByRole('radio', { name: 'Delvis' }).check();
  await fokus2.getByLabel('Analys').fill(analysis);
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByText('Rapporten är sparad.').waitFor();

  const saved = await (await tab.api.call(`${reports}/2022/reports/VB`)).json();
  expect(saved.goals).toEqual([{ goalId: 'smb-fokus-2', assessment: 'partly', analysis }]);
  const other = await (await tab.api.call(`${reports}/2021/reports/VB`)).json();
  expect(other.goals).toEqual([]);

  // Another year of the same plan: the form is empty again, the plan's goals the same.
  await year.selectOption('2021');
  await page.waitForURL(/#\/report\/smedjebacken-forskolan\/2021\/VB$/);
  await expect(page.getByRole('region', { name: /Digitalisering$/ }).getByRole('radio', { name: 'Delvis' }).isChecked()).resolves.toBe(false);

  // The plan link of a later year shows the plan, under its first year.
  await page.getByRole('navigation').getByRole('link', { name: 'Plan', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Förskolans verksamhetsplan 2020–2023 – Förskolan, Smedjebackens kommun' }).waitFor();
  await expect(page.getByLabel('År', { exact: true }).locator('option:checked').innerText()).resolves.toBe('2020–2023');

  // So does the APT page: a later year's agenda comes from the same plan.
  await page.goto(tab.url('#/apt/smedjebacken-forskolan/2022'));
  await page.getByRole('heading', { level: 1, name: 'APT – Förskolan, Smedjebackens kommun' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Förslag till dagordning' }).waitFor();
  await expect(page.getByLabel('År', { exact: true }).locator('option:checked').innerText()).resolves.toBe('2020–2023');
  await expect(page.getByRole('alert').count()).resolves.toBe(0);
  expect(errors).toEqual([]);
});
