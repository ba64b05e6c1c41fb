import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DirectedFilters } from '../../core/model/filters';
import type { ObjectRecord } from '../../core/model';
import { countObjects, distinctValues, pageObjects, type RegistryDb, type RegistryMeta } from '../../storage/registry-db';
import { tr } from '../i18n';
import { VirtualList } from './VirtualList';

/** Search, filter and count the imported object registry; the list renders only what is on screen. */
export function BrowseView({ db, version }: { db: RegistryDb; version: number }) {
  const [text, setText] = useState('');
  const [classes, setClasses] = useState<string[]>([]);
  const [industry, setIndustry] = useState('');
  const [region, setRegion] = useState('');
  const [office, setOffice] = useState('');
  const [abnormal, setAbnormal] = useState('');
  const [count, setCount] = useState<number | null>(null);
  const [ms, setMs] = useState(0);
  const [options, setOptions] = useState<{ industries: string[]; regions: string[]; offices: string[] }>({ industries: [], regions: [], offices: [] });
  const [metas, setMetas] = useState<RegistryMeta[]>([]);

  useEffect(() => {
    void (async () => {
      setMetas(await db.registries.toArray());
      setOptions({ industries: await distinctValues(db, 'industry'), regions: await distinctValues(db, 'region'), offices: await distinctValues(db, 'registrationOffice') });
    })();
  }, [version]);

  const query = useMemo(() => {
    const filters: DirectedFilters = {};
    if (classes.length) filters.creditClasses = classes as DirectedFilters['creditClasses'];
    if (industry) filters.industries = [industry];
    if (region) filters.regions = [region];
    if (office) filters.registrationOffices = [office];
    if (abnormal) filters.flags = { abnormal: abnormal === 'yes' };
    return { filters, text: text.trim() || undefined };
  }, [text, classes, industry, region, office, abnormal]);
  const key = `${version}:${JSON.stringify(query)}`;

  useEffect(() => {
    let live = true;
    const t = setTimeout(async () => {
      const t0 = performance.now();
      const n = await countObjects(db, query);
      if (live) (setCount(n), setMs(performance.now() - t0));
    }, 200);
    return () => ((live = false), clearTimeout(t));
  }, [key]);

  const objects = metas.find((m) => m.kind === 'objects');
  const inspectors = metas.find((m) => m.kind === 'inspectors');
  const select = (label: string, value: string, set: (v: string) => void, list: string[], cls: string) => (
    <label>
      {label}{' '}
      <select class={cls} value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
        <option value="">{tr('全部', 'all')}</option>
        {list.map((v) => (
          <option value={v}>{v}</option>
        ))}
      </select>
    </label>
  );

  return (
    <section class="browse">
      <p class="held">
        {objects ? tr(`检查对象名录库 ${objects.count.toLocaleString()} 户（${objects.updatedAt.slice(0, 16).replace('T', ' ')} 更新）`, `object registry: ${objects.count.toLocaleString()} (updated ${objects.updatedAt.slice(0, 16).replace('T', ' ')})`) : tr('尚未导入检查对象名录库', 'no object registry imported yet')}
        {' · '}
        {inspectors ? tr(`执法检查人员名录库 ${inspectors.count.toLocaleString()} 人`, `inspector registry: ${inspectors.count.toLocaleString()}`) : tr('尚未导入执法检查人员名录库', 'no inspector registry imported yet')}
      </p>
      <div class="filters">
        <input class="search" placeholder={tr('名称开头或代码开头', 'name or code prefix')} value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <span class="classes">
          {['A', 'B', 'C', 'D'].map((c) => (
            <label>
              <input type="checkbox" value={c} checked={classes.includes(c)} onChange={(e) => setClasses((old) => ((e.target as HTMLInputElement).checked ? [...old, c] : old.filter((x) => x !== c)))} />
              {c}
            </label>
          ))}
        </span>
        {select(tr('行业', 'industry'), industry, setIndustry, options.industries, 'f-industry')}
        {select(tr('区域', 'region'), region, setRegion, options.regions, 'f-region')}
        {select(tr('登记机关', 'office'), office, setOffice, options.offices, 'f-office')}
        <label>
          {tr('异常名录', 'abnormal')}{' '}
          <select class="f-abnormal" value={abnormal} onChange={(e) => setAbnormal((e.target as HTMLSelectElement).value)}>
            <option value="">{tr('全部', 'all')}</option>
            <option value="yes">{tr('是', 'yes')}</option>
            <option value="no">{tr('否', 'no')}</option>
          </select>
        </label>
      </div>
      <p class="count" data-count={count ?? ''}>
        {count === null ? '…' : tr(`符合条件 ${count.toLocaleString()} 户`, `${count.toLocaleString()} match`)} <span class="ms">({ms.toFixed(0)} ms)</span>
      </p>
      <div class="vhead">
        <span>{tr('统一社会信用代码', 'USCC')}</span>
        <span>{tr('企业名称', 'name')}</span>
        <span>{tr('行业', 'industry')}</span>
        <span>{tr('区域', 'region')}</span>
        <span>{tr('登记机关', 'office')}</span>
        <span>{tr('分类', 'class')}</span>
      </div>
      <VirtualList<ObjectRecord>
        count={count ?? 0}
        version={key}
        fetchPage={(offset, limit) => pageObjects(db, query, offset, limit)}
        render={(o) => (
          <>
            <span>{o.uscc ?? o.id}</span>
            <span>{o.name}</span>
            <span>{o.industry}</span>
            <span>{o.region}</span>
            <span>{o.registrationOffice}</span>
            <span>
              {o.creditClass ?? ''}
              {o.flags?.abnormal ? ` · ${tr('异常', 'abnormal')}` : ''}
            </span>
          </>
        )}
      />
    </section>
  );
}
