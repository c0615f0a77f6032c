/**
 * Authoring help, development only: press C over the page to copy the map's current view as
 * a ready-to-paste `camera:` line for a chapter's frontmatter.
 */
import { useEffect, type RefObject } from 'react';
import type { MapAdapter } from './adapter/map-adapter';

export function cameraYaml(c: ReturnType<MapAdapter['currentCamera']>): string {
  return `camera: { center: [${c.center[0]}, ${c.center[1]}], zoom: ${c.zoom}, bearing: ${c.bearing}, pitch: ${c.pitch}, transition: fly }`;
}

export function useCopyCameraKey(adapter: RefObject<MapAdapter | null>, ready: boolean): void {
  useEffect(() => {
    if (!import.meta.env.DEV || !ready) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key.toLowerCase() !== 'c' || e.metaKey || e.ctrlKey || target?.closest('input, textarea')) return;
      const camera = adapter.current?.currentCamera();
      if (!camera) return;
      const text = cameraYaml(camera);
      void navigator.clipboard?.writeText(text).catch(() => undefined);
      console.warn(`[camera helper] copied: ${text}`);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [adapter, ready]);
}
