// Bundled into the sandbox's plan form by bench/panel.bench.ts: the panel's refresh (read the form
// through the adapter, build the model, run every rule) timed after real input events.
import { recognisePage } from '../src/platform/recognise';
import { validateNow } from '../src/ui/use-live-validation';
import { readForm } from '../src/platform/read-form';

/** Type into `selector` n times (the plan's name, a strategy row's target) and time each refresh. */
export function run(n = 300, selector = 'input[name=name]') {
  const page = recognisePage(location.href)!;
  const name = document.querySelector(selector) as HTMLInputElement;
  const read: number[] = [];
  const full: number[] = [];
  let findings = 0;
  for (let i = 0; i < n; i++) {
    name.value = selector === 'input[name=name]' ? `2026年联合抽查计划${i}` : String(1 + (i % 30));
    name.dispatchEvent(new Event('input', { bubbles: true }));
    let t = performance.now();
    readForm(document, page.spec);
    read.push(performance.now() - t);
    t = performance.now();
    findings = validateNow(document, page).report?.findings.length ?? 0;
    full.push(performance.now() - t);
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
  return { n, findings, readMedian: q(read, 0.5), readP95: q(read, 0.95), median: q(full, 0.5), p95: q(full, 0.95) };
}
