export * from './calendar-date';
export * from './ics';
export * from './time-zone';
