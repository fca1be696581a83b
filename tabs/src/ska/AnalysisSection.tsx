import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { SkaPerspective, skaPerspectiveHeadings, type StoredSkaAnalysis } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { useSkaStyles } from './styles';

/** The analysis from each fixed perspective, in the document's order; a perspective not written says so. */
export function AnalysisSection({ analysis, onEdit }: { analysis: StoredSkaAnalysis | null; onEdit?(perspective: SkaPerspective): void }) {
  const t = useStrings().ska;
  const styles = useSkaStyles();
  return (
    <>
      {SkaPerspective.options.map((p) => {
        const text = analysis?.texts[p] ?? '';
        return (
          <section key={p} className={styles.block} aria-label={skaPerspectiveHeadings[p]}>
            <Subtitle2 block as="h3">{skaPerspectiveHeadings[p]}</Subtitle2>
            <Body1 block as="p" className={styles.text}>
              {text || t.emptyText}
            </Body1>
            {onEdit && <Button onClick={() => onEdit(p)}>{t.editAnalysis(skaPerspectiveHeadings[p])}</Button>}
          </section>
        );
      })}
    </>
  );
}
