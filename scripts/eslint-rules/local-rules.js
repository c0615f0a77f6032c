/**
 * The project's own ESLint rules: the boundaries the README describes, kept by the linter
 * without a list to re-type for every new feature.
 *
 * - `local/feature-boundaries`: a file in `src/features/<name>/` imports nothing from another
 *   feature (features are composed in `src/app/`); shared code lives in `src/lib/`.
 * - `local/no-import-cycle`: no module imports itself back through a chain of static imports
 *   (`import type` and lazy `import()` do not count: neither runs at load).
 * - `local/no-lang-prop`: a React component takes no `lang` prop; it reads the reader's
 *   language from the session (`useLang()`), see no-lang-prop.js.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { noLangProp } from './no-lang-prop.js';

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs'];

/** The folder `@/` points at, found from a file inside the project. */
function srcRoot(file) {
  let dir = dirname(file);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'src');
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** The source file an import specifier points at, or null (packages, assets, missing files). */
function resolveImport(from, specifier) {
  const clean = specifier.split('?')[0];
  let base;
  if (clean.startsWith('@/')) {
    const root = srcRoot(from);
    if (!root) return null;
    base = join(root, clean.slice(2));
  } else if (clean.startsWith('.')) base = resolve(dirname(from), clean);
  else return null;
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, `index${e}`))];
  for (const c of candidates) {
    if (existsSync(c) && statSync(c).isFile() && EXTENSIONS.some((e) => c.endsWith(e))) return c;
  }
  return null;
}

const featureOf = (file) => {
  const parts = file.split(sep);
  const i = parts.lastIndexOf('features');
  return i >= 1 && parts[i - 1] === 'src' && parts.length > i + 2 ? parts[i + 1] : null;
};

const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature imports nothing from another feature.' },
    schema: [],
    messages: {
      crossFeature: "Feature '{{from}}' imports from feature '{{to}}'. Features never import each other: compose them in src/app/, or move what they share to src/lib/.",
    },
  },
  create(context) {
    const file = context.filename;
    const own = featureOf(file);
    if (!own) return {};
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const target = resolveImport(file, node.source.value);
      const other = target ? featureOf(target) : null;
      if (other && other !== own) context.report({ node, messageId: 'crossFeature', data: { from: own, to: other } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

/** Static, runtime imports of a file on disk (regex: enough for this codebase's import style). */
const IMPORT_RE = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const importsCache = new Map();
function importsOf(file) {
  let mtime;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const cached = importsCache.get(file);
  if (cached && cached.mtime === mtime) return cached.targets;
  const text = readFileSync(file, 'utf8');
  const targets = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const target = resolveImport(file, m[1]);
    if (target) targets.push(target);
  }
  importsCache.set(file, { mtime, targets });
  return targets;
}

/** A path of imports from `start` back to `goal`, or null. */
function pathBack(start, goal) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length) {
    const [file, path] = stack.pop();
    if (file === goal) return path;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const next of importsOf(file)) stack.push([next, [...path, next]]);
  }
  return null;
}

const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No module imports itself back through static imports.' },
    schema: [],
    messages: { cycle: 'Import cycle: {{path}}. Break it by moving what both sides need into a module of its own.' },
  },
  create(context) {
    const file = context.filename;
    const root = dirname(file);
    const check = (node) => {
      if (node.importKind === 'type' || node.exportKind === 'type') return;
      if (!node.source || typeof node.source.value !== 'string') return;
      const target = resolveImport(file, node.source.value);
      if (!target) return;
      const path = pathBack(target, file);
      if (path) context.report({ node, messageId: 'cycle', data: { path: [file, ...path].map((p) => relative(root, p) || '.').join(' → ') } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { 'feature-boundaries': featureBoundaries, 'no-import-cycle': noImportCycle, 'no-lang-prop': noLangProp } };
