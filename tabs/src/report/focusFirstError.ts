const focusable = 'input, textarea, select, button';

/**
 * After a failed save: the first control with an error, in the form's order, is scrolled to the middle
 * of the view with its message (clear of the sticky save bar) and focused, so its message is read out.
 * Takes the controls' DOM ids; an error on a whole entry (`report-goals_g1_`, the prefix of its
 * controls' ids) goes to the entry's first control.
 */
export function focusFirstError(ids: readonly string[]): void {
  const controls = ids.flatMap((id) => {
    const element = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${id}"]`);
    return element ? [element] : [];
  });
  const first = controls.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
  if (!first) return;
  // A radio group's id is on its wrapper: focus its first radio.
  const control = first.matches(focusable) ? first : first.querySelector<HTMLElement>(focusable);
  (first.closest('.fui-Field') ?? first).scrollIntoView?.({ block: 'center' });
  control?.focus({ preventScroll: true });
}
