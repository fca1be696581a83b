import { Body1, Body1Strong, Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { unitChildCount, type Unit } from '@vp/shared';
import { useId } from 'react';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalXL,
    columnWidth: '22rem',
    columnGap: tokens.spacingHorizontalXXL,
  },
  item: { breakInside: 'avoid', marginBottom: tokens.spacingVerticalXS },
  total: { margin: 0 },
});

/** The unit's preschools with their children, as the plan's verksamhetsbeskrivning lists them. */
export function Preschools({ unit }: { unit: Pick<Unit, 'preschools' | 'children'> }) {
  const t = useStrings();
  const styles = useStyles();
  const headingId = useId();
  if (unit.preschools.length === 0) return null;
  const total = unitChildCount(unit);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t.preschools}
      </Subtitle1>
      <ul className={styles.list}>
        {unit.preschools.map((p) => (
          <li key={p.name} className={styles.item}>
            <Body1Strong>{p.name}</Body1Strong>
            {p.address && <Body1>, {p.address}</Body1>}
            {p.children !== undefined && <Body1> – {t.children(p.children)}</Body1>}
            {p.note && <Caption1 block>{p.note}</Caption1>}
          </li>
        ))}
      </ul>
      {total !== null && (
        <Body1Strong as="p" className={styles.total}>
          {t.childrenInAll(total)}
        </Body1Strong>
      )}
    </section>
  );
}
