import { makeStyles, tokens } from '@fluentui/react-components';

/** The SKA page's tables: wide ones scroll inside a named region (keyboard-focusable) instead of the page. */
export const useSkaStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%', marginBottom: tokens.spacingVerticalM },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, '& th, & td': { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, verticalAlign: 'top' } },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  rowHead: { textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  mark: { display: 'block', fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  note: { margin: `0 0 ${tokens.spacingVerticalS}`, maxWidth: '60rem' },
  text: { whiteSpace: 'pre-line', maxWidth: '60rem' },
  block: { marginBottom: tokens.spacingVerticalL },
});
