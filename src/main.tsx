import '@fontsource/literata/latin-400.css';
import '@fontsource/literata/latin-700.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './offline/register-sw';

const root = document.getElementById('root');
registerServiceWorker();
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
