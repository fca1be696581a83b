/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import { useLoad } from './useLoad';

/** A load whose answers the test settles one by one, counting the requests. */
function controlledLoad() {
  const pending: { resolve(v: string): void; reject(e: Error): void }[] = [];
  const load = jest.fn(() => new Promise<string>((resolve, reject) => pending.push({ resolve, reject })));
  const settle = async (how: 'resolve' | 'reject', value = 'data') => {
    const next = pending.shift()!;
    await act(async () => (how === 'resolve' ? next.resolve(value) : next.reject(new Error('Kunde inte nå servern.'))));
  };
  return { load, settle, pending };
}

const goOnline = () => act(() => void window.dispatchEvent(new Event('online')));
const becomeVisible = () => act(() => void document.dispatchEvent(new Event('visibilitychange')));

test('a failed load is tried again when the browser comes back online', async () => {
  const { load, settle } = controlledLoad();
  const { result } = renderHook(() => useLoad(load));
  await settle('reject');
  expect(result.current.error?.message).toBe('Kunde inte nå servern.');

  goOnline();
  expect(load).toHaveBeenCalledTimes(2);
  await settle('resolve', 'planen');
  expect(result.current).toMatchObject({ data: 'planen', error: null, loading: false });
});

test('a failed load is tried again when the tab becomes visible', async () => {
  const { load, settle } = controlledLoad();
  const { result } = renderHook(() => useLoad(load));
  await settle('reject');
  becomeVisible();
  expect(load).toHaveBeenCalledTimes(2);
  await settle('resolve');
  expect(result.current.data).toBe('data');
});

test('a loaded page is not asked again when the tab becomes visible or the network returns', async () => {
  const { load, settle } = controlledLoad();
  renderHook(() => useLoad(load));
  await settle('resolve');
  becomeVisible();
  goOnline();
  expect(load).toHaveBeenCalledTimes(1);
});

test('events and clicks while a retry runs send no further request', async () => {
  const { load, settle } = controlledLoad();
  const { result } = renderHook(() => useLoad(load));
  await settle('reject');
  goOnline();
  becomeVisible();
  goOnline();
  await act(() => void result.current.reload());
  expect(load).toHaveBeenCalledTimes(2);
  await settle('resolve');
  expect(result.current.data).toBe('data');
  expect(load).toHaveBeenCalledTimes(2);
});

test('the network returning while a request fails earns it one more try', async () => {
  const { load, settle } = controlledLoad();
  const { result } = renderHook(() => useLoad(load));
  goOnline();
  await settle('reject');
  expect(load).toHaveBeenCalledTimes(2);
  await settle('resolve');
  expect(result.current).toMatchObject({ data: 'data', error: null });
});

test('the answer to an earlier choice is dropped', async () => {
  const first = controlledLoad();
  const second = controlledLoad();
  const { result, rerender } = renderHook(({ load }) => useLoad(load), { initialProps: { load: first.load as () => Promise<string> } });
  rerender({ load: second.load });
  await second.settle('resolve', '2022');
  await first.settle('resolve', '2021');
  expect(result.current.data).toBe('2022');
});

test('reload keeps the data shown until the new answer', async () => {
  const { load, settle } = controlledLoad();
  const { result } = renderHook(() => useLoad(load));
  await settle('resolve', 'före');
  act(() => void result.current.reload());
  expect(result.current).toMatchObject({ data: 'före', loading: true });
  await settle('resolve', 'efter');
  await waitFor(() => expect(result.current.data).toBe('efter'));
});
