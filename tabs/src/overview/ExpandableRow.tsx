import { Button, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
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
  /** More buttons beside the toggle (e.g. the indicator's "Gäller för") */
  actions?: ReactNode;
}

const useStyles = makeStyles({
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    // At rest the buttons take the row's text color: a hovered row turns cyan in high contrast, where the
    // subtle buttons' own white text would fail contrast (their own hover color still wins).
    '& .fui-Button': { color: 'inherit' },
  },
});

/** A table row with a drill-down: the button (Enter/Space) opens a detail row right under it. */
export function ExpandableRow({ cells, columns, showLabel, hideLabel, toggleText, children, actions }: ExpandableRowProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <TableRow>
        {cells}
        <TableCell>
          <div className={styles.buttons}>
            <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={id} aria-label={open ? hideLabel : showLabel} onClick={() => setOpen(!open)}>
              {open ? toggleText.hide : toggleText.show}
            </Button>
            {actions}
          </div>
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
