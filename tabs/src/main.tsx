import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startHost } from './host/host';

startHost().then((host) => createRoot(document.getElementById('root')!).render(<App host={host} />));
