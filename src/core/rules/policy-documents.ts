import type { PolicyFile } from './types';

/**
 * The five policy texts as people cite them: the title and 文号 exactly as each text's own header gives
 * them (tests/i18n/citation.test.ts finds both in the file's first lines), the issuer, and the place whose
 * rules they are (a borrowed value names it: 借用自《…》（长春市朝阳区）).
 */
export const POLICY_DOCUMENTS: Record<PolicyFile, { title: string; number?: string; issuer: string; short: string; place: { zh: string; en: string } }> = {
  'beijing-fengtai-2019.txt': { title: '丰台区全面推进市场监管领域部门联合“双随机、一公开”监管工作实施方案', number: '丰政办发〔2019〕18号', issuer: '北京市丰台区人民政府办公室', short: '北京丰台 2019', place: { zh: '北京市丰台区', en: 'Beijing Fengtai' } },
  'beijing-xicheng-2016.txt': { title: '北京市西城区推广随机抽查规范事中事后监管工作实施方案', number: '西政办发〔2016〕15号', issuer: '北京市西城区人民政府办公室', short: '北京西城 2016', place: { zh: '北京市西城区', en: 'Beijing Xicheng' } },
  'changchun-chaoyang-2021.txt': { title: '朝阳区进一步全面落实“双随机、一公开”监管工作实施意见', issuer: '长春市朝阳区“双随机、一公开”小组办公室', short: '长春朝阳 2021', place: { zh: '长春市朝阳区', en: 'Changchun Chaoyang' } },
  'nantong-tongzhou-2016.txt': { title: '区政府办公室关于建立双随机抽查机制加强事中事后监管的实施意见', issuer: '南通市通州区人民政府办公室', short: '南通通州 2016', place: { zh: '南通市通州区', en: 'Nantong Tongzhou' } },
  'shenzhen-2018.txt': { title: '深圳市全面推行“双随机一公开”监管工作实施方案', number: '深府办函〔2018〕232号', issuer: '深圳市人民政府办公厅', short: '深圳 2018', place: { zh: '深圳市', en: 'Shenzhen' } },
};
