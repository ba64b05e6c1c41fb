/**
 * The sandbox's departments, 随机抽查事项清单 and 专项库: a district's list as staff would type it,
 * key (重点) and general (一般) items of six departments, each with the library its draw uses.
 */
import type { Department } from '../core/model';
import type { ObjectLibrary, SandboxItem } from './store-types';

export const DEPARTMENTS: Department[] = [
  { id: 'SCJG', name: '区市场监管局', system: '市场监管', level: 'county' },
  { id: 'WSJK', name: '区卫生健康委', system: '卫生健康', level: 'county' },
  { id: 'STHJ', name: '区生态环境局', system: '生态环境', level: 'county' },
  { id: 'YJGL', name: '区应急管理局', system: '应急管理', level: 'county' },
  { id: 'SW', name: '区商务局', system: '商务', level: 'county' },
  { id: 'JY', name: '区教育委员会', system: '教育', level: 'county' },
];

export const deptName = (id: string) => DEPARTMENTS.find((d) => d.id === id)!.name;

export const LIBRARIES: ObjectLibrary[] = [
  { id: 'LIB-ALL', name: '检查对象名录库（全部）', industries: [] },
  { id: 'LIB-SPJY', name: '餐饮服务单位专项库', industries: ['餐饮服务'] },
  { id: 'LIB-SPSC', name: '食品生产企业专项库', industries: ['食品生产'] },
  { id: 'LIB-SPXS', name: '食品销售经营者专项库', industries: ['食品销售'] },
  { id: 'LIB-YP', name: '药品医疗器械经营企业专项库', industries: ['药品零售', '医疗器械经营'] },
  { id: 'LIB-GGCS', name: '公共场所经营单位专项库', industries: ['住宿', '餐饮服务'] },
  { id: 'LIB-PW', name: '重点排污单位专项库', industries: ['环境保护', '食品生产'] },
  { id: 'LIB-GM', name: '工贸企业专项库', industries: ['建筑', '批发', '道路运输'] },
  { id: 'LIB-LS', name: '零售批发企业专项库', industries: ['零售', '批发'] },
];

type ItemArgs = [id: string, dept: string, name: string, kind: 'key' | 'general', legalBasis: string, content: string, method: string, ratio: string, libraryId: string];
const item = ([id, departmentId, name, kind, legalBasis, content, method, ratio, libraryId]: ItemArgs, extra: Partial<SandboxItem> = {}): SandboxItem => ({
  id,
  departmentId,
  name,
  kind,
  legalBasis,
  content,
  method,
  subject: deptName(departmentId),
  objectType: '市场主体',
  inList: true,
  marketEntities: true,
  ratio,
  frequency: kind === 'key' ? '每年不少于1次' : '每年1次',
  staffRequirement: kind === 'key' ? '2名以上执法人员，其中至少1名具有相关专业背景' : '2名以上执法人员',
  libraryId,
  ...extra,
});

export const ITEMS: SandboxItem[] = [
  item(['SJ-001', 'SCJG', '食品生产企业监督检查', 'key', '《中华人民共和国食品安全法》第一百一十条', '生产过程控制、原料进货查验', '实地检查', '不低于25%', 'LIB-SPSC'], { subItem: '生产过程控制', specialIndustry: true }),
  item(['SJ-002', 'SCJG', '企业公示信息检查', 'general', '《企业信息公示暂行条例》第十四条', '年度报告公示信息', '书面检查', '不低于3%', 'LIB-ALL']),
  item(['SJ-003', 'SCJG', '特种设备使用单位监督检查', 'key', '《中华人民共和国特种设备安全法》第五十七条', '使用登记、定期检验', '实地检查', '不低于20%', 'LIB-GM'], { specialIndustry: true }),
  item(['SJ-004', 'SCJG', '广告发布行为检查', 'general', '《中华人民共和国广告法》第四十九条', '广告内容合法性', '网络监测', '3%-5%', 'LIB-ALL']),
  item(['SJ-005', 'SCJG', '餐饮服务食品安全检查', 'general', '《中华人民共和国食品安全法》第一百一十条', '量化分级、从业人员健康', '实地检查', '3%-5%', 'LIB-SPJY'], { remark: '与卫生健康部门联合实施' }),
  item(['SJ-006', 'SCJG', '药品零售企业监督检查', 'key', '《药品经营和使用质量监督管理办法》第六十一条', '处方药销售、药学技术人员在岗', '实地检查', '不低于20%', 'LIB-YP'], { specialIndustry: true }),
  item(['SJ-007', 'SCJG', '计量器具使用情况检查', 'general', '《中华人民共和国计量法实施细则》第二十八条', '强制检定计量器具', '实地检查', '3%', 'LIB-LS']),
  item(['SJ-008', 'SCJG', '食品销售者监督检查', 'general', '《食品经营许可和备案管理办法》第五十条', '进货查验、贮存条件', '实地检查', '5%', 'LIB-SPXS']),
  item(['WS-001', 'WSJK', '公共场所卫生监督检查', 'general', '《公共场所卫生管理条例》第十一条', '卫生许可、从业人员健康证明', '实地检查', '5%', 'LIB-GGCS']),
  item(['WS-002', 'WSJK', '医疗机构依法执业检查', 'key', '《医疗机构管理条例》第四十条', '执业许可、人员资质', '实地检查', '不低于20%', 'LIB-YP'], { objectType: '医疗机构', marketEntities: false }),
  item(['ST-001', 'STHJ', '排污许可执行情况检查', 'key', '《排污许可管理条例》第二十八条', '排污许可证执行', '实地检查', '不低于20%', 'LIB-PW'], { specialIndustry: true }),
  item(['ST-002', 'STHJ', '建设项目环境影响评价制度执行情况检查', 'general', '《中华人民共和国环境影响评价法》第二十七条', '环评审批、“三同时”落实', '书面检查', '5%', 'LIB-GM']),
  item(['YJ-001', 'YJGL', '安全生产责任制落实检查', 'key', '《中华人民共和国安全生产法》第六十五条', '安全生产责任制、隐患排查', '实地检查', '不低于20%', 'LIB-GM'], { specialIndustry: true }),
  item(['YJ-002', 'YJGL', '危险化学品经营单位安全检查', 'key', '《危险化学品安全管理条例》第六条', '经营许可、储存条件', '实地检查', '不低于25%', 'LIB-LS'], { specialIndustry: true }),
  item(['SW-001', 'SW', '单用途商业预付卡发卡企业检查', 'general', '《单用途商业预付卡管理办法（试行）》第三十八条', '备案、资金存管', '书面检查', '3%', 'LIB-LS']),
  item(['JY-001', 'JY', '学校食堂食品安全检查', 'general', '《学校食品安全与营养健康管理规定》第五十六条', '食堂卫生、原料采购', '实地检查', '10%', 'LIB-ALL'], { objectType: '学校', marketEntities: false, remark: '会同市场监管部门实施' }),
];
