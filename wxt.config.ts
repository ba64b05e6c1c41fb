import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The sandbox platform is served on 127.0.0.1 by `dra sandbox`; production platform origins are
// optional host permissions the user grants at run time, one origin at a time (see the options page).
const ANY_PLATFORM = ['https://*/*', 'http://*/*'];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: ({ manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // scripting: the overlay on origins the user grants; nativeMessaging: the helper's archive
    // (dra install-native-host); see README "Security"; sidePanel (Chrome): the liaison view beside the
    // platform (entrypoints/sidepanel); Firefox shows it as a sidebar. No `storage`: the data is in the
    // extension's own IndexedDB, which needs no permission, and no code uses the storage API
    // (tests/extension/no-storage-api.test.ts).
    permissions: ['scripting', 'nativeMessaging', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    host_permissions: ['http://127.0.0.1/*'],
    // Asked for on the options page, never granted at install (MV2 lists them as optional permissions).
    ...(manifestVersion === 3 ? { optional_host_permissions: ANY_PLATFORM } : { optional_permissions: ANY_PLATFORM }),
    action: { default_title: '__MSG_extName__' },
    // The side panel (chrome.sidePanel) came in Chrome 114; older Chromium browsers (some 360/Qianxin
    // builds) refuse to install rather than half-work. Without the side panel API the popup opens the
    // liaison view in a tab (src/ui/liaison-opener.ts).
    ...(browser === 'chrome' ? { minimum_chrome_version: '114' } : {}),
  }),
  hooks: {
    // Firefox only: the add-on id (the native host's manifest names it; dra install-native-host
    // --browser firefox) and the declaration that no data is collected.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      // Desktop 140, the ESR Debian ships (bookworm's firefox-esr), knows data_collection_permissions; Firefox for
      // Android only from 142, so it asks for that (web-ext lint warns otherwise).
      manifest.browser_specific_settings = {
        gecko: { id: 'dra@double-random.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      } as { gecko: { id: string } };
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
