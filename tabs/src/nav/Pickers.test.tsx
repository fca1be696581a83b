/** @jest-environment jsdom */
import type { Plan, Stored, Unit } from '@vp/shared';
import { fireEvent, screen } from '@testing-library/react';
import { renderInFluent } from '../report/testing';
import { UnitPicker, YearPicker } from './Pickers';

const unit = (id: string, name: string): Stored<Unit> => ({ id, name, forvaltningId: 'f1', preschools: [], eTag: '"1"' }) as unknown as Stored<Unit>;
const plan = (year: number): Stored<Plan> => ({ id: `p-${year}`, unitId: 'u1', forvaltningId: 'f1', year, title: `Plan ${year}`, eTag: '"1"' }) as Stored<Plan>;
const units = [unit('u1', 'Enhet Ett'), unit('u2', 'Enhet Två')];
const plans = [plan(2022), plan(2021)];

const shown = (label: string) => {
  const select = screen.getByRole('combobox', { name: label }) as HTMLSelectElement;
  return select.selectedOptions[0]?.textContent;
};

test('a unit the link names that does not exist shows as "Välj enhet", not as the first unit', () => {
  const onChange = jest.fn();
  renderInFluent(<UnitPicker units={units} unitId="finns-inte" onChange={onChange} />);
  expect(shown('Enhet')).toBe('Välj enhet');
  fireEvent.change(screen.getByRole('combobox', { name: 'Enhet' }), { target: { value: 'u2' } });
  expect(onChange).toHaveBeenCalledWith('u2');
});

test('a year the unit has no plan for shows as "Välj år", and a real year can be picked', () => {
  const onChange = jest.fn();
  renderInFluent(<YearPicker plans={plans} year={2031} onChange={onChange} />);
  expect(shown('År')).toBe('Välj år');
  fireEvent.change(screen.getByRole('combobox', { name: 'År' }), { target: { value: '2021' } });
  expect(onChange).toHaveBeenCalledWith(2021);
});

test('a known unit and year show as chosen, with no placeholder to pick', () => {
  const onChange = jest.fn();
  renderInFluent(
    <>
      <UnitPicker units={units} unitId="u2" onChange={onChange} />
      <YearPicker plans={plans} year={2021} onChange={onChange} />
    </>,
  );
  expect(shown('Enhet')).toBe('Enhet Två');
  expect(shown('År')).toBe('2021');
  expect(screen.queryByRole('option', { name: 'Välj enhet' })).not.toBeInTheDocument();
  expect(screen.queryByRole('option', { name: 'Välj år' })).not.toBeInTheDocument();
});

test('choosing the placeholder again navigates nowhere', () => {
  const onChange = jest.fn();
  renderInFluent(<UnitPicker units={units} unitId={undefined} onChange={onChange} />);
  expect(shown('Enhet')).toBe('Välj enhet');
  fireEvent.change(screen.getByRole('combobox', { name: 'Enhet' }), { target: { value: '' } });
  expect(onChange).not.toHaveBeenCalled();
});

test('a plan for several years shows its span and is picked by its first year', () => {
  const onChange = jest.fn();
  renderInFluent(<YearPicker plans={[{ ...plan(2020), lastYear: 2023 }]} year={2020} onChange={onChange} />);
  expect(shown('År')).toBe('2020–2023');
  expect((screen.getByRole('option', { name: '2020–2023' }) as HTMLOptionElement).value).toBe('2020');
});

test('a plan for several years shows once by its span; for follow-up each of its years is a choice', () => {
  const onChange = jest.fn();
  const span = { ...plan(2020), lastYear: 2023 };
  const { unmount } = renderInFluent(<YearPicker plans={[span]} year={2020} onChange={onChange} />);
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['2020–2023']);
  expect(shown('År')).toBe('2020–2023');
  unmount();

  renderInFluent(<YearPicker plans={[span]} year={2022} eachYear onChange={onChange} />);
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['2023', '2022', '2021', '2020']);
  expect(shown('År')).toBe('2022');
  fireEvent.change(screen.getByRole('combobox', { name: 'År' }), { target: { value: '2021' } });
  expect(onChange).toHaveBeenCalledWith(2021);
});
