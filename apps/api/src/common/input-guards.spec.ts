import { findHostileStrings, jsonNestsDeeperThan, MAX_JSON_DEPTH, stringFlaws } from './input-guards';

describe('stringFlaws', () => {
  it.each([
    ['plain text', []],
    ['tab\t, line feed\n, carriage return\r', []],
    ['accents and emoji: Müller, 肝, \u{1F914}', []],
    ['', []],
    ['a\u0000b', ['control']],
    ['a\u0007b', ['control']],
    ['\u001b[31m', ['control']],
    ['a\u000bb', ['control']],
    ['a\u001fb', ['control']],
    ['DEL\u007f', ['control']],
    ['\ud800', ['surrogate']],
    ['a\udc00b', ['surrogate']],
    ['\ud83d', ['surrogate']],
    ['\udc00\ud800', ['surrogate']],
    ['\ud800\u0000', ['control', 'surrogate']],
  ])('%j -> %j', (value, flaws) => {
    expect(stringFlaws(value)).toEqual(flaws);
  });

  it('accepts C1 controls and other Unicode (only C0 and DEL are refused)', () => {
    expect(stringFlaws('\u0085\u00a0\u200b\ufeff')).toEqual([]);
  });
});

describe('findHostileStrings', () => {
  it('finds nothing in clean input of any shape', () => {
    expect(findHostileStrings({ a: [1, 'x', { b: null, c: true }], d: 'y' }, 'body')).toEqual([]);
    expect(findHostileStrings(undefined, 'body')).toEqual([]);
    expect(findHostileStrings(null, 'body')).toEqual([]);
    expect(findHostileStrings(42, 'body')).toEqual([]);
  });

  it('names fields in the a.b[0].c style, in document order', () => {
    const body = {
      name: 'a\u0000b',
      facts: { lesions: [{ segment: 7 }, { segment: '\ud800', note: 'ok' }] },
      tags: ['ok', 'x\u0007'],
    };
    expect(findHostileStrings(body, 'body')).toEqual([
      { field: 'name', problems: ['name must not contain control characters'] },
      {
        field: 'facts.lesions[1].segment',
        problems: ['facts.lesions[1].segment must be well-formed Unicode (no unpaired surrogates)'],
      },
      { field: 'tags[1]', problems: ['tags[1] must not contain control characters'] },
    ]);
  });

  it('checks object keys and shows a bad key escaped in the path', () => {
    expect(findHostileStrings({ outer: { 'k\u0000y': 'v\u0000' } }, 'body')).toEqual([
      {
        field: 'outer.k\\u0000y',
        problems: ['outer.k\\u0000y: field names must not contain control characters'],
      },
      { field: 'outer.k\\u0000y', problems: ['outer.k\\u0000y must not contain control characters'] },
    ]);
    expect(findHostileStrings({ '\ud800': 1 }, 'body')[0].field).toBe('\\ud800');
  });

  it('names a bare string by the root name', () => {
    expect(findHostileStrings('a\u0000', 'body')).toEqual([
      { field: 'body', problems: ['body must not contain control characters'] },
    ]);
  });

  it('reads query-like objects without a prototype, with repeated values as arrays', () => {
    const query = Object.assign(Object.create(null) as object, { q: ['ok', 'a\u0000b'] });
    expect(findHostileStrings(query, 'query').map((p) => p.field)).toEqual(['q[1]']);
  });

  it('walks very deep values without recursion', () => {
    let deep: unknown = 'a\u0000b';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findHostileStrings(deep, 'body')).toHaveLength(1);
  });

  it('reports at most 100 problems', () => {
    const body = Array.from({ length: 500 }, () => '\u0000');
    expect(findHostileStrings(body, 'body')).toHaveLength(100);
  });
});

describe('jsonNestsDeeperThan', () => {
  const nested = (depth: number) => '{"a":'.repeat(depth - 1) + '[]' + '}'.repeat(depth - 1);

  it('allows the maximum depth and refuses one more', () => {
    expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
  });

  it('counts depth, not the number of containers', () => {
    const wide = JSON.stringify(Array.from({ length: 1000 }, () => ({ a: [1], b: {} })));
    expect(jsonNestsDeeperThan(wide, 3)).toBe(false);
    expect(jsonNestsDeeperThan(wide, 2)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes and backslashes included', () => {
    const text = JSON.stringify({ s: '[[[{{{', t: 'quote " and [', u: 'backslash \\', v: '\\"[[[' });
    expect(jsonNestsDeeperThan(text, 1)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify({ k: '\\', deeper: [[]] }), 2)).toBe(true);
  });

  it('scans a deep body of any length without recursion', () => {
    expect(jsonNestsDeeperThan('['.repeat(1_000_000), MAX_JSON_DEPTH)).toBe(true);
  });

  it('finds nothing to refuse in scalars and empty text', () => {
    for (const text of ['', '1', '"x"', 'null', '[]', '{}']) expect(jsonNestsDeeperThan(text, 1)).toBe(false);
  });
});
