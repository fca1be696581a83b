import { lazy, type ComponentType } from 'react';

/** A page's code could not be fetched (offline, server unreachable): worth trying again, unlike a bug. */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('Sidans kod kunde inte hämtas', { cause });
    this.name = 'PageLoadError';
  }
}

const failed = new Set<() => void>();

/**
 * React.lazy whose failed import can be tried again. React keeps a rejected lazy's error for good,
 * so trying again takes a fresh lazy(): retryFailedLoads() swaps one in for each that failed, and the
 * page's next render imports anew (the chunk keeps its URL, and the browser fetches it again).
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const attempt = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (cause: unknown) => {
          failed.add(renew);
          throw new PageLoadError(cause);
        },
      ),
    );
  let current = attempt();
  const renew = () => {
    current = attempt();
  };
  return function RetryableLazy(props: P) {
    const Page = current;
    return <Page {...props} />;
  };
}

/** Lets every page whose import failed be imported again on its next render. */
export function retryFailedLoads(): void {
  for (const renew of failed) renew();
  failed.clear();
}
