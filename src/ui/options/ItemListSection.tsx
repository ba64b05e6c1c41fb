import { useState } from 'preact/hooks';
import * as XLSX from '@e965/xlsx';
import type { Settings } from '../../storage/settings';
import { send } from '../../messaging/send';
import { decodeCsv } from '../../core/liaison/lists/sheets';
import { readItemList, type ItemListRead } from '../../platform/item-list';
import { msg } from '../i18n';
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
      return setSaid({ ok: false, text: msg('options.itemList.unreadable', { error: (e as Error).message }) });
    }
    setRead(r);
    if (!r.items.length) return setSaid({ ok: false, text: msg('options.itemList.nothing', { read: r.read, refused: r.refused.length }) });
    const reply = await send({ type: 'settings.set', patch: { itemList: r.items } });
    fromReply(reply, msg('options.itemList.imported', { n: r.items.length, read: r.read, refused: r.refused.length }));
    if (reply.ok) onSaved(reply.settings);
  };
  return (
    <section id="item-list" data-items={settings.itemList.length}>
      <h2>{msg('options.itemList.title')}</h2>
      <p class="hint">
        {msg('options.itemList.hint')}
      </p>
      <p>
        {msg('options.itemList.held', { n: settings.itemList.length })}{' '}
        <input type="file" class="item-list-file" accept=".csv,.xlsx,.xls" aria-label={msg('options.itemList.import')} onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void load(f); }} />
      </p>
      <SaidLine said={said} />
      {read && read.refused.length > 0 && (
        <ul class="refused">
          {read.refused.map((x) => (
            <li data-row={x.row}>
              {msg('common.problem', { where: msg('common.row', { row: x.row }), what: x.reason })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
