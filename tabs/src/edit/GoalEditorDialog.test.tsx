/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../api/client';
import { GoalEditorDialog, type GoalEditorDialogProps } from './GoalEditorDialog';
import { createFakeApi, descriptionOf, goalNode, renderInFluent } from './testing';

const goal = goalNode({
  expectedResults: ['Fler barn lånar böcker'],
  workingMethods: 'Högläsning varje dag.',
  resources: ['Biblioteket'],
  followUp: ['Tertialvis'],
});

function setup(props: Partial<GoalEditorDialogProps> = {}) {
  const fake = createFakeApi();
  fake.put('goals', goal);
  const onSaved = jest.fn();
  const onClose = jest.fn();
  renderInFluent(<GoalEditorDialog api={fake.api} unitId="u1" year={2026} parentId="n1" open onClose={onClose} onSaved={onSaved} {...props} />);
  return { fake, onSaved, onClose };
}

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
const type = (label: RegExp, value: string) => fireEvent.change(field(label), { target: { value } });
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
/**
 * Clicks a button of the alert dialog nested in the editor. In jsdom Fluent's focus trap may keep the
 * nested dialog marked aria-hidden (the editor's modalizer stays active until focus moves), so the
 * button is looked up regardless of that mark.
 */
const clickInAlert = async (name: string) =>
  fireEvent.click(within(await screen.findByRole('alertdialog', { hidden: true })).getByRole('button', { name, hidden: true }));

test('focuses the title when opened, and every control has a label', async () => {
  setup();
  expect(screen.getByRole('dialog', { name: 'Nytt enhetsmål' })).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(field(/^Titel/)));
  for (const label of [/^Förväntat resultat/, /^Arbetssätt/, /^Resursanvändning/, /^Uppföljning/, /^Utveckling/]) expect(field(label)).toBeTruthy();
});

test('an empty title shows the schema message under the field on save, and nothing is sent', async () => {
  const { fake, onSaved } = setup();
  type(/^Förväntat resultat/, 'Något');
  click('Spara');
  await waitFor(() => expect(descriptionOf(field(/^Titel/))).toContain('Får inte vara tom'));
  expect(fake.writes()).toHaveLength(0);
  expect(onSaved).not.toHaveBeenCalled();
});

test('a field is validated when it is left', async () => {
  setup();
  type(/^Titel/, '   ');
  expect(descriptionOf(field(/^Titel/))).not.toContain('Får inte vara tom');
  fireEvent.blur(field(/^Titel/));
  await waitFor(() => expect(descriptionOf(field(/^Titel/))).toContain('Får inte vara tom'));
  type(/^Titel/, 'Ett mål');
  await waitFor(() => expect(descriptionOf(field(/^Titel/))).not.toContain('Får inte vara tom'));
});

test('adding sends an enhetsmål under the nämndmål, lists one per line, and calls onSaved', async () => {
  const { fake, onSaved } = setup();
  type(/^Titel/, '  Barnen leker mer ute ');
  type(/^Förväntat resultat/, 'Mer utelek\n\n  Färre konflikter  \n');
  type(/^Arbetssätt/, 'Första stycket.\n\nAndra stycket.');
  click('Spara');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(fake.writes()).toEqual([
    {
      method: 'create',
      collection: 'goals',
      body: {
        level: 'unitGoal',
        parentId: 'n1',
        title: 'Barnen leker mer ute',
        expectedResults: ['Mer utelek', 'Färre konflikter'],
        workingMethods: 'Första stycket.\n\nAndra stycket.',
        resources: [],
        followUp: [],
        development: '',
      },
    },
  ]);
  expect(onSaved.mock.calls[0][0]).toMatchObject({ title: 'Barnen leker mer ute', eTag: expect.any(String) });
});

test('editing sends only the changed fields, with the goal’s eTag', async () => {
  const { fake, onSaved } = setup({ goal });
  expect(screen.getByRole('dialog', { name: 'Redigera enhetsmål' })).toBeTruthy();
  expect(field(/^Förväntat resultat/).value).toBe('Fler barn lånar böcker');
  type(/^Uppföljning/, 'Tertialvis\nI augusti');
  click('Spara');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(fake.writes()).toEqual([{ method: 'update', collection: 'goals', id: 'g1', eTag: '"1"', body: { followUp: ['Tertialvis', 'I augusti'] } }]);
  expect(onSaved.mock.calls[0][0]).toMatchObject({ followUp: ['Tertialvis', 'I augusti'], eTag: '"101"' });
});

test('the save button shows a spinner and “Sparar…” while saving', async () => {
  const { fake, onSaved } = setup({ goal });
  type(/^Titel/, 'Nytt namn');
  const release = fake.hold();
  click('Spara');
  const button = await screen.findByRole('button', { name: 'Sparar…' });
  expect(button.getAttribute('aria-disabled')).toBe('true');
  release();
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
});

test('a 412 keeps the typed text, shows the newer values, and “Spara min version” retries with the new eTag', async () => {
  const { fake, onSaved } = setup({ goal });
  fake.put('goals', { ...goal, title: 'Deras titel', development: 'Deras utveckling', eTag: '"7"' });
  type(/^Titel/, 'Min titel');
  click('Spara');

  expect(await screen.findByText('Någon annan har ändrat målet medan du redigerade.')).toBeTruthy();
  expect(screen.getByText(/Din text finns kvar nedan/)).toBeTruthy();
  expect(field(/^Titel/).value).toBe('Min titel');
  expect(descriptionOf(field(/^Titel/))).toContain('Deras titel');
  // Only fields the user changed show the newer version.
  expect(descriptionOf(field(/^Utveckling/))).not.toContain('Deras utveckling');
  expect(onSaved).not.toHaveBeenCalled();

  click('Spara min version');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(fake.writes().map((w) => [w.eTag, w.body])).toEqual([
    ['"1"', { title: 'Min titel' }],
    ['"7"', { title: 'Min titel' }],
  ]);
  // The other person's change to a field the user did not touch is kept.
  expect(fake.get('goals', 'g1')).toMatchObject({ title: 'Min titel', development: 'Deras utveckling' });
});

