import { readdirSync } from 'node:fs';
import * as path from 'node:path';

import { MIGRATIONS } from './data-source';

// A migration file missing from migrations/index.ts would silently never run; one listed twice or
// out of order would run in the wrong place. The folder and the list must say the same thing.
describe('migrations/index.ts', () => {
  const folder = path.resolve(__dirname, '../../../../migrations');
  const files = readdirSync(folder)
    .filter((f) => /^\d{13}-[A-Z][A-Za-z0-9]+\.ts$/.test(f))
    .sort();

  it('lists every migration file in the folder, once, in timestamp order', () => {
    // The class of `1764000000000-CreateFoundation.ts` is `CreateFoundation1764000000000`.
    const expected = files.map((f) => {
      const [, timestamp, name] = /^(\d{13})-(\w+)\.ts$/.exec(f) as RegExpExecArray;
      return `${name}${timestamp}`;
    });
    expect(MIGRATIONS.map((m) => m.name)).toEqual(expected);
  });

  it('has no file in the folder that does not follow the naming rule', () => {
    const others = readdirSync(folder).filter((f) => f !== 'index.ts' && !files.includes(f));
    expect(others).toEqual([]);
  });
});
