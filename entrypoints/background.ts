import { defineBackground } from 'wxt/utils/define-background';
import { DraDb } from '../src/storage/db';
import { route } from '../src/messaging/router';
import { RegistryDb } from '../src/storage/registry-db';

export default defineBackground(() => {
  const db = new DraDb();
  const effects = { openTab: (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path as '/evidence.html') }), registries: new RegistryDb() };
  // Every message is validated and checked against its sender before anything is done.
  browser.runtime.onMessage.addListener((message, sender) => route(db, message, sender, browser.runtime.id, effects));
  // A closed tab's verdicts go with it.
  browser.tabs.onRemoved.addListener((tabId) => void db.verdicts.where('tabId').equals(tabId).delete());
});
