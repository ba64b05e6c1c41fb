import { render } from 'preact';
import { EvidencePage } from '../../src/ui/EvidencePage';
import { msg } from '../../src/ui/i18n';
import '../../src/ui/buttons.css';
import './evidence.css';

const app = document.getElementById('app')!;
document.title = msg('evidence.page.title', { id: Number(location.hash.slice(1)) });
render(<EvidencePage id={Number(location.hash.slice(1))} />, app);
window.addEventListener('pagehide', () => render(null, app));
