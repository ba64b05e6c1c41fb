export * from './safe';
export * from './labels';
export * from './header';
export * from './xlsx';
export * from './html';
