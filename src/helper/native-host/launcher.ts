/**
 * The program a host manifest names. Browsers start it with the caller's origin as argument; stdout
 * must carry nothing but protocol frames, hence `@echo off` and a silent `chcp`.
 */
import type { OS } from './layout';

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** cmd.exe: quoted (Windows paths hold no `"`), `%` doubled so it is not read as a variable. */
const cmd = (s: string) => `"${s.replace(/%/g, '%%')}"`;

export function launcherScript(os: OS, command: string[]): string {
  if (os === 'win32') {
    // 65001: UTF-8, so an archive folder such as C:\Users\李明\双随机档案 survives on a GBK (936) system.
    return ['@echo off', 'rem Written by dra install-native-host: Chrome/Edge start this to reach the helper archive.', 'chcp 65001 >nul', `${command.map(cmd).join(' ')} %*`, ''].join('\r\n');
  }
  return `#!/bin/sh\n# Written by dra install-native-host: the browser starts this to reach the helper's archive.\nexec ${command.map(sh).join(' ')}\n`;
}
