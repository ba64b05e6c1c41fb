export * from './rules';
export * from './attribute';
export * from './matrix';
export * from './deadlines';
export * from './charts';
