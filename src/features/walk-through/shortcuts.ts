import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../i18n';
import type { AnswerForm } from './answer-form';

export type ShortcutAction =
  | { kind: 'choose'; choice: Exclude<AnswerForm['choice'], ''> }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'nextOpen' }
  | { kind: 'vote' }
  | { kind: 'leave' };

/** One documented shortcut: the keys as shown, what it does, and whether only workshop mode has it. */
export type Shortcut = { keys: string; label: MessageKey; presentOnly?: boolean };

/** The keys, in the order the page lists them: the list and the handler below come from here. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: '0 – 5', label: 'keys.level' },
  { keys: 'V', label: 'keys.unknown' },
  { keys: 'E', label: 'keys.na' },
  { keys: 'J', label: 'keys.next' },
  { keys: 'K', label: 'keys.previous' },
  { keys: 'N', label: 'keys.nextOpen' },
  { keys: '→ ↓ Page Down', label: 'keys.next', presentOnly: true },
  { keys: '← ↑ Page Up', label: 'keys.previous', presentOnly: true },
  { keys: 'R', label: 'keys.vote', presentOnly: true },
  { keys: 'Esc', label: 'keys.leave', presentOnly: true },
];

/**
 * True where a key press is typing: a text field, a list box, anything editable. Shortcuts never
 * fire there, so a note can contain "3" or "j", and a screen reader's own keys in a field still work.
 */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range'].includes(target.type);
  return false;
}

/**
 * What a key does on the walk-through page. `paging` (workshop mode) adds arrows and page keys, as
 * a presentation clicker sends them, R for a vote and Esc to leave.
 */
export function actionFor(e: KeyboardEvent, maxLevel: number, paging = false): ShortcutAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (/^[0-9]$/.test(key) && Number(key) <= maxLevel)
    return { kind: 'choose', choice: key as Exclude<AnswerForm['choice'], '' | 'unknown' | 'na'> };
  if (key === 'v') return { kind: 'choose', choice: 'unknown' };
  if (key === 'e') return { kind: 'choose', choice: 'na' };
  if (key === 'j') return { kind: 'next' };
  if (key === 'k') return { kind: 'previous' };
  if (key === 'n') return { kind: 'nextOpen' };
  if (paging && ['ArrowRight', 'ArrowDown', 'PageDown'].includes(key)) return { kind: 'next' };
  if (paging && ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(key)) return { kind: 'previous' };
  if (paging && key === 'r') return { kind: 'vote' };
  if (paging && key === 'Escape') return { kind: 'leave' };
  return null;
}

/** Listens for the walk-through's shortcuts on the whole document while the page is shown. */
export function useShortcuts(
  onAction: (action: ShortcutAction, event: KeyboardEvent) => void,
  maxLevel: number,
  paging = false,
) {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = actionFor(e, maxLevel, paging);
      if (!action) return;
      e.preventDefault();
      latest.current(action, e);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [maxLevel, paging]);
}
