export * from './time-zone';
export * from './ics';
