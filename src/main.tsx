import '@fontsource/literata/latin-400.css';
import './app/app.css';
import { LazyMotion } from 'framer-motion';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './offline/register-sw';

const loadMotionFeatures = () => import('./app/motion-features').then((mod) => mod.default);

const root = document.getElementById('root');
registerServiceWorker();
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* Animation features arrive after the text: cards simply appear until then. */}
      <LazyMotion features={loadMotionFeatures} strict>
        <App />
      </LazyMotion>
    </StrictMode>,
  );
}
