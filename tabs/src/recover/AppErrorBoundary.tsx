import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { LanguageContext, type Language } from '../i18n/strings';
import { PageError } from './PageError';
import { retryFailedLoads } from './retryableLazy';

/**
 * The last resort around the whole app (theme, language, routing): an error there shows the message
 * with "Försök igen" in the plain light theme rather than a blank tab. Pages have their own boundary.
 */
export function AppErrorBoundary({ language, children }: { language: Language; children: ReactNode }) {
  return (
    <ErrorBoundary
      onReset={retryFailedLoads}
      fallbackRender={(props) => (
        <LanguageContext.Provider value={language}>
          <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
            <PageError {...props} />
          </FluentProvider>
        </LanguageContext.Provider>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
