import { Field, Select, Spinner, Title2, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Me } from '@vp/shared';
import { useCallback, useMemo } from 'react';
import type { ApiClient } from '../api/client';
import { StatusTable } from '../approval/StatusTable';
import { TodoList } from '../approval/TodoList';
import { useStrings } from '../i18n/strings';
import { IdentityPicker } from '../nav/IdentityPicker';
import { NavBar } from '../nav/NavBar';
import { useDevCaller } from '../nav/useDevCaller';
import { useOverviewYears } from '../overview/useOverviewYears';
import { LoadFailure, anyFailed } from '../recover/LoadFailure';
import { useLoad } from '../recover/useLoad';
import { todoHash, type Route } from '../routing';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, maxWidth: '75rem', margin: '0 auto' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', marginBottom: tokens.spacingVerticalL },
  part: { marginTop: tokens.spacingVerticalXL },
  heading: { ...typographyStyles.subtitle1, margin: `0 0 ${tokens.spacingVerticalM}` },
});

export interface TodoPageProps {
  api: ApiClient;
  route: Extract<Route, { page: 'todo' }>;
  identity: string | null;
  onIdentityChange(id: string | null): void;
  /** Entra mode: who signed in (GET /api/me); the development identities are then gone. */
  signedIn?: Me;
}

/** Att göra: what waits for me (to approve, returned to me, due soon), and the state of every plan and report I see, for a year. */
export function TodoPage({ api, route, identity, onIdentityChange, signedIn }: TodoPageProps) {
  const t = useStrings();
  const a = t.approval.todo;
  const styles = useStyles();
  const { devUsers, caller, load: devUsersLoad } = useDevCaller(api, identity, signedIn);
  const forvaltningarLoad = useLoad(useCallback(() => api.listForvaltningar(), [api]));
  const forvaltningId = caller?.forvaltningId ?? forvaltningarLoad.data?.[0]?.id;
  const { years, load: yearsLoad } = useOverviewYears(api, forvaltningId, route.year);
  const year = route.year ?? years[0];
  const todoLoad = useLoad(useMemo(() => (year ? () => api.getTodo(year) : undefined), [api, year]));
  const statusLoad = useLoad(useMemo(() => (year ? () => api.listApprovals(year) : undefined), [api, year]));
  const loads = [devUsersLoad, forvaltningarLoad, yearsLoad, todoLoad, statusLoad];

  return (
    <main className={styles.page}>
      <NavBar current="todo" unitId={caller?.unitIds[0]} forvaltningId={forvaltningId} year={year} />
      <Title2 as="h1">{a.title}</Title2>
      <div className={styles.bar}>
        <IdentityPicker devUsers={devUsers} identity={identity} onChange={onIdentityChange} />
        <Field label={t.year}>
          <Select value={year ? String(year) : ''} onChange={(_, d) => (window.location.hash = todoHash(Number(d.value)))}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </Select>
        </Field>
      </div>
      <LoadFailure loads={loads} />
      <section aria-labelledby="todo-waiting" className={styles.part}>
        <h2 id="todo-waiting" className={styles.heading}>
          {a.waiting}
        </h2>
        {todoLoad.data ? <TodoList items={todoLoad.data} /> : !anyFailed(loads) && <Spinner size="small" label={t.loading} />}
      </section>
      <section aria-labelledby="todo-status" className={styles.part}>
        <h2 id="todo-status" className={styles.heading}>
          {a.status}
        </h2>
        {statusLoad.data ? <StatusTable rows={statusLoad.data} /> : !anyFailed(loads) && <Spinner size="small" label={t.loading} />}
      </section>
    </main>
  );
}
