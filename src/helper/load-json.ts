import { msg } from '../i18n';
import { BadInput, type CommandIO } from './io';

/** Where JSON.parse stopped, as line and column (its own message is English only). */
function place(text: string, e: Error): string {
  const pos = /position (\d+)/.exec(e.message);
  if (/end of JSON/.test(e.message)) return msg('cli.json.end');
  const token = /token '([^']*)'/.exec(e.message);
  if (!pos) return token ? msg('cli.json.token', { token: token[1] }) : msg('cli.json.nowhere');
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  return msg('cli.json.at', { line, column: before.length - before.lastIndexOf('\n') });
}

/** Read and parse a JSON file, turning every failure into a BadInput that names the file. */
export async function loadJson(path: string, io: CommandIO): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    throw new BadInput(msg('cli.cannotRead', { path, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new BadInput(msg('cli.json.invalid', { path, where: place(body, e as Error) }));
  }
}
