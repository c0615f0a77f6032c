/**
 * First import of the single-file copy (added by src/build/single-file-plugin.ts): answers the
 * page's requests for its inlined data files before anything asks for them.
 */
import { installFileShim, pageFolder, readInlinedFiles } from './file-shim';

const files = readInlinedFiles();
if (files) installFileShim(files, pageFolder());
