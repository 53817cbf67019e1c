// Shared result shape of the case and meeting state machines. An illegal transition is reported,
// never thrown or ignored: the API maps it to a 409 with this message (docs/design.md#illegal-transitions).
export type TransitionResult<S extends string> =
  { ok: true; to: S } | { ok: false; code: 'ILLEGAL_TRANSITION'; message: string };

export function illegalTransition(message: string): {
  ok: false;
  code: 'ILLEGAL_TRANSITION';
  message: string;
} {
  return { ok: false, code: 'ILLEGAL_TRANSITION', message };
}
