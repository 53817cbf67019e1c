export * from './time-zone';
export * from './calendar-date';
export * from './ics';
