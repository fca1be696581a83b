import { FluentProvider, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createApiClient } from './api/client';
import type { Host, ThemeName } from './host/host';
import { useIdentity } from './identity';
import { LanguageContext } from './i18n/strings';
import { ConfigPage } from './pages/ConfigPage';
import { InfoPage } from './pages/InfoPage';
import { OverviewPage } from './pages/OverviewPage';
import { PlanPage } from './pages/PlanPage';
import { ReportPage } from './pages/ReportPage';
import { useRoute } from './routing';

const themes: Record<Host['kind'], Record<ThemeName, Theme>> = {
  teams: { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme },
  browser: { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme },
};

/** The root: maps the host's theme once, provides the language, and picks the page from the URL. */
export function App({ host }: { host: Host }) {
  const [theme, setTheme] = useState<ThemeName>(() => themeOverride() ?? host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  const route = useRoute();
  const [identity, setIdentity] = useIdentity();
  const api = useMemo(() => createApiClient({ identity: () => identity }), [identity]);

  return (
    <LanguageContext.Provider value={host.language}>
      <FluentProvider theme={themes[host.kind][theme]} style={{ minHeight: '100vh' }} data-theme={theme}>
        {route.page === 'config' ? (
          <ConfigPage api={api} host={host} />
        ) : route.page === 'plan' ? (
          <PlanPage api={api} host={host} route={route} identity={identity} onIdentityChange={setIdentity} />
        ) : route.page === 'report' ? (
          <ReportPage api={api} route={route} identity={identity} onIdentityChange={setIdentity} />
        ) : route.page === 'overview' || route.page === 'summaries' ? (
          <OverviewPage api={api} route={route} identity={identity} onIdentityChange={setIdentity} />
        ) : (
          <InfoPage page={route.page} />
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
