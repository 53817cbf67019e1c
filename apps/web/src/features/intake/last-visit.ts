// When the coordinator last opened the intake, per user and per browser: only a time, never a
// patient or a case, so it may live in localStorage (unlike the session token).
const PREFIX = 'consilium.intake.lastVisit.';

function keyOf(userId: string): string {
  return `${PREFIX}${userId}`;
}

/** The previous visit as an ISO instant, or null (first visit on this browser, or a damaged entry). */
export function readLastVisit(userId: string): string | null {
  try {
    const stored = window.localStorage.getItem(keyOf(userId));
    return stored && !Number.isNaN(Date.parse(stored)) ? stored : null;
  } catch {
    // Storage can be disabled; then every visit is a first one.
    return null;
  }
}

export function writeLastVisit(userId: string, at: Date): void {
  try {
    window.localStorage.setItem(keyOf(userId), at.toISOString());
  } catch {
    // Not remembered: the next visit says "first visit" instead of what changed.
  }
}

/** Entered its current state after the previous visit (a case without `since` is not called new). */
export function isSinceVisit(since: string | null | undefined, lastVisit: string | null): boolean {
  if (!since || !lastVisit) return false;
  return Date.parse(since) > Date.parse(lastVisit);
}
