/** @jest-environment jsdom */
// The goal and activity dialogs list the item's versions (who, when, what changed, with the dialog's
// Swedish labels) and restore an earlier one after a confirmation; read back from a real SQLite store.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import Database from 'better-sqlite3';
import type { Activity, Goal, Stored } from '@vp/shared';
import { fullItems } from '../../../functions/src/testing/fullPlanItems';
import { ActivityEditorDialog } from './ActivityEditorDialog';
import { GoalEditorDialog } from './GoalEditorDialog';
import { openStoreBackedApi } from './storeBackedApi';
import { activityNode, goalNode, renderInFluent } from './testing';

const unitId = 'hagerstensasens-forskolor';
const year = 2021;
const rektor = 'dev-rektor-hag';
const staff = 'dev-personal-hag';
let backend: Awaited<ReturnType<typeof openStoreBackedApi>>;
beforeEach(async () => {
  backend = await openStoreBackedApi(rektor);
});
afterEach(() => backend.close());

const withoutETag = ({ eTag: _, ...item }: Stored<object>) => item;
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

/** A fully filled enhetsmål, then staff change Arbetssätt, then the rektor the title: three versions. */
async function goalWithThreeVersions() {
  const v1 = (await backend.createAs(rektor, unitId, year, 'goals', fullItems.goals)) as Stored<Goal>;
  const v2 = await backend.updateAs(staff, unitId, year, 'goals', v1.id, v1.eTag, { workingMethods: 'Högläsning varje morgon.' });
  const v3 = (await backend.updateAs(rektor, unitId, year, 'goals', v1.id, v2.eTag, { title: 'Alla barn läser och skriver' })) as Stored<Goal>;
  return { v1, v2, v3 };
}

function openGoalDialog(goal: Stored<Goal>) {
  const onSaved = jest.fn();
  renderInFluent(<GoalEditorDialog api={backend.api} unitId={unitId} year={year} parentId={goal.parentId!} goal={goalNode(goal)} open onClose={jest.fn()} onSaved={onSaved} />);
  return onSaved;
}

async function showVersions() {
  click('Versioner');
  return within(await screen.findByRole('list', { name: 'Versioner' }));
}

/** Confirms in the alert dialog (nested in the editor, Fluent may still mark it aria-hidden for a moment). */
async function confirmRestore(title: string) {
  const dialog = await screen.findByRole('alertdialog', { name: title, hidden: true });
  fireEvent.click(await within(dialog).findByRole('button', { name: 'Återställ', hidden: true }));
  return dialog;
}

test('the goal dialog lists its versions: who, when, what changed, with the dialog’s labels', async () => {
  const { v3 } = await goalWithThreeVersions();
  openGoalDialog(v3);
  await showVersions();
  const ordered = screen.getByRole('list', { name: 'Versioner' });
  const versions = within(ordered).getAllByRole('listitem').filter((li) => li.parentElement === ordered);
  expect(versions.map((v) => v.querySelector('span')?.textContent)).toEqual(['Version 3 (nuvarande)', 'Version 2', 'Version 1']);
  expect(versions[0]).toHaveTextContent('Rektor, Hägerstensåsens förskolor');
  expect(versions[0]).toHaveTextContent('Titel: ”Alla barn läser varje dag” → ”Alla barn läser och skriver”');
  expect(versions[1]).toHaveTextContent('Personal, Hägerstensåsens förskolor');
  expect(versions[1]).toHaveTextContent('Arbetssätt: ”Högläsning efter lunch.” → ”Högläsning varje morgon.”');
  expect(versions[2]).toHaveTextContent('Skapades.');
  // The current version is not offered for restore; the earlier ones are.
  expect(within(versions[0]!).queryByRole('button')).toBeNull();
  expect(within(versions[1]!).getByRole('button', { name: 'Återställ version 2' })).toBeTruthy();
});

