import { FluentProvider, Spinner, makeStyles, tokens, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useLastingTabster } from './a11y/useLastingTabster';
import { createApiClient } from './api/client';
import { NoAccess } from './auth/NoAccess';
import { SessionFailed } from './auth/SessionFailed';
import { SignedInAs } from './auth/SignedInAs';
import { SignInPrompt } from './auth/SignInPrompt';
import { firstLinkTeam } from './config/firstLink';
import { teamsTabConfig } from './config/tabConfig';
import { useSession } from './auth/useSession';
import type { Host, ThemeName } from './host/host';
import { useIdentity } from './identity';
import { LanguageContext, strings } from './i18n/strings';
import { useTouchTargets } from './layout/touchTargets';
import { PlanPage } from './pages/PlanPage';
import { LoadFailure } from './recover/LoadFailure';
import { PageErrorBoundary } from './recover/PageErrorBoundary';
import { retryableLazy } from './recover/retryableLazy';
import { useRoute } from './routing';

// The plan page is what most people open; the other pages load when first visited (and again after a failed try).
const ConfigPage = retryableLazy(() => import('./pages/ConfigPage').then((m) => m.ConfigPage));
const LinkTeamFirst = retryableLazy(() => import('./config/LinkTeamFirst').then((m) => m.LinkTeamFirst));
const InfoPage = retryableLazy(() => import('./pages/InfoPage').then((m) => m.InfoPage));
const OverviewPage = retryableLazy(() => import('./pages/OverviewPage').then((m) => m.OverviewPage));
const ReportPage = retryableLazy(() => import('./pages/ReportPage').then((m) => m.ReportPage));
const TodoPage = retryableLazy(() => import('./pages/TodoPage').then((m) => m.TodoPage));
const AptPage = retryableLazy(() => import('./pages/AptPage').then((m) => m.AptPage));
const StagePage = retryableLazy(() => import('./pages/StagePage').then((m) => m.StagePage));
const CompetencePage = retryableLazy(() => import('./pages/CompetencePage').then((m) => m.CompetencePage));
const SkaPage = retryableLazy(() => import('./pages/SkaPage').then((m) => m.SkaPage));

const themes: Record<Host['kind'], Record<ThemeName, Theme>> = {
  teams: { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme },
  browser: { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme },
};

const useStyles = makeStyles({
  unreachable: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, maxWidth: '75rem', margin: '0 auto' },
});

/**
 * The root: maps the host's theme once, provides the language, signs in (entra mode) or offers the
 * development identities (local mode), and picks the page from the URL.
 */
export function App({ host }: { host: Host }) {
  useTouchTargets();
  const [theme, setTheme] = useState<ThemeName>(() => themeOverride() ?? host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  const route = useRoute();
  const session = useSession(host);
  const [identity, setIdentity] = useIdentity();
  const token = session.state === 'signedIn' ? session.token : null;
  // Entra mode: the bearer token and never the development identity; local mode: the identity chosen.
  const api = useMemo(() => (token ? createApiClient({ token }) : createApiClient({ identity: () => identity })), [identity, token]);
  const signedIn = session.state === 'signedIn' ? session.me : undefined;
  useLastingTabster();
  const styles = useStyles();

  const pages = (
    <PageErrorBoundary route={route}>
      <Suspense fallback={<Spinner />}>
        {route.page === 'config' ? (
          <ConfigPage api={api} host={host} tabConfig={teamsTabConfig} />
        ) : route.page === 'plan' ? (
          <PlanPage api={api} host={host} route={route} identity={identity} onIdentityChange={setIdentity} signedIn={signedIn} />
        ) : route.page === 'report' ? (
          <ReportPage api={api} route={route} identity={identity} onIdentityChange={setIdentity} signedIn={signedIn} />
        ) : route.page === 'overview' || route.page === 'summaries' ? (
          <OverviewPage api={api} route={route} identity={identity} onIdentityChange={setIdentity} signedIn={signedIn} />
        ) : route.page === 'todo' ? (
          <TodoPage api={api} route={route} identity={identity} onIdentityChange={setIdentity} signedIn={signedIn} />
        ) : route.page === 'apt' ? (
          <AptPage api={api} host={host} route={route} identity={identity} onIdentityChange={setIdentity} signedIn={signedIn} />
        ) : route.page === 'competence' ? (
          <CompetencePage api={api} route={route} identity={identity} onIdentityChange={setIdentity} signedIn={signedIn} />
        ) : route.page === 'ska' ? (
          <SkaPage api={api} route={route} identity={identity} onIdentityChange={setIdentity} signedIn={signedIn} />
        ) : route.page === 'stage' ? (
          <StagePage api={api} host={host} route={route} identity={identity} onIdentityChange={setIdentity} signedIn={signedIn} />
        ) : (
          <InfoPage page={route.page} />
        )}
      </Suspense>
    </PageErrorBoundary>
  );

  // Someone no unit is linked to yet, configuring the tab in a Team: they may make its first link.
  const firstLinkGroup = signedIn ? firstLinkTeam(signedIn, route, host) : null;

  return (
    <LanguageContext.Provider value={host.language}>
      <FluentProvider theme={themes[host.kind][theme]} style={{ minHeight: '100vh' }} data-theme={theme}>
        {route.page === 'privacy' || route.page === 'termsofuse' ? (
          // The manifest's links: readable before anyone signs in.
          <InfoPage page={route.page} />
        ) : session.state === 'local' ? (
          pages
        ) : session.state === 'signedIn' ? (
          <>
            <SignedInAs me={session.me} />
            {session.me.caller ? (
              pages
            ) : firstLinkGroup ? (
              <PageErrorBoundary route={route}>
                <Suspense fallback={<Spinner />}>
                  <LinkTeamFirst api={api} host={host} tabConfig={teamsTabConfig} me={session.me} groupId={firstLinkGroup} onLinked={session.recheck} />
                </Suspense>
              </PageErrorBoundary>
            ) : (
              <NoAccess me={session.me} onRetry={session.recheck} />
            )}
          </>
        ) : session.state === 'signIn' ? (
          <SignInPrompt session={session} />
        ) : session.state === 'failed' ? (
          <SessionFailed session={session} />
        ) : session.state === 'unreachable' ? (
          <main className={styles.unreachable}>
            <LoadFailure loads={[session.load]} />
          </main>
        ) : (
          <Spinner label={strings[host.language].signIn.starting} />
        )}
      </FluentProvider>
    </LanguageContext.Provider>
  );
}

/** ?theme=dark|light|contrast forces a theme in the browser (screenshots, checking contrast). */
function themeOverride(): ThemeName | null {
  const wanted = new URLSearchParams(window.location.search).get('theme');
  return wanted === 'dark' || wanted === 'light' || wanted === 'contrast' ? wanted : null;
}
