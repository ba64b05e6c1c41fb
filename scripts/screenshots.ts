// Regenerates docs/screenshots/*.png: the sandbox pages with the extension loaded (needs a CJK font).
import { launch, activeFrame, waitForPanel } from '../tests/e2e/launch';

const w = await launch();
try {
  const shot = async (path: string, file: string, prepare?: () => Promise<void>) => {
    await w.page.goto(`${w.url}?open=${encodeURIComponent(path)}`, { waitUntil: 'networkidle0' });
    const frame = await activeFrame(w.page);
    if (path.startsWith('/syn')) await waitForPanel(frame);
    await prepare?.();
    await new Promise((r) => setTimeout(r, 400));
    await w.page.screenshot({ path: `docs/screenshots/${file}` });
    console.log(`docs/screenshots/${file}`);
  };
  await shot('/syn/sccheck/pubscworkplan', 'sandbox-plans.png');
  await shot('/syn/sccheck/pubscworkplan/edit?id=JH-2026-002', 'sandbox-plan-edit.png');
  await shot('/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002', 'sandbox-strategy.png');
  await shot('/pub/gov', 'sandbox-public.png');
} finally {
  await w.close();
}
