import { useEffect, useState } from 'react';

const TICK_MS = 15_000;

/** The time now, refreshed often enough for a clock that shows minutes. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
