import { ErrorCode, meeting, type SdkError } from '@microsoft/teams-js';
import { stageHash } from '../routing';

/** How sharing went: shared, or why not (each has its Swedish message in strings apt.share). */
export type ShareOutcome = { ok: true } | { ok: false; reason: 'notPresenter' | 'notInMeeting' | 'notSupported' } | { ok: false; reason: 'failed'; message: string };

/** The parts of teams-js' meeting module sharing uses (a test gives its own). */
export type MeetingApi = Pick<typeof meeting, 'getAppContentStageSharingCapabilities' | 'shareAppContentToStage'>;

/** The stage's address: the tab's own page (the manifest's validDomains), showing the meeting. */
export function stageUrl(meetingId: string, base = document.baseURI): string {
  return `${new URL('index.html', base).toString()}${stageHash(meetingId)}`;
}

/**
 * Shares the meeting's presentation to the Teams meeting stage, for everyone in the meeting. Asks
 * first whether the caller may (only presenters may); a host that cannot share (not in a meeting,
 * Teams on the web or a phone) answers with an error, which becomes the reason.
 */
export async function shareToStage(meetingId: string, api: MeetingApi = meeting, base?: string): Promise<ShareOutcome> {
  try {
    const capabilities = await new Promise<{ doesAppHaveSharePermission: boolean }>((resolve, reject) =>
      api.getAppContentStageSharingCapabilities((error, result) => (error || !result ? reject(error ?? new Error('no answer')) : resolve(result))),
    );
    if (!capabilities.doesAppHaveSharePermission) return { ok: false, reason: 'notPresenter' };
    await new Promise<void>((resolve, reject) =>
      api.shareAppContentToStage((error) => (error ? reject(error) : resolve()), stageUrl(meetingId, base), { sharingProtocol: meeting.SharingProtocol.Collaborative }),
    );
    return { ok: true };
  } catch (error) {
    return outcomeOf(error);
  }
}

function outcomeOf(error: unknown): ShareOutcome {
  const code = (error as Partial<SdkError> | null)?.errorCode;
  if (code === ErrorCode.NOT_SUPPORTED_ON_PLATFORM || code === ErrorCode.OLD_PLATFORM) return { ok: false, reason: 'notSupported' };
  if (code === ErrorCode.NOT_SUPPORTED_IN_CURRENT_CONTEXT) return { ok: false, reason: 'notInMeeting' };
  if (code === ErrorCode.UNAUTHORIZED_USER_OPERATION || code === ErrorCode.PERMISSION_DENIED) return { ok: false, reason: 'notPresenter' };
  // teams-js throws before asking the host when the frame is not a meeting's (side panel or stage).
  if (error instanceof Error && /only allowed in following contexts|been initialized/i.test(error.message)) return { ok: false, reason: 'notInMeeting' };
  const message = (error as { message?: unknown } | null)?.message;
  return { ok: false, reason: 'failed', message: typeof message === 'string' && message ? message : String(error) };
}
