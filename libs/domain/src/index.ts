export * from './roles';
export * from './case-facts';
