/** @jest-environment jsdom */
// The competence page's follow-up of a period against an in-memory API: the roll-up by category and
// status, staff reading the statuses, the avdelningschef saving only the changed rows and fields in one
// PATCH with the period's eTag, and someone else's save first (412: theirs shown, what was typed kept).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ApiClient } from '../api/client';
import { CompetencePage } from '../pages/CompetencePage';
import { renderInFluent } from '../report/testing';
import { chef, demoRows, fakeCompetenceApi, staff } from './testing';

const render = (api: ApiClient, identity: string, period: 'T1' | 'T2' | 'VB' = 'T1') =>
  renderInFluent(<CompetencePage api={api} route={{ page: 'competence', forvaltningId: 'f1', year: 2023, period }} identity={identity} onIdentityChange={() => undefined} />);
const table = (name: string) => screen.findByRole('table', { name, hidden: true });
const rowsOf = (t: HTMLElement) => within(t).getAllByRole('row', { hidden: true }).slice(1);
const textOf = (t: HTMLElement) => rowsOf(t).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
const rollup = () => table('Förvaltningen T1: rader per kategori och status');

it('staff read each row’s status and comment and the roll-up by category and status, with nothing to save', async () => {
  const fake = fakeCompetenceApi(demoRows());
  await fake.api.saveCompetenceFollowUp('f1', 2023, 'T1', '"p1"', { entries: [{ rowId: 'r2', status: 'ongoing', comment: 'Halva gruppen utbildad' }] });
  render(fake.api, staff.id);
  expect(textOf(await table('Uppföljning T1: Avdelning förskola'))).toEqual([
    ['Aktivitet r1', 'Utveckla', '2023', 'Ej uppföljd', ''],
    ['Utbildning hot och våld', 'Utveckla, Behålla', '2023', 'Pågående', 'Halva gruppen utbildad'],
  ]);
  expect(textOf(await table('Uppföljning T1: Äldreomsorgen'))).toEqual([['Avslutssamtal', 'Avsluta', 'Kontinuerligt', 'Ej uppföljd', '']]);
  // Kategori, Rader, Ej påbörjad, Pågående, Avslutad, Inställd, Ej uppföljd
  expect(textOf(await rollup())).toEqual([
    ['Utveckla', '2', '0', '1', '0', '0', '1'],
    ['Behålla', '1', '0', '1', '0', '0', '0'],
    ['Attrahera', '0', '0', '0', '0', '0', '0'],
    ['Rekrytera', '0', '0', '0', '0', '0', '0'],
    ['Introducera', '0', '0', '0', '0', '0', '0'],
    ['Avsluta', '1', '0', '0', '0', '0', '1'],
    ['Alla rader', '3', '0', '1', '0', '0', '2'],
  ]);
  expect(screen.getByRole('heading', { level: 2, name: 'Uppföljning tertial 1', hidden: true })).toBeInTheDocument();
  expect(screen.queryByRole('combobox', { name: /^Status:/, hidden: true })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Spara uppföljningen', hidden: true })).toBeNull();
});

it('the avdelningschef saves the changed rows in one PATCH naming only the changed fields, and the roll-up follows', async () => {
  const fake = fakeCompetenceApi(demoRows());
  render(fake.api, chef.id);
  await table('Uppföljning T1: Avdelning förskola');
  const save = screen.getByRole('button', { name: 'Spara uppföljningen', hidden: true });
  expect(save).toHaveAttribute('aria-disabled', 'true');
  fireEvent.change(screen.getByRole('combobox', { name: 'Status: Aktivitet r1', hidden: true }), { target: { value: 'done' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Kommentar: Avslutssamtal', hidden: true }), { target: { value: 'Mall klar' } });
  expect(screen.getByText('2 rader är ändrade men inte sparade.')).toBeTruthy();
  fireEvent.click(save);
  await screen.findByText('Uppföljningen är sparad.');
  expect(fake.followUpPatches).toEqual([
    { period: 'T1', eTag: '"p1"', patch: { entries: [{ rowId: 'r1', status: 'done' }, { rowId: 'r3', comment: 'Mall klar' }] } },
  ]);
  expect(textOf(await rollup()).at(-1)).toEqual(['Alla rader', '3', '0', '0', '1', '0', '2']);
  expect(save).toHaveAttribute('aria-disabled', 'true');
  // Setting the status back to none sends null.
  fireEvent.change(screen.getByRole('combobox', { name: 'Status: Aktivitet r1', hidden: true }), { target: { value: '' } });
  fireEvent.click(save);
  await waitFor(() => expect(fake.followUpPatches).toHaveLength(2));
  expect(fake.followUpPatches[1]).toEqual({ period: 'T1', eTag: '"p2"', patch: { entries: [{ rowId: 'r1', status: null }] } });
  await waitFor(async () => expect(textOf(await rollup()).at(-1)).toEqual(['Alla rader', '3', '0', '0', '0', '0', '3']));
});

it('someone else saved first: their rows are shown, what was typed stays, and saving again sends the same changes with the newer eTag', async () => {
  const fake = fakeCompetenceApi(demoRows(), { theirFollowUpOnce: [{ rowId: 'r2', status: 'cancelled', comment: 'Utbildningen ställdes in' }] });
  render(fake.api, chef.id);
  await table('Uppföljning T1: Avdelning förskola');
  fireEvent.change(screen.getByRole('textbox', { name: 'Kommentar: Aktivitet r1', hidden: true }), { target: { value: 'Min kommentar' } });
  fireEvent.click(screen.getByRole('button', { name: 'Spara uppföljningen', hidden: true }));
  expect(await screen.findByText('Någon annan har sparat uppföljningen')).toBeTruthy();
  expect(screen.getByTestId('their-follow-up').textContent).toBe('Utbildning hot och våld: Inställd – Utbildningen ställdes in');
  expect((screen.getByRole('textbox', { name: 'Kommentar: Aktivitet r1', hidden: true }) as HTMLTextAreaElement).value).toBe('Min kommentar');
  fireEvent.click(screen.getByRole('button', { name: 'Spara mina ändringar ändå', hidden: true }));
  await screen.findByText('Uppföljningen är sparad.');
  expect(fake.followUpPatches.map((p) => [p.eTag, p.patch.entries])).toEqual([
    ['"p1"', [{ rowId: 'r1', comment: 'Min kommentar' }]],
    ['"p2"', [{ rowId: 'r1', comment: 'Min kommentar' }]],
  ]);
  // Their row stays as they saved it, and the page now shows it.
  expect(fake.viewOf('T1').entries.find((e) => e.rowId === 'r2')).toEqual({ rowId: 'r2', status: 'cancelled', comment: 'Utbildningen ställdes in' });
  expect((screen.getByRole('combobox', { name: 'Status: Utbildning hot och våld', hidden: true }) as HTMLSelectElement).value).toBe('cancelled');
});

it('after someone else saved first, taking the newer version drops what was typed and saves nothing', async () => {
  const fake = fakeCompetenceApi(demoRows(), { theirFollowUpOnce: [{ rowId: 'r1', status: 'ongoing', comment: 'Deras' }] });
  render(fake.api, chef.id);
  await table('Uppföljning T1: Avdelning förskola');
  fireEvent.change(screen.getByRole('textbox', { name: 'Kommentar: Aktivitet r1', hidden: true }), { target: { value: 'Min' } });
  fireEvent.click(screen.getByRole('button', { name: 'Spara uppföljningen', hidden: true }));
  fireEvent.click(await screen.findByRole('button', { name: 'Använd den nyare versionen', hidden: true }));
  await waitFor(() => expect((screen.getByRole('textbox', { name: 'Kommentar: Aktivitet r1', hidden: true }) as HTMLTextAreaElement).value).toBe('Deras'));
  expect(screen.queryByText('Någon annan har sparat uppföljningen')).toBeNull();
  expect(screen.getByRole('button', { name: 'Spara uppföljningen', hidden: true })).toHaveAttribute('aria-disabled', 'true');
  expect(fake.followUpPatches).toHaveLength(1);
});

it('Visa switches between the plan and a period’s follow-up in the route', async () => {
  render(fakeCompetenceApi(demoRows()).api, staff.id, 'VB');
  await table('Uppföljning VB: Avdelning förskola');
  const show = screen.getByRole('combobox', { name: 'Visa', hidden: true }) as HTMLSelectElement;
  expect([...show.options].map((o) => o.textContent)).toEqual(['Planen', 'Uppföljning tertial 1', 'Uppföljning tertial 2', 'Uppföljning verksamhetsberättelse']);
  fireEvent.change(show, { target: { value: 'T2' } });
  expect(window.location.hash).toBe('#/competence/f1/2023/T2');
  fireEvent.change(show, { target: { value: '' } });
  expect(window.location.hash).toBe('#/competence/f1/2023');
});
