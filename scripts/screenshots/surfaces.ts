/** Every surface `npm run screenshots` takes, in the README's order. */
import { extensionPages } from './extension-pages';
import { overlay } from './overlay';
import { trainer } from './trainer';

export const SURFACES = [...overlay, ...extensionPages, ...trainer];
