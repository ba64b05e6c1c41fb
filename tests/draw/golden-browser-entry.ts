// Bundled into a page by golden.chromium.test.ts.
import { computeGolden } from './golden-cases';
import { baselineParams } from './fixtures';

export function run() {
  return computeGolden(baselineParams);
}
