// Hägersten-Älvsjö's competence-supply plan 2023 in a browser: the avdelningschef opens the page, finds
// a known row of Avdelning förskola under Utveckla, changes its follow-up in the dialog, and sees it
// saved; the API has the change and nothing else changed.
import type { CompetenceRow, Stored } from '@vp/shared';
import { flowTimeoutMs, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const listPath = '/forvaltningar/hagersten-alvsjo/competence/2023';
const chef = 'dev-avdelningschef';

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const readRow = async (id: string): Promise<Stored<CompetenceRow>> => ((await (await tab.api.call(listPath)).json()) as Stored<CompetenceRow>[]).find((r) => r.id === id)!;
const withoutETag = ({ eTag: _, ...row }: Stored<CompetenceRow>) => row;

it('the avdelningschef changes the follow-up of a förskola row under Utveckla', async () => {
  const { page, errors } = await tab.open('#/competence/hagersten-alvsjo/2023', { identity: chef });
  await page.getByRole('heading', { level: 1, name: 'Kompetensförsörjningsplan 2023' }).waitFor();
  const utveckla = page.getByRole('table', { name: 'Utveckla: Avdelning förskola' });
  await utveckla.waitFor();
  await expect(utveckla.getByRole('row').count()).resolves.toBe(1 + 4);
  const first = utveckla.getByRole('row').nth(1);
  await expect(first.getByRole('cell').allInnerTexts()).resolves.toEqual(
    expect.arrayContaining(['Utvecklingsenheten', 'Tertial 1 och 2 samt VB', '2023']),
  );

  const download = await page.getByRole('link', { name: 'Ladda ner som Word' }).getAttribute('href');
  expect((await tab.api.call(download!.replace(/^.*\/api/, ''))).status).toBe(200);

  const before = await readRow('comp-forskola-01');
  await first.getByRole('button', { name: /^Redigera: Kompetenshöjande insatser/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Redigera rad i kompetensförsörjningsplanen' });
  await dialog.waitFor();
  const followUp = dialog.getByLabel('Uppföljning');
  await expect(followUp.inputValue()).resolves.toBe('Tertial 1 och 2 samt VB');
  const written = `Tertial 1, tertial 2 och VB (${new Date().toISOString()})`;
  await followUp.fill(written);
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await dialog.waitFor({ state: 'detached' });

  await utveckla.getByRole('cell', { name: written, exact: true }).waitFor();
  await page.getByText('Raden är sparad.').waitFor();
  expect(withoutETag(await readRow('comp-forskola-01'))).toEqual({ ...withoutETag(before), followUp: written });

  await page.reload();
  await page.getByRole('table', { name: 'Utveckla: Avdelning förskola' }).getByRole('cell', { name: written, exact: true }).waitFor();
  expect(errors).toEqual([]);
});
