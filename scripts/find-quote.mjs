#!/usr/bin/env node
// Usage: node scripts/find-quote.mjs FILE.txt "quote" — is the quote in docs/policy/FILE (white space folded)?
import { readFileSync } from 'node:fs';
const [file, quote] = process.argv.slice(2);
const fold = (s) => s.replace(/\s+/g, '');
const text = fold(readFileSync(new URL(`../docs/policy/${file}`, import.meta.url), 'utf8'));
const i = text.indexOf(fold(quote));
if (i < 0) { console.log(`MISSING in ${file}: ${quote}`); process.exit(1); }
console.log(`found in ${file}: …${text.slice(Math.max(0, i - 20), i + fold(quote).length + 20)}…`);
