/**
 * `npm run screenshots` (after `npm run build`; `-- NAME…` for only the surfaces whose name contains one of
 * the words): every surface of the extension and the trainer in Chinese (Chromium with --lang=zh-CN, Noto
 * CJK) at 1366×768 into docs/screenshots/, on a fresh sandbox. The README shows each file (a test checks).
 */
import { launch } from '../../tests/e2e/launch';
import { DIR, VIEW, settled, type Ctx } from './shot';
import { SURFACES } from './surfaces';

async function main(filter: string[]) {
  const w = await launch();
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  const ctx: Ctx = {
    w,
    extensionId: new URL(sw.url()).host,
    async save(page, file, opts) {
      await settled(page);
      await page.screenshot({ path: `${DIR}/${file}`, fullPage: opts?.fullPage });
      console.log(`${DIR}/${file}`);
    },
    async extensionPage(path, size = VIEW) {
      const page = await w.browser.newPage();
      await page.setViewport(size);
      await page.goto(`chrome-extension://${ctx.extensionId}/${path}`, { waitUntil: 'load' });
      return page;
    },
  };
  const failed: string[] = [];
  try {
    for (const s of SURFACES.filter((s) => !filter.length || filter.some((f) => s.name.includes(f)))) {
      try {
        await s.take(ctx);
      } catch (e) {
        // One surface failing does not stop the others; the run still exits 1 naming it.
        failed.push(s.name);
        console.error(`✖ ${s.name}: ${(e as Error).message}`);
      }
    }
  } finally {
    await w.close();
  }
  if (failed.length) {
    console.error(`failed: ${failed.join('; ')}`);
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
