// The background's own words (the draw preview's source line) in the browser's language.
import '../src/ui/i18n';
import { defineBackground } from 'wxt/utils/define-background';
import { DraDb } from '../src/storage/db';
import { noticesOf, route } from '../src/messaging/router';
import { readSettings } from '../src/storage/settings';
import { syncUserOrigins } from '../src/background/user-origins';
import { ARCHIVE_HOST } from '../src/messaging/archive';
import { RegistryDb } from '../src/storage/registry-db';

export default defineBackground(() => {
  const db = new DraDb();
  const resync = () => readSettings(db).then((s) => syncUserOrigins(s.origins)).catch((e) => console.warn('dra: user origins', e));
  const effects = {
    openTab: (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path as '/evidence.html') }),
    originsChanged: (origins: string[]) => syncUserOrigins(origins),
    // The helper's archive over native messaging: no port is opened, the browser starts the host.
    native: (message: Record<string, unknown>) => browser.runtime.sendNativeMessage(ARCHIVE_HOST, message),
    // The imported registries (a database of their own), for the draw preview.
    registries: new RegistryDb(),
  };
  // Every message is validated and checked against its sender before anything is done.
  browser.runtime.onMessage.addListener((message, sender) => route(db, message, sender, browser.runtime.id, effects, browser.runtime.getURL('/')));
  // A closed tab's verdicts go with it.
  browser.tabs.onRemoved.addListener((tabId) => {
    void db.verdicts.where('tabId').equals(tabId).delete();
    noticesOf(db).dropTab(tabId);
  });
  // The overlay runs on a user's platform origin only while its permission is granted.
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
});
