import { render } from 'preact';
import { LiaisonApp } from '../../src/ui/liaison/LiaisonApp';
import '../../src/ui/liaison/liaison.css';

const app = document.getElementById('app')!;
render(<LiaisonApp compact />, app);
window.addEventListener('pagehide', () => render(null, app));
