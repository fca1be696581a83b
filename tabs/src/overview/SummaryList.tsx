import { Body1, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, mergeClasses } from '@fluentui/react-components';
import { useContext } from 'react';
import type { SummaryListItem } from '../api/client';
import { LanguageContext, useStrings } from '../i18n/strings';
import { LabelledCell, useStackedTableStyles } from '../layout/StackedTable';
import { formatDateTime } from '../report/format';
import { summariesHash } from '../routing';

/** The dated tertial summaries, newest first; each opens in the overview view. */
export function SummaryList({ forvaltningId, summaries, currentId }: { forvaltningId: string; summaries: SummaryListItem[]; currentId?: string }) {
  const t = useStrings().report.overview;
  const language = useContext(LanguageContext);
  const stacked = useStackedTableStyles();
  if (summaries.length === 0) return <Body1 block>{t.noSummaries}</Body1>;
  return (
    <Table size="small" aria-label={t.summaries} className={stacked.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.createdAt}</TableHeaderCell>
          <TableHeaderCell>{t.period}</TableHeaderCell>
          <TableHeaderCell>{t.createdBy}</TableHeaderCell>
          <TableHeaderCell>{t.open}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {summaries.map((s) => {
          const at = formatDateTime(s.createdAt, language);
          return (
            <TableRow key={s.id}>
              <TableCell className={mergeClasses(stacked.title, stacked.nowrap)}>{at}</TableCell>
              <LabelledCell label={t.period}>{`${s.period} ${s.year}`}</LabelledCell>
              <LabelledCell label={t.createdBy}>{s.createdBy}</LabelledCell>
              <TableCell>
                <Link href={summariesHash(forvaltningId, s.id)} aria-label={t.openSummary(s.period, s.year, at)} aria-current={s.id === currentId ? 'page' : undefined}>
                  {t.open}
                </Link>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
