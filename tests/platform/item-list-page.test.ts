// @vitest-environment jsdom
/**
 * The item list read from the platform's own list page (the zhejiang adapter's 抽查检查事项清单 page,
 * tests/fixtures/zhejiang/item-list-page.html, which shows no kind column), kept apart from an imported list,
 * and used for legal basis (and kind, where known) when a task page does not show them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../src/platform/recognise';
import { readItemListPage } from '../../src/platform/read-item-list-page';
import { mergeItemLists, readItemList, readPageItemList, type ListedItem } from '../../src/platform/item-list';
import { readForm } from '../../src/platform/read-form';
import { pageModel } from '../../src/platform/to-model';
import { Dossier } from '../../src/core/model';
import { Settings } from '../../src/storage/settings';

const ORIGIN = 'http://127.0.0.1:9000';
const load = (file: string) => new DOMParser().parseFromString(readFileSync(`tests/fixtures/zhejiang/${file}`, 'utf8'), 'text/html');

function fromListPage() {
  const doc = load('item-list-page.html');
  const page = recognisePage(`${ORIGIN}/syn/pub/server/sccheck/pubsccheckitem/pubsccheckitemlist`, undefined, doc.body.textContent ?? '');
  expect(page?.kind).toBe('list');
  expect(page?.spec.itemList).toBeDefined();
  return readItemListPage(doc, page!.spec.itemList!)!;
}

function taskModel(itemList: ListedItem[]) {
  const doc = load('task-edit.html');
  const page = recognisePage(`${ORIGIN}/syn/sccheck/scplantask/addOrEditView?uid=c71e0a5b44&flag=2`, undefined, doc.body.textContent ?? '')!;
  return pageModel(readForm(doc, page.spec).values, '2026-11-23', { itemList });
}

describe('the platform’s item list page', () => {
  it('is read through the zhejiang adapter: every row kept or refused with its row, names as ids, no kind', () => {
    const r = fromListPage();
    expect(r.read).toBe(4);
    expect(r.items.length + r.refused.length).toBe(r.read);
    expect(r.refused).toEqual([{ row: 5, reason: '抽查事项名称为空' }]);
    expect(r.items[0]).toEqual({ id: '餐饮服务单位食品安全检查', name: '餐饮服务单位食品安全检查', subItem: '餐饮服务单位食品安全检查', legalBasis: '《中华人民共和国食品安全法》第一百一十条', subject: '省、市、县市场监管部门', inList: true });
    expect(r.items.every((i) => i.kind === undefined)).toBe(true);
    // What the extension keeps validates as settings.
    expect(Settings.safeParse({ pageItemList: { url: 'x', at: '2026-11-23T00:00:00Z', items: r.items, read: r.read, refused: r.refused.length } }).success).toBe(true);
  });

  it('a task page without legal bases takes them from the page’s list; kinds it cannot give are said to be missing', () => {
    const model = taskModel(mergeItemLists([], fromListPage().items));
    const items = Dossier.parse(model.dossier).plans[0].tasks[0].items;
    expect(items.map((i) => i.legalBasis)).toEqual(['《中华人民共和国食品安全法》第一百一十条', '《中华人民共和国消防法》第五十三条']);
    expect(items.every((i) => i.kind === undefined)).toBe(true);
    const kindLines = model.lines.filter((l) => l.field === 'item.kind');
    expect(kindLines).toHaveLength(2);
    expect(kindLines[0].where.zh).toContain('没有事项类别');
    expect(model.lines.filter((l) => l.field === 'item.legalBasis').map((l) => l.used)).toHaveLength(2);
  });

  it('an imported list with kinds and no bases is completed by the page: kind from the import, basis from the page', () => {
    const imported = readItemList([
      ['事项编号', '抽查事项名称', '事项类别'],
      ['A058-01-003', '餐饮服务单位食品安全检查', '一般'],
      ['A012-02-001', '公众聚集场所消防安全检查', '重点'],
    ]).items;
    const merged = mergeItemLists(imported, fromListPage().items);
    expect(merged.find((i) => i.id === 'A058-01-003')).toMatchObject({ kind: 'general', legalBasis: '《中华人民共和国食品安全法》第一百一十条' });
    // Only on the page: added, without a kind.
    expect(merged.find((i) => i.name.startsWith('网络餐饮'))?.kind).toBeUndefined();
    const items = Dossier.parse(taskModel(merged).dossier).plans[0].tasks[0].items;
    expect(items.map((i) => [i.kind, i.legalBasis])).toEqual([
      ['general', '《中华人民共和国食品安全法》第一百一十条'],
      ['key', '《中华人民共和国消防法》第五十三条'],
    ]);
  });

  it('the import wins over the page where both give a value, and a declared kind fills a kind-less page', () => {
    const imported = readItemList([['抽查事项名称', '事项类别', '抽查依据'], ['甲事项', '重点', '依据A']]).items;
    expect(mergeItemLists(imported, [{ id: '甲事项', name: '甲事项', kind: 'general', legalBasis: '依据B' }])).toEqual(imported);
    expect(readPageItemList([['抽查事项名称'], ['乙事项']], { kind: 'general' }).items[0].kind).toBe('general');
    // An imported file without a kind column is still refused row by row (the user's list must say the kind).
    expect(readItemList([['抽查事项名称'], ['乙事项']]).refused[0].reason).toContain('没有事项类别列');
  });
});
