/** @jest-environment jsdom */
// Editing one field of a fully filled goal or activity in its dialog changes that field in the store
// and nothing else — also when someone else saved first and the user saves over it.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Activity, Goal, Stored } from '@vp/shared';
import { fullItems } from '../../../functions/src/testing/fullPlanItems';
import { ActivityEditorDialog } from './ActivityEditorDialog';
import { GoalEditorDialog } from './GoalEditorDialog';
import { openStoreBackedApi } from './storeBackedApi';
import { activityNode, goalNode, renderInFluent } from './testing';

const unitId = 'hagerstensasens-forskolor';
const year = 2021;
const rektor = 'dev-rektor-hag';
let backend: Awaited<ReturnType<typeof openStoreBackedApi>>;
beforeEach(async () => {
  backend = await openStoreBackedApi(rektor);
});
afterEach(() => backend.close());

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
const type = (label: RegExp, value: string) => fireEvent.change(field(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const withoutETag = ({ eTag: _, ...item }: Stored<object>) => item;

async function openGoal() {
  const goal = (await backend.createAs(rektor, unitId, year, 'goals', fullItems.goals)) as Stored<Goal>;
  const onSaved = jest.fn();
  renderInFluent(
    <GoalEditorDialog api={backend.api} unitId={unitId} year={year} parentId={goal.parentId!} goal={goalNode(goal)} open onClose={jest.fn()} onSaved={onSaved} />,
  );
  return { goal, onSaved };
}

test('appending a sentence to Arbetssätt keeps every other field of the goal', async () => {
  const { goal, onSaved } = await openGoal();
  const methods = `${goal.workingMethods} Vi läser också före vilan.`;
  type(/^Arbetssätt/, methods);
  click('Spara');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  const stored = await backend.read('goal', goal.id);
  expect(withoutETag(stored)).toEqual({ ...withoutETag(goal), workingMethods: methods });
});

test('“Spara min version” after a conflict saves only what this user changed, keeping the other user’s fields', async () => {
  const { goal, onSaved } = await openGoal();
  const theirs = await backend.updateAs('dev-personal-hag', unitId, year, 'goals', goal.id, goal.eTag, {
    development: 'Deras utveckling',
    followUp: ['Deras uppföljning'],
  });
  type(/^Arbetssätt/, 'Min version av arbetssättet.');
  click('Spara');
  await screen.findByText('Någon annan har ändrat målet medan du redigerade.');
  click('Spara min version');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  const stored = await backend.read('goal', goal.id);
  expect(withoutETag(stored)).toEqual({ ...withoutETag(theirs), workingMethods: 'Min version av arbetssättet.' });
});

test('changing only the end date of an activity keeps Ansvarig, Resurser and every other field', async () => {
  const activity = (await backend.createAs(rektor, unitId, year, 'activities', fullItems.activities)) as Stored<Activity>;
  const onSaved = jest.fn();
  renderInFluent(
    <ActivityEditorDialog api={backend.api} unitId={unitId} year={year} parentId={activity.parentId!} activity={activityNode(activity)} open onClose={jest.fn()} onSaved={onSaved} />,
  );
  type(/^Slutdatum/, '2021-06-15');
  click('Spara');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  const stored = await backend.read('activity', activity.id);
  expect(withoutETag(stored)).toEqual({ ...withoutETag(activity), end: '2021-06-15' });
  expect(stored).toMatchObject({ responsible: 'Rektor', resources: '20 timmar, 5 000 kronor' });
});
