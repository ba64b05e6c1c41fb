import { link, lstat, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve, sep } from 'node:path';
import { Anchor } from '../../core/audit';
import type { ArchivedFile, FileKind, TaskFolder } from './messages';
import { isoInChina } from '../../i18n/time';
import { archiveName, byFilingTime, filedAtOf, filedInSameSecond, parseArchiveName } from './file-name';

/** Why an archive request was refused: a catalogue key under archive.error.* (the browser says it in the user's language). */
export type ArchiveErrorCode = 'badTaskId' | 'leaves' | 'notFolder' | 'otherTask' | 'badFileName' | 'noFolder' | 'noFile';

/** An archive request that cannot be done: said in words (English for logs, a code for the user's language), nothing written. */
export class ArchiveError extends Error {
  constructor(
    message: string,
    readonly code: ArchiveErrorCode,
    readonly vars: Record<string, string> = {},
  ) {
    super(message);
  }
}

const idHash = (taskId: string) => createHash('sha256').update(taskId, 'utf8').digest('hex').slice(0, 8);

/**
 * A task id as a folder name: letters (Chinese included), digits, '.', '_' and '-' kept, anything
 * else '_'; no leading dot (no hidden folder, no '..'); at most 80 characters. An id that is not kept
 * as it is (a character replaced, cut, or `hashed` because its plain name is another id's folder on a
 * case-insensitive disk) gets '~' and 8 hex digits of its own hash: '~' is never kept from an id, so
 * `RW 2026/001` and `RW:2026:001` get two folders, and neither can be a plain id's folder.
 */
export function taskFolderName(taskId: string, hashed = false): string {
  const name = taskId
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]/gu, '_')
    .replace(/^[.]+/, '');
  if (!name || /^_*$/.test(name)) throw new ArchiveError(`task id "${taskId.slice(0, 40)}" has no usable characters for a folder name`, 'badTaskId', { taskId: taskId.slice(0, 40) });
  if (!hashed && name === taskId && name.length <= 80) return name;
  return `${name.slice(0, 71)}~${idHash(taskId)}`;
}

/** Each folder records the task id it holds, so `list` answers with ids and a second id never shares it. */
const MARK = '.task-id';

