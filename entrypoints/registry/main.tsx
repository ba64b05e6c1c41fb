import { render } from 'preact';
import { RegistryPage } from '../../src/ui/registry/RegistryPage';
import { RegistryDb } from '../../src/storage/registry-db';

const app = document.getElementById('app')!;
render(<RegistryPage db={new RegistryDb()} />, app);
window.addEventListener('pagehide', () => render(null, app));
