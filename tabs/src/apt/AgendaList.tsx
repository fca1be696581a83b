import { Badge, Body1, Button, Caption1, Field, Input, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { AgendaItem } from '@vp/shared';
import { useState, type FormEvent } from 'react';
import { useStrings } from '../i18n/strings';
import { addPoint, movePoint, removePoint } from './agendaEdits';

const useStyles = makeStyles({
  list: { listStyle: 'decimal', margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { ...typographyStyles.body1Strong, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', margin: 0 },
  reasons: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
  current: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorder2}`, outlineOffset: tokens.spacingHorizontalXS, borderRadius: tokens.borderRadiusMedium },
  add: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end', marginTop: tokens.spacingVerticalL },
  addField: { flexGrow: 1, minWidth: '12rem' },
});

export interface AgendaListProps {
  items: readonly AgendaItem[];
  /** The point the presenter shows now (a live meeting) */
  currentId?: string | null;
  /**
   * Given when the caller may change the agenda: saves the whole agenda in its new order, resolving
   * true when saved (false: refused, e.g. someone else changed it first; the page says why).
   */
  onSave?(agenda: AgendaItem[]): Promise<boolean>;
}

/** An APT's agenda: each point with its source and reasons; for the rektor, move, remove and add. */
export function AgendaList({ items, currentId, onSave }: AgendaListProps) {
  const t = useStrings().apt;
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [title, setTitle] = useState('');

  const save = async (agenda: AgendaItem[]) => {
    if (!onSave) return false;
    setBusy(true);
    try {
      return await onSave(agenda);
    } finally {
      setBusy(false);
    }
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    // The title stays in the field unless it was saved: a refused save loses nothing typed.
    if (await save(addPoint(items, title))) setTitle('');
  };

  return (
    <>
      {items.length === 0 ? (
        <Body1 as="p">{t.noItems}</Body1>
      ) : (
        <ol className={styles.list} aria-label={t.agenda}>
          {items.map((item, index) => (
            <li key={item.id} aria-current={item.id === currentId ? 'step' : undefined} className={item.id === currentId ? styles.current : undefined}>
              <h3 className={styles.title}>
                <span>{item.title}</span>
                <Badge appearance="tint" color={item.source === 'custom' ? 'informative' : item.source === 'flag' ? 'warning' : 'brand'}>
                  {t.sources[item.source]}
                </Badge>
                {item.id === currentId && (
                  <Badge appearance="filled" color="success">
                    {t.showingNow}
                  </Badge>
                )}
              </h3>
              {item.reasons.length > 0 && (
                <ul className={styles.reasons} aria-label={`${t.reasons}: ${item.title}`}>
                  {item.reasons.map((reason, i) => (
                    <li key={i}>
                      <Caption1>{reason}</Caption1>
                    </li>
                  ))}
                </ul>
              )}
              {onSave && (
                <div className={styles.actions}>
                  <Button size="small" disabledFocusable={busy} disabled={index === 0} onClick={() => void save(movePoint(items, item.id, -1))} aria-label={`${t.moveUp}: ${item.title}`}>
                    {t.moveUp}
                  </Button>
                  <Button size="small" disabledFocusable={busy} disabled={index === items.length - 1} onClick={() => void save(movePoint(items, item.id, 1))} aria-label={`${t.moveDown}: ${item.title}`}>
                    {t.moveDown}
                  </Button>
                  <Button size="small" disabledFocusable={busy} onClick={() => void save(removePoint(items, item.id))} aria-label={`${t.remove}: ${item.title}`}>
                    {t.remove}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {onSave && (
        <form className={styles.add} onSubmit={(e) => void add(e)}>
          <Field label={t.newPoint} hint={t.newPointHint} className={styles.addField}>
            <Input value={title} maxLength={1000} onChange={(_, d) => setTitle(d.value)} />
          </Field>
          <Button type="submit" disabled={busy || !title.trim()}>
            {t.addPoint}
          </Button>
        </form>
      )}
    </>
  );
}