/** A file of the archive, in the Beijing-time form or the older UTC one (file-name.ts). */
const isArchiveFile = (f: string) => parseArchiveName(f) !== undefined;

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

  private async folder(taskId: string, create: boolean, hashed = false): Promise<{ name: string; path: string } | undefined> {
    const name = taskFolderName(taskId, hashed);
    const path = resolve(this.root, name);
    if (!path.startsWith(this.root + sep)) throw new ArchiveError(`task folder "${name}" would leave the archive`, 'leaves', { name });
    const st = await lstat(path).catch(() => undefined);
    if (st && !st.isDirectory()) throw new ArchiveError(`"${name}" in the archive is not a plain folder (a link or a file); refused`, 'notFolder', { name });
    if (!st) {
      if (!create) return hashed ? undefined : this.folder(taskId, create, true);
      await mkdir(path, { recursive: true, mode: 0o700 });
      await writeFile(join(path, MARK), taskId, { mode: 0o600 });
      return { name, path };
    }
    // The folder holds another id (RW-A and rw-a on a disk that ignores case): this id takes its hashed name.
    const holder = await this.idOf(path);
    if (holder !== undefined && holder !== taskId) {
      if (hashed) throw new ArchiveError(`task folder "${name}" holds another task id`, 'otherTask', { name });
      return this.folder(taskId, create, true);
    }
    return { name, path };
  }

  /** The task id a folder holds: its mark, else the id inside its first file (folders filed before marks). */
  private async idOf(path: string): Promise<string | undefined> {
    const mark = await readFile(join(path, MARK), 'utf8').catch(() => undefined);
    if (mark !== undefined) return mark;
    for (const f of (await readdir(path)).sort(byFilingTime)) {
      if (!isArchiveFile(f)) continue;
      const id = await readFile(join(path, f), 'utf8').then((t) => (JSON.parse(t) as { taskId?: unknown }).taskId, () => undefined);
      if (typeof id === 'string') return id;
    }
    return undefined;
  }

  async file(taskId: string, kind: FileKind, content: unknown, now = new Date()): Promise<{ folder: string; file: string; bytes: number; filedAt: string }> {
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    const dir = (await this.folder(taskId, true))!;
    const body = JSON.stringify({ format: 'dra-archive/1', taskId, kind, filedAt: isoInChina(now), content }, null, 2) + '\n';
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 8);
    // Its place in this second of the folder (-2, -3… after the time); a name taken meanwhile (another
    // host filing in the same second) moves it one place on: a filed file is never overwritten.
    for (let seq = filedInSameSecond(await readdir(dir.path), now) + 1; ; seq++) {
      const file = archiveName(kind, now, hash, seq);
      const tmp = join(dir.path, `.${file}.tmp`);
      // Written whole, then put in place: a crash leaves a hidden temp file, never half a record.
      await writeFile(tmp, body, { flag: 'wx', mode: 0o600 });
      if (await place(tmp, join(dir.path, file))) return { folder: dir.name, file, bytes: Buffer.byteLength(body), filedAt: isoInChina(now) };
    }
  }

  private async filesIn(path: string): Promise<ArchivedFile[]> {
    const out: ArchivedFile[] = [];
    for (const f of (await readdir(path)).sort(byFilingTime)) {
      const name = parseArchiveName(f);
      if (!name) continue;
      const st = await lstat(join(path, f));
      if (st.isFile()) out.push({ file: f, kind: name.kind, bytes: st.size, filedAt: filedAtOf(f)! });
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
      if (st.isDirectory()) out.push({ taskId: (await this.idOf(join(this.root, name))) ?? name, folder: name, files: await this.filesIn(join(this.root, name)) });
    }
    return out;
  }

  /**
   * Every audit head in the archive, and the head each filed evidence file carries, as anchors for a
   * verify. Only the longest head keeps its entry hashes (they hold every shorter honest head's), and
   * only when they fit in `budget` bytes; the others are a length and a head.
   */
  async heads(budget = Infinity): Promise<Anchor[]> {
    const out: Anchor[] = [];
    for (const t of await this.list()) {
      for (const f of t.files) {
        if (f.kind === 'draw-record') continue;
        const body = (await this.get(t.taskId, f.file).catch(() => undefined)) as { content?: Record<string, unknown> } | undefined;
        const c = body?.content;
        const source = `archive ${t.folder}/${f.file}`;
        const a = f.kind === 'audit-head' ? Anchor.safeParse(c) : Anchor.safeParse(c && typeof c.audit === 'object' && c.audit ? { length: (c.audit as { length?: unknown }).length, head: (c.audit as { headHash?: unknown }).headHash, at: c.generatedAt } : undefined);
        if (a.success && a.data.length > 0) out.push({ ...a.data, source });
      }
    }
    let longest: Anchor | undefined;
    for (const a of out) if (a.hashes && (!longest || a.length > longest.length)) longest = a;
    for (const a of out) if (a !== longest) delete a.hashes;
    if (longest && JSON.stringify(out).length > budget) delete longest.hashes;
    return out;
  }

  async get(taskId: string, file: string): Promise<unknown> {
    if (!isArchiveFile(file)) throw new ArchiveError(`"${file.slice(0, 60)}" is not an archive file name`, 'badFileName', { file: file.slice(0, 60) });
    const dir = await this.folder(taskId, false);
    if (!dir) throw new ArchiveError(`no folder for task "${taskId}"`, 'noFolder', { taskId });
    const path = join(dir.path, file);
    const st = await lstat(path).catch(() => undefined);
    if (!st?.isFile()) throw new ArchiveError(`no file "${file}" for task "${taskId}"`, 'noFile', { file, taskId });
    return JSON.parse(await readFile(path, 'utf8'));
  }
}

/**
 * Put a written temp file at its name unless the name is taken: a hard link fails on a taken name
 * (rename would replace it). Where the disk has no hard links (FAT, some shares) the name is looked at
 * first, then renamed. False when taken (the temp file removed).
 */
async function place(tmp: string, path: string): Promise<boolean> {
  try {
    await link(tmp, path);
    await unlink(tmp);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await unlink(tmp);
      return false;
    }
    if (await lstat(path).then(() => true, () => false)) {
      await unlink(tmp);
      return false;
    }
    await rename(tmp, path);
    return true;
  }
}
