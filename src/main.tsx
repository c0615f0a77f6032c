import '@fontsource/literata/latin-400.css';
import './app/app.css';
import { LazyMotion, MotionConfig } from 'framer-motion';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { story } from './content/story';
import { adoptThreadStyles } from './lib/thread-styles';
import { registerServiceWorker } from './offline/register-sw';

const loadMotionFeatures = () => import('./app/motion-features').then((mod) => mod.default);

const root = document.getElementById('root');
registerServiceWorker();
adoptThreadStyles(story.settings.threads);
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* Animation features arrive after the text: cards simply appear until then. */}
      <LazyMotion features={loadMotionFeatures} strict>
        {/* Reduced motion for the page: under prefers-reduced-motion framer-motion moves
            nothing by default. Cards, slides and the cast panel that must not even fade ask
            useReducedMotion; the map's camera is decided in one place, lib/geo/camera-move.ts. */}
        <MotionConfig reducedMotion="user">
          <App />
        </MotionConfig>
      </LazyMotion>
    </StrictMode>,
  );
}
