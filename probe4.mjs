import { chromium } from 'playwright';
import { spawn } from 'node:child_process';
const srv = spawn('npx', ['vite', 'preview', '--port', '4400', '--strictPort', '--outDir', process.argv[2]], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 3500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const ids = process.argv[3].split(',');
for (let i = 0; i < Number(process.argv[4] ?? 1); i++) for (const id of ids) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const log = [];
  await page.exposeFunction('__log', (s) => log.push(s));
  await page.addInitScript(() => {
    const t0 = performance.now();
    let last = '';
    const tick = () => { const cur = document.querySelector('section[aria-current="step"]')?.id ?? '-'; const s = `${cur}@${Math.round(scrollY)}`; if (s !== last) { last = s; window.__log(`${Math.round(performance.now() - t0)} ${s} ${location.hash}`); } requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await page.goto(`http://localhost:4400/?lang=es#${id}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(7000);
  const cur = await page.evaluate(() => document.querySelector('section[aria-current="step"]')?.id);
  console.log(id, '→', cur, cur === id ? 'OK' : 'WRONG\n  ' + log.join('\n  '));
  await page.close();
}
await browser.close(); srv.kill();
