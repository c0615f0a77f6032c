/**
 * Builds measured side by side in one run, interleaved (A, B, A, B …) so that a busy shared
 * machine slows them alike: `tsx scripts/bench-compare.ts <distA> <distB> [port]`. Build each
 * first (`OUT_DIR=dist-x npx vite build`; an older commit from a `git worktree`). Prints the
 * medians and spread of every figure of `npm run bench` for each build, and writes
 * bench-results/compare.json.
 *
 * BENCH_RUNS (3), BENCH_READ_S (40), BENCH_HEAP (4 extra passes; 0 skips them), BENCH_SLOW
 * (1; 0 skips the slow profile), BENCH_TRACE (1; 0 skips the traced visit and its rows).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatTable, runSuite, type SuiteOptions } from './bench-suite';

const args = process.argv.slice(2);
const port = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 4473;

async function main(): Promise<void> {
  if (args.length < 1) throw new Error('usage: tsx scripts/bench-compare.ts <distA> [distB …] [port]');
  const o: SuiteOptions = {
    runs: Number(process.env.BENCH_RUNS ?? 3),
    port,
    readSeconds: Number(process.env.BENCH_READ_S ?? 40),
    heapPasses: Number(process.env.BENCH_HEAP ?? 4),
    slow: process.env.BENCH_SLOW !== '0',
    trace: process.env.BENCH_TRACE !== '0',
  };
  const visits = await runSuite(args, o);
  console.log(`\n${formatTable(args, visits, o)}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/compare.json', JSON.stringify({ date: new Date().toISOString(), options: o, dists: args, visits }, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
