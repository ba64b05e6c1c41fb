import { defineBackground } from 'wxt/utils/define-background';
import { DraDb } from '../src/storage/db';
import { route } from '../src/messaging/router';

export default defineBackground(() => {
  const db = new DraDb();
  // Every message is validated and checked against its sender before anything is done.
  browser.runtime.onMessage.addListener((message, sender) => route(db, message, sender, browser.runtime.id));
});
