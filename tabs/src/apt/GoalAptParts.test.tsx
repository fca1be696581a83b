/** @jest-environment jsdom */
// The plan's APT parts beside each goal: Flagga till APT (a short reason) for those who can edit the
// unit, the goal's open flags with Ta bort flaggan, and "Från APT" with the notes and decisions about
// the goal, newest first, a decision closed by Markera som klart. Flags and notes are read once per page.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { goalHeading, type Caller, type GoalAptNotes, type StoredGoalFlag } from '@vp/shared';
import { ApiError, type ApiClient } from '../api/client';
import { GoalBlock } from '../plan/GoalBlock';
import { goal, renderInFluent } from '../report/testing';
import { createFakeApt, staff, unit } from './testing';
import { GoalAptLoadFailure } from './GoalAptParts';
import { GoalAptContext, useGoalAptState } from './useGoalApt';

const goals = [goal('g1', 'unitGoal', 'Barnen läser', true), goal('g2', 'unitGoal', 'Utemiljön', true)];
const [reading, outdoors] = goals.map(goalHeading) as [string, string];

function Plan({ api, caller }: { api: ApiClient; caller: Caller | null }) {
  const apt = useGoalAptState(api, unit, 2021, caller);
  return (
    <GoalAptContext.Provider value={apt}>
      <GoalAptLoadFailure />
      {goals.map((g) => (
        <GoalBlock key={g.id} goal={g} siblings={goals} depth={0} collapsed={new Set()} onToggle={() => undefined} visible={null} onCopyLink={() => undefined} />
      ))}
    </GoalAptContext.Provider>
  );
}

const flag: StoredGoalFlag = { id: 'flag-0', forvaltningId: 'f1', unitId: 'u1', year: 2021, goalId: 'g2', reason: 'Gården är för liten', flaggedAt: '2021-09-20T08:00:00.000Z', flaggedBy: { id: 'anna', name: 'Anna' }, discussedIn: null, eTag: '"f0"' };

const by = { id: 'dev-rektor-u1', name: 'Rektor, Enhet Ett' };
const noteOf = (id: string, goalId: string, fields: Partial<GoalAptNotes[number]>): GoalAptNotes[number] => ({
  id,
  forvaltningId: 'f1',
  unitId: 'u1',
  year: 2021,
  parentId: 'm0',
  agendaItemId: `goal-${goalId}`,
  goalId,
  type: 'note',
  text: 'text',
  responsible: null,
  due: null,
  closedAt: null,
  closedBy: null,
  createdAt: '2021-09-14T14:00:00.000Z',
  createdBy: by,
  changedAt: '2021-09-14T14:00:00.000Z',
  changedBy: by,
  meetingDate: '2021-09-14',
  meetingTitle: 'APT september',
  eTag: `"${id}"`,
  ...fields,
});
// Newest first, as the API answers.
const notes: GoalAptNotes = [
  noteOf('n3', 'g1', { type: 'decision', text: 'Läsgrupper varje vecka', responsible: 'Bo', due: '2021-11-30', meetingDate: '2021-10-05', meetingTitle: 'APT oktober' }),
  noteOf('n2', 'g2', { text: 'Om gården' }),
  noteOf('n1', 'g1', { text: 'Vi läser mer i små grupper' }),
];

const dialog = () => screen.findByRole('dialog', { name: 'Flagga målet till nästa APT', hidden: true });
const button = (name: string) => screen.getByRole('button', { name, hidden: true });

