import { changedFields, diffSnapshots, givenFields } from './diff';

describe('diffSnapshots', () => {
  it('keeps only the changed fields, comparing arrays by content', () => {
    const before = { name: 'A', tags: ['x', 'y'], active: true, window: 42 };
    const after = { name: 'A', tags: ['x', 'y'], active: false, window: 30 };
    expect(diffSnapshots(before, after)).toEqual({
      fields: ['active', 'window'],
      before: { active: true, window: 42 },
      after: { active: false, window: 30 },
    });
    expect(diffSnapshots(before, { ...before, tags: ['y', 'x'] }).fields).toEqual(['tags']);
  });

  it('reports a field that appears or disappears, with null on the missing side', () => {
    expect(diffSnapshots<Record<string, number>>({ a: 1 }, { b: 2 })).toEqual({
      fields: ['a', 'b'],
      before: { a: 1, b: null },
      after: { a: null, b: 2 },
    });
  });

  it('finds nothing to report for equal snapshots', () => {
    expect(diffSnapshots({ a: [1], b: null }, { a: [1], b: null }).fields).toEqual([]);
  });
});

describe('changedFields', () => {
  it('names the changed fields and nothing else', () => {
    expect(
      changedFields({ ecog: 1, histology: 'x', lesions: [1] }, { ecog: 2, histology: 'x', lesions: [2] }),
    ).toEqual(['ecog', 'lesions']);
  });
});

describe('givenFields', () => {
  it('names the fields that carry a value, skipping null, blank text and empty lists', () => {
    expect(
      givenFields({
        histology: 'adenocarcinoma',
        ecog: 0,
        bilobar: false,
        msi: null,
        note: '  ',
        lesions: [],
        x: undefined,
      }),
    ).toEqual(['histology', 'ecog', 'bilobar']);
  });
});
