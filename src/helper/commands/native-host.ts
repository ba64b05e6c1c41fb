import { runNativeHost } from '../native-host/main';
import type { Command } from '../command';

/** What the launcher written by install-native-host runs: the archive host on stdin/stdout (the browser starts it). */
const command: Command = {
  name: 'native-host',
  summary: 'the archive host the browser starts (not run by hand) / 浏览器启动的归档程序',
  usage: 'native-host --archive DIR',
  run: (args) => runNativeHost(args),
};

export default command;
