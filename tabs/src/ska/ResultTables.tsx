import { Body1, Subtitle2 } from '@fluentui/react-components';
import { formatSchoolYear, formatValue, skaGroupLabels, valuePercent, type SkaResultView, type SkaTotalView } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { useSkaStyles } from './styles';

const percent = (n: number | null | undefined) => (n === null || n === undefined ? '–' : formatValue(n, '%'));

/** A förvaltning total with where it comes from: pooled from counts, or the published one. */
function TotalCell({ total }: { total: SkaTotalView | undefined }) {
  const t = useStrings().ska;
  const styles = useSkaStyles();
  return (
    <td className={styles.number}>
      {percent(total?.value)}
      {total && total.source !== 'none' && <span className={styles.mark}>{t.source[total.source]}</span>}
    </td>
  );
}

/**
 * One result table: the units' results of the newest läsår with pojkar / flickor / totalt per area and
 * the förvaltning's total (marked pooled or published), why the units' plain mean differs from it, and
 * the totals of every läsår.
 */
function ResultTable({ result, unitName }: { result: SkaResultView; unitName(id: string): string }) {
  const t = useStrings().ska;
  const styles = useSkaStyles();
  // Every läsår the API computed a total for (units' or published), oldest first.
  const years = [...new Set(result.totals.map((x) => x.schoolYear))].sort((a, b) => a - b);
  const rowYears = result.rows.map((r) => r.schoolYear);
  const shown = rowYears.length > 0 ? Math.max(...rowYears) : years[years.length - 1];
  const rows = result.rows.filter((r) => r.schoolYear === shown).sort((a, b) => unitName(a.unitId).localeCompare(unitName(b.unitId), 'sv'));
  const totalOf = (schoolYear: number | undefined, area: string, group: string) => result.totals.find((x) => x.schoolYear === schoolYear && x.area === area && x.group === group);
  const mainGroup = result.groups.includes('totalt') ? 'totalt' : result.groups[0]!;
  const mainTotals = result.areas.map((a) => ({ area: a, total: totalOf(shown, a.key, mainGroup) }));
  const source = mainTotals.find((x) => x.total)?.total?.source;
  const differing = mainTotals.filter(({ total }) => total && total.unitMean !== null && total.value !== null && percent(total.unitMean) !== percent(total.value));
  const unitsName = shown === undefined ? result.question : t.unitsTable(result.question, shown);
  const historyName = t.historyTable(result.heading);

  return (
    <section className={styles.block} aria-label={result.heading}>
      <Subtitle2 block as="h3">{result.heading}</Subtitle2>
      <Body1 block as="p" className={styles.note}>
        {result.question}
      </Body1>
      {rows.length > 0 && (
        <div className={styles.scroller} role="region" aria-label={unitsName} tabIndex={0}>
          <table className={styles.table} aria-label={unitsName}>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t.unit}
                </th>
                {result.areas.map((a) => (
                  <th key={a.key} scope="colgroup" colSpan={result.groups.length}>
                    {a.label}
                  </th>
                ))}
              </tr>
              <tr>
                {result.areas.flatMap((a) =>
                  result.groups.map((g) => (
                    <th key={`${a.key}-${g}`} scope="col">
                      {skaGroupLabels[g]}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.unitId}>
                  <th scope="row" className={styles.rowHead}>
                    {unitName(row.unitId)}
                  </th>
                  {result.areas.flatMap((a) =>
                    result.groups.map((g) => {
                      const cell = row.cells.find((c) => c.area === a.key && c.group === g);
                      return (
                        <td key={`${a.key}-${g}`} className={styles.number}>
                          {cell ? percent(valuePercent(cell.value)) : '–'}
                        </td>
                      );
                    }),
                  )}
                </tr>
              ))}
              <tr className={styles.total}>
                <th scope="row" className={styles.rowHead}>
                  {t.total}
                </th>
                {result.areas.flatMap((a) => result.groups.map((g) => <TotalCell key={`${a.key}-${g}`} total={totalOf(shown, a.key, g)} />))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {source && (
        <Body1 block as="p" className={styles.note}>
          {t.sourceNote[source]}
        </Body1>
      )}
      {differing.length > 0 && (
        <div className={styles.note}>
          <Body1 block as="p">
            {t.unitMeans}
          </Body1>
          <ul aria-label={t.unitMeans}>
            {differing.map(({ area, total }) => (
              <li key={area.key}>
                <Body1>{t.unitMean(area.label, percent(total!.unitMean), percent(total!.value))}</Body1>
              </li>
            ))}
          </ul>
          <Body1 block as="p">
            {t.unitMeanWhy}
          </Body1>
        </div>
      )}
      <div className={styles.scroller} role="region" aria-label={historyName} tabIndex={0}>
        <table className={styles.table} aria-label={historyName}>
          <thead>
            <tr>
              <th scope="col">{t.schoolYear}</th>
              {result.areas.map((a) => (
                <th key={a.key} scope="col">
                  {`${a.label} (${skaGroupLabels[mainGroup].toLowerCase()})`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...years].reverse().map((y) => (
              <tr key={y}>
                <th scope="row" className={styles.rowHead}>
                  {formatSchoolYear(y)}
                </th>
                {result.areas.map((a) => (
                  <TotalCell key={a.key} total={totalOf(y, a.key, mainGroup)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ResultTables({ results, unitName }: { results: SkaResultView[]; unitName(id: string): string }) {
  return (
    <>
      {results.map((r) => (
        <ResultTable key={r.id} result={r} unitName={unitName} />
      ))}
    </>
  );
}
