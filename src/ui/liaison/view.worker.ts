/// <reference lib="webworker" />
// The liaison view off the page's thread: a province's year (hundreds of thousands of results) is assembled and
// judged here, so the page keeps answering clicks while it works. The page gets the counts; the findings behind a
// cell are made here when the user opens it, and posted a page at a time.
import { loadProfile, PROFILE_IDS } from '../../core/profiles';
import { cellPage, countsOnly, liaisonHtml, liaisonXlsx, yearViewer, type KeyedListRecord, type LiaisonView } from '../../core/liaison';
import type { ViewAnswer, WorkerAsk } from './view-protocol';
import { readImport, type ImportFile } from './read-import';
import { PAGE_PART } from './page-parts';
import type { LiaisonRecordRow } from '../../storage/db';
import { langOf, msg, setLang } from '../../i18n';

// A worker has no extension i18n API; the browser's language is the same choice the pages make.
setLang(langOf(globalThis.navigator?.language ?? 'zh'));

const post = (a: ViewAnswer) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(a);

/** The last view made, kept whole (its lists made when first read) for the cells and reports the page asks of it. */
let last: { seq: number; view: LiaisonView } | undefined;
/** Each view keeps what the next of the same year can reuse: a file added re-judges only the tasks it touches. */
const views = yearViewer();
/** The records the page posted (in parts), kept for every view until it posts others. */
let held: { gen: number; records: LiaisonRecordRow[] } | undefined;

/** A part of the page's records: from 0 starts them again; a part that does not follow what is held is stale, dropped. */
function hold(gen: number, from: number, records: LiaisonRecordRow[]): void {
  if (from === 0) held = { gen, records: [] };
  else if (!held || held.gen !== gen || held.records.length !== from) return;
  for (const r of records) held.records.push(r);
}

/** The read files posted with their records in parts (one copy of 100,000 records would hold the page's thread). */
function postRead(id: number, files: ImportFile[]): ViewAnswer {
  files.forEach((f, file) => {
    if (!('sheets' in f)) return;
    f.sheets.forEach((s, sheet) => {
      for (let at = 0; at < s.records.length; at += PAGE_PART) post({ ask: 'read-part', id, file, sheet, records: s.records.slice(at, at + PAGE_PART) });
    });
  });
  return { ask: 'read', id, files: files.map((f) => ('sheets' in f ? { ...f, sheets: f.sheets.map((s) => ({ ...s, records: [] })) } : f)) };
}

/** A worker reads a File synchronously: the page only posted it, and waits for the records without blocking. */
function readChosen(f: File): ImportFile {
  try {
    return readImport(f.name, new Uint8Array(new FileReaderSync().readAsArrayBuffer(f)));
  } catch (e) {
    return { name: f.name, error: (e as Error).message };
  }
}

function answer(m: WorkerAsk): ViewAnswer {
  if (m.type === 'read') return postRead(m.id, m.files.map(readChosen));
  if (m.type === 'cell' || m.type === 'report') {
    if (!last || last.seq !== m.seq) {
      const error = `the view ${m.seq} is no longer held (the latest is ${last?.seq ?? 'none'})`;
      return m.type === 'cell' ? { ask: 'cell', seq: m.seq, error } : { ask: 'report', seq: m.seq, id: m.id, error };
    }
    if (m.type === 'cell') return { ask: 'cell', seq: m.seq, page: cellPage(last.view.matrix, m.departmentId, m.ruleId, m.from, m.count) };
    const data = m.format === 'xlsx' ? liaisonXlsx(last.view, { generatedAt: m.generatedAt, departmentId: m.departmentId }) : liaisonHtml(last.view, { generatedAt: m.generatedAt, departmentId: m.departmentId, submitter: m.submitter });
    return { ask: 'report', seq: m.seq, id: m.id, data };
  }
  last = undefined;
  if (m.type === 'records') throw new Error('records are held, not answered');
  // The page posts the records before the ask; they are missing only if a part was lost: said, never judged short.
  if (!held || held.gen !== m.gen || held.records.length !== m.count) {
    return { ask: 'view', seq: m.seq, error: msg('liaison.recordsIncomplete', { got: held?.gen === m.gen ? held.records.length : 0, count: m.count }) };
  }
  const profile = loadProfile(PROFILE_IDS.includes(m.profileId) ? m.profileId : 'baseline', m.overrides);
  const key = JSON.stringify([m.year, m.asOf, m.profileId, m.overrides ?? null]);
  const { view, account } = views(held.records as KeyedListRecord[], { year: m.year, asOf: m.asOf, profile, key });
  last = { seq: m.seq, view };
  return { ask: 'view', seq: m.seq, view: countsOnly(view), account };
}

self.onmessage = (ev: MessageEvent<WorkerAsk>) => {
  const m = ev.data;
  if (m.type === 'records') return hold(m.gen, m.from, m.records);
  let a: ViewAnswer;
  try {
    a = answer(m);
  } catch (e) {
    const error = (e as Error).message;
    a = m.type === 'read' ? { ask: 'read', id: m.id, files: m.files.map((f) => ({ name: f.name, error })) } : m.type === 'report' ? { ask: 'report', seq: m.seq, id: m.id, error } : m.type === 'cell' ? { ask: 'cell', seq: m.seq, error } : { ask: 'view', seq: m.seq, error };
  }
  post(a);
};
