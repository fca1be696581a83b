/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { ApiError } from '../api/client';
import { LoadFailure } from './LoadFailure';
import type { Load } from './useLoad';

const loaded: Load<unknown> = { data: [], error: null, loading: false, reload: jest.fn() };
const failed = (error: Error): Load<unknown> => ({ data: undefined, error, loading: false, reload: jest.fn(() => Promise.resolve()) });
const unreachable = () => new ApiError(0, 'NETWORK', 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.');

const renderFailure = (loads: Load<unknown>[]) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <LoadFailure loads={loads} wayOn={{ href: '#/plan/u1/2021', label: 'Visa 2021' }} />
    </FluentProvider>,
  );

test('nothing when every load succeeded', () => {
  renderFailure([loaded, loaded]);
  expect(screen.queryByRole('button')).toBeNull();
  expect(screen.queryByRole('link')).toBeNull();
});

test('Försök igen loads every failed request again, and only those', () => {
  const units = failed(unreachable());
  const plan = failed(unreachable());
  renderFailure([units, loaded, plan]);
  screen.getByText('Uppgifterna kunde inte hämtas.');
  screen.getByText('Kunde inte nå servern. Kontrollera anslutningen och försök igen.');
  fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
  expect(units.reload).toHaveBeenCalledTimes(1);
  expect(plan.reload).toHaveBeenCalledTimes(1);
  expect(loaded.reload).not.toHaveBeenCalled();
});

test('while a retry runs, the button says so and waits', () => {
  renderFailure([{ ...failed(unreachable()), loading: true }]);
  expect(screen.getByRole('button', { name: /Försöker igen/ })).toHaveAttribute('aria-disabled', 'true');
});

test('a 404 names what is missing and offers a way on, not Försök igen', () => {
  renderFailure([failed(new ApiError(404, 'NOT_FOUND', 'Enhet Ett har ingen verksamhetsplan för 2031'))]);
  screen.getByText('Enhet Ett har ingen verksamhetsplan för 2031');
  expect(screen.getByRole('link', { name: 'Visa 2021' })).toHaveAttribute('href', '#/plan/u1/2021');
  expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull();
});
