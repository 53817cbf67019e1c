export * from './code-system';
export * from './export-case';
export * from './export-recommendation';
export * from './import-case';
export * from './model';
export * from './patient-match';
export * from './terminology';
