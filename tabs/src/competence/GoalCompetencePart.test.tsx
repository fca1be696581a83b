/** @jest-environment jsdom */
// Beside each goal of the plan, the competence-supply rows linked to it (GET /units/{u}/competence/{year}),
// read once for the page however many goals it has; a failed read is said once above the plan.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { goalHeading, type StoredCompetenceRow } from '@vp/shared';
import type { ApiClient } from '../api/client';
import { GoalBlock } from '../plan/GoalBlock';
import { goal, renderInFluent } from '../report/testing';
import { GoalCompetenceLoadFailure, GoalCompetencePart } from './GoalCompetencePart';
import { competenceRow } from './testing';
import { GoalCompetenceContext, useGoalCompetenceState } from './useGoalCompetence';

const child = goal('g2', 'unitGoal', 'Utemiljön', true);
const goals = [goal('g1', 'committeeGoal', 'Attraktiv arbetsgivare', false, { children: [child] }), goal('g3', 'unitGoal', 'Barnen läser', true)];
const [employer, reading] = goals.map(goalHeading) as [string, string];

function Plan({ api }: { api: ApiClient }) {
  const competence = useGoalCompetenceState(api, { id: 'u1', forvaltningId: 'f1' }, 2021);
  return (
    <GoalCompetenceContext.Provider value={competence}>
      <GoalCompetenceLoadFailure />
      {goals.map((g) => (
        <GoalBlock key={g.id} goal={g} siblings={goals} depth={0} collapsed={new Set()} onToggle={() => undefined} visible={null} onCopyLink={() => undefined} />
      ))}
    </GoalCompetenceContext.Provider>
  );
}

const linked: StoredCompetenceRow[] = [
  competenceRow('r1', { year: 2021, activity: 'Rekryteringsmässor', categories: ['attrahera', 'rekrytera'], targetDate: { text: '2021-2023', due: '2023-12-31' }, linkedGoalIds: ['g1'] }),
  competenceRow('r2', { year: 2021, activity: 'Utbildning i utepedagogik', linkedGoalIds: ['g1', 'g2'] }),
];

function fakeApi(answers: (() => Promise<StoredCompetenceRow[]>)[]) {
  const calls: [string, number][] = [];
  const api = {
    listUnitCompetenceRows: async (unitId: string, year: number) => {
      calls.push([unitId, year]);
      return answers[Math.min(calls.length, answers.length) - 1]!();
    },
  };
  return { api: api as unknown as ApiClient, calls };
}

it('shows beside each goal the rows linked to it, from one request for the whole plan', async () => {
  const fake = fakeApi([async () => linked]);
  renderInFluent(<Plan api={fake.api} />);
  const employerRows = await screen.findByRole('list', { name: `Kompetensförsörjning: ${employer}`, hidden: true });
  expect(within(employerRows).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual([
    'RekryteringsmässorAttraheraRekryteraAvdelning förskolaMåldatum: 2021-2023',
    'Utbildning i utepedagogikUtvecklaAvdelning förskolaMåldatum: 2023',
  ]);
  const childRows = screen.getByRole('list', { name: `Kompetensförsörjning: ${goalHeading(child)}`, hidden: true });
  expect(within(childRows).getAllByRole('listitem', { hidden: true }).map((li) => li.firstChild!.textContent)).toEqual(['Utbildning i utepedagogik']);
  expect(screen.getByText('Kompetensförsörjning (2 rader)')).toBeTruthy();
  expect(screen.getByText('Kompetensförsörjning (1 rad)')).toBeTruthy();
  expect(screen.queryByRole('list', { name: `Kompetensförsörjning: ${reading}`, hidden: true })).toBeNull();
  expect(screen.getAllByRole('link', { name: 'Visa i kompetensförsörjningsplanen', hidden: true })[0]).toHaveAttribute('href', '#/competence/f1/2021');
  // Three goals, one request.
  expect(fake.calls).toEqual([['u1', 2021]]);
});

it('says once above the plan when the rows cannot be read, and reads them again on Försök igen', async () => {
  const fake = fakeApi([() => Promise.reject(new Error('Nätverket svarar inte')), async () => linked]);
  renderInFluent(<Plan api={fake.api} />);
  expect(await screen.findByText(/Kompetensförsörjningens rader till målen kunde inte läsas: Nätverket svarar inte/)).toBeTruthy();
  expect(screen.getAllByRole('button', { name: 'Försök igen', hidden: true })).toHaveLength(1);
  fireEvent.click(screen.getByRole('button', { name: 'Försök igen', hidden: true }));
  await screen.findByRole('list', { name: `Kompetensförsörjning: ${employer}`, hidden: true });
  await waitFor(() => expect(screen.queryByText(/kunde inte läsas/)).toBeNull());
  expect(fake.calls).toHaveLength(2);
});

it('shows nothing outside a plan page that reads no competence rows', () => {
  renderInFluent(<GoalCompetencePart goalId="g1" label={employer} />);
  expect(screen.queryByRole('list', { hidden: true })).toBeNull();
});
