/** @jest-environment jsdom */
import type { SectionNode } from '@vp/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SectionEditorDialog } from './SectionEditorDialog';
import { createFakeApi, descriptionOf, renderInFluent } from './testing';

const section: SectionNode = {
  id: 's1',
  forvaltningId: 'hagersten',
  unitId: 'u1',
  year: 2026,
  parentId: null,
  order: 0,
  key: 'inledning',
  title: 'Inledning',
  text: 'Vår förskola ligger i Älvsjö.',
  eTag: '"5"',
  owner: 'unit',
};

function setup() {
  const fake = createFakeApi();
  fake.put('sections', section);
  const onSaved = jest.fn();
  renderInFluent(<SectionEditorDialog api={fake.api} unitId="u1" year={2026} section={section} open onClose={jest.fn()} onSaved={onSaved} />);
  return { fake, onSaved };
}

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;

test('editing the text sends only the text, with the section’s eTag', async () => {
  const { fake, onSaved } = setup();
  expect(field(/^Rubrik/).value).toBe('Inledning');
  fireEvent.change(field(/^Text/), { target: { value: 'Vår förskola ligger i Älvsjö.\n\nVi har fyra avdelningar.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(fake.writes()).toEqual([
    { method: 'update', collection: 'sections', id: 's1', eTag: '"5"', body: { text: 'Vår förskola ligger i Älvsjö.\n\nVi har fyra avdelningar.' } },
  ]);
});

test('an empty heading is refused under the field', async () => {
  const { fake } = setup();
  fireEvent.change(field(/^Rubrik/), { target: { value: '' } });
  fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
  await waitFor(() => expect(descriptionOf(field(/^Rubrik/))).toContain('Får inte vara tom'));
  expect(fake.writes()).toHaveLength(0);
});

test('a conflict offers to save over the newer text', async () => {
  const { fake, onSaved } = setup();
  fake.put('sections', { ...section, text: 'Deras text', eTag: '"9"' });
  fireEvent.change(field(/^Text/), { target: { value: 'Min text' } });
  fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
  expect(await screen.findByText('Någon annan har ändrat texten medan du redigerade.')).toBeTruthy();
  expect(descriptionOf(field(/^Text/))).toContain('Deras text');
  fireEvent.click(screen.getByRole('button', { name: 'Spara min version' }));
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(fake.writes().at(-1)).toMatchObject({ eTag: '"9"', body: { text: 'Min text' } });
});
