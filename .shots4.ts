import { openSite } from './tests/browser/harness';
const site = await openSite();
const page = await site.page();
await page.goto(site.url + 'r/zongzhi-weiwen-shishi-banfa/', { waitUntil: 'networkidle' });
await page.screenshot({ path: '/tmp/cmp-shots/doc-top.png', clip: { x: 0, y: 0, width: 1280, height: 400 } });
await page.goto(site.url + 'compare/zongzhi-weiwen-shishi-banfa/dehong-weiwen-fankong-wenze/', { waitUntil: 'networkidle' });
await page.screenshot({ path: '/tmp/cmp-shots/nolinks.png', clip: { x: 0, y: 0, width: 1280, height: 600 } });
await site.close();
