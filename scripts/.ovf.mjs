import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--enable-unsafe-swiftshader','--use-angle=swiftshader','--ignore-gpu-blocklist','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: 320, height: 640 } });
await p.goto('http://localhost:4990/?lang=es');
await p.waitForSelector('.map-pane[data-map-state=ready]'); await p.waitForTimeout(2000);
console.log(await p.evaluate(() => { const out=[]; for (const el of document.querySelectorAll('body *')) { const r=el.getBoundingClientRect(); if (r.right>320.5 && r.width>0) out.push(el.tagName+'.'+el.className+' '+Math.round(r.left)+'-'+Math.round(r.right)); } return [document.documentElement.scrollWidth, ...out.slice(0,15)]; }));
await p.screenshot({ path: '/tmp/p320.png' });
await b.close();
