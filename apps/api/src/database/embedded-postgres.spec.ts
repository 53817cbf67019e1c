import { fallbackKey } from './embedded-postgres';

describe('fallbackKey', () => {
  it('gives two clones whose paths end alike their own clusters', () => {
    // Both end in ".data/postgres", as every clone's default EMBEDDED_PG_DIR does.
    const a = fallbackKey('/tmp/tmp.aaaa/consilium/.data/postgres');
    const b = fallbackKey('/root/work/consilium/.data/postgres');
    expect(a).not.toBe(b);
  });

  it('is stable for one folder, however it is written', () => {
    expect(fallbackKey('/srv/c/.data/postgres')).toBe(fallbackKey('/srv/c/./.data/postgres/'));
    expect(fallbackKey('/srv/c/.data/postgres')).toMatch(/^[0-9a-f]{24}$/);
  });
});
