/** @jest-environment jsdom */
// The APT page against an in-memory APT API: the next meeting's agenda with its reasons and sources,
// the rektor's moves, removals and own points saved whole with If-Match, someone else's save first
// (412), staff reading only, and the proposal prepared into a meeting.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Host } from '../host/host';
import { AptPage } from '../pages/AptPage';
import { renderInFluent } from '../report/testing';
import { todayIso } from './format';
import { panelPollMs } from './NextMeeting';
import { createFakeApt, meeting, point, proposalItems, rektor, staff } from './testing';

// teams-js reaches for the network when loaded; this page only needs it in Teams (shareToStage.test.ts).
jest.mock('@microsoft/teams-js', () => ({ meeting: {}, ErrorCode: {} }));

type Fake = ReturnType<typeof createFakeApt>;
const browser: Host = { kind: 'browser', theme: 'light', language: 'sv', onThemeChange: () => undefined };

function renderPage(fake: Fake, identity: string, host: Host = browser) {
  return renderInFluent(<AptPage api={fake.api} host={host} route={{ page: 'apt', unitId: 'u1', year: 2021 }} identity={identity} onIdentityChange={() => undefined} />);
}

const agenda = () => screen.findByRole('list', { name: 'Dagordning', hidden: true });
const titles = async () => within(await agenda()).getAllByRole('heading', { level: 3, hidden: true }).map((h) => h.querySelector('span')?.textContent);
const button = (name: string) => screen.getByRole('button', { name, hidden: true });

it('staff see the next APT’s agenda with each point’s source and reasons, read-only, and the presentation link', async () => {
  const ended = meeting({ id: 'm0', date: '2021-09-14', title: 'APT 2021-09-14', state: 'ended', endedAt: '2021-09-14T15:00:00.000Z' });
  renderPage(createFakeApt({ as: staff, meetings: [ended, meeting()] }), staff.id);
  expect(await titles()).toEqual(['1. Barnen läser', '2. Utemiljön', '3. Språket']);
  const second = screen.getByRole('heading', { name: /^2\. Utemiljön/, hidden: true });
  expect(within(second).getByText('Uppföljning')).toBeTruthy();
  expect(within(screen.getByRole('heading', { name: /^3\. Språket/, hidden: true })).getByText('Flaggat')).toBeTruthy();
  expect(within(screen.getByRole('list', { name: 'Varför punkten är med: 2. Utemiljön', hidden: true })).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual([
    'Bedömning T2: delvis',
    'Flaggat av Anna: gården',
  ]);
  expect(screen.getByText('Ändringar sedan förra APT 14 sep. 2021')).toBeTruthy();
  expect(screen.getByText(/Rektor och avdelningschef ändrar dagordningen/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: /^Flytta|^Ta bort|Lägg till punkt/, hidden: true })).toBeNull();
  expect(screen.getByRole('link', { name: 'Öppna presentationen', hidden: true })).toHaveAttribute('href', '#/stage/m1');
  // Outside Teams there is nothing to share to.
  expect(screen.queryByRole('button', { name: 'Dela till scenen', hidden: true })).toBeNull();
  expect(screen.getByRole('link', { name: 'APT 2021-09-14 (14 sep. 2021)', hidden: true })).toHaveAttribute('href', '#/stage/m0');
});

it('the rektor moves a point up: the whole reordered agenda is saved with If-Match and shown', async () => {
  const fake = createFakeApt({ as: rektor, meetings: [meeting()] });
  renderPage(fake, rektor.id);
  await agenda();
  expect(button('Flytta upp: 1. Barnen läser')).toBeDisabled();
  fireEvent.click(button('Flytta upp: 2. Utemiljön'));
  await waitFor(async () => expect(await titles()).toEqual(['2. Utemiljön', '1. Barnen läser', '3. Språket']));
  expect(fake.of('updateAptMeeting')).toEqual([{ method: 'updateAptMeeting', eTag: '"1"', body: { agenda: [proposalItems[1], proposalItems[0], proposalItems[2]] } }]);
  expect(await screen.findByText('Dagordningen är sparad.')).toBeTruthy();
  // One's own save is no news from others.
  expect(screen.queryByText('Dagordningen har ändrats av någon annan.')).toBeNull();

  // The next save names the newer version.
  fireEvent.click(button('Flytta ned: 2. Utemiljön'));
  await waitFor(async () => expect(await titles()).toEqual(['1. Barnen läser', '2. Utemiljön', '3. Språket']));
  expect(fake.of('updateAptMeeting')[1]).toEqual({ method: 'updateAptMeeting', eTag: '"10"', body: { agenda: proposalItems } });
});

it('the rektor removes a point and adds one of their own at the end', async () => {
  const fake = createFakeApt({ as: rektor, meetings: [meeting()] });
  renderPage(fake, rektor.id);
  await agenda();
  fireEvent.click(button('Ta bort: 3. Språket'));
  await waitFor(async () => expect(await titles()).toEqual(['1. Barnen läser', '2. Utemiljön']));
  expect(fake.of('updateAptMeeting')[0]!.body).toEqual({ agenda: [proposalItems[0], proposalItems[1]] });

  fireEvent.change(screen.getByRole('textbox', { name: /Egen punkt/, hidden: true }), { target: { value: '  Planeringsdag i maj ' } });
  fireEvent.click(button('Lägg till punkt'));
  await waitFor(async () => expect(await titles()).toEqual(['1. Barnen läser', '2. Utemiljön', 'Planeringsdag i maj']));
  const saved = (fake.of('updateAptMeeting')[1]!.body as { agenda: { id: string; source: string; title: string; goalId: string | null }[] }).agenda;
  expect(saved.slice(0, 2)).toEqual([proposalItems[0], proposalItems[1]]);
  expect(saved[2]).toMatchObject({ source: 'custom', title: 'Planeringsdag i maj', goalId: null, decisionId: null, reasons: [] });
  expect(saved[2]!.id).toMatch(/^custom-/);
  expect(within(await agenda()).getByText('Eget')).toBeTruthy();
  expect(screen.getByRole('textbox', { name: /Egen punkt/, hidden: true })).toHaveValue('');
});

