/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../api/client';
import { DeleteDialog, type DeleteDialogProps } from './DeleteDialog';
import { activityNode, createFakeApi, goalNode, renderInFluent } from './testing';

const activity = activityNode();

const goal = goalNode({ activities: [activity, { ...activity, id: 'a2' }] });

function setup(props: Partial<DeleteDialogProps> = {}) {
  const fake = createFakeApi();
  fake.put('goals', goal);
  fake.put('activities', activity);
  const onDeleted = jest.fn();
  const onClose = jest.fn();
  renderInFluent(
    <DeleteDialog api={fake.api} unitId="u1" year={2026} collection="goals" item={goal} open onClose={onClose} onDeleted={onDeleted} {...props} />,
  );
  return { fake, onDeleted, onClose };
}

test('deleting a goal says its activities go with it, and sends the eTag', async () => {
  const { fake, onDeleted } = setup();
  expect(screen.getByRole('alertdialog', { name: 'Ta bort enhetsmål' })).toBeTruthy();
  expect(screen.getByText(/”Alla barn möter böcker”/)).toBeTruthy();
  expect(screen.getByText('Målets 2 aktiviteter tas bort tillsammans med målet, liksom målets indikatorer.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
  await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('g1'));
  expect(fake.writes()).toEqual([{ method: 'remove', collection: 'goals', id: 'g1', eTag: '"1"' }]);
});

test('deleting an activity sends its eTag', async () => {
  const { fake, onDeleted } = setup({ collection: 'activities', item: activity });
  expect(screen.getByRole('alertdialog', { name: 'Ta bort aktivitet' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
  await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('a1'));
  expect(fake.writes()).toEqual([{ method: 'remove', collection: 'activities', id: 'a1', eTag: '"3"' }]);
});

test('a stale eTag is explained, and reloading shows the newer version to delete', async () => {
  const onReload = jest.fn();
  const { fake, onDeleted } = setup({ onReload });
  fake.put('goals', { ...goal, title: 'Alla barn läser', eTag: '"8"' });
  fireEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
  expect(await screen.findByText(/Någon annan har ändrat målet sedan du öppnade planen, så inget togs bort/)).toBeTruthy();
  expect(onDeleted).not.toHaveBeenCalled();

  fireEvent.click(screen.getByRole('button', { name: 'Ladda om' }));
  expect(await screen.findByText(/”Alla barn läser”/)).toBeTruthy();
  expect(onReload).toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
  await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('g1'));
  expect(fake.writes().map((w) => w.eTag)).toEqual(['"1"', '"8"']);
});

test('an item already deleted by someone else is said so', async () => {
  const { fake, onDeleted } = setup({ collection: 'activities', item: { ...activity, id: 'gone' } });
  fireEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
  expect(await screen.findByText('Aktiviteten finns inte längre; någon annan har redan tagit bort den.')).toBeTruthy();
  expect(fake.writes()).toHaveLength(1);
  fireEvent.click(screen.getByRole('button', { name: 'Ladda om' }));
  expect(onDeleted).toHaveBeenCalledWith('gone');
});

test('other errors show the server’s message', async () => {
  const { fake, onDeleted } = setup();
  fake.failNext(new ApiError(409, 'CONFLICT', 'Det finns poster som ägs av någon annan under detta mål; de måste tas bort först'));
  fireEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
  expect(await screen.findByText('Det finns poster som ägs av någon annan under detta mål; de måste tas bort först')).toBeTruthy();
  expect(onDeleted).not.toHaveBeenCalled();
});

test('Avbryt closes without deleting', () => {
  const { fake, onClose } = setup();
  fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
  expect(onClose).toHaveBeenCalled();
  expect(fake.writes()).toHaveLength(0);
});
