import { useFocusFinders } from '@fluentui/react-components';

/**
 * Holds Fluent's focus manager (Tabster) for as long as the app runs.
 *
 * Fluent creates it when the first component that needs it mounts and disposes of it when the last
 * one unmounts: on most pages, the last dialog. A modal dialog sets aria-hidden="true" on the rest of
 * the page and clears it 250 ms after closing (at once only where focus returns). Disposing cancels
 * that timer, so after a dialog opened without focus on its button (a click in Safari, a tap) #root
 * stayed hidden from screen readers for good (tabster issue 530, fluentui issues 35139 and 35985).
 */
export function useLastingTabster(): void {
  useFocusFinders();
}
