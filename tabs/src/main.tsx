import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startHost } from './host/host';
import { AppErrorBoundary } from './recover/AppErrorBoundary';
import { openSubPage } from './routing';

startHost().then((host) => {
  // A deep link (an approval card's button) names the page to open; the tab was saved with another.
  openSubPage(host.subPageId);
  createRoot(document.getElementById('root')!).render(
    <AppErrorBoundary language={host.language}>
      <App host={host} />
    </AppErrorBoundary>,
  );
});
