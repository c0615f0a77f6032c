/** The map explains itself: a legend, the text description (always in a live region), explore. */
import { useId, useState, type ReactNode, type Ref } from 'react';
import { useLang } from '@/lib/session/use-session';

const words = {
  describe: { es: 'Describir el mapa', en: 'Describe the map' },
  hideDescription: { es: 'Ocultar descripción', en: 'Hide description' },
  explore: { es: 'Explorar el mapa', en: 'Explore the map' },
  back: { es: 'Volver a la historia', en: 'Back to the story' },
  fallback: { es: 'El estilo de mapa remoto no cargó; se muestra el mapa integrado.', en: 'The remote map style did not load; showing the built-in map.' },
} as const;

interface Props {
  /** What the map shows right now (visible on request). */
  description: string;
  /** The chapter-level description, read once by screen readers when the chapter changes. */
  announcement: string;
  explore: boolean;
  canExplore: boolean;
  onExplore: (explore: boolean) => void;
  fallbackNote: boolean;
  /** The legend (MapLegend): what the map shows right now. */
  legend: ReactNode;
  /** The controls' box: the camera keeps the chapter's places clear of it. */
  ref?: Ref<HTMLDivElement>;
}

export function MapControls({ description, announcement, explore, canExplore, onExplore, fallbackNote, legend, ref }: Props) {
  const lang = useLang();
  const [showText, setShowText] = useState(false);
  const descId = useId();
  return (
    <div className="map-controls" ref={ref}>
      <div className="map-buttons">
        <button type="button" aria-expanded={showText} aria-controls={showText ? descId : undefined} onClick={() => setShowText((s) => !s)}>
          {showText ? words.hideDescription[lang] : words.describe[lang]}
        </button>
        {canExplore && (
          <button type="button" aria-pressed={explore} onClick={() => onExplore(!explore)}>
            {explore ? words.back[lang] : words.explore[lang]}
          </button>
        )}
      </div>
      {showText && <p id={descId} className="map-description">{description}</p>}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="map-announcement">{announcement}</p>
      {fallbackNote && <p className="map-note" role="note">{words.fallback[lang]}</p>}
      {legend}
    </div>
  );
}
