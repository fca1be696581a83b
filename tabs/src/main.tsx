import { createRoot } from 'react-dom/client';
import { App } from './App';
import { openMeetingFrame } from './apt/meetingFrame';
import { startHost } from './host/host';
import { AppErrorBoundary } from './recover/AppErrorBoundary';
import { openSubPage } from './routing';

startHost().then((host) => {
  // A deep link (an approval card's button) names the page to open; the tab was saved with another.
  openSubPage(host.subPageId);
  // A meeting's side panel shows the unit's APT rather than the plan the tab was saved with.
  openMeetingFrame(host);
  createRoot(document.getElementById('root')!).render(
    <AppErrorBoundary language={host.language}>
      <App host={host} />
    </AppErrorBoundary>,
  );
});
