import { Button, TableCell, TableRow } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';

export interface ExpandableRowProps {
  /** The row's cells; a last cell with the toggle button is added. */
  cells: ReactNode;
  /** Columns in the table, including the toggle's, for the detail row. */
  columns: number;
  showLabel: string;
  hideLabel: string;
  toggleText: { show: string; hide: string };
  children: ReactNode;
}

/** A table row with a drill-down: the button (Enter/Space) opens a detail row right under it. */
export function ExpandableRow({ cells, columns, showLabel, hideLabel, toggleText, children }: ExpandableRowProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <TableRow>
        {cells}
        <TableCell>
          <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={id} aria-label={open ? hideLabel : showLabel} onClick={() => setOpen(!open)}>
            {open ? toggleText.hide : toggleText.show}
          </Button>
        </TableCell>
      </TableRow>
      {open && (
        <TableRow id={id}>
          <TableCell colSpan={columns}>{children}</TableCell>
        </TableRow>
      )}
    </>
  );
}
