/**
 * The archive's file names are its format: `<kind>-<Beijing date>-<Beijing time>[-<n>]-<hash>.json`,
 * e.g. `evidence-20261202-023111-1a2b3c4d.json` (filed 2026-12-02 02:31:11 Beijing time, 2026-12-01
 * 18:31:11 UTC), so staff read the China day and hour in the folder itself. A second file filed in the
 * same second of the same folder gets `-2`, `-3`… after the time (its place in that second, whatever its
 * kind), so the names sort and read in filing order. Folders filed before this form hold
 * `<kind>-<UTC stamp with ms>Z-<hash>.json` (`evidence-20261201T183111984Z-1a2b3c4d.json`): still
 * listed, read and ordered in time with the new ones.
 */
import { formatDateTime, isoInChina } from '../../i18n/time';
import type { FileKind } from './messages';

const NEW = /^(draw-record|evidence|audit-head)-(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d)(?:-([2-9]|[1-9]\d{1,3}))?-([0-9a-f]{8})\.json$/;
const OLD = /^(draw-record|evidence|audit-head)-(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(\d{3})Z-([0-9a-f]{8})\.json$/;
const CHINA_OFFSET_MS = 8 * 3600_000;

export interface ParsedName {
  kind: FileKind;
  /** The moment filed (to the second in the new form, to the millisecond in the old). */
  at: Date;
  /** Its place among the files of the same second (1 for the first). */
  seq: number;
  form: 'beijing' | 'utc-ms';
}

/** A file name of the archive, in either form, or undefined when it is none (temp files, marks, foreign files). */
export function parseArchiveName(name: string): ParsedName | undefined {
  const n = NEW.exec(name);
  if (n) {
    const [, kind, y, mo, d, h, mi, s, seq] = n;
    const at = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - CHINA_OFFSET_MS);
    return valid(at, +mo, +d, +h, +mi, +s) ? { kind: kind as FileKind, at, seq: seq ? Number(seq) : 1, form: 'beijing' } : undefined;
  }
  const o = OLD.exec(name);
  if (o) {
    const [, kind, y, mo, d, h, mi, s, ms] = o;
    const at = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +ms));
    return valid(at, +mo, +d, +h, +mi, +s) ? { kind: kind as FileKind, at, seq: 1, form: 'utc-ms' } : undefined;
  }
  return undefined;
}

const valid = (at: Date, mo: number, d: number, h: number, mi: number, s: number) => !Number.isNaN(at.getTime()) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && s < 60;

/** The Beijing second a moment falls in, as the name writes it: 20261202-023111. */
export function beijingStamp(now: Date): string {
  return formatDateTime(now).replace(/-/g, '').replace(' ', '-').replace(/:/g, '');
}

/** The name of a file filed at `now`; `seq` is its place in that second of the folder (1: no suffix). */
export function archiveName(kind: FileKind, now: Date, hash: string, seq = 1): string {
  return `${kind}-${beijingStamp(now)}${seq > 1 ? `-${seq}` : ''}-${hash}.json`;
}

/** How many files of a folder were filed in the same Beijing second as `now` (any kind, any form). */
export function filedInSameSecond(names: string[], now: Date): number {
  const second = Math.floor(now.getTime() / 1000);
  return names.filter((f) => {
    const p = parseArchiveName(f);
    return p && Math.floor(p.at.getTime() / 1000) === second;
  }).length;
}

/** Filing order: the moment, then the place in the second, then the name (two writers in one second). */
export function byFilingTime(a: string, b: string): number {
  const pa = parseArchiveName(a);
  const pb = parseArchiveName(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return pa.at.getTime() - pb.at.getTime() || pa.seq - pb.seq || (a < b ? -1 : a > b ? 1 : 0);
}

/** When a file was filed, as files people open write it (2026-12-02T02:31:11+08:00). */
export const filedAtOf = (name: string): string | undefined => {
  const p = parseArchiveName(name);
  return p && isoInChina(p.at);
};
