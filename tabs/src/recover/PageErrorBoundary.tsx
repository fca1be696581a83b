import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { PageError } from './PageError';
import { retryFailedLoads } from './retryableLazy';

/**
 * Around the routed page: a page that fails to load or render shows PageError, not a blank tab.
 * "Försök igen" and any change of `route` (Back, another page) show the page again, importing anew a
 * page whose code failed to load. react-error-boundary rather than an own class component: it already
 * does the catch, the reset by keys and the reset callback, and keeps up with React.
 */
export function PageErrorBoundary({ route, children }: { route: unknown; children: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={PageError} resetKeys={[route]} onReset={retryFailedLoads}>
      {children}
    </ErrorBoundary>
  );
}