test('restoring version 1 of a goal asks first, then saves it as a new version and hands the restored goal to the plan', async () => {
  const { v1, v3 } = await goalWithThreeVersions();
  const onSaved = openGoalDialog(v3);
  await showVersions();
  click('Återställ version 1');
  const confirm = await confirmRestore('Återställa version 1?');
  expect(confirm).toHaveTextContent('Det sparas som en ny version');

  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  const stored = await backend.read('goal', v1.id);
  expect(withoutETag(stored)).toEqual(withoutETag(v1));
  expect(onSaved.mock.calls[0][0]).toEqual(stored);
  const history = await backend.api.getHistory(unitId, year, 'goals', v1.id);
  expect(history.versions.map((v) => [v.number, v.actor.name])).toEqual([
    [4, 'Rektor, Hägerstensåsens förskolor'],
    [3, 'Rektor, Hägerstensåsens förskolor'],
    [2, 'Personal, Hägerstensåsens förskolor'],
    [1, 'Rektor, Hägerstensåsens förskolor'],
  ]);
});

test('cancelling the confirmation writes nothing', async () => {
  const { v3 } = await goalWithThreeVersions();
  const onSaved = openGoalDialog(v3);
  await showVersions();
  click('Återställ version 2');
  const confirm = await screen.findByRole('alertdialog', { name: 'Återställa version 2?', hidden: true });
  fireEvent.click(await within(confirm).findByRole('button', { name: 'Avbryt', hidden: true }));
  await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
  expect(onSaved).not.toHaveBeenCalled();
  expect(await backend.read('goal', v3.id)).toEqual(v3);
});

test('when someone saved since the versions were shown, nothing is restored and the list is fetched again', async () => {
  const { v3 } = await goalWithThreeVersions();
  const onSaved = openGoalDialog(v3);
  await showVersions();
  const theirs = await backend.updateAs(staff, unitId, year, 'goals', v3.id, v3.eTag, { development: 'Deras utveckling' });
  click('Återställ version 1');
  await confirmRestore('Återställa version 1?');

  expect(await screen.findByText('Någon annan har ändrat målet sedan versionerna visades. Listan är uppdaterad; välj igen.')).toBeTruthy();
  expect(await screen.findByText('Version 4 (nuvarande)')).toBeTruthy();
  expect(onSaved).not.toHaveBeenCalled();
  expect(await backend.read('goal', v3.id)).toEqual(theirs);
});

test('the activity dialog lists its versions and restores one: every field reads back as it was', async () => {
  const v1 = (await backend.createAs(rektor, unitId, year, 'activities', fullItems.activities)) as Stored<Activity>;
  const v2 = (await backend.updateAs(staff, unitId, year, 'activities', v1.id, v1.eTag, { end: '2021-06-15', responsible: '' })) as Stored<Activity>;
  const onSaved = jest.fn();
  renderInFluent(
    <ActivityEditorDialog api={backend.api} unitId={unitId} year={year} parentId={v2.parentId!} activity={activityNode(v2)} open onClose={jest.fn()} onSaved={onSaved} />,
  );
  const list = await showVersions();
  expect(list.getByText('Slutdatum: ”2021-05-31” → ”2021-06-15”')).toBeTruthy();
  expect(list.getByText('Ansvarig: ”Rektor” → (tomt)')).toBeTruthy();

  click('Återställ version 1');
  await confirmRestore('Återställa version 1?');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(withoutETag(await backend.read('activity', v1.id))).toEqual(withoutETag(v1));
});

test('a version the change log cannot vouch for is shown without a restore button', async () => {
  const { v3 } = await goalWithThreeVersions();
  const db = new Database(backend.databaseFile);
  db.prepare("DELETE FROM audit WHERE item_id = ? AND changes LIKE '%Högläsning varje morgon.%'").run(v3.id);
  db.close();
  openGoalDialog(v3);
  const list = await showVersions();
  expect(list.getAllByText('Kan inte återställas: ändringsloggen saknar en ändring före eller efter den här versionen.')).toHaveLength(1);
  expect(list.queryByRole('button', { name: /Återställ version/ })).toBeNull();
});
