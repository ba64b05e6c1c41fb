import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The sandbox platform is served on 127.0.0.1 by `dra sandbox`; production platform origins are
// optional host permissions the user grants at run time (see the options page).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: IndexedDB in the extension's origin; scripting: the overlay on origins the user grants.
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://127.0.0.1/*'],
    // Asked for one origin at a time on the options page, never granted at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
