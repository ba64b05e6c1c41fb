// `npx tsx bench/audit-append.ts [N]`: N (default 300) audit appends through the background's router on
// fake-indexeddb, as the background's audit.append does them. Before (issue 16) each append re-verified the whole chain
// (audit.append → verifyAudit: every entry read and re-hashed, so N appends cost O(N²)); now an append
// checks only what follows the last verified head. Baseline in the same run: append + whole-chain verify.
import 'fake-indexeddb/auto';
import { appendAudit, verifyAppended, verifyAudit } from '../src/storage/audit-store';
import { DraDb } from '../src/storage/db';

const n = Number(process.argv[2] ?? 300);
const data = (i: number) => ({ reason: `理由 ${i}`, url: 'http://127.0.0.1/plan', rules: ['plan.schedule.end-by', 'plan.rate.below-every-minimum'] });

async function time(label: string, step: (db: DraDb, i: number) => Promise<unknown>): Promise<number> {
  const db = new DraDb(`bench-${label}-${Math.random()}`);
  const t = performance.now();
  for (let i = 0; i < n; i++) await step(db, i);
  const ms = performance.now() - t;
  const v = await verifyAudit(db);
  if (!v.ok || v.length !== n) throw new Error(`${label}: chain ${JSON.stringify(v)}`);
  db.close();
  return ms;
}

const before = await time('whole-chain', async (db, i) => {
  await appendAudit(db, 'submit-with-findings', data(i));
  return verifyAudit(db);
});
// What the router's audit.append does now (the router itself imports the policy texts through Vite, not tsx).
const after = await time('incremental', async (db, i) => {
  await appendAudit(db, 'submit-with-findings', data(i));
  return verifyAppended(db);
});
console.log(`audit: ${n} appends, each checked — whole chain re-verified each time (before): ${(before / 1000).toFixed(2)} s; only the appended entries (now, audit.append): ${(after / 1000).toFixed(2)} s; ${(before / after).toFixed(1)}× faster`);
