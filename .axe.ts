import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openSite } from './tests/browser/harness';
const site = await openSite();
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
for (const path of process.argv.slice(2)) {
  const page = await site.page();
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  await page.evaluate(axe);
  const v = await page.evaluate(async () => {
    const r = await (window as any).axe.run();
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n: any) => n.target.join(' ') + ' :: ' + n.html.slice(0, 120)) }));
  });
  console.log(path, JSON.stringify(v, null, 1));
}
await site.close();
