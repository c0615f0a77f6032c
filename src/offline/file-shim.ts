/**
 * The single-file copy's stand-in for a web server. Opened from disk (`file://`) the page can
 * fetch nothing, so `npm run package` writes every data file the build emits (the basemap and
 * whatever else sits beside index.html) into the page as a JSON block; this shim answers
 * `fetch` and `XMLHttpRequest` for those paths from it, in the page and in the map's worker.
 *
 * `installFileShim` must stay self-contained (no imports, no outer names): its source text is
 * also run as the first lines of the map worker (see `workerPrelude`).
 */

/** One inlined file: text as is, binary as base64. */
export interface InlinedFile {
  /** MIME type, for the Response's Content-Type. */
  type: string;
  text?: string;
  base64?: string;
}

/** Relative path (e.g. `basemap/basemap.json`) → file. */
export type InlinedFiles = Record<string, InlinedFile>;

/** The id of the page's `<script type="application/json">` block that holds the files. */
export const OFFLINE_FILES_ID = 'usm-offline-files';

/**
 * Patches `scope.fetch` and `scope.XMLHttpRequest` so requests for a path in `files`,
 * resolved against `base` (the page's folder, ending in `/`), are answered from memory. Every
 * other request goes to the real implementation unchanged. Returns the lookup, for tests.
 */
export function installFileShim(files: InlinedFiles, base: string, scope: typeof globalThis = globalThis) {
  const basePath = new URL(base).pathname;
  const lookup = (url: string): InlinedFile | null => {
    let u: URL;
    try {
      u = new URL(url, base);
    } catch {
      return null;
    }
    if (u.protocol !== new URL(base).protocol || !u.pathname.startsWith(basePath)) return null;
    const key = decodeURIComponent(u.pathname.slice(basePath.length));
    return Object.prototype.hasOwnProperty.call(files, key) ? (files[key] ?? null) : null;
  };
  const bytes = (f: InlinedFile): Uint8Array<ArrayBuffer> => {
    if (f.base64 === undefined) return new TextEncoder().encode(f.text ?? '') as Uint8Array<ArrayBuffer>;
    const raw = atob(f.base64);
    const out = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  };
  const text = (f: InlinedFile): string => f.text ?? new TextDecoder().decode(bytes(f));

  const realFetch = scope.fetch?.bind(scope);
  if (realFetch) {
    scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const f = lookup(url);
      if (!f) return realFetch(input, init);
      return Promise.resolve(new Response(bytes(f), { status: 200, headers: { 'Content-Type': f.type } }));
    };
  }

  const RealXHR = scope.XMLHttpRequest;
  if (RealXHR) {
    // MapLibre asks for file: URLs with XMLHttpRequest (fetch cannot read them).
    scope.XMLHttpRequest = class extends RealXHR {
      #file: InlinedFile | null = null;
      override open(method: string, url: string | URL, ...rest: [boolean?, string?, string?]) {
        this.#file = lookup(String(url));
        if (!this.#file) (super.open as (...a: unknown[]) => void)(method, url, ...rest);
      }
      override setRequestHeader(name: string, value: string) {
        if (!this.#file) super.setRequestHeader(name, value);
      }
      override getResponseHeader(name: string) {
        if (!this.#file) return super.getResponseHeader(name);
        return name.toLowerCase() === 'content-type' ? this.#file.type : null;
      }
      override send(body?: Document | XMLHttpRequestBodyInit | null) {
        const f = this.#file;
        if (!f) return super.send(body);
        const binary = this.responseType === 'arraybuffer';
        const response = binary ? bytes(f).buffer : this.responseType === 'json' ? JSON.parse(text(f)) : text(f);
        const own = (name: string, value: unknown) => Object.defineProperty(this, name, { value, configurable: true });
        own('readyState', 4);
        own('status', 200);
        own('statusText', 'OK');
        own('response', response);
        if (!binary && this.responseType !== 'json') own('responseText', response);
        setTimeout(() => {
          for (const type of ['readystatechange', 'load', 'loadend']) this.dispatchEvent(new Event(type));
        }, 0);
      }
    };
  }
  return lookup;
}

/** The files inlined in this page, or `null` in a normal build (no block). */
export function readInlinedFiles(doc: Document = document): InlinedFiles | null {
  const block = doc.getElementById(OFFLINE_FILES_ID);
  if (!block?.textContent) return null;
  return JSON.parse(block.textContent) as InlinedFiles;
}

/** Code to run first in the map's worker: the same shim, with the same files and folder. */
export function workerPrelude(files: InlinedFiles, base: string): string {
  return `(${installFileShim.toString()})(${JSON.stringify(files)}, ${JSON.stringify(base)}, self);\n`;
}

/** The page's folder, against which the build's relative paths resolve. */
export const pageFolder = (href: string = location.href): string => new URL('.', href).href;
