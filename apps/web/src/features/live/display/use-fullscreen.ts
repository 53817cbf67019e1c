import { type RefObject, useCallback, useEffect, useState } from 'react';

/**
 * The Fullscreen API for one element: whether the browser offers it here (not in every iframe),
 * whether the element fills the screen now, and a toggle. The browser's own Esc key leaves it too;
 * the state follows `fullscreenchange`, whichever way it was left.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const [active, setActive] = useState(false);

  useEffect(() => {
    const onChange = () => setActive(ref.current !== null && document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [ref]);

  const toggle = useCallback(async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await ref.current?.requestFullscreen();
    } catch {
      // Refused by the browser (no user gesture, a policy): the page stays as it was.
    }
  }, [ref]);

  return { supported, active, toggle };
}
