import { render } from 'preact';
import '../../src/ui/trainer/trainer.css';
import { RulesPage } from '../../src/ui/trainer/RulesPage';

const app = document.getElementById('app')!;
render(<RulesPage />, app);
window.addEventListener('pagehide', () => render(null, app));
