export * from './grid';
export * from './headers';
export * from './read-table';
export * from './to-plans';
export * from './check-table';
export * from './read-file';
export { readPasted, parseTsv } from './readers/pasted';
export { readHtml } from './readers/html';
