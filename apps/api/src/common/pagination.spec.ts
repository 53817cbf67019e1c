import { BadRequestException } from '@nestjs/common';

import { decodeCursor, encodeCursor, mapPage, toPage } from './pagination';

describe('keyset pagination helpers', () => {
  const id = '0b8f1c3e-2d4a-4f6b-8c9d-0e1f2a3b4c5d';

  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor({ v: '2026-11-27T09:00:00.123Z', id }))).toEqual({
      v: '2026-11-27T09:00:00.123Z',
      id,
    });
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('refuses a cursor it did not make, as a validation error on `cursor`', () => {
    for (const bad of [
      'nope',
      Buffer.from('{"v":1}').toString('base64url'),
      encodeCursor({ v: 'x', id: 'not-a-uuid' }),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(BadRequestException);
    }
  });

  it('uses the extra row only to say there is a next page', () => {
    const rows = [1, 2, 3].map((n) => ({ n, id }));
    expect(toPage(rows, 3, (r) => ({ v: String(r.n), id: r.id }))).toEqual({ items: rows, nextCursor: null });
    const page = toPage(rows, 2, (r) => ({ v: String(r.n), id: r.id }));
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!)).toEqual({ v: '2', id });
  });

  it('maps the items of a page and keeps its cursor', () => {
    expect(mapPage({ items: [1, 2], nextCursor: 'c' }, (n) => n * 10)).toEqual({
      items: [10, 20],
      nextCursor: 'c',
    });
  });
});
