/** @jest-environment jsdom */
import { Button, Dialog, DialogBody, DialogSurface, DialogTitle, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { useReturnFocus } from './useReturnFocus';

/** A dialog like ours: controlled, opened without a DialogTrigger, its close button calling back. */
function TestDialog({ open, title, onClose, children }: { open: boolean; title: string; onClose(): void; children?: ReactNode }) {
  useReturnFocus(open);
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <Button onClick={onClose}>Stäng {title}</Button>
          {children}
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Page({ mountWhileOpen = false, onClose }: { mountWhileOpen?: boolean; onClose?(): void }) {
  const [open, setOpen] = useState(false);
  const [inner, setInner] = useState(false);
  const close = () => {
    onClose?.();
    setOpen(false);
  };
  const dialog = (
    <TestDialog open={open} title="A" onClose={close}>
      <Button onClick={() => setInner(true)}>Öppna B</Button>
      <TestDialog open={inner} title="B" onClose={() => setInner(false)}>
        <Button onClick={close}>Stäng båda</Button>
      </TestDialog>
    </TestDialog>
  );
  return (
    <>
      <Button onClick={() => setOpen(true)}>Öppna A</Button>
      <Button>Annan knapp</Button>
      {mountWhileOpen ? open && dialog : dialog}
    </>
  );
}

/** Clicks like a browser does: the button takes focus first. */
function press(name: string) {
  const button = screen.getByRole('button', { name });
  act(() => button.focus());
  fireEvent.click(button);
}

const renderPage = (props: Parameters<typeof Page>[0] = {}) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <Page {...props} />
    </FluentProvider>,
  );

test.each([false, true])('focus goes back to the opener when the dialog closes (unmounted on close: %s)', (mountWhileOpen) => {
  renderPage({ mountWhileOpen });
  press('Öppna A');
  expect(screen.getByRole('dialog', { name: 'A' })).toBeTruthy();
  press('Stäng A');
  expect(screen.queryByRole('dialog', { name: 'A' })).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Öppna A' }));
});

test('closing a dialog over another gives focus back inside the one below', () => {
  renderPage();
  press('Öppna A');
  press('Öppna B');
  press('Stäng B');
  expect(screen.queryByRole('dialog', { name: 'B' })).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Öppna B' }));
});

test('closing both from the dialog on top gives focus back to the first opener', () => {
  renderPage({ mountWhileOpen: true });
  press('Öppna A');
  press('Öppna B');
  press('Stäng båda');
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Öppna A' }));
});

test('focus stays where the close put it on purpose', () => {
  renderPage({ onClose: () => screen.getByRole('button', { name: 'Annan knapp' }).focus() });
  press('Öppna A');
  press('Stäng A');
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annan knapp' }));
});
