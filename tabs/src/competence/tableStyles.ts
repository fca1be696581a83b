import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The competence page's tables, as the plan document prints them: the plan's and its follow-up's alike. */
export const useCompetenceTableStyles = makeStyles({
  avdelning: { marginTop: tokens.spacingVerticalXL },
  heading: { ...typographyStyles.subtitle1, margin: `0 0 ${tokens.spacingVerticalS}` },
  avdelningHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM },
  rowActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  category: { ...typographyStyles.subtitle2, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  // A wide table scrolls on its own on a phone; the page does not.
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', '& th, & td': { textAlign: 'start', verticalAlign: 'top', padding: tokens.spacingHorizontalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` } },
  text: { whiteSpace: 'pre-line' },
  vpGoal: { display: 'block', color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS, whiteSpace: 'pre-line' },
});

