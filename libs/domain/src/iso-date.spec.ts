import { isoDateToDayNumber } from './iso-date';

describe('isoDateToDayNumber', () => {
  it('counts days since the epoch', () => {
    expect(isoDateToDayNumber('1970-01-01')).toBe(0);
    expect(isoDateToDayNumber('1970-01-02')).toBe(1);
    expect(isoDateToDayNumber('2024-03-01')! - isoDateToDayNumber('2024-02-28')!).toBe(2);
  });

  it.each(['2025-02-30', '2025-13-01', '2025-1-01', '20250101', '2025-01-01T00:00:00Z', ''])(
    'rejects %j',
    (value) => {
      expect(isoDateToDayNumber(value)).toBeNull();
    },
  );
});
