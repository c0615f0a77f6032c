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
        {/* Reduced motion, decided once for the page: under prefers-reduced-motion nothing
            framer-motion animates moves (only opacity may fade). The map's camera is the one
            other decision: MapView asks once and lib/geo/camera-move.ts plans the move. */}
        <MotionConfig reducedMotion="user">
          <App />
        </MotionConfig>
      </LazyMotion>
    </StrictMode>,
  );
}
