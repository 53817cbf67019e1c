import { checkPrimarySide, emptyCaseFacts, isColorectal, PRIMARY_SITES } from './case-facts';

describe('isColorectal', () => {
  it('is true for colon and rectum only', () => {
    expect(PRIMARY_SITES.filter(isColorectal)).toEqual(['colon', 'rectum']);
    expect(isColorectal(null)).toBe(false);
  });
});

describe('checkPrimarySide: sidedness is a colorectal fact', () => {
  it('accepts a side for a colon or rectum primary', () => {
    expect(checkPrimarySide({ primarySite: 'colon', primarySide: 'left' })).toEqual({ ok: true });
    expect(checkPrimarySide({ primarySite: 'rectum', primarySide: 'right' })).toEqual({ ok: true });
  });

  it('accepts no side, whatever the primary', () => {
    for (const primarySite of [...PRIMARY_SITES, null]) {
      expect(checkPrimarySide({ primarySite, primarySide: null })).toEqual({ ok: true });
    }
  });

  it('refuses a side for another primary, naming it', () => {
    expect(checkPrimarySide({ primarySite: 'pancreas', primarySide: 'left' })).toEqual({
      ok: false,
      code: 'PRIMARY_SIDE_NOT_COLORECTAL',
      field: 'primarySide',
      message:
        'primarySide is recorded only for a colon or rectum primary (the primary is pancreas); set it to null',
    });
  });

  it('refuses a side before the primary is recorded', () => {
    expect(checkPrimarySide({ primarySite: null, primarySide: 'right' })).toMatchObject({
      ok: false,
      message:
        'primarySide is recorded only for a colon or rectum primary (the primary is not recorded); set it to null',
    });
  });

  it('reads a whole fact sheet', () => {
    expect(checkPrimarySide({ ...emptyCaseFacts(), primarySite: 'lung', primarySide: 'left' }).ok).toBe(
      false,
    );
  });
});
