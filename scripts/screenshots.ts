// Regenerates the sandbox's docs/screenshots/sandbox-*.png at 1366×768 with the extension loaded (needs a CJK font).
import { launch, activeFrame, waitForPanel } from '../tests/e2e/launch';

const w = await launch();
try {
  const shot = async (path: string, file: string, prepare?: (frame: Awaited<ReturnType<typeof activeFrame>>) => Promise<void>) => {
    await w.page.goto(`${w.url}?open=${encodeURIComponent(path)}`, { waitUntil: 'networkidle0' });
    const frame = await activeFrame(w.page);
    if (path.startsWith('/syn')) await waitForPanel(frame);
    await prepare?.(frame);
    await new Promise((r) => setTimeout(r, 400));
    await w.page.screenshot({ path: `docs/screenshots/${file}` });
    console.log(`docs/screenshots/${file}`);
  };
  await shot('/syn/sccheck/pubscworkplan', 'sandbox-plans.png');
  await shot('/syn/sccheck/pubscworkplan/edit?id=JH-2026-002', 'sandbox-plan-edit.png');
  // A draw on the strategy page, then 锁定名单 with the platform's confirm.
  await shot('/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002', 'sandbox-strategy.png', async (frame) => {
    await Promise.all([frame.waitForNavigation(), frame.click('#btnRandom')]);
    await waitForPanel(frame);
    await frame.evaluate(() => document.querySelector('.draw-stats')?.scrollIntoView({ block: 'center' }));
    await frame.click('#btnLock');
    await frame.waitForSelector('.layui-layer-dialog');
  });
  await shot('/pub/gov', 'sandbox-public.png');
} finally {
  await w.close();
}
