import { TableCell, makeStyles, mergeClasses, tokens, type TableCellProps } from '@fluentui/react-components';
import { narrowScreen } from './media';

/** Out of sight, still read by screen readers: the column headers of a table shown as cards. */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/** Set on a LabelledCell, so the table's card rules (which outrank a cell's own) can single it out. */
const labelledCellClassName = 'vp-LabelledCell';

/**
 * A table that on a narrow screen shows each body row as a card: the row's name on top, then each cell as
 * "column: value" (see LabelledCell). It stays a <table> with its header row, so screen readers still
 * announce rows and columns. Child selectors only: a table nested in a cell styles itself.
 */
export const useStackedTableStyles = makeStyles({
  table: {
    // At any width, a word longer than its column breaks inside its cell instead of running into the next one.
    '& > thead > tr > th': { overflowWrap: 'break-word' },
    '& > tbody > tr > td': { overflowWrap: 'break-word' },
    [narrowScreen]: {
      display: 'block',
      '& > thead': visuallyHidden,
      '& > tbody': { display: 'block' },
      '& > tbody > tr': { display: 'block', paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
      // Fluent gives cells a fixed height, which a card's cell of several lines must not keep.
      '& > tbody > tr > td': { display: 'block', height: 'auto', paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
      [`& > tbody > tr > td.${labelledCellClassName}`]: {
        display: 'grid',
        gridTemplateColumns: 'minmax(6rem, 35%) minmax(0, 1fr)',
        columnGap: tokens.spacingHorizontalM,
        alignItems: 'baseline',
      },
    },
  },
  /** The cell naming the row (an indicator, an activity): the card's heading. */
  title: { [narrowScreen]: { fontWeight: tokens.fontWeightSemibold } },
  // The column's name comes from CSS, so the cell's text stays its value alone (for textContent, copying, and tests).
  label: {
    display: 'none',
    [narrowScreen]: { display: 'block', color: tokens.colorNeutralForeground2, '::before': { content: 'attr(data-label)' } },
  },
  /** Text such as a date that reads wrong split over two lines. */
  nowrap: { whiteSpace: 'nowrap' },
});

/** A body cell that, in a card, shows its column's name beside its content. */
export function LabelledCell({ label, className, children, ...props }: TableCellProps & { label: string }) {
  const styles = useStackedTableStyles();
  return (
    <TableCell {...props} className={mergeClasses(labelledCellClassName, className)}>
      <span aria-hidden data-label={label} className={styles.label} />
      <span>{children}</span>
    </TableCell>
  );
}
