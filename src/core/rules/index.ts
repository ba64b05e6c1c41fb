export * from './types';
export * from './messages';
export * from './evaluate';
export * from './citations';
export { allRules, ruleById } from './registry';
