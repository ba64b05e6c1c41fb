// Regenerate tests/draw/golden.json: only when the algorithm version changes on purpose.
import { writeFileSync } from 'node:fs';
import { computeGolden } from './golden-cases';
import { baselineParams } from './fixtures';

writeFileSync(new URL('./golden.json', import.meta.url), `${JSON.stringify(computeGolden(baselineParams), null, 2)}\n`);
console.log('wrote tests/draw/golden.json');
