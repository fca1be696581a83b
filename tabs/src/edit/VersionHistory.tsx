import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1Strong,
  Button,
  Caption1,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ItemVersion, Stored } from '@vp/shared';
import { useContext, useState } from 'react';
import { LanguageContext, useStrings } from '../i18n/strings';
import { formatDateTime } from '../report/format';
import { ConfirmRestoreDialog } from './ConfirmRestoreDialog';
import { ErrorMessage } from './ErrorMessage';
import { useItemHistory, type ItemHistoryOptions } from './useItemHistory';
import { valueText } from './valueText';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  version: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  restore: { alignSelf: 'flex-start' },
});

export interface VersionHistoryProps extends ItemHistoryOptions {
  /** The dialog's Swedish (or English) label of each field it shows. */
  labels: Readonly<Record<string, string>>;
  /** The form holds unsaved text (the confirmation says it will be replaced). */
  dirty: boolean;
  onRestored(item: Stored<unknown>): void;
}

/**
 * The item's versions, newest first, opened on demand: who, when and what changed (with the
 * dialog's field labels), and a restore of an earlier version after a confirmation.
 */
export function VersionHistory({ api, unitId, year, collection, itemId, thing, labels, dirty, onRestored }: VersionHistoryProps) {
  const t = useStrings();
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const { history, loading, restoring, error, load, restore } = useItemHistory({ api, unitId, year, collection, itemId, thing });
  const [confirming, setConfirming] = useState<ItemVersion | null>(null);

  const label = (field: string) => labels[field] ?? t.edit.fieldLabels[field] ?? (field === 'description' ? t.description : field);

  async function confirmed() {
    const version = confirming;
    setConfirming(null);
    if (!version) return;
    const restored = await restore(version);
    if (restored) onRestored(restored);
  }

  return (
    <>
      <Accordion collapsible onToggle={(_, data) => data.openItems.includes('history') && void load()}>
        <AccordionItem value="history">
          <AccordionHeader as="h3">{t.edit.history}</AccordionHeader>
          <AccordionPanel>
            {error && <ErrorMessage title={error.title} message={error.message} />}
            {loading && <Spinner size="tiny" label={t.edit.historyLoading} />}
            {history && (
              <ol className={styles.list} aria-label={t.edit.history}>
                {history.versions.map((version, i) => (
                  <li key={version.id} className={styles.version}>
                    <Body1Strong>{t.edit.versionTitle(version.number, i === 0)}</Body1Strong>
                    <Caption1>{t.edit.versionBy(version.actor.name, formatDateTime(version.at, language))}</Caption1>
                    {version.action === 'create' ? (
                      <Caption1>{t.edit.versionCreated}</Caption1>
                    ) : version.changes.length === 0 ? (
                      <Caption1>{t.edit.versionNoChanges}</Caption1>
                    ) : (
                      <ul className={styles.changes}>
                        {version.changes.map((c) => (
                          <li key={c.field}>{t.edit.versionChange(label(c.field), valueText(c.before, t.edit.empty), valueText(c.after, t.edit.empty))}</li>
                        ))}
                      </ul>
                    )}
                    {i > 0 &&
                      (version.item === null ? (
                        <Caption1>{t.edit.versionIncomplete}</Caption1>
                      ) : (
                        <Button className={styles.restore} size="small" disabled={restoring} onClick={() => setConfirming(version)}>
                          {t.edit.restore(version.number)}
                        </Button>
                      ))}
                  </li>
                ))}
              </ol>
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <ConfirmRestoreDialog thing={thing} number={confirming?.number ?? null} dirty={dirty} onConfirm={() => void confirmed()} onCancel={() => setConfirming(null)} />
    </>
  );
}
