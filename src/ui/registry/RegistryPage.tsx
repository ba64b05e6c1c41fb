import { useState } from 'preact/hooks';
import type { RegistryDb } from '../../storage/registry-db';
import { msg, pick } from '../i18n';
import { BrowseView } from './BrowseView';
import { ImportPanel } from './ImportPanel';

/** The registries page: import the 两库 from files, then search, filter and count what is held. */
export function RegistryPage({ db }: { db: RegistryDb }) {
  const [version, setVersion] = useState(0);
  return (
    <main class="registry-page">
      <h1>{msg('registry.title')}</h1>
      <p class="lead">
        {msg('registry.hint')}
      </p>
      <ImportPanel db={db} onImported={() => setVersion((v) => v + 1)} />
      <BrowseView db={db} version={version} />
    </main>
  );
}
