import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import local from './scripts/eslint-rules/local-rules.js';

/** Options for no-restricted-imports: zod everywhere in the app, plus MapLibre and, for lib/, features and app. */
function restrictedImports({ maplibre, lib = false }) {
  return {
    paths: [
      { name: 'zod', message: 'zod is build-time only.' },
      { name: '@/content/schema', allowTypeImports: true, message: 'Import values from @/content/constants; schema.ts pulls in zod.' },
    ],
    patterns: [
      ...(maplibre ? [] : [{ group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only the map adapter (src/features/map/adapter/) imports maplibre-gl.' }]),
      ...(lib ? [{ group: ['@/features/*', '@/app/*', '**/features/*', '**/app/*'], message: 'src/lib/ is shared by features: it never imports a feature or the app.' }] : []),
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'public', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 260, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { local },
    rules: {
      // Features never import each other (app/ composes them); no module imports itself back.
      'local/feature-boundaries': 'error',
      'local/no-import-cycle': 'error',
    },
  },
  {
    // Components read the reader's language from the session (useLang()), never from a prop.
    files: ['src/features/**/*.tsx', 'src/app/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: { 'local/no-lang-prop': 'error' },
  },
  {
    // The validator (zod) runs at build time only: the app takes types from the schema and
    // values from zod-free constants, so the reader never downloads it. Only the map adapter
    // (src/features/map/adapter/) speaks MapLibre.
    files: ['src/app/**', 'src/features/**', 'src/lib/**', 'src/main.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', restrictedImports({ maplibre: false })] },
  },
  {
    files: ['src/features/map/adapter/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', restrictedImports({ maplibre: true })] },
  },
  {
    // Shared primitives depend on content and each other only: never on a feature or the app.
    files: ['src/lib/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', restrictedImports({ maplibre: false, lib: true })] },
  },
  {
    files: ['scripts/**', 'tests/**', 'tools/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
