/** @jest-environment jsdom */
// The APT stage against an in-memory meeting polled as the API answers it: following the presenter
// versus browsing on one's own, presenting (a move shows before the API answers), the note form
// keeping what is typed while polls bring others' notes, the record of an ended meeting, and a lost
// connection said and recovered from.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Caller } from '@vp/shared';
import { StagePage } from '../pages/StagePage';
import type { Host } from '../host/host';
import { renderInFluent } from '../report/testing';
import { agenda, createFakeMeeting, rektor, staff, staff2 } from './testing';

type Fake = ReturnType<typeof createFakeMeeting>;

const host: Host = { kind: 'browser', theme: 'light', language: 'sv', onThemeChange: () => undefined };

function renderStage(fake: Fake, as: Caller | null) {
  return renderInFluent(<StagePage api={fake.api} host={host} route={{ page: 'stage', meetingId: 'm1' }} identity={as?.id ?? null} onIdentityChange={() => undefined} />);
}

// Role queries include what is aria-hidden: Fluent's modalizer may mark the page so while a dialog closes.
const pointTitle = () => screen.getByRole('heading', { level: 2, name: (_, el) => el.id === 'stage-point-title', hidden: true }).textContent;
const button = (name: string) => screen.getByRole('button', { name, hidden: true });
const queryButton = (name: string) => screen.queryByRole('button', { name, hidden: true });
const noteTexts = () => within(screen.getByRole('complementary', { hidden: true })).queryAllByRole('listitem', { hidden: true }).map((li) => li.textContent);

/** Waits until the page has polled `n` more times, so what a poll would bring has been seen. */
async function pollsPass(fake: Fake, n = 2) {
  const target = fake.polls() + n;
  await waitFor(() => expect(fake.polls()).toBeGreaterThanOrEqual(target), { timeout: 5000 });
}

it('a participant follows the presenter; Nästa browses alone without moving anyone; Följ presentatören returns', async () => {
  const fake = createFakeMeeting({ as: staff });
  renderStage(fake, staff);
  await waitFor(() => expect(pointTitle()).toBe(agenda[0]!.title));
  expect(screen.getByText('Punkt 1 av 4')).toBeTruthy();
  expect(screen.getByText('Ingen presenterar än.')).toBeTruthy();

  fake.moveAs(rektor, 'decision-d1');
  await waitFor(() => expect(pointTitle()).toBe(agenda[1]!.title));
  expect(screen.getByText('Presenteras av Rektor Ett')).toBeTruthy();
  expect(screen.getByText('Punkt 2 av 4')).toBeTruthy();

  fireEvent.click(button('Nästa'));
  expect(pointTitle()).toBe(agenda[2]!.title);
  expect(screen.getByText('Du bläddrar på egen hand.')).toBeTruthy();
  expect(fake.callsOf('moveAptPresenter')).toEqual([]);

  // The presenter moves on: the browsing screen stays where its reader is.
  fake.moveAs(rektor, 'custom-2');
  await pollsPass(fake);
  expect(pointTitle()).toBe(agenda[2]!.title);

  fireEvent.click(button('Följ presentatören'));
  expect(pointTitle()).toBe(agenda[3]!.title);
  expect(screen.getByText('Du följer presentatören.')).toBeTruthy();
  expect(queryButton('Följ presentatören')).toBeNull();
  expect(fake.callsOf('moveAptPresenter')).toEqual([]);
});

