/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { PageErrorBoundary } from './PageErrorBoundary';
import { retryableLazy } from './retryableLazy';

// React reports the errors a boundary catches on the console; expected here.
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const chunkFailure = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const Report = () => <p>Uppföljningen</p>;
const Plan = () => <p>Planen</p>;

function renderRoute(route: string, pages: Record<string, ComponentType>) {
  const Page = pages[route]!;
  return (
    <FluentProvider theme={webLightTheme}>
      <PageErrorBoundary route={route}>
        <Suspense fallback={<p>Laddar…</p>}>
          <Page />
        </Suspense>
      </PageErrorBoundary>
    </FluentProvider>
  );
}

test('a page whose code failed to load says so, and Försök igen imports it again', async () => {
  const load = jest.fn().mockImplementationOnce(chunkFailure).mockResolvedValue(Report);
  const pages = { report: retryableLazy(load) };
  render(renderRoute('report', pages));
  await screen.findByText('Sidan kunde inte visas.');
  screen.getByText(/Appen kunde inte hämta sidan från servern/);

  fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
  await screen.findByText('Uppföljningen');
  expect(load).toHaveBeenCalledTimes(2);
});

test('it shows the page by itself when the browser is back online', async () => {
  const load = jest.fn().mockImplementationOnce(chunkFailure).mockResolvedValue(Report);
  render(renderRoute('report', { report: retryableLazy(load) }));
  await screen.findByText('Sidan kunde inte visas.');
  act(() => void window.dispatchEvent(new Event('online')));
  await screen.findByText('Uppföljningen');
});

test('another route shows its page, and the failed one imports anew when opened again', async () => {
  const load = jest.fn().mockImplementationOnce(chunkFailure).mockResolvedValue(Report);
  const pages = { report: retryableLazy(load), plan: Plan };
  const view = render(renderRoute('report', pages));
  await screen.findByText('Sidan kunde inte visas.');

  view.rerender(renderRoute('plan', pages));
  await screen.findByText('Planen');
  view.rerender(renderRoute('report', pages));
  await screen.findByText('Uppföljningen');
});

test('a page that fails to render says so, and Försök igen renders it again', async () => {
  let broken = true;
  const Fragile = () => {
    if (broken) throw new Error('Cannot read properties of undefined');
    return <p>Planen</p>;
  };
  render(renderRoute('plan', { plan: Fragile }));
  await screen.findByText('Sidan kunde inte visas.');
  screen.getByText(/Något gick fel när sidan skulle visas/);

  broken = false;
  fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
  await screen.findByText('Planen');
});
