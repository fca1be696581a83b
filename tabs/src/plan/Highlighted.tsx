import { makeStyles, tokens } from '@fluentui/react-components';
import { foldText, matchRanges } from '@vp/shared';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

/** The search query, folded (foldForSearch); '' when nothing is searched. */
export const SearchQueryContext = createContext('');

const useStyles = makeStyles({
  // Dark text on the same bright yellow in every theme; Windows contrast themes get their own Mark colours.
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
    borderRadius: tokens.borderRadiusSmall,
    '@media (forced-colors: active)': { backgroundColor: 'Mark', color: 'MarkText', forcedColorAdjust: 'none' },
  },
});

/** Text with the search's matches in <mark>. */
export function Highlighted({ text }: { text: string }) {
  const query = useContext(SearchQueryContext);
  const styles = useStyles();
  const searching = query !== '';
  // Folded once per text, not on every keystroke.
  const folded = useMemo(() => (searching ? foldText(text) : null), [text, searching]);
  const ranges = folded ? matchRanges(folded, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className={styles.mark}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