it('Presentera makes me the presenter; my moves show at once and are sent in order; keys move too', async () => {
  const fake = createFakeMeeting({ as: rektor });
  renderStage(fake, rektor);
  await waitFor(() => expect(pointTitle()).toBe(agenda[0]!.title));

  fireEvent.click(button('Presentera'));
  await waitFor(() => expect(screen.getByText('Presenteras av Rektor Ett')).toBeTruthy());
  expect(screen.getByText('Du presenterar.')).toBeTruthy();
  expect(fake.callsOf('moveAptPresenter')).toEqual([['m1', 'goal-g1']]);

  const release = fake.holdMoves();
  fireEvent.click(button('Nästa'));
  // Shown before the API has answered.
  expect(pointTitle()).toBe(agenda[1]!.title);
  fireEvent.keyDown(window, { key: 'ArrowRight' });
  fireEvent.keyDown(window, { key: 'PageDown' });
  expect(pointTitle()).toBe(agenda[3]!.title);
  expect(button('Nästa')).toHaveAttribute('aria-disabled', 'true');
  await act(async () => release());
  // One move under way when the keys were pressed, then only the latest point.
  await waitFor(() => expect(fake.meeting.currentItemId).toBe('custom-2'));
  expect(fake.callsOf('moveAptPresenter').map(([, id]) => id)).toEqual(['goal-g1', 'decision-d1', 'custom-2']);

  fireEvent.keyDown(window, { key: 'ArrowLeft' });
  expect(pointTitle()).toBe(agenda[2]!.title);
  await waitFor(() => expect(fake.meeting.currentItemId).toBe('custom-1'));
  // Still presenting after the polls that saw the move.
  await pollsPass(fake);
  expect(pointTitle()).toBe(agenda[2]!.title);
  expect(screen.getByText('Du presenterar.')).toBeTruthy();
});

it('when someone else takes over, the former presenter follows them', async () => {
  const fake = createFakeMeeting({ as: rektor });
  renderStage(fake, rektor);
  await waitFor(() => expect(pointTitle()).toBe(agenda[0]!.title));
  fireEvent.click(button('Presentera'));
  await waitFor(() => expect(screen.getByText('Presenteras av Rektor Ett')).toBeTruthy());

  fake.moveAs(staff2, 'custom-1');
  await waitFor(() => expect(screen.getByText('Presenteras av Personal Två')).toBeTruthy());
  await waitFor(() => expect(pointTitle()).toBe(agenda[2]!.title));
  expect(screen.getByText('Du följer presentatören.')).toBeTruthy();
});

it('the goal point shows its indicators (below target said in words), activities, assessment and analysis', async () => {
  const fake = createFakeMeeting({ as: staff });
  renderStage(fake, staff);
  await screen.findByText('Rekryteringen tar tid.');
  const table = screen.getAllByRole('table', { hidden: true })[0]!;
  const rows = within(table).getAllByRole('row', { hidden: true }).map((r) => r.textContent);
  expect(rows).toEqual(['IndikatorSenaste värdeÅrsmålLäge', 'Andel legitimerade förskollärare41,2 % (T1)≥ 50 %⚠ Under målet', 'Nöjda vårdnadshavare93 % (T1)≥ 90 %Når målet']);
  expect(screen.getByText('Språkpromenader')).toBeTruthy();
  expect(screen.getByText('Pågående')).toBeTruthy();
  expect(screen.getByText('Delvis')).toBeTruthy();
  expect(screen.getByText('Rekryteringen tar tid.')).toBeTruthy();
  expect(screen.getByText('Bedömning T1: delvis')).toBeTruthy();
  // The next point is read ahead; moving back and forth reads nothing again, and a point of the rektor's own has nothing more to read.
  await waitFor(() => expect(fake.callsOf('getAgendaItemDetail').map(([, id]) => id)).toEqual(['goal-g1', 'decision-d1']));
  fireEvent.click(button('Nästa'));
  await screen.findByText('Beslut att följa upp');
  fireEvent.click(button('Nästa'));
  fireEvent.click(button('Föregående'));
  fireEvent.click(button('Föregående'));
  await screen.findByText('Rekryteringen tar tid.');
  expect(fake.callsOf('getAgendaItemDetail').map(([, id]) => id)).toEqual(['goal-g1', 'decision-d1']);
});

it('typing a note is not disturbed by others’ notes arriving; sent, it shows at once and the form empties', async () => {
  const fake = createFakeMeeting({ as: staff });
  renderStage(fake, staff);
  await waitFor(() => expect(pointTitle()).toBe(agenda[0]!.title));
  const text = screen.getByRole('textbox', { name: /^Text/, hidden: true });
  fireEvent.change(text, { target: { value: 'Vi behöver fler vikarier' } });

  fake.addNoteAs(staff2, { agendaItemId: 'goal-g1', type: 'note', text: 'Bra analys' });
  await waitFor(() => expect(noteTexts()).toEqual([expect.stringMatching(/^Bra analys.*Personal Två/)]));
  expect(text).toHaveValue('Vi behöver fler vikarier');
  expect(await screen.findByText('Ny anteckning av Personal Två: Bra analys')).toBeTruthy();

  const polls = fake.polls();
  fireEvent.click(button('Lägg till'));
  await waitFor(() => expect(noteTexts()).toEqual([expect.stringMatching(/^Bra analys/), expect.stringMatching(/^Vi behöver fler vikarier.*Personal Ett/)]));
  // Read again at once rather than at the next poll.
  expect(fake.polls()).toBe(polls + 1);
  expect(text).toHaveValue('');
  expect(fake.callsOf('addAptNote')).toEqual([['m1', { agendaItemId: 'goal-g1', type: 'note', text: 'Vi behöver fler vikarier', responsible: null, due: null }]]);
});

