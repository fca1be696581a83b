import { Body1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0`, whiteSpace: 'pre-line' },
  list: { margin: `0 0 ${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalXXL },
});

/** Free text as written in the plan: paragraphs split by blank lines; "- " lines become a list. */
export function TextBlock({ text }: { text: string }) {
  const styles = useStyles();
  const blocks = text.split(/\n{2,}/).filter((b) => b.trim() !== '');
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((l) => l.startsWith('- '))) {
          return (
            <ul key={i} className={styles.list}>
              {lines.map((l, j) => (
                <li key={j}>
                  <Body1>{l.slice(2)}</Body1>
                </li>
              ))}
            </ul>
          );
        }
        return (
          <Body1 as="p" key={i} className={styles.paragraph} block>
            {block}
          </Body1>
        );
      })}
    </>
  );
}

/** A list of short lines (expected results, forums, follow-up). */
export function LineList({ lines }: { lines: string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {lines.map((line, i) => (
        <li key={i}>
          <Body1>{line}</Body1>
        </li>
      ))}
    </ul>
  );
}
