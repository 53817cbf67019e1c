import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { IsCalendarDate, latestDateOnEarth, trim, trimEach } from './validation';

class Sample {
  @IsCalendarDate({ notFuture: true, min: '1900-01-01' })
  date!: unknown;
}

const problems = (date: unknown) =>
  validateSync(plainToInstance(Sample, { date })).flatMap((e) => Object.values(e.constraints ?? {}));

describe('IsCalendarDate', () => {
  it('accepts a real past date', () => {
    expect(problems('2024-02-29')).toEqual([]);
  });

  it('refuses a date that does not exist', () => {
    expect(problems('2025-02-30')).toEqual(['date must be a real calendar date']);
  });

  it('refuses a date-time or another format', () => {
    expect(problems('2025-01-01T00:00:00Z')).toContain('date must be a date written YYYY-MM-DD');
    expect(problems('01/02/2025')).toContain('date must be a date written YYYY-MM-DD');
  });

  it('refuses a non-string', () => {
    expect(problems(20250101)).toContain('date must be a date written YYYY-MM-DD');
  });

  it('refuses dates before the minimum and in the future', () => {
    expect(problems('1899-12-31')).toEqual(['date must be on or after 1900-01-01 and not in the future']);
    expect(problems('2999-01-01')).toEqual(['date must be on or after 1900-01-01 and not in the future']);
  });

  it('accepts today everywhere on earth, even where it is already tomorrow', () => {
    expect(latestDateOnEarth(new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-02');
    expect(latestDateOnEarth(new Date('2026-03-01T09:59:59Z'))).toBe('2026-03-01');
    expect(problems(new Date().toISOString().slice(0, 10))).toEqual([]);
  });
});

describe('trim and trimEach', () => {
  it('trim strings and leave anything else for the validators', () => {
    expect(trim({ value: '  Maria Jansen \n' })).toBe('Maria Jansen');
    expect(trim({ value: 42 })).toBe(42);
    expect(trimEach({ value: [' a ', 1, 'b'] })).toEqual(['a', 1, 'b']);
    expect(trimEach({ value: ' not an array ' })).toBe(' not an array ');
  });
});
