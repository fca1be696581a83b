import { Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useSkaStyles } from './styles';

export interface StrategyBlockProps {
  /** the strategy's name, its heading */
  heading: string;
  /** names the table and the region it scrolls in */
  tableName: string;
  /** the table's head and body */
  children: ReactNode;
  /** below the table: a comment, the edit button */
  after?: ReactNode;
}

/** One strategy of a self-assessment: its heading, then its table scrolling in a named region on narrow screens. */
export function StrategyBlock({ heading, tableName, children, after }: StrategyBlockProps) {
  const styles = useSkaStyles();
  return (
    <div className={styles.block}>
      <Subtitle2 block as="h4">{heading}</Subtitle2>
      <div className={styles.scroller} role="region" aria-label={tableName} tabIndex={0}>
        <table className={styles.table} aria-label={tableName}>
          {children}
        </table>
      </div>
      {after}
    </div>
  );
}