test('“Använd den nya versionen” replaces the form with the newer values and saves later edits against it', async () => {
  const { fake, onSaved } = setup({ goal });
  fake.put('goals', { ...goal, title: 'Deras titel', eTag: '"7"' });
  type(/^Titel/, 'Min titel');
  click('Spara');
  await screen.findByText('Någon annan har ändrat målet medan du redigerade.');

  click('Använd den nya versionen');
  expect(field(/^Titel/).value).toBe('Deras titel');
  expect(screen.queryByText('Någon annan har ändrat målet medan du redigerade.')).toBeNull();

  type(/^Utveckling/, 'Vi utvecklar');
  click('Spara');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(fake.writes().at(-1)).toMatchObject({ eTag: '"7"', body: { development: 'Vi utvecklar' } });
});

test('a goal deleted by someone else while editing is said so, and the text stays', async () => {
  const { fake } = setup({ goal });
  fake.failNext(new ApiError(404, 'NOT_FOUND', 'Hittar inget med id "g1"'));
  type(/^Titel/, 'Min titel');
  click('Spara');
  expect(await screen.findByText('Någon annan har tagit bort målet medan du redigerade.')).toBeTruthy();
  expect(field(/^Titel/).value).toBe('Min titel');
  expect(screen.queryByRole('button', { name: 'Spara min version' })).toBeNull();
});

test('a network error shows the Swedish message and keeps the input', async () => {
  const { fake, onSaved } = setup();
  fake.failNext(new ApiError(0, 'NETWORK', 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.'));
  type(/^Titel/, 'Mitt mål');
  click('Spara');
  expect(await screen.findByText('Kunde inte nå servern. Kontrollera anslutningen och försök igen.')).toBeTruthy();
  expect(field(/^Titel/).value).toBe('Mitt mål');
  expect(onSaved).not.toHaveBeenCalled();
});

test('the server’s field errors show under their fields, naming the line of a list', async () => {
  const { fake } = setup();
  fake.failNext(
    new ApiError(400, 'VALIDATION', 'Ogiltiga uppgifter', [
      { field: 'title', message: 'Finns redan' },
      { field: 'expectedResults.1', message: 'Högst 2 000 tecken per rad' },
    ]),
  );
  type(/^Titel/, 'Mitt mål');
  type(/^Förväntat resultat/, 'Ett\n\nTvå');
  click('Spara');
  await waitFor(() => expect(descriptionOf(field(/^Titel/))).toContain('Finns redan'));
  expect(descriptionOf(field(/^Förväntat resultat/))).toContain('Rad 3: Högst 2 000 tecken per rad');
  expect(screen.getByText('Ogiltiga uppgifter')).toBeTruthy();
});

test('closing with unsaved changes asks first; keep editing keeps the text', async () => {
  const { onClose } = setup({ goal });
  type(/^Titel/, 'Ändrad');
  click('Avbryt');
  expect(await screen.findByText('Du har ändringar som inte är sparade. Stänga ändå?')).toBeTruthy();
  await clickInAlert('Fortsätt redigera');
  await waitFor(() => expect(screen.queryByText('Du har ändringar som inte är sparade. Stänga ändå?')).toBeNull());
  expect(field(/^Titel/).value).toBe('Ändrad');
  expect(onClose).not.toHaveBeenCalled();

  fireEvent.keyDown(field(/^Titel/), { key: 'Escape' });
  await screen.findByText('Du har ändringar som inte är sparade. Stänga ändå?');
  await clickInAlert('Stäng utan att spara');
  expect(onClose).toHaveBeenCalledTimes(1);
});

test('closing without changes closes at once, with Avbryt or Escape', () => {
  const { onClose } = setup({ goal });
  click('Avbryt');
  fireEvent.keyDown(field(/^Titel/), { key: 'Escape' });
  expect(onClose).toHaveBeenCalledTimes(2);
  expect(screen.queryByText('Du har ändringar som inte är sparade. Stänga ändå?')).toBeNull();
});

test('nothing is rendered while closed', () => {
  setup({ open: false });
  expect(screen.queryByRole('dialog')).toBeNull();
});

test('a text near its schema limit shows a character counter; a list of lines has none', () => {
  setup();
  type(/^Titel/, 'a'.repeat(900));
  expect(descriptionOf(field(/^Titel/))).not.toMatch(/tecken/);
  type(/^Titel/, 'a'.repeat(901));
  expect(descriptionOf(field(/^Titel/))).toMatch(/^901 \/ 1\s000 tecken$/);
  type(/^Arbetssätt/, 'b'.repeat(18_500));
  expect(descriptionOf(field(/^Arbetssätt/))).toMatch(/18\s500 \/ 20\s000 tecken/);
  type(/^Förväntat resultat/, 'c'.repeat(1_900));
  expect(descriptionOf(field(/^Förväntat resultat/))).not.toMatch(/tecken/);
});
