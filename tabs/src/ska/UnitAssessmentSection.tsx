import { Button, Subtitle2 } from '@fluentui/react-components';
import { formatScore, type SkaAssessmentView, type SkaStrategyKey, type SkaUnitAssessmentView } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { scoreColumns, scoreOf } from './assessmentColumns';
import { StrategyBlock } from './StrategyBlock';
import { useSkaStyles } from './styles';

export interface UnitAssessmentSectionProps {
  unitName: string;
  assessment: SkaUnitAssessmentView;
  /** the förvaltning's self-assessment the unit scores against: its columns of the same läsår beside the unit's */
  forvaltning: SkaAssessmentView | undefined;
  onEdit(strategy: SkaStrategyKey): void;
}

/** The caller's unit's own self-assessment: per strategy each criterion's score and the average, beside the förvaltning's of that läsår. */
export function UnitAssessmentSection({ unitName, assessment, forvaltning, onEdit }: UnitAssessmentSectionProps) {
  const t = useStrings().ska;
  const styles = useSkaStyles();
  const columns = forvaltning ? scoreColumns(forvaltning).filter((c) => c.year === assessment.year) : [];
  const score = (n: number | null | undefined) => (n === null || n === undefined ? '–' : formatScore(n, assessment.decimals));

  return (
    <section className={styles.block} aria-label={t.unitAssessmentOf(unitName)}>
      <Subtitle2 block as="h3">{unitName}</Subtitle2>
      {assessment.strategies.map((strategy) => {
        const name = t.unitTable(unitName, strategy.name);
        return (
          <StrategyBlock key={strategy.key} heading={strategy.name} tableName={name} after={<Button onClick={() => onEdit(strategy.key)}>{t.editUnitScores(strategy.name)}</Button>}>
                <thead>
                  <tr>
                    <th scope="col">{t.criterion}</th>
                    <th scope="col" title={assessment.role.label}>{t.unitColumn(assessment.role.key)}</th>
                    {columns.map((c) => (
                      <th key={c.role} scope="col" title={c.roleLabel}>
                        {t.forvaltningColumn(c.role, c.year)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {strategy.criteria.map((criterion) => (
                    <tr key={criterion.number}>
                      <th scope="row" className={styles.rowHead}>{`${criterion.number}. ${criterion.text}`}</th>
                      <td className={styles.number}>{score(criterion.score)}</td>
                      {columns.map((c) => (
                        <td key={c.role} className={styles.number}>
                          {score(forvaltning && scoreOf(forvaltning, c, strategy.key, criterion.number))}
                        </td>
                      ))}
                    </tr>
                  ))}
                  <tr className={styles.total}>
                    <th scope="row" className={styles.rowHead}>
                      {t.average}
                    </th>
                    <td className={styles.number}>{score(strategy.average.value)}</td>
                    {columns.map((c) => (
                      <td key={c.role} className={styles.number}>
                        {score(forvaltning?.averages.find((a) => a.role === c.role && a.year === c.year && a.strategy === strategy.key)?.value)}
                      </td>
                    ))}
                  </tr>
                </tbody>
          </StrategyBlock>
        );
      })}
    </section>
  );
}
