/** `%` and `_` in a search are literal characters, not wildcards (LIKE's default escape is `\`). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
