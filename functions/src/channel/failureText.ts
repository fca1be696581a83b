import type { ChannelFailure } from './channelGraph';

/** ChannelPost.lastError holds at most this much. */
const MAX = 2_000;

const withDetail = (text: string, detail: string) => `${text} (Teams svarade: ${detail || 'inget svar'})`.slice(0, MAX);

/** Why a send did not go through, for the tab (ChannelPost.lastError): what happened and what happens next, in Swedish. */
export function sendFailureText(failure: ChannelFailure, willRetry: boolean): string {
  const next = willRetry ? 'Ett nytt försök görs automatiskt.' : 'Försök igen senare.';
  switch (failure.kind) {
    case 'notSent':
      if (failure.status === 429) return withDetail(`Teams bad oss vänta: för många meddelanden just nu. ${next}`, failure.detail);
      if (failure.status === 0) return withDetail(`Microsoft Entra ID kunde inte nås för inloggningen mot Teams. ${next}`, failure.detail);
      return withDetail(`Teams var tillfälligt otillgängligt. ${next}`, failure.detail);
    case 'maybeSent':
      return withDetail(
        `Teams svarade inte säkert, så det är oklart om kortet kom fram. Kanalen läses av innan ett nytt försök, så att kortet inte kommer två gånger. ${willRetry ? next : 'Titta i kanalen innan du försöker igen.'}`,
        failure.detail,
      );
    case 'refused':
      return withDetail(refusal(failure), failure.detail);
  }
}

function refusal(failure: Extract<ChannelFailure, { kind: 'refused' }>): string {
  if (failure.status === null || failure.status === 401) return 'Inloggningen kunde inte användas för att skriva i Teams (den kan ha gått ut, eller appen saknar medgivande för ChannelMessage.Send). Logga in igen och försök på nytt.';
  if (failure.status === 403) return 'Teams lät inte kortet skickas i ditt namn: du kanske inte är medlem i teamet, eller så saknar appen administratörens medgivande för ChannelMessage.Send.';
  if (failure.status === 404) return 'Kanalen finns inte längre i Teams. Konfigurera fliken i kanalen igen så att enheten kopplas till den.';
  if (failure.status === 413) return 'Kortet är för stort för ett meddelande i Teams.';
  return 'Teams tog inte emot kortet.';
}

/** The channel could not be read back, so whether an earlier attempt came through is unknown. */
export function readBackFailureText(failure: ChannelFailure): string {
  return withDetail(
    'Det gick inte att se efter i kanalen om kortet redan kom fram (läsningen kräver behörigheten ChannelMessage.Read.All med administratörens medgivande). Titta i kanalen och försök igen om kortet saknas.',
    failure.detail,
  );
}

/** The automatic attempts ran out. */
export function gaveUpText(attempts: number, last: string): string {
  return `Kortet kom inte fram efter ${attempts} försök. Försök igen senare. Senast: ${last}`.slice(0, MAX);
}
