import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared look of the report's item blocks. */
export const useItemStyles = makeStyles({
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: `${tokens.spacingVerticalS} 0`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  /** Number inputs line up at the bottom, whatever the length of their count labels. */
  numbers: { alignItems: 'end' },
  number: { width: '16rem', maxWidth: '100%' },
  fill: { width: '100%' },
  grow: { flexGrow: 1, minWidth: '16rem' },
  meta: { color: tokens.colorNeutralForeground3 },
  /** A date, which reads wrong split over two lines. */
  nowrap: { whiteSpace: 'nowrap' },
  previous: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'pre-line',
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  /** The character counter on a line of its own under a hint. */
  counter: { display: 'block' },
});
