import { lstat, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve, sep } from 'node:path';
import type { ArchivedFile, FileKind, TaskFolder } from './messages';

/** An archive request that cannot be done: said in words, nothing written. */
export class ArchiveError extends Error {}

/**
 * A task id as a folder name: letters (Chinese included), digits, '.', '_' and '-' kept, anything
 * else '_'; no leading dot (no hidden folder, no '..'); at most 80 characters. Ids that differ only
 * in dropped characters would share a folder, so each file also keeps the id as sent.
 */
export function taskFolderName(taskId: string): string {
  const name = taskId
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]/gu, '_')
    .replace(/^[.]+/, '')
    .slice(0, 80);
  if (!name || /^_*$/.test(name)) throw new ArchiveError(`task id "${taskId.slice(0, 40)}" has no usable characters for a folder name`);
  return name;
}

const FILE = /^(draw-record|evidence|audit-head)-\d{8}T\d{6}\d{3}Z-[0-9a-f]{8}\.json$/;
const KIND_OF = (f: string) => FILE.exec(f)![1] as FileKind;

/**
 * 一户一档: one folder per task under the archive root, one JSON file per record filed, never
 * overwritten. Every path is checked to stay under the root, and a folder that is a link is refused
 * (a link could point anywhere).
 */
export class Archive {
  readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  private async folder(taskId: string, create: boolean): Promise<{ name: string; path: string } | undefined> {
    const name = taskFolderName(taskId);
    const path = resolve(this.root, name);
    if (!path.startsWith(this.root + sep)) throw new ArchiveError(`task folder "${name}" would leave the archive`);
    const st = await lstat(path).catch(() => undefined);
    if (st && !st.isDirectory()) throw new ArchiveError(`"${name}" in the archive is not a plain folder (a link or a file); refused`);
    if (!st) {
      if (!create) return undefined;
      await mkdir(path, { recursive: true, mode: 0o700 });
    }
    return { name, path };
  }

  async file(taskId: string, kind: FileKind, content: unknown, now = new Date()): Promise<{ folder: string; file: string; bytes: number }> {
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    const dir = (await this.folder(taskId, true))!;
    const body = JSON.stringify({ format: 'dra-archive/1', taskId, kind, filedAt: now.toISOString(), content }, null, 2) + '\n';
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 8);
    const stamp = now.toISOString().replace(/[-:.]/g, '');
    const file = `${kind}-${stamp}-${hash}.json`;
    const tmp = join(dir.path, `.${file}.tmp`);
    // Written whole, then renamed: a crash leaves a hidden temp file, never half a record.
    await writeFile(tmp, body, { flag: 'wx', mode: 0o600 });
    await rename(tmp, join(dir.path, file));
    return { folder: dir.name, file, bytes: Buffer.byteLength(body) };
  }

  private async filesIn(path: string): Promise<ArchivedFile[]> {
    const out: ArchivedFile[] = [];
    for (const f of (await readdir(path)).sort()) {
      if (!FILE.test(f)) continue;
      const st = await lstat(join(path, f));
      if (st.isFile()) out.push({ file: f, kind: KIND_OF(f), bytes: st.size });
    }
    return out;
  }

  async list(taskId?: string): Promise<TaskFolder[]> {
    if (taskId !== undefined) {
      const dir = await this.folder(taskId, false);
      return dir ? [{ taskId, folder: dir.name, files: await this.filesIn(dir.path) }] : [];
    }
    const names = await readdir(this.root).catch(() => [] as string[]);
    const out: TaskFolder[] = [];
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      const st = await lstat(join(this.root, name));
      if (st.isDirectory()) out.push({ taskId: name, folder: name, files: await this.filesIn(join(this.root, name)) });
    }
    return out;
  }

  async get(taskId: string, file: string): Promise<unknown> {
    if (!FILE.test(file)) throw new ArchiveError(`"${file.slice(0, 60)}" is not an archive file name`);
    const dir = await this.folder(taskId, false);
    if (!dir) throw new ArchiveError(`no folder for task "${taskId}"`);
    const path = join(dir.path, file);
    const st = await lstat(path).catch(() => undefined);
    if (!st?.isFile()) throw new ArchiveError(`no file "${file}" for task "${taskId}"`);
    return JSON.parse(await readFile(path, 'utf8'));
  }
}
