/**
 * `npm run lighthouse`: installs Lighthouse here on first use (pinned in this folder's
 * package.json, so it does not weigh on every install of the project), builds the story,
 * serves it with `vite preview`, and runs Lighthouse (desktop preset and the default mobile
 * config) against the English and Spanish pages in headless Chromium. Prints the four category scores per run, lists the failing audits of
 * accessibility / best practices / SEO, and writes bench-results/lighthouse.json.
 * A report, not a test: it exits 0 whatever the scores. On a machine without a GPU, WebGL
 * runs in software (SwiftShader), so the Performance score is recorded, not meaningful.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { waitForServer } from '../../scripts/serve-util';

const PORT = Number(process.env.LH_PORT ?? 4573);
const OUT = 'dist-lh';
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type FormFactor = 'desktop' | 'mobile';
interface Failing {
  category: string;
  id: string;
  title: string;
  score: number | null;
  /** What the audit points at (element selectors, URLs), for finding the cause. */
  items: string[];
}
interface RunReport {
  formFactor: FormFactor;
  lang: 'en' | 'es';
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Lab metrics behind the Performance score, in ms (CLS unitless). */
  metrics: Record<string, number | null>;
  failing: Failing[];
  runWarnings: string[];
}

function detailItems(details: Result['audits'][string]['details']): string[] {
  if (!details || !('items' in details) || !Array.isArray(details.items)) return [];
  return details.items.slice(0, 10).map((item) => {
    const rec = item as Record<string, unknown>;
    const node = rec.node as { selector?: string; snippet?: string } | undefined;
    if (node) return `${node.selector ?? ''} ${node.snippet ?? ''}`.trim();
    return JSON.stringify(item).slice(0, 300);
  });
}

function failingAudits(lhr: Result): Failing[] {
  const out: Failing[] = [];
  for (const cat of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0) continue;
      if (audit.scoreDisplayMode !== 'binary' && audit.scoreDisplayMode !== 'numeric') continue;
      if (audit.score !== null && audit.score >= 1) continue;
      out.push({ category: cat, id: audit.id, title: audit.title, score: audit.score, items: detailItems(audit.details) });
    }
  }
  return out;
}

async function runOne(url: string, formFactor: FormFactor, lang: 'en' | 'es'): Promise<RunReport> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
    const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as RunReport['scores'];
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null]),
    ) as RunReport['metrics'];
    return { formFactor, lang, url, scores, metrics, failing: failingAudits(lhr), runWarnings: lhr.runWarnings.map(String) };
  } finally {
    await chrome.kill();
  }
}

async function main(): Promise<void> {
  console.log('Building…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: OUT } });
  if (build.status !== 0) {
    console.error('build failed; no Lighthouse run');
    return;
  }
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', OUT], {
    stdio: 'ignore',
    detached: true,
  });
  const origin = `http://localhost:${PORT}`;
  const runs: RunReport[] = [];
  try {
    await waitForServer(`${origin}/`);
    for (const formFactor of ['desktop', 'mobile'] as const) {
      for (const lang of ['en', 'es'] as const) {
        const url = `${origin}/?lang=${lang}`;
        console.log(`Lighthouse ${formFactor} ${lang}…`);
        try {
          runs.push(await runOne(url, formFactor, lang));
        } catch (err) {
          console.error(`  failed: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
  } finally {
    if (server.pid) {
      try {
        process.kill(-server.pid);
      } catch {
        /* already gone */
      }
    }
  }

  const pct = (s: number | null) => (s === null ? '  –' : String(Math.round(s * 100)).padStart(3));
  console.log(`\nUnder the Same Moon — Lighthouse (headless Chromium, software WebGL)\n`);
  const ms = (n: number | null | undefined) => (n == null ? '–' : `${(n / 1000).toFixed(1)} s`).padStart(7);
  console.log('run            perf  a11y  best   seo      FCP      LCP      TBT      SI     CLS');
  for (const r of runs) {
    const s = r.scores;
    const m = r.metrics;
    console.log(
      `${`${r.formFactor} ${r.lang}`.padEnd(13)}  ${pct(s.performance)}   ${pct(s.accessibility)}   ${pct(s['best-practices'])}   ${pct(s.seo)}` +
        `  ${ms(m.fcp)}  ${ms(m.lcp)}  ${(m.tbt == null ? '–' : `${Math.round(m.tbt)} ms`).padStart(7)}  ${ms(m.si)}  ${(m.cls == null ? '–' : m.cls.toFixed(3)).padStart(6)}`,
    );
  }
  const failing = new Map<string, Failing & { runs: string[] }>();
  for (const r of runs) {
    for (const f of r.failing) {
      const key = `${f.category}/${f.id}`;
      const entry = failing.get(key) ?? { ...f, runs: [] };
      entry.runs.push(`${r.formFactor} ${r.lang}`);
      failing.set(key, entry);
    }
  }
  console.log(failing.size ? '\nFailing audits (accessibility, best practices, SEO):' : '\nNo failing audits in accessibility, best practices or SEO.');
  for (const f of failing.values()) {
    console.log(`  [${f.category}] ${f.id} — ${f.title} (${f.runs.join(', ')})`);
    for (const item of f.items) console.log(`      ${item}`);
  }
  const warnings = [...new Set(runs.flatMap((r) => r.runWarnings))];
  if (warnings.length) console.log(`\nLighthouse warnings:\n${warnings.map((w) => `  ${w}`).join('\n')}`);

  mkdirSync('bench-results', { recursive: true });
  const chromeVersion = spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(
    'bench-results/lighthouse.json',
    JSON.stringify({ date: new Date().toISOString(), chrome: chromeVersion, flags: CHROME_FLAGS, runs }, null, 2),
  );
  console.log('\nWritten: bench-results/lighthouse.json');
}

main()
  .catch((err) => console.error(err))
  .finally(() => process.exit(0));
