import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Later issues route validated messages here (draw preview, archive via native messaging).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`[双随机助手] installed (${reason})`);
  });
});
