import { useState } from 'preact/hooks';
import * as XLSX from '@e965/xlsx';
import type { Settings } from '../../storage/settings';
import { send } from '../../messaging/send';
import { decodeCsv } from '../../core/liaison/lists/sheets';
import { readItemList, type ItemListRead } from '../../platform/item-list';
import { tr } from '../i18n';
import { SaidLine, useSaid } from './said';

/** A file's first sheet as rows of cell texts (CSV decoded as UTF-8 or GB18030, cells as written). */
function rowsOf(name: string, bytes: Uint8Array): string[][] {
  const wb = /\.csv$/i.test(name) ? XLSX.read(decodeCsv(bytes), { type: 'string', raw: true }) : XLSX.read(bytes, { type: 'array' });
  const sheet = wb.Sheets[wb.SheetNames[0]];
  return XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true }).map((r) => r.map((c) => String(c ?? '')));
}

/**
 * 随机抽查事项清单: imported from a file, kept in the settings; pages that show an item without its
 * kind (重点/一般) or legal basis take them from here. Every row is kept or refused with its reason.
 */
export function ItemListSection({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { said, setSaid, fromReply } = useSaid();
  const [read, setRead] = useState<ItemListRead | null>(null);
  const load = async (file: File) => {
    let r: ItemListRead;
    try {
      r = readItemList(rowsOf(file.name, new Uint8Array(await file.arrayBuffer())));
    } catch (e) {
      return setSaid({ ok: false, text: tr(`无法读取文件：${(e as Error).message}`, `cannot read the file: ${(e as Error).message}`) });
    }
    setRead(r);
    if (!r.items.length) return setSaid({ ok: false, text: tr(`没有可导入的事项（读取 ${r.read} 行，拒绝 ${r.refused.length} 行）`, `nothing to import (${r.read} rows read, ${r.refused.length} refused)`) });
    const reply = await send({ type: 'settings.set', patch: { itemList: r.items } });
    fromReply(reply, tr(`已导入 ${r.items.length} 个事项（读取 ${r.read} 行，拒绝 ${r.refused.length} 行）`, `${r.items.length} items imported (${r.read} rows read, ${r.refused.length} refused)`));
    if (reply.ok) onSaved(reply.settings);
  };
  return (
    <section id="item-list" data-items={settings.itemList.length}>
      <h2>{tr('随机抽查事项清单', 'Item list')}</h2>
      <p class="hint">
        {tr(
          '平台页面没有显示事项类别（重点/一般）或抽查依据时，从这里取。导入 CSV 或 Excel：列名“抽查事项名称”“事项类别”，可有“事项编号”“抽查依据”。',
          'Where a platform page does not show an item’s kind (key/general) or legal basis, it is taken from here. Import CSV or Excel with the columns 抽查事项名称 and 事项类别, optionally 事项编号 and 抽查依据.',
        )}
      </p>
      <p>
        {tr(`现有 ${settings.itemList.length} 个事项`, `${settings.itemList.length} items held`)}{' '}
        <input type="file" class="item-list-file" accept=".csv,.xlsx,.xls" aria-label={tr('导入事项清单', 'import the item list')} onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void load(f); }} />
      </p>
      <SaidLine said={said} />
      {read && read.refused.length > 0 && (
        <ul class="refused">
          {read.refused.map((x) => (
            <li data-row={x.row}>
              {tr(`第 ${x.row} 行：`, `row ${x.row}: `)}
              {x.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
