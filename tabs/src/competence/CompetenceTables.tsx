import { Button, Caption1 } from '@fluentui/react-components';
import { CompetenceCategory, type StoredCompetenceRow } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { useCompetenceTableStyles } from './tableStyles';

/** The avdelningar in the order of their rows (the list comes ordered from the API). */
export function byAvdelning(rows: readonly StoredCompetenceRow[]): [string, StoredCompetenceRow[]][] {
  const groups = new Map<string, StoredCompetenceRow[]>();
  for (const row of rows) groups.set(row.avdelning, [...(groups.get(row.avdelning) ?? []), row]);
  return [...groups];
}

export interface CompetenceTablesProps {
  rows: readonly StoredCompetenceRow[];
  /** Given to the avdelningschef: a Redigera button per row. */
  onEdit?(row: StoredCompetenceRow): void;
  /** Given to the avdelningschef: a Ta bort button per row. */
  onRemove?(row: StoredCompetenceRow): void;
  /** Given to the avdelningschef: a Ny rad button per avdelning. */
  onAdd?(avdelning: string): void;
}

/** The avdelning's Ny rad button, where focus goes after one of its rows is deleted. */
export const newRowButton = (avdelning: string) => document.querySelector<HTMLElement>(`[data-new-row="${CSS.escape(avdelning)}"]`);

/** The plan as the document prints it: per avdelning, a table per UBARA category; a row of two categories is under both. */
export function CompetenceTables({ rows, onEdit, onRemove, onAdd }: CompetenceTablesProps) {
  const t = useStrings().competence;
  const c = t.columns;
  const styles = useCompetenceTableStyles();
  return (
    <>
      {byAvdelning(rows).map(([avdelning, own], a) => (
        <section key={avdelning} aria-labelledby={`competence-${a}`} className={styles.avdelning}>
          <div className={styles.avdelningHeader}>
            <h2 id={`competence-${a}`} className={styles.heading}>
              {avdelning}
            </h2>
            {onAdd && (
              <Button size="small" data-new-row={avdelning} aria-label={t.newRowIn(avdelning)} onClick={() => onAdd(avdelning)}>
                {t.newRow}
              </Button>
            )}
          </div>
          {CompetenceCategory.options
            .map((category) => [category, own.filter((r) => r.categories.includes(category))] as const)
            .filter(([, inCategory]) => inCategory.length > 0)
            .map(([category, inCategory]) => (
              <div key={category}>
                <h3 className={styles.category}>{t.categories[category]}</h3>
                <div className={styles.scroll}>
                  <table className={styles.table} aria-label={t.tableOf(t.categories[category], avdelning)}>
                    <thead>
                      <tr>
                        <th scope="col">{c.goal}</th>
                        <th scope="col">{c.activity}</th>
                        <th scope="col">{c.targetDate}</th>
                        <th scope="col">{c.responsible}</th>
                        <th scope="col">{c.resources}</th>
                        <th scope="col">{c.followUp}</th>
                        {onEdit && <th scope="col">{c.actions}</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {inCategory.map((row) => (
                        <tr key={row.id}>
                          <td className={styles.text}>
                            {row.goal}
                            {row.vpGoal && (
                              <Caption1 className={styles.vpGoal}>
                                {t.vpGoal}: {row.vpGoal}
                              </Caption1>
                            )}
                          </td>
                          <td className={styles.text}>{row.activity}</td>
                          <td>{row.targetDate.text}</td>
                          <td className={styles.text}>{row.responsible.join('\n')}</td>
                          <td className={styles.text}>{row.resources.join('\n')}</td>
                          <td className={styles.text}>{row.followUp}</td>
                          {onEdit && (
                            <td>
                              <span className={styles.rowActions}>
                                <Button size="small" aria-label={t.editOf(row.activity.split('\n')[0]!)} onClick={() => onEdit(row)}>
                                  {t.edit}
                                </Button>
                                {onRemove && (
                                  <Button size="small" aria-label={t.removeOf(row.activity.split('\n')[0]!)} onClick={() => onRemove(row)}>
                                    {t.remove}
                                  </Button>
                                )}
                              </span>
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            ))}
        </section>
      ))}
    </>
  );
}
