/**
 * MapLibre's scale bar, set when the camera settles. MapLibre's own sets its width and text at
 * every frame of a move: during a story's flight that is a layout of the page per map frame
 * (about a hundred in a read), for a figure nobody can read while the zoom runs through it.
 * Here a story's flight hides the bar (`visibility`: no change of size) and sets it
 * once the camera has arrived. While the reader explores the map by hand it follows each move.
 */
import { ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';

export class SettledScale extends ScaleControl {
  /** Follow every move (the reader is exploring the map). */
  live = false;

  private readonly onFrame = () => {
    if (this.live) this._onMove();
  };
  private readonly onStart = () => {
    if (!this.live) this._container.style.visibility = 'hidden';
  };
  private readonly onEnd = () => {
    this._container.style.visibility = '';
    this._onMove();
  };

  override onAdd(map: MapLibreMap): HTMLElement {
    const container = super.onAdd(map);
    map.off('move', this._onMove);
    map.on('move', this.onFrame);
    map.on('movestart', this.onStart);
    map.on('moveend', this.onEnd);
    return container;
  }

  override onRemove(): void {
    this._map.off('move', this.onFrame);
    this._map.off('movestart', this.onStart);
    this._map.off('moveend', this.onEnd);
    super.onRemove();
  }
}
