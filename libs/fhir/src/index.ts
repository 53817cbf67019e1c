export * from './export-case';
export * from './import-case';
export * from './model';
export * from './patient-match';
export * from './terminology';
