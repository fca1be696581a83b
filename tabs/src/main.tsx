import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startHost } from './host/host';
import { AppErrorBoundary } from './recover/AppErrorBoundary';

startHost().then((host) =>
  createRoot(document.getElementById('root')!).render(
    <AppErrorBoundary language={host.language}>
      <App host={host} />
    </AppErrorBoundary>,
  ),
);