it('someone else saved first (412): says so, shows their agenda, and keeps the point being added in its field', async () => {
  const fake = createFakeApt({ as: rektor, meetings: [meeting()] });
  renderPage(fake, rektor.id);
  await agenda();
  const theirs = [proposalItems[2]!, point('custom-x', 'Deras punkt', 'custom')];
  fake.changeElsewhere('m1', theirs);

  fireEvent.change(screen.getByRole('textbox', { name: /Egen punkt/, hidden: true }), { target: { value: 'Min punkt' } });
  fireEvent.click(button('Lägg till punkt'));
  expect(await screen.findByText(/Någon annan ändrade dagordningen samtidigt/)).toBeTruthy();
  await waitFor(async () => expect(await titles()).toEqual(['3. Språket', 'Deras punkt']));
  expect(screen.getByRole('textbox', { name: /Egen punkt/, hidden: true })).toHaveValue('Min punkt');
  expect(fake.of('updateAptMeeting')).toHaveLength(1);
  expect(fake.meetings()[0]!.agenda).toEqual(theirs);

  // Tried again on the newer version, it is saved after theirs.
  fireEvent.click(button('Lägg till punkt'));
  await waitFor(async () => expect(await titles()).toEqual(['3. Språket', 'Deras punkt', 'Min punkt']));
});

it('without a prepared APT the proposal shows; the rektor prepares it for today, staff cannot', async () => {
  const fake = createFakeApt({ as: rektor });
  const { unmount } = renderPage(fake, rektor.id);
  expect(await screen.findByRole('heading', { name: 'Förslag till dagordning', hidden: true })).toBeTruthy();
  expect(await titles()).toEqual(['1. Barnen läser', '2. Utemiljön', '3. Språket']);
  expect(screen.getByText('Ändringar sedan förra APT 14 sep. 2021')).toBeTruthy();
  // The proposal is not changed in place: it becomes a meeting first.
  expect(screen.queryByRole('button', { name: /^Flytta upp/, hidden: true })).toBeNull();
  expect(screen.getByLabelText(/Datum/)).toHaveValue(todayIso());
  fireEvent.change(screen.getByLabelText(/Datum/), { target: { value: '2021-10-12' } });
  fireEvent.click(button('Förbered nästa APT'));
  expect(await screen.findByRole('heading', { name: 'Nästa APT', hidden: true })).toBeTruthy();
  expect(fake.of('createAptMeeting')).toEqual([{ method: 'createAptMeeting', body: { year: 2021, date: '2021-10-12' } }]);
  expect(screen.getByText('APT 2021-10-12, 12 okt. 2021')).toBeTruthy();
  expect(button('Flytta upp: 2. Utemiljön')).toBeTruthy();
  unmount();

  renderPage(createFakeApt({ as: staff }), staff.id);
  await screen.findByRole('heading', { name: 'Förslag till dagordning', hidden: true });
  await agenda();
  expect(screen.queryByRole('button', { name: 'Förbered nästa APT', hidden: true })).toBeNull();
});

it('the panel follows the meeting: others’ changes to the agenda, the start with the point shown, and the end are said', async () => {
  jest.useFakeTimers();
  try {
    const fake = createFakeApt({ as: staff, meetings: [meeting()] });
    renderPage(fake, staff.id);
    expect(await titles()).toEqual(['1. Barnen läser', '2. Utemiljön', '3. Språket']);
    const next = () => act(async () => void (await jest.advanceTimersByTimeAsync(panelPollMs)));

    fake.changeElsewhere('m1', [proposalItems[1]!, proposalItems[0]!]);
    await next();
    expect(await titles()).toEqual(['2. Utemiljön', '1. Barnen läser']);
    expect(await screen.findByText('Dagordningen har ändrats av någon annan.')).toBeTruthy();

    fake.setElsewhere('m1', { state: 'live', currentItemId: 'goal-g1', presenter: { id: 'anna', name: 'Anna' }, startedAt: '2021-10-05T13:00:00.000Z' });
    await next();
    expect(await screen.findByText('APT:n har börjat: Anna presenterar.')).toBeTruthy();
    const shown = screen.getByRole('heading', { name: /^1\. Barnen läser/, hidden: true }).closest('li')!;
    expect(shown).toHaveAttribute('aria-current', 'step');
    expect(within(shown).getByText('Visas nu')).toBeTruthy();
    expect(screen.getByText('Pågår')).toBeTruthy();

    fake.setElsewhere('m1', { state: 'ended', endedAt: '2021-10-05T15:00:00.000Z', endedBy: { id: 'anna', name: 'Anna' } });
    await next();
    expect(await screen.findByText('APT:n är avslutad. Protokollet finns under Tidigare APT i år.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Förslag till dagordning', hidden: true })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'APT 2021-10-05 (5 okt. 2021)', hidden: true })).toHaveAttribute('href', '#/stage/m1');
  } finally {
    jest.useRealTimers();
  }
});
