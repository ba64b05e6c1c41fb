import { useState } from 'preact/hooks';
import type { RegistryDb } from '../../storage/registry-db';
import { tr } from '../i18n';
import { BrowseView } from './BrowseView';
import { ImportPanel } from './ImportPanel';

/** The registries page: import the 两库 from files, then search, filter and count what is held. */
export function RegistryPage({ db }: { db: RegistryDb }) {
  const [version, setVersion] = useState(0);
  return (
    <main class="registry-page">
      <h1>{tr('两库：导入与浏览', 'Registries: import and browse')}</h1>
      <p class="lead">
        {tr('名录库只保存在本机浏览器中（IndexedDB），抽取预览从这里读取。', 'The registries stay in this browser (IndexedDB); the draw preview reads them from here.')}
      </p>
      <ImportPanel db={db} onImported={() => setVersion((v) => v + 1)} />
      <BrowseView db={db} version={version} />
    </main>
  );
}
