import { POLICY_DOCUMENTS } from '../rules/policy-documents';
import { POLICY_FILES, type PolicyFile } from '../rules/types';

/** A policy document a profile's values are quoted from: a built-in text or a user's own document. */
export interface PolicyDocument {
  /** The file the text is kept in (docs/policy/…), or a user document's id. */
  file: string;
  /** The document's title, without 《》. */
  title: string;
  /** 文号, when the document has one. */
  number?: string;
  /** The place whose rules these are, for short labels ("长春市朝阳区"). */
  place: { zh: string; en: string };
}

export const isBuiltinFile = (file: string): file is PolicyFile => (POLICY_FILES as readonly string[]).includes(file);

/** The document behind a file name: a built-in text (POLICY_DOCUMENTS), one of the user documents given, or only its name. */
export function documentOf(file: string, userDocuments: readonly PolicyDocument[] = []): PolicyDocument {
  if (isBuiltinFile(file)) {
    const d = POLICY_DOCUMENTS[file];
    return { file, title: d.title, ...(d.number ? { number: d.number } : {}), place: d.place };
  }
  return userDocuments.find((d) => d.file === file) ?? { file, title: file, place: { zh: file, en: file } };
}

/** 《标题》（文号）: the document as people cite it. */
export function citeTitle(doc: PolicyDocument): string {
  return `《${doc.title}》${doc.number ? `（${doc.number}）` : ''}`;
}
