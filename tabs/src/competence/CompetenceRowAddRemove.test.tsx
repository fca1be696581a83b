/** @jest-environment jsdom */
// The avdelningschef adds a row to an avdelning (Ny rad: categories ticked in any order go in the plan's
// order) and deletes one after confirming (with the eTag it was read at; someone else's change first
// shows the row as it is now and asks again); staff see neither button.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ApiClient } from '../api/client';
import { CompetencePage } from '../pages/CompetencePage';
import { renderInFluent } from '../report/testing';
import { chef, competenceRow, demoRows, fakeCompetenceApi, staff } from './testing';

const render = (api: ApiClient, identity: string) =>
  renderInFluent(<CompetencePage api={api} route={{ page: 'competence', forvaltningId: 'f1', year: 2023 }} identity={identity} onIdentityChange={() => undefined} />);
const table = (name: string) => screen.findByRole('table', { name, hidden: true });
const button = (name: string) => screen.getByRole('button', { name, hidden: true });

it('Ny rad adds a row to that avdelning with what was typed, and the table shows it', async () => {
  const fake = fakeCompetenceApi(demoRows());
  render(fake.api, chef.id);
  await table('Avsluta: Äldreomsorgen');
  fireEvent.click(button('Ny rad: Äldreomsorgen'));
  const dialog = await screen.findByRole('dialog', { name: 'Ny rad i kompetensförsörjningsplanen', hidden: true });
  expect(within(dialog).getByText('Raden läggs sist i Äldreomsorgen.')).toBeTruthy();
  fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Rekrytera', hidden: true }));
  fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Attrahera', hidden: true }));
  fireEvent.change(within(dialog).getByLabelText(/^Aktivitet/), { target: { value: 'Sommarjobb för unga' } });
  fireEvent.change(within(dialog).getByLabelText('Måldatum'), { target: { value: ' 2024 ' } });
  fireEvent.change(within(dialog).getByLabelText('Ansvarig'), { target: { value: 'Enhetschef\n\nHR ' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Spara', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  expect(fake.creates).toEqual([
    { avdelning: 'Äldreomsorgen', categories: ['attrahera', 'rekrytera'], activity: 'Sommarjobb för unga', goal: '', targetDate: { text: '2024' }, responsible: ['Enhetschef', 'HR'], resources: [], followUp: '' },
  ]);
  await within(await table('Rekrytera: Äldreomsorgen')).findByText('Sommarjobb för unga');
  expect(screen.getByText('Raden är tillagd.')).toBeTruthy();
});

it('Ta bort asks first; Avbryt deletes nothing, Ta bort deletes with the row’s eTag and the row goes', async () => {
  const fake = fakeCompetenceApi(demoRows());
  render(fake.api, chef.id);
  await table('Utveckla: Avdelning förskola');
  // A row of two categories has its buttons under both.
  expect(screen.getAllByRole('button', { name: 'Ta bort: Utbildning hot och våld', hidden: true })).toHaveLength(2);
  fireEvent.click(button('Ta bort: Aktivitet r1'));
  let dialog = await screen.findByRole('alertdialog', { name: 'Ta bort rad', hidden: true });
  expect(dialog.textContent).toContain('Vill du ta bort raden ”Aktivitet r1” och dess uppföljning?');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
  expect(fake.removes).toEqual([]);
  fireEvent.click(button('Ta bort: Aktivitet r1'));
  dialog = await screen.findByRole('alertdialog', { name: 'Ta bort rad', hidden: true });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
  expect(fake.removes).toEqual([{ rowId: 'r1', eTag: '"1"' }]);
  await waitFor(() => expect(screen.queryByText('Aktivitet r1')).toBeNull());
  expect(screen.getByText('Raden är borttagen.')).toBeTruthy();
});

it('someone else changed the row first: the dialog shows it as it is now, and deleting again uses its eTag', async () => {
  const theirs = competenceRow('r1', { activity: 'Deras nya text', eTag: '"5"' });
  const fake = fakeCompetenceApi(demoRows(), { staleRowOnce: theirs });
  render(fake.api, chef.id);
  await table('Utveckla: Avdelning förskola');
  fireEvent.click(button('Ta bort: Aktivitet r1'));
  const dialog = await screen.findByRole('alertdialog', { name: 'Ta bort rad', hidden: true });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort', hidden: true }));
  expect(await within(dialog).findByText(/Någon annan har ändrat raden/)).toBeTruthy();
  expect(dialog.textContent).toContain('”Deras nya text”');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
  expect(fake.removes).toEqual([
    { rowId: 'r1', eTag: '"1"' },
    { rowId: 'r1', eTag: '"5"' },
  ]);
});

it('staff have neither Ny rad nor Ta bort', async () => {
  render(fakeCompetenceApi(demoRows()).api, staff.id);
  await table('Utveckla: Avdelning förskola');
  expect(screen.queryByRole('button', { name: /^Ny rad/, hidden: true })).toBeNull();
  expect(screen.queryByRole('button', { name: /^Ta bort/, hidden: true })).toBeNull();
});
