// Hägersten-Älvsjö's competence-supply plan 2023 followed up in a browser: the avdelningschef picks
// "Uppföljning tertial 2", gives a förskola row and an äldreomsorg row a status and a comment, saves
// both at once, and sees the förvaltning's roll-up count them; the API has exactly those two, the other
// periods nothing, and a reload shows what was saved.
import type { CompetenceFollowUpView, CompetenceRow, Stored } from '@vp/shared';
import { flowTimeoutMs, startTab, type TabFixture } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

const planPath = '/forvaltningar/hagersten-alvsjo/competence/2023';
const chef = 'dev-avdelningschef';

let tab: TabFixture;
beforeAll(async () => {
  tab = await startTab();
});
afterAll(() => tab?.stop());

const readJson = async <T>(path: string): Promise<T> => (await (await tab.api.call(path)).json()) as T;
const firstLine = (text: string) => text.split('\n')[0]!;

/** The avdelning's first row whose activity's first line no other row of the avdelning starts with (the page names its fields by it). */
function namedRow(rows: Stored<CompetenceRow>[], avdelning: string): Stored<CompetenceRow> {
  const own = rows.filter((r) => r.avdelning === avdelning);
  return own.find((r) => own.filter((o) => firstLine(o.activity) === firstLine(r.activity)).length === 1)!;
}

it('the avdelningschef follows up two rows of tertial 2 in one save, and the roll-up counts them', async () => {
  const rows = await readJson<Stored<CompetenceRow>[]>(planPath);
  const forskola = namedRow(rows, 'Avdelning förskola');
  const aldre = namedRow(rows, 'Äldreomsorgen');
  const { page, errors } = await tab.open('#/competence/hagersten-alvsjo/2023', { identity: chef });
  await page.getByRole('table', { name: 'Utveckla: Avdelning förskola' }).waitFor();
  await page.getByRole('combobox', { name: 'Visa' }).selectOption({ label: 'Uppföljning tertial 2' });
  await page.getByRole('heading', { level: 2, name: 'Uppföljning tertial 2' }).waitFor();
  expect(new URL(page.url()).hash).toBe('#/competence/hagersten-alvsjo/2023/T2');

  const rollup = page.getByRole('table', { name: 'Förvaltningen T2: rader per kategori och status' });
  // Rader, Ej påbörjad, Pågående, Avslutad, Inställd, Ej uppföljd
  const allRows = async () => (await rollup.getByRole('row', { name: /^Alla rader/ }).getByRole('cell').allInnerTexts()).map(Number);
  await expect(allRows()).resolves.toEqual([rows.length, 0, 0, 0, 0, rows.length]);

  const written = `Halva gruppen utbildad (${new Date().toISOString()})`;
  const forskolaTable = page.getByRole('table', { name: 'Uppföljning T2: Avdelning förskola' });
  await forskolaTable.getByRole('combobox', { name: `Status: ${firstLine(forskola.activity)}` }).selectOption({ label: 'Pågående' });
  await forskolaTable.getByRole('textbox', { name: `Kommentar: ${firstLine(forskola.activity)}` }).fill(written);
  await page.getByRole('table', { name: 'Uppföljning T2: Äldreomsorgen' }).getByRole('combobox', { name: `Status: ${firstLine(aldre.activity)}` }).selectOption({ label: 'Avslutad' });
  await page.getByText('2 rader är ändrade men inte sparade.').waitFor();
  await page.getByRole('button', { name: 'Spara uppföljningen' }).click();
  await page.getByText('Uppföljningen är sparad.').waitFor();
  await expect(allRows()).resolves.toEqual([rows.length, 0, 1, 1, 0, rows.length - 2]);

  const expected = rows.map((r) =>
    r.id === forskola.id ? { rowId: r.id, status: 'ongoing', comment: written } : r.id === aldre.id ? { rowId: r.id, status: 'done', comment: '' } : { rowId: r.id, status: null, comment: '' },
  );
  expect((await readJson<CompetenceFollowUpView>(`${planPath}/followup/T2`)).entries).toEqual(expected);
  for (const other of ['T1', 'VB']) {
    expect((await readJson<CompetenceFollowUpView>(`${planPath}/followup/${other}`)).rollup.total.missing).toBe(rows.length);
  }

  await page.reload();
  const status = page.getByRole('table', { name: 'Uppföljning T2: Avdelning förskola' }).getByRole('combobox', { name: `Status: ${firstLine(forskola.activity)}` });
  await status.waitFor();
  await expect(status.inputValue()).resolves.toBe('ongoing');
  await expect(page.getByRole('textbox', { name: `Kommentar: ${firstLine(forskola.activity)}` }).inputValue()).resolves.toBe(written);
  expect(errors).toEqual([]);
});
