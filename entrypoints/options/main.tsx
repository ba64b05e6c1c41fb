import { render } from 'preact';
import '../../src/ui/buttons.css';
import { OptionsPage } from '../../src/ui/options/OptionsPage';

const app = document.getElementById('app')!;
render(<OptionsPage />, app);
window.addEventListener('pagehide', () => render(null, app));
