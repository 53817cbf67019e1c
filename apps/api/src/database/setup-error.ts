/**
 * A problem with the database set-up that the person starting Consilium can fix: the message says
 * what is wrong and what to do, so the start-up prints it without a stack trace.
 */
export class DatabaseSetupError extends Error {
  override readonly name = 'DatabaseSetupError';
}
