/**
 * The single-file copy's map worker (stands in for `maplibre-gl-worker.mjs?url`, see
 * src/build/single-file-plugin.ts): the worker's code from a blob, opened by the file shim so
 * it too reads the inlined basemap. Under `file://` MapLibre reads this blob and starts the
 * worker from it (its rule for pages whose origin is `null`).
 */
import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import { pageFolder, readInlinedFiles, workerPrelude } from './file-shim';

// The source map is not shipped; a dangling reference would only make devtools complain.
const code = source.replace(/^\/\/# sourceMappingURL=.*$/m, '');
const workerUrl = URL.createObjectURL(new Blob([workerPrelude(readInlinedFiles() ?? {}, pageFolder()), code], { type: 'text/javascript' }));
export default workerUrl;
