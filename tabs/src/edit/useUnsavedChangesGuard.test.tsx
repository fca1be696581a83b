/** @jest-environment jsdom */
import { renderHook } from '@testing-library/react';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

function leave(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

test('asks before leaving the page only while there are unsaved changes', () => {
  const { rerender, unmount } = renderHook(({ dirty }) => useUnsavedChangesGuard(dirty), { initialProps: { dirty: false } });
  expect(leave()).toBe(false);
  rerender({ dirty: true });
  expect(leave()).toBe(true);
  rerender({ dirty: false });
  expect(leave()).toBe(false);
  rerender({ dirty: true });
  unmount();
  expect(leave()).toBe(false);
});
