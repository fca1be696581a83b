import { Body1, Button, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { SectionNode } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { Highlighted } from './Highlighted';
import type { PlanActions } from './PlanActions';
import { TextBlock } from './TextBlock';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalXS },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  toggle: { minWidth: 0, paddingLeft: 0, justifyContent: 'flex-start', textAlign: 'left' },
  emptyList: { margin: `0 0 ${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalXXL },
  emptyItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalXXS },
});

/** The disclosure ids of the empty texts' groups before and after the goals, beside the sections' own ids. */
export const EMPTY_BEFORE_GOALS = 'empty-sections';
export const EMPTY_AFTER_GOALS = 'empty-sections-after-goals';

export interface PlanSectionsProps {
  /** The area's heading and name */
  title: string;
  /** In the plan's order (the source document's) */
  sections: SectionNode[];
  /** The disclosure id of this area's group of empty texts */
  emptyId: string;
  isOpen(id: string): boolean;
  onToggle(id: string): void;
  actions?: PlanActions;
}

/** One area of the plan's texts in the document's order; its empty ones (often the economy part) grouped out of the way at its end. */
export function PlanSections({ title, sections, emptyId, isOpen, onToggle, actions }: PlanSectionsProps) {
  const t = useStrings();
  const styles = useStyles();
  const filled = sections.filter((s) => s.text.trim() !== '');
  const empty = sections.filter((s) => s.text.trim() === '');
  const emptyOpen = isOpen(emptyId);
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle1 as="h2" className={styles.heading}>
        {title}
      </Subtitle1>
      {filled.map((s) => (
        <SectionBlock key={s.id} section={s} open={isOpen(s.id)} onToggle={() => onToggle(s.id)} actions={actions} />
      ))}
      {empty.length > 0 && (
        <div className={styles.section}>
          <h3 className={styles.heading}>
            <Button appearance="transparent" className={styles.toggle} aria-expanded={emptyOpen} aria-controls={emptyId} onClick={() => onToggle(emptyId)}>
              <Subtitle2>{t.emptySections(empty.length)}</Subtitle2>
            </Button>
          </h3>
          {emptyOpen && (
            <ul id={emptyId} className={styles.emptyList}>
              {empty.map((s) => (
                <li key={s.id} id={`section-${s.key}`} className={styles.emptyItem}>
                  <Body1>
                    <Highlighted text={s.title} />
                  </Body1>
                  {actions && <EditButton section={s} actions={actions} />}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function SectionBlock({ section, open, onToggle, actions }: { section: SectionNode; open: boolean; onToggle(): void; actions?: PlanActions }) {
  const styles = useStyles();
  const bodyId = `section-body-${section.key}`;
  return (
    <section id={`section-${section.key}`} className={styles.section} aria-label={section.title}>
      <div className={styles.header}>
        <h3 className={styles.heading}>
          <Button appearance="transparent" className={styles.toggle} aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
            <Subtitle2>
              <Highlighted text={section.title} />
            </Subtitle2>
          </Button>
        </h3>
        {actions && <EditButton section={section} actions={actions} />}
      </div>
      {open && (
        <div id={bodyId}>
          <TextBlock text={section.text} />
        </div>
      )}
    </section>
  );
}

function EditButton({ section, actions }: { section: SectionNode; actions: PlanActions }) {
  const t = useStrings();
  return (
    <Button size="small" onClick={() => actions.editSection(section)} aria-label={`${t.edit.edit}: ${section.title}`}>
      {t.edit.edit}
    </Button>
  );
}
