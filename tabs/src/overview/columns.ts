import { makeStyles } from '@fluentui/react-components';

/** Column widths of the overview tables (Fluent tables share the width equally otherwise). */
export const useColumnStyles = makeStyles({
  name: { width: '26%' },
  activity: { width: '40%' },
  comparison: { width: '20%' },
  missing: { width: '16%' },
  toggle: { width: '6rem' },
  /** The toggle with the indicator's "Gäller för" beside it */
  toggleAndAction: { width: '10rem' },
});
