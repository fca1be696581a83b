/** @jest-environment jsdom */
// "Gäller för": the avdelningschef marks a förvaltning indicator as applying to some units only, over the
// server's use cases and the demo data; the store keeps every other field, and a conflict keeps the choice.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Indicator, Stored } from '@vp/shared';
import { openStoreBackedApi } from '../edit/storeBackedApi';
import { renderInFluent } from '../report/testing';
import { ApplicabilityDialog } from './ApplicabilityDialog';

const F = 'hagersten-alvsjo';
const HAG = 'hagerstensasens-forskolor';
const MV = 'malarhojden-vastertorps-forskolor';
const chef = 'dev-avdelningschef';
const summerJobs = 'ind-kf-1.1-1'; // Antal tillhandahållna platser för feriejobb
const units = [
  { unitId: HAG, name: 'Hägerstensåsens förskolor' },
  { unitId: MV, name: 'Mälarhöjden/Västertorps förskolor' },
];
const withoutETag = ({ eTag: _, ...item }: Stored<object>) => item;

let backend: Awaited<ReturnType<typeof openStoreBackedApi>>;
beforeEach(async () => {
  backend = await openStoreBackedApi(chef);
});
afterEach(() => backend.close());

async function open() {
  const before = await backend.read('indicator', summerJobs);
  const onSaved = jest.fn();
  const onClose = jest.fn();
  renderInFluent(
    <ApplicabilityDialog api={backend.api} forvaltningId={F} year={2021} indicator={{ indicatorId: summerJobs, name: before.name }} units={units} onClose={onClose} onSaved={onSaved} />,
  );
  await screen.findByRole('radio', { name: 'Alla enheter' });
  return { before, onSaved, onClose };
}

const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

test('marks the indicator as applying to one unit only; the store changes that list and nothing else', async () => {
  const { before, onSaved } = await open();
  expect(screen.getByRole('dialog', { name: `Gäller för: ${before.name}` })).toBeInTheDocument();
  expect(radio('Alla enheter')).toBeChecked();
  expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();

  fireEvent.click(radio('Bara vissa enheter'));
  const group = screen.getByRole('group', { name: 'Enheter som rapporterar indikatorn' });
  expect(group).toBeInTheDocument();
  fireEvent.click(box('Mälarhöjden/Västertorps förskolor'));
  click('Spara');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());

  const stored = await backend.read('indicator', summerJobs);
  expect(withoutETag(stored)).toEqual({ ...withoutETag(before), applicableUnitIds: [MV] });
  expect(onSaved.mock.calls[0][0]).toEqual(stored);
});

test('opens with the stored list checked, and Alla enheter sets it back to every unit', async () => {
  const first = await backend.read('indicator', summerJobs);
  await backend.updateForvaltningItemAs(chef, F, 2021, 'indicators', summerJobs, first.eTag, { applicableUnitIds: [HAG] });
  const { before, onSaved } = await open();
  expect(radio('Bara vissa enheter')).toBeChecked();
  expect(box('Hägerstensåsens förskolor')).toBeChecked();
  expect(box('Mälarhöjden/Västertorps förskolor')).not.toBeChecked();

  fireEvent.click(radio('Alla enheter'));
  click('Spara');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(withoutETag(await backend.read('indicator', summerJobs))).toEqual({ ...withoutETag(before), applicableUnitIds: null });
});

test('no unit checked is refused before anything is sent; unchanged closes without a write', async () => {
  const { before, onSaved, onClose } = await open();
  fireEvent.click(radio('Bara vissa enheter'));
  click('Spara');
  expect(await screen.findByRole('alert')).toHaveTextContent('Välj minst en enhet, eller Alla enheter.');
  expect(screen.getByRole('group', { name: 'Enheter som rapporterar indikatorn' })).toHaveAccessibleDescription('Välj minst en enhet, eller Alla enheter.');
  expect(onSaved).not.toHaveBeenCalled();

  fireEvent.click(radio('Alla enheter'));
  click('Spara');
  await waitFor(() => expect(onClose).toHaveBeenCalled());
  expect(onSaved).not.toHaveBeenCalled();
  expect(await backend.read('indicator', summerJobs)).toEqual(before);
});

test('when someone else saved first, the conflict shows their choice; Spara min version saves only the list over theirs', async () => {
  const { before, onSaved } = await open();
  const theirs = (await backend.updateForvaltningItemAs(chef, F, 2021, 'indicators', summerJobs, before.eTag, {
    applicableUnitIds: [HAG],
    measureUnit: 'platser',
  })) as Stored<Indicator>;
  fireEvent.click(radio('Bara vissa enheter'));
  fireEvent.click(box('Mälarhöjden/Västertorps förskolor'));
  click('Spara');
  await screen.findByText('Någon annan har ändrat indikatorn medan du redigerade.');
  expect(screen.getByText('Ditt val finns kvar nedan, och under det visas den nya versionen.')).toBeInTheDocument();
  expect(screen.getByText('Den nya versionen: Hägerstensåsens förskolor')).toBeInTheDocument();
  expect(box('Mälarhöjden/Västertorps förskolor')).toBeChecked();

  click('Spara min version');
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(withoutETag(await backend.read('indicator', summerJobs))).toEqual({ ...withoutETag(theirs), applicableUnitIds: [MV] });
});

test('Använd den nya versionen shows their choice, and Spara then needs no write', async () => {
  const { before, onSaved, onClose } = await open();
  const theirs = await backend.updateForvaltningItemAs(chef, F, 2021, 'indicators', summerJobs, before.eTag, { applicableUnitIds: [HAG] });
  fireEvent.click(radio('Bara vissa enheter'));
  fireEvent.click(box('Mälarhöjden/Västertorps förskolor'));
  click('Spara');
  await screen.findByText('Någon annan har ändrat indikatorn medan du redigerade.');
  click('Använd den nya versionen');
  expect(box('Hägerstensåsens förskolor')).toBeChecked();
  expect(box('Mälarhöjden/Västertorps förskolor')).not.toBeChecked();
  expect(screen.queryByText(/^Den nya versionen:/)).not.toBeInTheDocument();
  click('Spara');
  await waitFor(() => expect(onClose).toHaveBeenCalled());
  expect(onSaved).not.toHaveBeenCalled();
  expect(await backend.read('indicator', summerJobs)).toEqual(theirs);
});
