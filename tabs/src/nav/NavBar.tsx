import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Period } from '@vp/shared';
import type { MouseEvent } from 'react';
import { useStrings } from '../i18n/strings';
import { aptHash, competenceHash, overviewHash, planHash, reportHash, skaHash, todoHash } from '../routing';
import { defaultPeriod } from './defaultPeriod';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, listStyle: 'none', margin: 0, padding: 0, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, marginBottom: tokens.spacingVerticalM },
  link: { display: 'inline-block', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`, color: tokens.colorNeutralForeground2, borderBottom: `${tokens.strokeWidthThickest} solid transparent`, ':hover': { textDecorationLine: 'none', color: tokens.colorNeutralForeground1 } },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorCompoundBrandStroke },
});

export type NavPage = 'plan' | 'report' | 'overview' | 'todo' | 'apt' | 'competence' | 'ska';

export interface NavBarProps {
  current: NavPage;
  unitId?: string;
  forvaltningId?: string;
  year?: number;
  period?: Period;
  /** When given, a click asks first (e.g. about unsaved changes) and navigates by calling back with the hash. */
  onNavigate?(hash: string): void;
}

/** Plan | Uppföljning | Förvaltningen | Att göra | APT | Kompetensförsörjning | Kvalitetsarbete: links that keep the unit, year and period in view. */
export function NavBar({ current, unitId, forvaltningId, year, period, onNavigate }: NavBarProps) {
  const strings = useStrings();
  const t = strings.report.nav;
  const styles = useStyles();
  const at = year && (period ?? defaultPeriod(year));
  const links: [NavPage, string, string][] = [
    ['plan', t.plan, unitId && year ? planHash(unitId, year) : '#/plan'],
    ['report', t.report, unitId && year && at ? reportHash(unitId, year, at) : `#/report${unitId ? `/${encodeURIComponent(unitId)}` : ''}`],
    ['overview', t.overview, forvaltningId && year && at ? overviewHash(forvaltningId, year, at) : `#/overview${forvaltningId ? `/${encodeURIComponent(forvaltningId)}` : ''}`],
    ['todo', strings.approval.todo.nav, todoHash(year)],
    ['apt', strings.apt.nav, unitId && year ? aptHash(unitId, year) : `#/apt${unitId ? `/${encodeURIComponent(unitId)}` : ''}`],
    // Elsewhere the year is a plan's: the competence page opens the year its rows are for.
    ['competence', strings.competence.nav, forvaltningId ? competenceHash(forvaltningId, current === 'competence' ? year : undefined) : '#/competence'],
    // The läsår is the page's to pick: a plan's calendar year says nothing of which läsår exists.
    ['ska', strings.ska.nav, forvaltningId ? skaHash(forvaltningId) : '#/ska'],
  ];
  const click = (hash: string) => (event: MouseEvent) => {
    if (!onNavigate || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    onNavigate(hash);
  };
  return (
    <nav aria-label={t.label}>
      <ul className={styles.list}>
        {links.map(([page, label, hash]) => (
          <li key={page}>
            <Link href={hash} onClick={click(hash)} aria-current={page === current ? 'page' : undefined} className={mergeClasses(styles.link, page === current && styles.current)}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
