/**
 * `npm run bench`: builds the story, serves it, and measures it in headless Chromium: bytes,
 * first title, map first drawn and idle, main-thread time by category during the load and a
 * scripted read, long tasks, frames over 25 ms and the heap, on a fast and a slow profile
 * (see bench-suite.ts). Prints a table and writes bench-results/bench.json. A benchmark, not a
 * test: it asserts nothing. On a machine without a GPU, WebGL runs in software (SwiftShader),
 * so timings are for comparing builds side by side (scripts/bench-compare.ts), not absolute claims.
 *
 * `npm run bench -- --anchor` adds a column for the reference template issue 19 measures against
 * (tools/anchor: installed on demand, built with this story), visited in turn with the app.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { measureBudgets } from './budget';
import { formatTable, runSuite, type SuiteOptions } from './bench-suite';

const OUT = 'dist-bench';
const ANCHOR = 'dist-anchor';
const withAnchor = process.argv.includes('--anchor');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(command, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function main(): Promise<void> {
  console.log('Building…');
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { ...process.env, OUT_DIR: OUT });
  if (withAnchor) {
    run('npm', ['ci', '--prefix', 'tools/anchor', '--no-audit', '--no-fund', '--loglevel=error']);
    run('npx', ['tsx', 'tools/anchor/build.ts', ANCHOR]);
  }
  const dists = withAnchor ? [OUT, ANCHOR] : [OUT];
  const bytes = measureBudgets(OUT);
  const o: SuiteOptions = {
    runs: Number(process.env.BENCH_RUNS ?? 3),
    port: Number(process.env.BENCH_PORT ?? 4473),
    readSeconds: Number(process.env.BENCH_READ_S ?? 40),
    heapPasses: Number(process.env.BENCH_HEAP ?? 4),
    slow: process.env.BENCH_SLOW !== '0',
    trace: process.env.BENCH_TRACE !== '0',
  };
  const visits = await runSuite(dists, o);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\nUnder the Same Moon — benchmark\n`);
  console.log(`Before the first chapter is readable (gzip, from the build)  ${kb(bytes.initialBytes)}`);
  console.log(`Map: library + worker + basemap (gzip)                       ${kb(bytes.mapBytes)}\n`);
  console.log(formatTable(dists, visits, o));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), options: o, bytes, visits: visits[0], ...(withAnchor ? { anchor: visits[1] } : {}) }, null, 2));
  console.log('\nWritten: bench-results/bench.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
