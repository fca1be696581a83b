import { app } from '@microsoft/teams-js';

export type ThemeName = 'light' | 'dark' | 'contrast';

/** Where the tab runs: inside Teams (with its context) or in a plain browser tab. */
export interface Host {
  kind: 'teams' | 'browser';
  theme: ThemeName;
  /** UI language from Teams or the browser: 'sv' unless the user's locale is English */
  language: 'sv' | 'en';
  /** Calls back when Teams switches theme; returns nothing to undo (Teams keeps one handler). */
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /** The Teams team/channel the tab lives in, for display */
  teamName?: string;
  /** The Microsoft 365 group of the Team the tab is in (none in a group chat or a browser): the unit's link */
  groupId?: string;
  /** The channel the tab is in (none in a group chat or a browser): kept with the unit's link, approvals are posted there */
  channelId?: string;
  /** A Teams deep link's sub-page: a goal to open on the plan, or a route (#/report/…) to open at start (openSubPage) */
  subPageId?: string;
  /** Where Teams shows the tab: content (a channel or chat tab), settings, sidePanel or meetingStage (a meeting's), … */
  frameContext?: string;
  /** The Teams meeting the tab is in (side panel or stage), when it is in one */
  meetingId?: string;
}

export const themeOf = (teamsTheme: string | undefined): ThemeName =>
  teamsTheme === 'dark' ? 'dark' : teamsTheme === 'contrast' ? 'contrast' : 'light';

const languageOf = (locale: string | undefined): 'sv' | 'en' => (locale?.toLowerCase().startsWith('en') ? 'en' : 'sv');

/**
 * Outside Teams app.initialize() rejects at once ("No Parent window found") or never answers when
 * framed by another page, so a short timeout decides: Teams if it answers, the browser otherwise.
 */
export async function startHost(timeoutMs = 3000): Promise<Host> {
  const browser: Host = {
    kind: 'browser',
    theme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    // Swedish is the working language; ?lang=en switches a browser to English.
    language: languageOf(new URLSearchParams(window.location.search).get('lang') ?? 'sv'),
    onThemeChange: () => undefined,
  };
  if (window.parent === window && !window.opener) return browser;
  try {
    await Promise.race([app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs))]);
    const context = await app.getContext();
    return {
      kind: 'teams',
      theme: themeOf(context.app.theme),
      language: languageOf(context.app.locale),
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(themeOf(theme))),
      teamName: context.team?.displayName,
      groupId: context.team?.groupId || undefined,
      channelId: context.channel?.id || undefined,
      subPageId: context.page.subPageId || undefined,
      frameContext: context.page.frameContext || undefined,
      meetingId: context.meeting?.id || undefined,
    };
  } catch {
    return browser;
  }
}
