import { useEffect, useRef } from 'react';

/** What the console's single keys do (listed on screen by `ShortcutList`). */
export const SHORTCUT_ACTIONS = ['next', 'previous', 'note', 'propose', 'votes', 'attendance'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

/** The keys of each action, as shown on screen and as `KeyboardEvent.key` gives them (lower case). */
export const SHORTCUT_KEYS: Readonly<Record<ShortcutAction, readonly string[]>> = {
  next: ['j', ']'],
  previous: ['k', '['],
  note: ['n'],
  propose: ['p'],
  votes: ['v'],
  attendance: ['a'],
};

const ACTION_BY_KEY = new Map<string, ShortcutAction>(
  SHORTCUT_ACTIONS.flatMap((action) => SHORTCUT_KEYS[action].map((key) => [key, action] as const)),
);

// Where a key is typing, or belongs to an open dialog, not to the console.
const TYPING = [
  'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]):not([type="reset"])',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="combobox"]',
].join(', ');
const DIALOG = '[role="dialog"], [aria-modal="true"]';

/** The focus is in a text field (or a dialog): single keys are typed there, never taken. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`${TYPING}, ${DIALOG}`) !== null;
}

/** The console action a key press asks for, or null (typing, modified keys, held-down keys). */
export function shortcutOf(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.repeat || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  const key = event.key.toLowerCase();
  // Brackets need AltGr (Ctrl+Alt) on some keyboards, Spanish among them; letters take no modifier.
  const bracket = key === '[' || key === ']';
  if (!bracket && (event.ctrlKey || event.altKey)) return null;
  return ACTION_BY_KEY.get(key) ?? null;
}

/** Listens on the document while mounted; the handlers may change on every render. */
export function useShortcuts(handlers: Partial<Record<ShortcutAction, () => void>>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutOf(event);
      const handler = action ? latest.current[action] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
