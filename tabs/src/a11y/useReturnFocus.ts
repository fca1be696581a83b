import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Gives focus back to the element that had it when the dialog opened (a button on the page, or a
 * field or button of the dialog below) as soon as the dialog closes or unmounts.
 *
 * Fluent's own restore does not fit our dialogs: it needs a DialogTrigger or a restore target on
 * every opener, it returns focus to the newest target anywhere on the page (for the confirmation
 * that Escape in an editor's field opens, that is the editor's opener behind the editor), and it
 * acts only after the exit animation, when focus has already fallen to <body>.
 *
 * Focus moves only while it is lost or still in a dialog: a close that put focus elsewhere on
 * purpose (after a delete, on the deleted item's parent) keeps it there.
 */
export function useReturnFocus(open: boolean): void {
  const opener = useRef<Element | null>(null);
  // Layout effects run before Fluent moves focus into the dialog, and after React has put focus
  // back on the element that had it before the commit (the closing dialog's button, still fading out).
  useLayoutEffect(() => {
    if (open) opener.current = document.activeElement;
    else giveFocusBack(opener);
  }, [open]);
  // Unmounted while open: the dialog leaves the page in this same commit.
  useLayoutEffect(() => () => giveFocusBack(opener), []);
}

function giveFocusBack(opener: RefObject<Element | null>) {
  const element = opener.current;
  opener.current = null;
  const now = document.activeElement;
  const lost = !now || now === document.body || now.closest('[aria-modal="true"]') !== null;
  if (lost && element instanceof HTMLElement && element !== document.body && element.isConnected) element.focus();
}
