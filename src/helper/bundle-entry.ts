// The entry of the one-file helper (dist/dra.cjs, and the single executable built from it): `npm run package`.
import { processMain } from './process-main';

void processMain(process.argv.slice(2));
