import { POLICY_FILES, type PolicyFile } from '../rules/types';

/** A policy document a profile's values are quoted from: what people call it when they cite it. */
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

/** The five built-in texts (docs/policy/README.md), titled as their first page states them. */
export const BUILTIN_DOCUMENTS: Record<PolicyFile, PolicyDocument> = {
  'beijing-fengtai-2019.txt': {
    file: 'beijing-fengtai-2019.txt',
    title: '丰台区全面推进市场监管领域部门联合"双随机、一公开"监管工作实施方案',
    number: '丰政办发〔2019〕18号',
    place: { zh: '北京市丰台区', en: 'Beijing Fengtai' },
  },
  'beijing-xicheng-2016.txt': {
    file: 'beijing-xicheng-2016.txt',
    title: '北京市西城区推广随机抽查规范事中事后监管工作实施方案',
    number: '西政办发〔2016〕15号',
    place: { zh: '北京市西城区', en: 'Beijing Xicheng' },
  },
  'changchun-chaoyang-2021.txt': {
    file: 'changchun-chaoyang-2021.txt',
    title: '朝阳区进一步全面落实“双随机、一公开”监管工作实施意见',
    place: { zh: '长春市朝阳区', en: 'Changchun Chaoyang' },
  },
  'nantong-tongzhou-2016.txt': {
    file: 'nantong-tongzhou-2016.txt',
    title: '区政府办公室关于建立双随机抽查机制加强事中事后监管的实施意见',
    place: { zh: '南通市通州区', en: 'Nantong Tongzhou' },
  },
  'shenzhen-2018.txt': {
    file: 'shenzhen-2018.txt',
    title: '深圳市全面推行“双随机一公开”监管工作实施方案',
    number: '深府办函〔2018〕232号',
    place: { zh: '深圳市', en: 'Shenzhen' },
  },
};

export const isBuiltinFile = (file: string): file is PolicyFile => (POLICY_FILES as readonly string[]).includes(file);

/** The document behind a file name: a built-in text, one of the user documents given, or only its name. */
export function documentOf(file: string, userDocuments: readonly PolicyDocument[] = []): PolicyDocument {
  if (isBuiltinFile(file)) return BUILTIN_DOCUMENTS[file];
  return userDocuments.find((d) => d.file === file) ?? { file, title: file, place: { zh: file, en: file } };
}

/** 《标题》（文号）: the document as people cite it. */
export function citeTitle(doc: PolicyDocument): string {
  return `《${doc.title}》${doc.number ? `（${doc.number}）` : ''}`;
}
