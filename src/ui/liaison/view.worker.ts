/// <reference lib="webworker" />
// The liaison view off the page's thread: a province's year (hundreds of thousands of results) is assembled and
// judged here, so the page keeps answering clicks while it works.
import { loadProfile, PROFILE_IDS } from '../../core/profiles';
import { assembleDossier, liaisonView, recordSources, sheetsFromRecords } from '../../core/liaison';
import type { ViewAsk, ViewAnswer } from './view-protocol';

self.onmessage = (ev: MessageEvent<ViewAsk>) => {
  const m = ev.data;
  let answer: ViewAnswer;
  try {
    const { dossier, account } = assembleDossier(sheetsFromRecords(m.records), { year: m.year, asOf: m.asOf });
    const profile = loadProfile(PROFILE_IDS.includes(m.profileId) ? m.profileId : 'baseline', m.overrides);
    answer = { seq: m.seq, view: liaisonView(dossier, profile, { asOf: m.asOf, sources: recordSources(m.records) }), account };
  } catch (e) {
    answer = { seq: m.seq, error: (e as Error).message };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(answer);
};
