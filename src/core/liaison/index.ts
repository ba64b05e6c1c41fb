export * from './rules';
export * from './attribute';
export * from './matrix';
export * from './deadlines';
export * from './charts';
export * from './lists';
export * from './frequency';
export * from './view';
