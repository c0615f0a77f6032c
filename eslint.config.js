import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    // The validator (zod) runs at build time only: the app takes types from the schema and
    // values from zod-free constants, so the reader never downloads it.
    files: ['src/app/**', 'src/features/**', 'src/lib/**', 'src/main.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [
          { name: 'zod', message: 'zod is build-time only.' },
          { name: '@/content/schema', allowTypeImports: true, message: 'Import values from @/content/constants; schema.ts pulls in zod.' },
        ],
      }],
    },
  },
  {
    files: ['scripts/**', 'tests/**', 'tools/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
