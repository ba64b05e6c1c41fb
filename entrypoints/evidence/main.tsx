import { render } from 'preact';
import { EvidencePage } from '../../src/ui/EvidencePage';

const app = document.getElementById('app')!;
render(<EvidencePage id={Number(location.hash.slice(1))} />, app);
window.addEventListener('pagehide', () => render(null, app));
