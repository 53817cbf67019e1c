import { daysBetween, median } from './metrics';

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('takes the middle of an odd count, whatever the input order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([7])).toBe(7);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('sorts numerically, not as strings', () => {
    expect(median([10, 9, 100])).toBe(10);
  });

  it('does not mutate its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rejects non-finite values', () => {
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days', () => {
    expect(daysBetween(new Date('2025-03-01T00:00:00Z'), new Date('2025-03-15T00:00:00Z'))).toBe(14);
  });

  it('counts fractional days', () => {
    expect(daysBetween(new Date('2025-03-01T00:00:00Z'), new Date('2025-03-02T12:00:00Z'))).toBe(1.5);
  });

  it('is negative when the second date is earlier', () => {
    expect(daysBetween(new Date('2025-03-02T00:00:00Z'), new Date('2025-03-01T18:00:00Z'))).toBe(-0.25);
  });

  it('is zero for the same instant', () => {
    const at = new Date('2025-03-01T09:30:00Z');
    expect(daysBetween(at, at)).toBe(0);
  });

  it('rejects invalid dates', () => {
    expect(() => daysBetween(new Date('nope'), new Date('2025-03-01T00:00:00Z'))).toThrow(RangeError);
  });
});
