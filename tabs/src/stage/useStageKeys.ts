import { useEffect } from 'react';

/** Keys a presenter's clicker or keyboard sends to move back and forth (up and down still scroll a long point). */
const backKeys = new Set(['ArrowLeft', 'PageUp']);
const forwardKeys = new Set(['ArrowRight', 'PageDown']);

/**
 * Left and right arrows and PageUp/PageDown (what presentation clickers send) move the stage, except while the
 * person is typing or using a control that takes those keys itself (a field, a radio group, a dialog).
 */
export function useStageKeys(enabled: boolean, previous: () => void, next: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const back = backKeys.has(event.key);
      if (!back && !forwardKeys.has(event.key)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="radiogroup"], [role="dialog"], [role="listbox"], [role="menu"]')) return;
      event.preventDefault();
      if (back) previous();
      else next();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, previous, next]);
}
