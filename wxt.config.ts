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
    // nativeMessaging: the helper's archive (dra install-native-host); see README "Security".
    permissions: ['storage', 'nativeMessaging'],
    host_permissions: ['http://127.0.0.1/*'],
    action: { default_title: '__MSG_extName__' },
  },
  hooks: {
    // Firefox only: the add-on id (the native host's manifest names it; dra install-native-host
    // --browser firefox) and the declaration that no data is collected.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      manifest.browser_specific_settings = { gecko: { id: 'dra@double-random.example', data_collection_permissions: { required: ['none'] } } as { id: string } };
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
