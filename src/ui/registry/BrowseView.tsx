import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DirectedFilters } from '../../core/model/filters';
import type { ObjectRecord } from '../../core/model';
import { countObjects, distinctValues, pageObjects, type RegistryDb, type RegistryMeta } from '../../storage/registry-db';
import { msg } from '../i18n';
import { formatMinute } from '../../i18n/time';
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
        <option value="">{msg('common.all')}</option>
        {list.map((v) => (
          <option value={v}>{v}</option>
        ))}
      </select>
    </label>
  );

  return (
    <section class="browse">
      <p class="held">
        {objects ? msg('registry.browse.objects', { n: objects.count.toLocaleString(), at: formatMinute(objects.updatedAt) }) : msg('registry.browse.noObjects')}
        {' · '}
        {inspectors ? msg('registry.browse.inspectors', { n: inspectors.count.toLocaleString() }) : msg('registry.browse.noInspectors')}
      </p>
      <div class="filters">
        <input class="search" placeholder={msg('registry.browse.search')} value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <span class="classes">
          {['A', 'B', 'C', 'D'].map((c) => (
            <label>
              <input type="checkbox" value={c} checked={classes.includes(c)} onChange={(e) => setClasses((old) => ((e.target as HTMLInputElement).checked ? [...old, c] : old.filter((x) => x !== c)))} />
              {c}
            </label>
          ))}
        </span>
        {select(msg('registry.browse.industry'), industry, setIndustry, options.industries, 'f-industry')}
        {select(msg('registry.browse.region'), region, setRegion, options.regions, 'f-region')}
        {select(msg('registry.browse.office'), office, setOffice, options.offices, 'f-office')}
        <label>
          {msg('registry.browse.abnormal')}{' '}
          <select class="f-abnormal" value={abnormal} onChange={(e) => setAbnormal((e.target as HTMLSelectElement).value)}>
            <option value="">{msg('common.all')}</option>
            <option value="yes">{msg('common.yes')}</option>
            <option value="no">{msg('common.no')}</option>
          </select>
        </label>
      </div>
      <p class="count" data-count={count ?? ''}>
        {count === null ? '…' : msg('registry.browse.matches', { n: count.toLocaleString() })} <span class="ms">{msg('registry.browse.ms', { ms: ms.toFixed(0) })}</span>
      </p>
      <div class="vhead">
        <span>{msg('registry.browse.uscc')}</span>
        <span>{msg('registry.browse.name')}</span>
        <span>{msg('registry.browse.industry')}</span>
        <span>{msg('registry.browse.region')}</span>
        <span>{msg('registry.browse.office')}</span>
        <span>{msg('registry.browse.class')}</span>
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
              {o.flags?.abnormal ? ` · ${msg('registry.browse.abnormalTag')}` : ''}
            </span>
          </>
        )}
      />
    </section>
  );
}
