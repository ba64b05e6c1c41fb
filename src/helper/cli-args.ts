/**
 * What the command line says beyond each command's own options: `--lang zh|en` for every command, and
 * node's parseArgs refusals (unknown option, missing value, stray argument) said in the user's language.
 */
import { msg, type Lang } from '../i18n';
import { BadInput } from './io';

/** `--lang X` or `--lang=X` anywhere before `--`, taken out of the arguments. Default: Chinese. */
export function takeLang(argv: string[]): { lang: Lang; args: string[] } {
  const args: string[] = [];
  let lang: Lang = 'zh';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const eq = /^--lang=(.*)$/.exec(a);
    if (a === '--lang' || eq) {
      const v = eq ? eq[1] : argv[++i];
      if (v === 'en') lang = 'en';
      else if (v === 'zh' || v === 'zh-CN') lang = 'zh';
      // Which language the user wants is not known yet: said in the default one (Chinese).
      else throw new BadInput(msg('cli.badLang', { value: v ?? '' }, 'zh'));
    } else args.push(a);
  }
  return { lang, args };
}

/** A parseArgs refusal in words (undefined when `e` is none): node says them in English only. */
export function argsError(e: unknown): string | undefined {
  const err = e as { code?: string; message?: string };
  if (!err?.code?.startsWith('ERR_PARSE_ARGS')) return undefined;
  const option = /'([^' ]+)/.exec(err.message ?? '')?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return msg('cli.args.unknown', { option });
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return msg('cli.args.positional', { arg: option });
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return msg(/missing/.test(err.message ?? '') ? 'cli.args.missing' : 'cli.args.noValue', { option });
  return msg('cli.args.other', { detail: err.message ?? '' });
}
