/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { NavBar } from './NavBar';

const renderNav = (props: Parameters<typeof NavBar>[0]) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <NavBar {...props} />
    </FluentProvider>,
  );

test('links the plan, the unit’s report and the förvaltning’s overview for the same year and period', () => {
  renderNav({ current: 'report', unitId: 'u1', forvaltningId: 'f1', year: 2021, period: 'T2' });
  const nav = within(screen.getByRole('navigation', { name: 'Huvudmeny' }));
  expect(nav.getByRole('link', { name: 'Plan' })).toHaveAttribute('href', '#/plan/u1/2021');
  expect(nav.getByRole('link', { name: 'Uppföljning' })).toHaveAttribute('href', '#/report/u1/2021/T2');
  expect(nav.getByRole('link', { name: 'Uppföljning' })).toHaveAttribute('aria-current', 'page');
  expect(nav.getByRole('link', { name: 'Förvaltningen' })).toHaveAttribute('href', '#/overview/f1/2021/T2');
  expect(nav.getByRole('link', { name: 'Plan' })).not.toHaveAttribute('aria-current');
  expect(nav.getByRole('link', { name: 'Att göra' })).toHaveAttribute('href', '#/todo/2021');
  expect(nav.getByRole('link', { name: 'APT' })).toHaveAttribute('href', '#/apt/u1/2021');
  // The läsår of the quality work is the page's to pick.
  expect(nav.getByRole('link', { name: 'Kvalitetsarbete' })).toHaveAttribute('href', '#/ska/f1');
  // So is the competence-supply plan's year: a plan's year may have no rows.
  expect(nav.getByRole('link', { name: 'Kompetensförsörjning' })).toHaveAttribute('href', '#/competence/f1');
});

test('on the competence page its link keeps the year shown', () => {
  renderNav({ current: 'competence', forvaltningId: 'f1', year: 2023 });
  expect(screen.getByRole('link', { name: 'Kompetensförsörjning' })).toHaveAttribute('href', '#/competence/f1/2023');
});

test('without a known unit or year the links leave the choice to the page', () => {
  renderNav({ current: 'plan' });
  expect(screen.getByRole('link', { name: 'Uppföljning' })).toHaveAttribute('href', '#/report');
  expect(screen.getByRole('link', { name: 'Förvaltningen' })).toHaveAttribute('href', '#/overview');
  expect(screen.getByRole('link', { name: 'Att göra' })).toHaveAttribute('href', '#/todo');
  expect(screen.getByRole('link', { name: 'APT' })).toHaveAttribute('href', '#/apt');
  expect(screen.getByRole('link', { name: 'Kvalitetsarbete' })).toHaveAttribute('href', '#/ska');
});

test('asks the page before navigating when it guards unsaved changes', () => {
  const onNavigate = jest.fn();
  renderNav({ current: 'report', unitId: 'u1', forvaltningId: 'f1', year: 2021, period: 'T1', onNavigate });
  fireEvent.click(screen.getByRole('link', { name: 'Plan' }));
  expect(onNavigate).toHaveBeenCalledWith('#/plan/u1/2021');
  expect(window.location.hash).toBe('');
});
