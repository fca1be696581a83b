/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ActivityEditorDialog, type ActivityEditorDialogProps } from './ActivityEditorDialog';
import { activityNode, createFakeApi, descriptionOf, renderInFluent } from './testing';

const activity = activityNode({ resources: '10 timmar' });

function setup(props: Partial<ActivityEditorDialogProps> = {}) {
  const fake = createFakeApi();
  fake.put('activities', activity);
  const onSaved = jest.fn();
  const onClose = jest.fn();
  renderInFluent(<ActivityEditorDialog api={fake.api} unitId="u1" year={2026} parentId="g1" open onClose={onClose} onSaved={onSaved} {...props} />);
  return { fake, onSaved, onClose };
}

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
const type = (label: RegExp, value: string) => fireEvent.change(field(label), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

test('dates are date inputs, and every control has a label', () => {
  setup();
  expect(screen.getByRole('dialog', { name: 'Ny aktivitet' })).toBeTruthy();
  expect(field(/^Startdatum/).type).toBe('date');
  expect(field(/^Slutdatum/).type).toBe('date');
  expect(field(/^Ansvarig/)).toBeTruthy();
  expect(field(/^Resurser/)).toBeTruthy();
});

test('an end before the start shows the message under Slutdatum, and nothing is sent', async () => {
  const { fake } = setup();
  type(/^Aktivitet/, 'Utflykt');
  type(/^Startdatum/, '2026-05-10');
  type(/^Slutdatum/, '2026-05-01');
  fireEvent.blur(field(/^Slutdatum/));
  await waitFor(() => expect(descriptionOf(field(/^Slutdatum/))).toContain('Slutdatum kan inte vara före startdatum'));
  click('Spara');
  expect(descriptionOf(field(/^Startdatum/))).not.toContain('Slutdatum kan inte vara före startdatum');
  expect(fake.writes()).toHaveLength(0);
});

test('an empty text and missing dates are shown under their fields on save', async () => {
  const { fake } = setup();
  click('Spara');
  await waitFor(() => expect(descriptionOf(field(/^Aktivitet/))).toContain('Får inte vara tom'));
  expect(descriptionOf(field(/^Startdatum/))).toContain('Ange ett datum som ÅÅÅÅ-MM-DD');
  expect(fake.writes()).toHaveLength(0);
});

test('adding sends the activity under its goal and calls onSaved', async () => {
  const { fake, onSaved } = setup();
  type(/^Aktivitet/, 'Utflykt till skogen');
  type(/^Startdatum/, '2026-05-01');
  type(/^Slutdatum/, '2026-05-01');
  type(/^Ansvarig/, 'Arbetslaget');
  click('Spara');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(fake.writes()).toEqual([
    {
      method: 'create',
      collection: 'activities',
      body: { parentId: 'g1', text: 'Utflykt till skogen', start: '2026-05-01', end: '2026-05-01', responsible: 'Arbetslaget', resources: '' },
    },
  ]);
});

test('editing sends the changed dates with the activity’s eTag', async () => {
  const { fake, onSaved } = setup({ activity });
  expect(field(/^Startdatum/).value).toBe('2026-03-02');
  type(/^Slutdatum/, '2026-03-13');
  click('Spara');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(fake.writes()).toEqual([{ method: 'update', collection: 'activities', id: 'a1', eTag: '"3"', body: { end: '2026-03-13' } }]);
});

test('Escape in the unsaved-changes question keeps the editor open', async () => {
  const { onClose } = setup({ activity });
  type(/^Ansvarig/, 'Förskollärare');
  fireEvent.keyDown(field(/^Ansvarig/), { key: 'Escape' });
  const question = await screen.findByRole('alertdialog', { name: 'Osparade ändringar' });
  fireEvent.keyDown(question, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(onClose).not.toHaveBeenCalled();
  expect(field(/^Ansvarig/).value).toBe('Förskollärare');
});
