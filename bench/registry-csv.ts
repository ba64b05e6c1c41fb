// A generated object registry as staff export it: realistic Chinese fields, valid USCCs, ~200 bytes a row.
import { createWriteStream } from 'node:fs';
import { completeUscc } from '../src/core/model/identifiers';
import { fixtureRandom, INDUSTRIES, OFFICES, REGIONS } from '../src/sandbox/generate-registries';

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海燕';
const WORDS = ['华泰', '金鼎', '瑞丰', '恒信', '宏达', '嘉禾', '盛世', '永安', '福源', '鑫隆', '和谐', '天成', '新源', '正大', '海润', '康达'];
const ROADS = ['东直门大街', '建国路', '朝阳北路', '学院路', '南苑路', '北湖路', '新村大道', '人民路', '解放路', '中山路'];
const TYPES: Array<[string, string]> = [['有限责任公司', '有限公司'], ['股份有限公司', '股份有限公司'], ['个体工商户', '经营部'], ['个人独资企业', '商行'], ['农民专业合作社', '专业合作社']];
const HEADER = ['统一社会信用代码', '企业名称', '法定代表人', '住所', '联系电话', '企业类型', '行业', '所属区域', '登记机关', '成立日期', '注册资本', '信用风险分类', '是否进入异常名录', '一年内被抽查次数'];
const CLASSES = ['A', 'A', 'A', 'B', 'B', 'B', 'B', 'C', 'C', 'D'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export async function writeObjectCsv(path: string, rows: number, seed = 2026): Promise<number> {
  const r = fixtureRandom(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  const write = (s: string) =>
    new Promise<void>((res) => {
      bytes += Buffer.byteLength(s);
      if (out.write(s)) res();
      else out.once('drain', res);
    });
  await write(`\uFEFF${HEADER.join(',')}\r\n`);
  let buf: string[] = [];
  for (let i = 0; i < rows; i++) {
    const [type, suffix] = r.pick(TYPES);
    const industry = r.pick(INDUSTRIES);
    const region = r.pick(REGIONS);
    const name = `${region.slice(0, 2)}${r.pick(WORDS)}${r.pick(WORDS)}${industry.slice(0, 2)}${suffix}`;
    const uscc = completeUscc(`9111010${r.int(10)}${pad(i, 10)}`.slice(0, 8) + pad(i, 9));
    const person = r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.next() < 0.5 ? r.pick([...GIVEN]) : '');
    const address = `北京市${region}${r.pick(ROADS)}${1 + r.int(300)}号${r.next() < 0.3 ? `${1 + r.int(20)}层${100 + r.int(900)}室` : ''}`;
    const row = [uscc, name, person, address, `1${r.pick(['3', '5', '8'])}${pad(r.int(1e9), 9)}`, type, industry, region, r.pick(OFFICES), `${1990 + r.int(36)}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`, type === '个体工商户' ? '' : `${r.pick([10, 50, 100, 200, 500, 1000])}万元人民币`, r.pick(CLASSES), r.next() < 0.04 ? '是' : '否', String(r.next() < 0.1 ? 1 : 0)];
    buf.push(row.join(','));
    if (buf.length === 5000) {
      await write(`${buf.join('\r\n')}\r\n`);
      buf = [];
    }
  }
  if (buf.length) await write(`${buf.join('\r\n')}\r\n`);
  await new Promise<void>((res) => out.end(res));
  return bytes;
}
