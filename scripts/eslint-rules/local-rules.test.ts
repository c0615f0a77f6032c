/**
 * The boundaries are real only if the linter fails on a violation: each test lints a small
 * violating file with the project's own ESLint config and expects the rule to fire, and lints
 * a well-behaved neighbour to show it does not fire on everything.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The first lint loads the whole config (typescript-eslint, the React rules): slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('feature boundaries', () => {
  it('fail when one feature imports another', async () => {
    const ids = await ruleIds("import { CastButton } from '@/features/cast/CastButton';\nexport const x = CastButton;\n", 'src/features/calls/lint-fixture.ts');
    expect(ids).toContain('local/feature-boundaries');
  });

  it('fail on a relative import into another feature too', async () => {
    const ids = await ruleIds("import { describeMap } from '../map/describe-map';\nexport const x = describeMap;\n", 'src/features/week/lint-fixture.ts');
    expect(ids).toContain('local/feature-boundaries');
  });

  it('pass for imports inside a feature, from lib, and from app into features', async () => {
    expect(await ruleIds("import { describeMap } from './describe-map';\nexport const x = describeMap;\n", 'src/features/map/lint-fixture.ts')).toEqual([]);
    expect(await ruleIds("import { describeMap } from '@/features/map/describe-map';\nexport const x = describeMap;\n", 'src/app/lint-fixture.ts')).toEqual([]);
  });

  it('fail when lib imports a feature', async () => {
    const ids = await ruleIds("import { describeMap } from '@/features/map/describe-map';\nexport const x = describeMap;\n", 'src/lib/geo/lint-fixture.ts');
    expect(ids).toContain('@typescript-eslint/no-restricted-imports');
  });
});

describe('only the map adapter imports maplibre-gl', () => {
  const code = "import { Marker } from 'maplibre-gl';\nexport const x = Marker;\n";
  it('fails for a second importer elsewhere in the map feature, and in lib', async () => {
    expect(await ruleIds(code, 'src/features/map/lint-fixture.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds(code, 'src/lib/lint-fixture.ts')).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('passes inside the adapter', async () => {
    expect(await ruleIds(code, 'src/features/map/adapter/lint-fixture.ts')).toEqual([]);
  });
});

describe('no import cycles', () => {
  // Real files: the rule follows imports on disk. Removed again after the test.
  const dir = join(ROOT, 'src', `lint-fixture-${process.pid}`);
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "import { c } from './c';\nexport const b = () => c;\n");
    writeFileSync(join(dir, 'c.ts'), "import { a } from './a';\nexport const c = () => a;\n");
    writeFileSync(join(dir, 'f.ts'), "import type { G } from './g';\nexport const f = (g: G) => g;\n");
    writeFileSync(join(dir, 'g.ts'), "import { f } from './f';\nexport type G = number;\nexport const g = f;\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fail when a module imports itself back through others', async () => {
    const [result] = await eslint.lintFiles([join(dir, 'a.ts')]);
    const cycle = result?.messages.find((m) => m.ruleId === 'local/no-import-cycle');
    expect(cycle?.message).toContain('b.ts → c.ts → a.ts');
  });

  it('pass when the way back is a type-only import, which never runs', async () => {
    const [result] = await eslint.lintFiles([join(dir, 'g.ts')]);
    expect(result?.messages.filter((m) => m.ruleId === 'local/no-import-cycle')).toEqual([]);
  });
});

describe('components read the language from the session', () => {
  const head = "import type { Lang } from '@/content/constants';\nimport { useLang } from '@/lib/session/use-session';\n";
  const langProp = async (code: string, file: string) => (await ruleIds(head + code, file)).filter((id) => id === 'local/no-lang-prop');

  it('fail when a component destructures a lang prop', async () => {
    const code = 'export function Words({ lang }: { lang: Lang }) {\n  return <p>{lang}</p>;\n}\nexport const n = useLang;\n';
    expect(await langProp(code, 'src/features/language/lint-fixture.tsx')).toEqual(['local/no-lang-prop']);
  });

  it('fail when the props interface declares lang, even if the component never destructures it', async () => {
    const code = 'interface Props {\n  title: string;\n  lang: Lang;\n}\nexport const Title = (props: Props) => <h1 lang={props.lang}>{props.title}</h1>;\nexport const n = useLang;\n';
    expect(await langProp(code, 'src/app/lint-fixture.tsx')).toEqual(['local/no-lang-prop']);
  });

  it('fail through memo() and a props type joined with &', async () => {
    const code = "import { memo } from 'react';\ntype Base = { lang: Lang };\ntype Props = Base & { n: number };\nexport const Count = memo(function Count(p: Props) {\n  return <p>{p.n}{p.lang}</p>;\n});\nexport const u = useLang;\n";
    expect(await langProp(code, 'src/features/week/lint-fixture.tsx')).toContain('local/no-lang-prop');
  });

  it('pass for a component that reads useLang(), one that names the other language it shows, and plain functions taking lang', async () => {
    const code = [
      'export function Words() {',
      '  const lang = useLang();',
      '  return <p lang={lang}>{lang}</p>;',
      '}',
      '/** The other column of parallel reading: not the session\'s language. */',
      'export function Other({ textLang }: { textLang: Lang }) {',
      '  return <p lang={textLang}>{textLang}</p>;',
      '}',
      'export const label = (lang: Lang): string => (lang === "es" ? "hola" : "hello");',
      'export function useGreeting({ lang }: { lang: Lang }) {',
      '  return label(lang);',
      '}',
      '',
    ].join('\n');
    expect(await ruleIds(head + code, 'src/features/language/lint-fixture.tsx')).toEqual([]);
  });

  it('pass outside features and app: shared drawing primitives in lib take their language as data', async () => {
    const code = 'export function Label({ lang }: { lang: Lang }) {\n  return <text>{lang}</text>;\n}\nexport const n = useLang;\n';
    expect(await langProp(code, 'src/lib/static-map/lint-fixture.tsx')).toEqual([]);
  });
});
