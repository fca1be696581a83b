/** @jest-environment jsdom */
// The competence-supply plan page against an in-memory API: rows grouped by avdelning and UBARA
// category, the avdelningschef's dialog saving only what changed with If-Match, someone else's save
// first (412: their row shown, what was typed kept), staff reading only.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ApiClient } from '../api/client';
import { CompetencePage } from '../pages/CompetencePage';
import { renderInFluent } from '../report/testing';
import { chef, competenceRow as row, demoRows, fakeCompetenceApi as fakeApi, staff } from './testing';

const render = (api: ApiClient, identity: string, route: { forvaltningId?: string; year?: number } = { forvaltningId: 'f1', year: 2023 }) =>
  renderInFluent(<CompetencePage api={api} route={{ page: 'competence', ...route }} identity={identity} onIdentityChange={() => undefined} />);
const table = (name: string) => screen.findByRole('table', { name, hidden: true });
const cellsOf = (t: HTMLElement) => within(t).getAllByRole('row', { hidden: true }).slice(1).map((r) => within(r).getAllByRole('cell', { hidden: true }).map((c) => c.textContent));

it('shows the rows per avdelning and UBARA category, a row of two categories under both; staff cannot edit', async () => {
  render(fakeApi(demoRows()).api, staff.id);
  const utveckla = await table('Utveckla: Avdelning förskola');
  expect(cellsOf(utveckla)).toEqual([
    ['Förskollärarens kompetens', 'Aktivitet r1', '2023', 'Rektor', '', 'Tertial 1 och 2 samt VB'],
    ['VP-mål: Nämndmål: attraktiv arbetsgivare', 'Utbildning hot och våld', '2023', 'Rektor', '', 'VB'],
  ]);
  expect(cellsOf(await table('Behålla: Avdelning förskola')).map((r) => r[1])).toEqual(['Utbildning hot och våld']);
  expect(cellsOf(await table('Avsluta: Äldreomsorgen'))).toEqual([['', 'Avslutssamtal', 'Kontinuerligt', 'Rektor', '', 'VB']]);
  expect(screen.getAllByRole('heading', { level: 2, hidden: true }).map((h) => h.textContent)).toEqual(['Avdelning förskola', 'Äldreomsorgen']);
  expect(screen.queryByRole('button', { name: /^Redigera/, hidden: true })).toBeNull();
  expect(screen.getByRole('link', { name: 'Ladda ner som Word', hidden: true })).toHaveAttribute('href', '/api/forvaltningar/f1/competence/2023.docx');
});

it('the avdelningschef changes a follow-up: only that field is sent, with the row’s eTag, and the table shows it', async () => {
  const fake = fakeApi(demoRows());
  render(fake.api, chef.id);
  await table('Utveckla: Avdelning förskola');
  fireEvent.click(screen.getByRole('button', { name: 'Redigera: Aktivitet r1', hidden: true }));
  const dialog = await screen.findByRole('dialog', { hidden: true });
  fireEvent.change(within(dialog).getByLabelText('Uppföljning'), { target: { value: 'Tertial 2' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  expect(fake.patches).toEqual([{ rowId: 'r1', eTag: '"1"', patch: { followUp: 'Tertial 2' } }]);
  await waitFor(async () => expect(cellsOf(await table('Utveckla: Avdelning förskola'))[0]![5]).toBe('Tertial 2'));
  expect(screen.getByText('Raden är sparad.')).toBeTruthy();
});

it('someone else saved first: their row is shown, what was typed stays, and saving again goes over it with the newer eTag', async () => {
  const theirs = row('r1', { order: 0, goal: 'Förskollärarens kompetens', followUp: 'Deras uppföljning', resources: ['HR'], eTag: '"7"' });
  const fake = fakeApi(demoRows(), { staleRowOnce: theirs });
  render(fake.api, chef.id);
  await table('Utveckla: Avdelning förskola');
  fireEvent.click(screen.getByRole('button', { name: 'Redigera: Aktivitet r1', hidden: true }));
  const dialog = await screen.findByRole('dialog', { hidden: true });
  fireEvent.change(within(dialog).getByLabelText('Uppföljning'), { target: { value: 'Min uppföljning' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara', hidden: true }));
  expect(await within(dialog).findByText('Någon annan har ändrat raden')).toBeTruthy();
  expect(within(dialog).getByTestId('newer-row').textContent).toContain('Uppföljning: Deras uppföljning');
  expect((within(dialog).getByLabelText('Uppföljning') as HTMLTextAreaElement).value).toBe('Min uppföljning');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara mina ändringar ändå', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  expect(fake.patches.map((p) => [p.eTag, p.patch])).toEqual([
    ['"1"', { followUp: 'Min uppföljning' }],
    ['"7"', { followUp: 'Min uppföljning' }],
  ]);
  // Their other change (resources) stays: only the follow-up was sent.
  expect(fake.rows[0]).toMatchObject({ followUp: 'Min uppföljning', resources: ['HR'] });
});

it('after someone else saved first, taking the newer version closes without saving and shows their row', async () => {
  const theirs = row('r1', { order: 0, goal: 'Förskollärarens kompetens', followUp: 'Deras uppföljning', eTag: '"7"' });
  const fake = fakeApi(demoRows(), { staleRowOnce: theirs });
  render(fake.api, chef.id);
  await table('Utveckla: Avdelning förskola');
  fireEvent.click(screen.getByRole('button', { name: 'Redigera: Aktivitet r1', hidden: true }));
  const dialog = await screen.findByRole('dialog', { hidden: true });
  fireEvent.change(within(dialog).getByLabelText('Uppföljning'), { target: { value: 'Min uppföljning' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara', hidden: true }));
  fireEvent.click(await within(dialog).findByRole('button', { name: 'Använd den nyare versionen', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  await waitFor(async () => expect(cellsOf(await table('Utveckla: Avdelning förskola'))[0]![5]).toBe('Deras uppföljning'));
  expect(fake.patches).toHaveLength(1);
  expect(screen.queryByText('Raden är sparad.')).toBeNull();
});

it('without a year in the link, opens the plan’s newest year, which the plan picker shows as chosen among the förvaltning’s plans', async () => {
  render(fakeApi(demoRows()).api, staff.id, { forvaltningId: 'f1' });
  await table('Utveckla: Avdelning förskola');
  expect(screen.getByRole('heading', { level: 1, hidden: true })).toHaveTextContent('Kompetensförsörjningsplan 2023');
  const picker = screen.getByRole('combobox', { name: 'Plan', hidden: true }) as HTMLSelectElement;
  expect(picker.selectedOptions[0]?.textContent).toBe('Kompetensförsörjningsplan 2023');
  expect([...picker.options].map((o) => o.textContent)).toEqual(['Enhet Ett: Verksamhetsplan 2021', 'Kompetensförsörjningsplan 2023']);
});
