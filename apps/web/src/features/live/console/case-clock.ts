/** Time on the current case against its planned minutes (whole seconds; never negative). */
export interface CaseClock {
  elapsedSeconds: number;
  plannedSeconds: number;
  /** How far past the planned time; 0 while within it. */
  overSeconds: number;
  over: boolean;
}

export function caseClock(since: string, now: number, plannedMinutes: number): CaseClock {
  const started = Date.parse(since);
  const elapsedSeconds = Number.isNaN(started) ? 0 : Math.max(0, Math.floor((now - started) / 1000));
  const plannedSeconds = Math.max(0, plannedMinutes) * 60;
  const overSeconds = Math.max(0, elapsedSeconds - plannedSeconds);
  return { elapsedSeconds, plannedSeconds, overSeconds, over: overSeconds > 0 };
}

/** 65 → "1:05"; 3725 → "1:02:05": a stopwatch's reading, the same in every language. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
