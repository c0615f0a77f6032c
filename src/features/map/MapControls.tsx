/**
 * The map explains itself: a legend, the text description (always in a live region), explore.
 * On a small map (map.css decides, by the map's own size) the two buttons fold into one
 * compact "Map" control that opens them as a short menu.
 */
import { useId, useState, type ReactNode, type Ref } from 'react';
import { useLang } from '@/lib/session/use-session';

const words = {
  describe: { es: 'Describir el mapa', en: 'Describe the map' },
  hideDescription: { es: 'Ocultar descripción', en: 'Hide description' },
  explore: { es: 'Explorar el mapa', en: 'Explore the map' },
  back: { es: 'Volver a la historia', en: 'Back to the story' },
  menu: { es: 'Mapa', en: 'Map' },
  menuLabel: { es: 'Opciones del mapa', en: 'Map options' },
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
  const [open, setOpen] = useState(false);
  const descId = useId();
  const menuId = useId();
  return (
    <div className="map-controls" ref={ref}>
      <div className={open ? 'map-buttons is-open' : 'map-buttons'}>
        <button type="button" className="map-menu-toggle" aria-expanded={open} aria-controls={menuId} aria-label={words.menuLabel[lang]} onClick={() => setOpen((o) => !o)}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M1 3.5 5.5 2l5 1.5L15 2v10.5L10.5 14l-5-1.5L1 14z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
          {words.menu[lang]} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
        <div className="map-menu" id={menuId}>
          <button type="button" aria-expanded={showText} aria-controls={showText ? descId : undefined} onClick={() => setShowText((s) => !s)}>
            {showText ? words.hideDescription[lang] : words.describe[lang]}
          </button>
          {canExplore && (
            <button type="button" aria-pressed={explore} onClick={() => onExplore(!explore)}>
              {explore ? words.back[lang] : words.explore[lang]}
            </button>
          )}
        </div>
      </div>
      {showText && <p id={descId} className="map-description">{description}</p>}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="map-announcement">{announcement}</p>
      {fallbackNote && <p className="map-note" role="note">{words.fallback[lang]}</p>}
      {legend}
    </div>
  );
}