it('staff flag a goal with a short reason; the flag shows on the goal and can be taken away', async () => {
  const fake = createFakeApt({ as: staff });
  renderInFluent(<Plan api={fake.api} caller={staff} />);
  await waitFor(() => expect(fake.of('listGoalFlags')).toHaveLength(1));
  fireEvent.click(button(`Flagga till APT: ${reading}`));
  const flagDialog = await dialog();
  const reason = within(flagDialog).getByRole('textbox', { name: /Varför/, hidden: true });
  expect(reason).toHaveAttribute('maxlength', '300');

  fireEvent.click(within(flagDialog).getByRole('button', { name: 'Flagga', hidden: true }));
  expect(await within(flagDialog).findByText('Skriv varför målet ska tas upp.')).toBeTruthy();
  expect(fake.of('flagGoal')).toEqual([]);

  fireEvent.change(reason, { target: { value: ' Vi hinner inte läsa ' } });
  fireEvent.click(within(flagDialog).getByRole('button', { name: 'Flagga', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
  expect(fake.of('flagGoal')).toEqual([{ method: 'flagGoal', body: { year: 2021, goalId: 'g1', reason: 'Vi hinner inte läsa' } }]);
  const shown = await screen.findByRole('list', { name: `Flagga till APT: ${reading}`, hidden: true });
  expect(within(shown).getByText('Flaggat till APT av Personal, Enhet Ett: Vi hinner inte läsa')).toBeTruthy();

  fireEvent.click(within(shown).getByRole('button', { name: `Ta bort flaggan: ${reading}`, hidden: true }));
  await waitFor(() => expect(screen.queryByText(/Flaggat till APT av Personal/)).toBeNull());
  expect(fake.of('removeGoalFlag')).toEqual([{ method: 'removeGoalFlag', eTag: '"10"', body: 'flag-1' }]);
});

it('a reader sees the goal’s flags but cannot flag or remove them', async () => {
  const fake = createFakeApt({ as: staff, flags: [flag] });
  renderInFluent(<Plan api={fake.api} caller={null} />);
  expect(await screen.findByText('Flaggat till APT av Anna: Gården är för liten')).toBeTruthy();
  expect(within(screen.getByRole('region', { name: outdoors, hidden: true })).getByText(/Gården är för liten/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: /Flagga till APT|Ta bort flaggan/, hidden: true })).toBeNull();
});

it('"Från APT" lists the goal’s notes and decisions newest first; a decision is marked done', async () => {
  const fake = createFakeApt({ as: staff, notes });
  renderInFluent(<Plan api={fake.api} caller={staff} />);
  const toggle = await screen.findByRole('button', { name: 'Från APT (2)', hidden: true });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.getByRole('button', { name: 'Från APT (1)', hidden: true })).toBeTruthy(); // the other goal's one note
  fireEvent.click(toggle);
  const list = screen.getByRole('list', { name: `Från APT (2): ${reading}`, hidden: true });
  const items = within(list).getAllByRole('listitem', { hidden: true });
  expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual(['Läsgrupper varje vecka', 'Vi läser mer i små grupper']);
  expect(within(items[0]!).getByText('Beslut')).toBeTruthy();
  expect(within(items[0]!).getByText('APT oktober, 5 okt. 2021 · Rektor, Enhet Ett')).toBeTruthy();
  expect(within(items[0]!).getByText('Ansvarig: Bo')).toBeTruthy();
  expect(within(items[0]!).getByText('Klart senast 30 nov. 2021')).toBeTruthy();
  expect(within(items[0]!).getByText('Öppet')).toBeTruthy();
  expect(within(items[1]!).getByText('Anteckning')).toBeTruthy();
  expect(within(items[1]!).queryByRole('button', { hidden: true })).toBeNull();

  fireEvent.click(within(items[0]!).getByRole('button', { name: /^Markera som klart/, hidden: true }));
  expect(await within(list).findByText('Klart 1 okt. 2021 (Personal, Enhet Ett)')).toBeTruthy();
  expect(fake.of('updateAptNote')).toEqual([{ method: 'updateAptNote', eTag: '"n3"', body: { closed: true } }]);
  expect(within(list).queryByText('Öppet')).toBeNull();
  // Read once for the whole page, not per goal (and once more after the change).
  expect(fake.of('listGoalAptNotes')).toHaveLength(2);
  expect(fake.of('listGoalFlags')).toHaveLength(1);
});

it('flags that cannot be read are said once, with Försök igen, and the goals stay', async () => {
  const fake = createFakeApt({ as: staff, flags: [flag] });
  const listGoalFlags = jest.fn().mockRejectedValueOnce(new ApiError(503, 'HTTP', 'Servern svarade 503')).mockImplementation(fake.api.listGoalFlags);
  renderInFluent(<Plan api={{ ...fake.api, listGoalFlags }} caller={staff} />);
  expect(await screen.findByText('APT-anteckningar och flaggor kunde inte hämtas.')).toBeTruthy();
  expect(screen.getByText('Servern svarade 503')).toBeTruthy();
  expect(button(`Flagga till APT: ${reading}`)).toBeTruthy();
  fireEvent.click(button('Försök igen'));
  expect(await screen.findByText('Flaggat till APT av Anna: Gården är för liten')).toBeTruthy();
  expect(screen.queryByText('APT-anteckningar och flaggor kunde inte hämtas.')).toBeNull();
});
