/**
 * The helper's own audit log: JSON lines, hash-chained with the core audit API (src/core/audit), so
 * every draw attempt made on this machine (CLI, ceremony) is in an append-only, checkable chain.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { nextEntry, verifyChain, type AuditEntry } from '../core/audit';
import { BadInput } from './io';
import { msg } from '../i18n';
import { chainBreakText } from '../ui/audit-break';

export const defaultLogPath = () => process.env.DRA_LOG ?? join(homedir(), '.dra', 'audit.jsonl');

export function readLog(path: string): AuditEntry[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  let entries: AuditEntry[];
  try {
    entries = lines.map((l) => JSON.parse(l));
  } catch {
    throw new BadInput(msg('cli.auditLog.notLines', { path }));
  }
  const check = verifyChain(entries);
  if (!check.ok) throw new BadInput(msg('cli.auditLog.broken', { path, n: check.brokenAt, reason: chainBreakText(check.why) }));
  return entries;
}

export function appendLog(path: string, kind: string, data: Record<string, unknown>, at = new Date().toISOString()): AuditEntry {
  const entries = readLog(path);
  const e = nextEntry(entries.at(-1), kind, data, at);
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, `${JSON.stringify(e)}\n`);
  return e;
}

/** The draw attempts logged for a task, oldest first. */
export const attemptsOf = (entries: AuditEntry[], taskId: string) => entries.filter((e) => e.kind === 'draw-attempt' && e.data.taskId === taskId);
