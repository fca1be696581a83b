import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { textBlocks } from '@vp/shared';
import { Highlighted } from './Highlighted';

const useStyles = makeStyles({
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0`, whiteSpace: 'pre-line' },
  list: { margin: `0 0 ${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalXXL },
});

/** Free text as written in the plan, laid out by @vp/shared's textBlocks (as in the Word exports). */
export function TextBlock({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <>
      {textBlocks(text).map((block, i) =>
        block.kind === 'list' ? (
          <LineList key={i} lines={block.items} />
        ) : (
          <Body1 as="p" key={i} className={styles.paragraph} block>
            <Highlighted text={block.text} />
          </Body1>
        ),
      )}
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
          <Body1>
            <Highlighted text={line} />
          </Body1>
        </li>
      ))}
    </ul>
  );
}
