import { utils, write } from '@e965/xlsx';
import type { Handler } from './common';

/**
 * 导出 on the registry pages: the whole registry as an .xlsx, every cell text (codes stay exact), the
 * table's columns plus the ones an import needs that the table does not show (区域, the department's
 * code), as staff get them from the platform to import into the extension.
 */
const KIND: Record<string, string> = { 'civil-servant': '行政执法类公务员', qualified: '具备行政执法资格人员', supervisory: '日常从事监管工作人员' };
const yesNo = (b: unknown) => (b ? '是' : '否');

function xlsx(sheet: string, rows: string[][], file: string) {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), sheet);
  return { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: write(wb, { type: 'buffer', bookType: 'xlsx' }) as unknown as string, download: file };
}

export const objectLibExport: Handler = (store) =>
  xlsx(
    '检查对象名录库',
    [
      ['统一社会信用代码/注册号', '企业名称', '法定代表人', '住所', '联系电话', '联络员', '成立日期', '企业类型', '登记机关', '管辖单位', '所属区域', '行业', '规模', '注册资本', '信用风险分类', '是否进入异常名录', '是否有风险预警', '一年内被抽查次数'],
      ...store.data.objects.map((o) => [
        o.uscc ?? o.id, o.name ?? '', o.personInCharge ?? '', o.address ?? '', o.contact ?? '', o.liaison ?? '', o.establishedOn ?? '', o.type ?? '', o.registrationOffice ?? '', o.jurisdiction ?? '', o.region ?? '', o.industry ?? '', o.scale ?? '',
        o.registeredCapital ?? '', o.creditClass ?? '', yesNo(o.flags.abnormal), yesNo(o.riskWarning), String(o.checksThisYear ?? 0),
      ]),
    ],
    '检查对象名录库.xlsx',
  );

export const agentLibExport: Handler = (store) =>
  xlsx(
    '执法检查人员名录库',
    [
      ['姓名', '性别', '身份证号', '执法证号', '工作单位', '业务部门', '部门编码', '单位层级', '担任职务', '从事岗位大类', '人员类别', '是否专家', '业务专长', '手机号', '状态'],
      ...store.data.inspectors.map((i) => [
        i.name ?? '', i.gender ?? '', i.idNumber ?? '', i.licenceKind === '无' ? '无' : (i.licenceNumber ?? ''), store.department(i.unit)?.name ?? i.unit ?? '', store.department(i.departmentId)?.name ?? '', i.departmentId ?? '',
        i.level ?? '', i.position ?? '', i.postCategory ?? '', KIND[i.registryKind ?? ''] ?? '', yesNo(i.expert), i.expertise.join('、'), i.mobile ?? '', i.active ? '有效' : '失效',
      ]),
    ],
    '执法检查人员名录库.xlsx',
  );
