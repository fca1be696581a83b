import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { formatScore, type SkaAssessmentView, type SkaStrategyKey } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { scoreColumns, scoreOf } from './assessmentColumns';
import { StrategyBlock } from './StrategyBlock';
import { useSkaStyles } from './styles';

export interface AssessmentTablesProps {
  /** the förvaltning's self-assessment, with the spread of its units' own (shown where units scored) */
  assessment: SkaAssessmentView;
  onEdit?(strategy: SkaStrategyKey): void;
}

/**
 * The self-assessment (normalläge): the scale, then per strategy its criteria with each role's score per
 * year side by side, the computed average (and the printed one where it differs) and, where units
 * assessed themselves, how far their scores lie apart.
 */
export function AssessmentTables({ assessment, onEdit }: AssessmentTablesProps) {
  const t = useStrings().ska;
  const styles = useSkaStyles();
  const columns = scoreColumns(assessment);
  const score = (n: number | null | undefined) => (n === null || n === undefined ? '–' : formatScore(n, assessment.decimals));

  return (
    <section className={styles.block} aria-label={assessment.heading}>
      <Subtitle2 block as="h3">{assessment.heading}</Subtitle2>
      <Body1 block as="p" className={styles.note}>
        {`${t.scale}: `}
        {assessment.scale.map((meaning, i) => `${i + 1} = ${meaning}`).join('; ')}
      </Body1>
      <Body1 block as="p" className={styles.note}>
        {assessment.roles.map((r) => `${r.key} = ${r.label}`).join('; ')}
      </Body1>
      {assessment.strategies.map((strategy) => {
        const name = t.strategyTable(strategy.name);
        const withSpread = assessment.unitSpread.unitIds.length > 0;
        const strategySpread = assessment.unitSpread.strategies.find((s) => s.strategy === strategy.key);
        return (
          <StrategyBlock
            key={strategy.key}
            heading={strategy.name}
            tableName={name}
            after={
              <>
                {strategy.comment && (
                  <Body1 block as="p" className={styles.text}>
                    {strategy.comment}
                  </Body1>
                )}
                {onEdit && <Button onClick={() => onEdit(strategy.key)}>{t.editScores(strategy.name)}</Button>}
              </>
            }
          >
                <thead>
                  <tr>
                    <th scope="col">{t.criterion}</th>
                    {columns.map((c) => (
                      <th key={`${c.role} ${c.year}`} scope="col" title={c.roleLabel}>
                        {t.roleYear(c.role, c.year)}
                      </th>
                    ))}
                    {withSpread && <th scope="col">{t.spread}</th>}
                  </tr>
                </thead>
                <tbody>
                  {strategy.criteria.map((criterion) => {
                    const spread = assessment.unitSpread.criteria.find((c) => c.strategy === strategy.key && c.criterion === criterion.number);
                    return (
                      <tr key={criterion.number}>
                        <th scope="row" className={styles.rowHead}>{`${criterion.number}. ${criterion.text}`}</th>
                        {columns.map((c) => (
                          <td key={`${c.role} ${c.year}`} className={styles.number}>
                            {score(scoreOf(assessment, c, strategy.key, criterion.number))}
                          </td>
                        ))}
                        {withSpread && <td className={styles.number}>{spread && spread.min !== null && spread.max !== null ? t.spreadOf(score(spread.min), score(spread.max), spread.units) : '–'}</td>}
                      </tr>
                    );
                  })}
                  <tr className={styles.total}>
                    <th scope="row" className={styles.rowHead}>
                      {t.average}
                    </th>
                    {columns.map((c) => {
                      const average = assessment.averages.find((a) => a.role === c.role && a.year === c.year && a.strategy === strategy.key);
                      return (
                        <td key={`${c.role} ${c.year}`} className={styles.number}>
                          {score(average?.value)}
                          {/* Also one rounding step apart: the page shows the printed figure the document has. */}
                          {(average?.printedCheck === 'differs' || average?.printedCheck === 'withinRounding') && average.printed !== null && <span className={styles.mark}>{t.printedDiffers(score(average.printed))}</span>}
                        </td>
                      );
                    })}
                    {withSpread && (
                      <td className={styles.number}>
                        {strategySpread && strategySpread.minAverage !== null && strategySpread.maxAverage !== null
                          ? t.spreadOf(score(strategySpread.minAverage), score(strategySpread.maxAverage), strategySpread.units)
                          : '–'}
                      </td>
                    )}
                  </tr>
                </tbody>
          </StrategyBlock>
        );
      })}
    </section>
  );
}