it('a note begun on one point stays with it when the presenter moves on; a decision carries who and by when', async () => {
  const fake = createFakeMeeting({ as: staff });
  renderStage(fake, staff);
  await waitFor(() => expect(pointTitle()).toBe(agenda[0]!.title));
  fireEvent.click(screen.getByRole('radio', { name: 'Beslut', hidden: true }));
  fireEvent.change(screen.getByRole('textbox', { name: /^Text/, hidden: true }), { target: { value: 'Rekrytera två förskollärare' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Ansvarig', hidden: true }), { target: { value: 'Rektor Ett' } });
  fireEvent.change(screen.getByLabelText('Klart senast'), { target: { value: '2021-06-30' } });

  fake.moveAs(rektor, 'custom-1');
  await waitFor(() => expect(pointTitle()).toBe(agenda[2]!.title));
  expect(screen.getByText(`Skrivs till punkten ”${agenda[0]!.title}”`)).toBeTruthy();
  fireEvent.click(button('Lägg till'));
  await waitFor(() => expect(fake.notes).toHaveLength(1));
  expect(fake.notes[0]).toMatchObject({ agendaItemId: 'goal-g1', type: 'decision', text: 'Rekrytera två förskollärare', responsible: 'Rektor Ett', due: '2021-06-30' });
  // Not on the point now shown; the form goes back to it.
  expect(noteTexts()).toEqual([]);
  expect(screen.queryByText(/^Skrivs till punkten/)).toBeNull();
});

it('an empty note is refused in the form with the schema’s message; nothing is sent', async () => {
  const fake = createFakeMeeting({ as: staff });
  renderStage(fake, staff);
  await waitFor(() => expect(pointTitle()).toBe(agenda[0]!.title));
  fireEvent.change(screen.getByRole('textbox', { name: /^Text/, hidden: true }), { target: { value: '   ' } });
  fireEvent.click(button('Lägg till'));
  expect(await screen.findByText('Skriv något')).toBeTruthy();
  expect(fake.callsOf('addAptNote')).toEqual([]);
});

it('the rektor ends the meeting after confirming; the record shows every point’s notes and decisions, read-only', async () => {
  const fake = createFakeMeeting({ as: rektor });
  fake.addNoteAs(staff, { agendaItemId: 'goal-g1', type: 'note', text: 'Fler språkpromenader' });
  fake.addNoteAs(staff2, { agendaItemId: 'custom-1', type: 'decision', text: 'Schema klart i maj', responsible: 'Personal Två', due: '2021-05-15' });
  renderStage(fake, rektor);
  await waitFor(() => expect(pointTitle()).toBe(agenda[0]!.title));

  fireEvent.click(button('Avsluta mötet'));
  const dialog = await screen.findByRole('dialog', { name: 'Avsluta mötet?', hidden: true });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Avsluta', hidden: true }));

  const heading = await screen.findByRole('heading', { level: 1, name: 'Protokoll: APT mars', hidden: true });
  await waitFor(() => expect(document.activeElement).toBe(heading));
  expect(fake.callsOf('endAptMeeting')).toEqual([['m1']]);
  expect(screen.getByText('Enhet Ett')).toBeTruthy();
  const points = within(screen.getByRole('region', { name: 'Dagordning', hidden: true })).getAllByRole('heading', { level: 3, hidden: true }).map((h) => h.textContent);
  expect(points).toEqual(agenda.map((i) => i.title));
  expect(screen.getByText('Fler språkpromenader')).toBeTruthy();
  expect(screen.getByText(/^Personal Ett, /)).toBeTruthy();
  expect(screen.getByText('Schema klart i maj')).toBeTruthy();
  expect(screen.getByText('Ansvarig: Personal Två · Klart senast 15 maj 2021')).toBeTruthy();
  expect(screen.getAllByText('Inga anteckningar.')).toHaveLength(2);
  expect(screen.queryByRole('textbox', { hidden: true })).toBeNull();
  for (const name of ['Nästa', 'Presentera', 'Avsluta mötet']) expect(queryButton(name)).toBeNull();
  expect(screen.getByRole('link', { name: 'Till planen', hidden: true })).toHaveAttribute('href', '#/plan/u1/2021');
  expect(screen.getByRole('link', { name: 'Till APT-sidan', hidden: true })).toHaveAttribute('href', '#/apt/u1/2021');
});

it('Avsluta mötet is offered to the rektor and the presenter, not to other staff', async () => {
  const fake = createFakeMeeting({ as: staff });
  renderStage(fake, staff);
  await waitFor(() => expect(pointTitle()).toBe(agenda[0]!.title));
  expect(queryButton('Avsluta mötet')).toBeNull();
  fireEvent.click(button('Presentera'));
  await waitFor(() => expect(queryButton('Avsluta mötet')).not.toBeNull());
});

it('a meeting that has ended opens as its record', async () => {
  const fake = createFakeMeeting({ as: staff });
  fake.endAs(rektor);
  renderStage(fake, staff);
  expect(await screen.findByRole('heading', { level: 1, name: 'Protokoll: APT mars', hidden: true })).toBeTruthy();
  expect(screen.getByText(/^Rektor Ett, /)).toBeTruthy();
  expect(screen.getByText('Mötet är avslutat. Protokollet kan inte ändras.')).toBeTruthy();
});

it('a first read that fails says so with Försök igen; a lost connection later keeps the point and says it is trying again', async () => {
  const fake = createFakeMeeting({ as: staff });
  fake.failPolls(1);
  renderStage(fake, staff);
  expect(await screen.findByText('Uppgifterna kunde inte hämtas.')).toBeTruthy();
  // No repeated asking before the person chooses to.
  const polls = fake.polls();
  await new Promise((r) => setTimeout(r, 1300));
  expect(fake.polls()).toBe(polls);

  fireEvent.click(button('Försök igen'));
  await waitFor(() => expect(pointTitle()).toBe(agenda[0]!.title));
  expect(screen.queryByText('Uppgifterna kunde inte hämtas.')).toBeNull();

  fake.failPolls(2);
  expect(await screen.findByText('Tappade kontakten – försöker igen…')).toBeTruthy();
  expect(pointTitle()).toBe(agenda[0]!.title);
  fake.moveAs(rektor, 'custom-1');
  await waitFor(() => expect(pointTitle()).toBe(agenda[2]!.title));
  expect(screen.queryByText('Tappade kontakten – försöker igen…')).toBeNull();
});

it('without an identity the stage can be followed but not written on or presented', async () => {
  const fake = createFakeMeeting({ as: null });
  renderStage(fake, null);
  await waitFor(() => expect(pointTitle()).toBe(agenda[0]!.title));
  expect(screen.getByText('Välj en identitet från enheten för att presentera och skriva anteckningar.')).toBeTruthy();
  expect(queryButton('Presentera')).toBeNull();
  expect(screen.queryByRole('textbox', { hidden: true })).toBeNull();
});

it('choosing another identity keeps the point on screen while the meeting is read again as them', async () => {
  const fake = createFakeMeeting({ as: staff });
  const page = (as: Caller, api = fake.api) => (
    <FluentProvider theme={webLightTheme}>
      <StagePage api={api} host={host} route={{ page: 'stage', meetingId: 'm1' }} identity={as.id} onIdentityChange={() => undefined} />
    </FluentProvider>
  );
  const { rerender } = render(page(staff));
  await screen.findByText('Rekryteringen tar tid.');
  expect(queryButton('Avsluta mötet')).toBeNull();

  fake.actAs(rektor);
  // The app makes a new client for the new identity.
  rerender(page(rektor, { ...fake.api }));
  expect(pointTitle()).toBe(agenda[0]!.title);
  expect(screen.getByText('Rekryteringen tar tid.')).toBeTruthy();
  await waitFor(() => expect(queryButton('Avsluta mötet')).not.toBeNull());
  expect(fake.callsOf('getAgendaItemDetail').filter(([, id]) => id === 'goal-g1')).toHaveLength(1);
});
