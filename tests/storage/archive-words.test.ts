/**
 * The helper archive's refusals reach the user in their language, from the catalogue: the host names its reason
 * by a code (and the values in it), the background words it in Chinese and English; the English line stays for logs.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraDb } from '../../src/storage/db';
import { route, type Effects, type Sender } from '../../src/messaging/router';
import { Archive } from '../../src/helper/native-host/archive';
import { handle } from '../../src/helper/native-host/host';
import { latinWords } from '../../src/i18n/latin';

const ID = 'extension-id';
const page: Sender = { id: ID, url: `chrome-extension://${ID}/evidence.html` };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const send = (m: unknown, e: Effects) => route(new DraDb(`arch-${Math.random()}`), m, page, ID, e) as Promise<any>;
const zhOf = (r: { problems?: Array<{ zh: string }> }) => r.problems?.map((p) => p.zh).join('；') ?? '';

describe('the archive’s refusals in words', () => {
  it('no helper registered: says what to do, in Chinese', async () => {
    const r = await send({ type: 'archive.list' }, { native: async () => { throw new Error('Specified native messaging host not found.'); } });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/dra install-native-host/); // the log line, as before
    expect(zhOf(r)).toBe('连接不上本地助手：请先在本机运行 dra install-native-host 注册助手');
    expect(r.problems[0].en).toMatch(/cannot be reached/);
    expect(zhOf(await send({ type: 'archive.list' }, {}))).toBe('本浏览器不支持本地助手归档');
  });

  it('a refusal of the real host is said with its values, and nothing English but names', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dra-arch-words-'));
    const archive = new Archive(root);
    const native = (m: Record<string, unknown>) => handle(archive, m);
    const missing = await send({ type: 'archive.get', taskId: 'RW-2026-001', file: 'evidence-20260506T013000000Z-abcdef12.json' }, { native });
    expect(zhOf(missing)).toBe('档案中没有任务「RW-2026-001」的文件夹');
    symlinkSync(mkdtempSync(join(tmpdir(), 'dra-outside-')), join(root, 'RW-2026-LINK'));
    const link = await send({ type: 'archive.get', taskId: 'RW-2026-LINK', file: 'evidence-20260506T013000000Z-abcdef12.json' }, { native });
    expect(zhOf(link)).toBe('档案中的「RW-2026-LINK」不是普通文件夹（是链接或文件），已拒绝');
    for (const r of [missing, link]) expect(latinWords(zhOf(r))).toEqual([]);
  });

  it('a reason the catalogue does not know is still said, with the host’s own words quoted', async () => {
    const r = await send({ type: 'archive.list' }, { native: async () => ({ ok: false, error: 'disk full', code: 'somethingNew' }) });
    expect(zhOf(r)).toBe('本地助手拒绝了这次归档（原文：helper archive: disk full）');
  });
});
