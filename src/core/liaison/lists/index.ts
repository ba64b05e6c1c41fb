export * from './spec';
export * from './cells';
export * from './read-rows';
export * from './assemble';
export * from './sheets';
export * from './from-records';
