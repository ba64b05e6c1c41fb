import { decodeAll } from '../registry-import/encoding';
import { centralDirectory, guardZip, isZip, SpreadsheetRefused } from '../registry-import/zip-guard';

/** A document that cannot be read, with the reason in both languages. */
export class DocumentRefused extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh} / ${en}`);
    this.name = 'DocumentRefused';
  }
}

const DOCX_LIMITS = { maxTotal: 64 * 1024 * 1024, maxEntries: 2000, maxRatio: 1000 };

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

async function inflateEntry(b: Uint8Array, name: string): Promise<Uint8Array | undefined> {
  const e = centralDirectory(b).find((x) => x.name === name);
  if (!e) return undefined;
  const lo = e.localOffset;
  const start = lo + 30 + u16(b, lo + 26) + u16(b, lo + 28);
  if (u32(b, lo) !== 0x04034b50) throw new DocumentRefused('docx 文件已损坏', 'the .docx is damaged');
  const data = b.subarray(start, start + e.compressed);
  if (e.method === 0) return data;
  const out = await new Response(new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer();
  return new Uint8Array(out);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m),
  );

/** The text of a .docx's main part: one line per paragraph, a blank line between paragraphs, tabs and breaks kept. */
export function docxXmlToText(xml: string): string {
  const paragraphs: string[] = [];
  for (const p of xml.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let line = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) line += m[1] !== undefined ? unescapeXml(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
    paragraphs.push(line);
  }
  return paragraphs.filter((l) => l.trim()).join('\n\n');
}

/**
 * A policy document's text from the file a user gives: .txt (UTF-8, GB18030/GBK or UTF-16, as
 * detected) or .docx (its paragraphs). Anything else, an empty text or a damaged or oversized
 * .docx is refused with the reason.
 */
export async function readDocument(name: string, bytes: Uint8Array): Promise<string> {
  const lower = name.toLowerCase();
  let text: string;
  if (lower.endsWith('.docx') || (isZip(bytes) && !lower.endsWith('.txt'))) {
    if (!isZip(bytes)) throw new DocumentRefused(`${name} 不是 docx 文件`, `${name} is not a .docx file`);
    try {
      await guardZip(bytes, DOCX_LIMITS);
    } catch (e) {
      if (e instanceof SpreadsheetRefused) throw new DocumentRefused(e.zh.replace(/xlsx/g, 'docx'), e.en.replace(/xlsx/g, 'docx'));
      throw e;
    }
    const xml = await inflateEntry(bytes, 'word/document.xml');
    if (!xml) throw new DocumentRefused(`${name} 中没有正文（word/document.xml）`, `${name} has no main text (word/document.xml)`);
    text = docxXmlToText(new TextDecoder().decode(xml));
  } else if (lower.endsWith('.txt') || lower.endsWith('.text') || !lower.includes('.')) {
    text = decodeAll(bytes).text.replace(/^\uFEFF/, '');
  } else if (lower.endsWith('.doc') || lower.endsWith('.wps') || lower.endsWith('.pdf')) {
    throw new DocumentRefused(`${name}：请另存为 .docx 或 .txt，或直接粘贴文字`, `${name}: save it as .docx or .txt, or paste the text`);
  } else {
    text = decodeAll(bytes).text.replace(/^\uFEFF/, '');
  }
  if (!text.trim()) throw new DocumentRefused(`${name} 中没有文字`, `${name} holds no text`);
  return text;
}
