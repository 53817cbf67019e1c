import { describe, expect, it } from 'vitest';

import { ageOn, displayName, initials, nameModeFrom } from './display-name';

const JAN = { fullName: 'Jan Visser', birthDate: '1957-06-02', mrn: 'MRN-7' };

describe('how the wall names a patient', () => {
  it('is initials and age by default, never the MRN', () => {
    const shown = displayName(JAN, undefined, '2026-03-19');
    expect(shown).toBe('J. V., 68');
    expect(shown).not.toContain('MRN');
  });

  it('is the full name and age in full mode', () => {
    expect(displayName(JAN, 'full', '2026-03-19')).toBe('Jan Visser, 68');
  });

  it('takes the initial of every name, not of lower-case particles', () => {
    expect(initials('María García López')).toBe('M. G. L.');
    expect(initials('Joost van der Berg')).toBe('J. B.');
    expect(initials('  ángel   ruiz ')).toBe('Á. R.');
  });

  it('counts the age in completed years on the board’s day', () => {
    expect(ageOn('1961-04-12', '2026-04-11')).toBe(64);
    expect(ageOn('1961-04-12', '2026-04-12')).toBe(65);
    expect(ageOn('not a date', '2026-04-12')).toBeNull();
    expect(displayName({ fullName: 'Ana Sol', birthDate: '' }, 'initials', '2026-04-12')).toBe('A. S.');
  });

  it('reads full names from the address only when asked for exactly', () => {
    expect(nameModeFrom(new URLSearchParams('names=full'))).toBe('full');
    expect(nameModeFrom(new URLSearchParams('names=FULL'))).toBe('initials');
    expect(nameModeFrom(new URLSearchParams(''))).toBe('initials');
  });
});
