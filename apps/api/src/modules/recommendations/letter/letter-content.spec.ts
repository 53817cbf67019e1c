import { canonicalJson } from '@consilium/domain';

import { fixtureContent } from './letter.fixture';
import { contentHash, type LetterContent } from './letter-content';

// What a signature hashes (docs/adr/0015-signed-letter.md): the same content always gives the same
// hash, and a change of any value gives another.

/** Every path to a leaf value (string, number, boolean, null) of a JSON document. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, member]) => leafPaths(member, [...path, key]));
}

/** A copy of `content` with the leaf at `path` changed (to a different value of the same kind). */
function withChangedLeaf(content: LetterContent, path: (string | number)[]): unknown {
  const copy = JSON.parse(JSON.stringify(content));
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const key = path[path.length - 1];
  const old = parent[key];
  parent[key] =
    typeof old === 'string' ? `${old}·` : typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : 'x';
  return copy;
}

describe('the letter content hash', () => {
  const content = fixtureContent();

  it('is SHA-256 as 64 lowercase hex digits', () => {
    expect(contentHash(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for the same content, whatever the order of its keys or a round trip through JSON', () => {
    const reordered = JSON.parse(canonicalJson(content)) as LetterContent;
    const reversed = Object.fromEntries(Object.entries(content).reverse()) as unknown as LetterContent;
    expect(contentHash(reordered)).toBe(contentHash(content));
    expect(contentHash(reversed)).toBe(contentHash(content));
    expect(contentHash(fixtureContent())).toBe(contentHash(content));
  });

  it('changes with a change of any field', () => {
    const paths = leafPaths(content);
    // The fixture fills every part of a letter: the patient, addressee, board, facts, plan, votes.
    expect(paths.length).toBeGreaterThan(80);
    const original = contentHash(content);
    for (const path of paths) {
      const changed = contentHash(withChangedLeaf(content, path) as LetterContent);
      if (changed === original) throw new Error(`changing ${path.join('.')} kept the hash`);
    }
  });

  it('changes when an item is added to, removed from or moved in a list', () => {
    const original = contentHash(content);
    expect(content.votes.length).toBeGreaterThan(1);
    expect(contentHash({ ...content, votes: content.votes.slice(1) })).not.toBe(original);
    expect(contentHash({ ...content, votes: [...content.votes].reverse() })).not.toBe(original);
    expect(contentHash({ ...content, votes: [...content.votes, content.votes[0]] })).not.toBe(original);
  });
});
