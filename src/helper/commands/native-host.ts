import { runNativeHost } from '../native-host/main';
import type { Command } from '../command';

/** What the launcher written by install-native-host runs: the archive host on stdin/stdout (the browser starts it). */
const command: Command = {
  name: 'native-host',
  summary: 'cli.cmd.native-host.summary',
  usage: 'cli.cmd.native-host.usage',
  run: (args) => runNativeHost(args),
};

export default command;
