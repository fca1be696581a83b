// Sharing to the meeting stage against a stand-in of teams-js' meeting module: the capability asked
// first, the stage URL on the tab's own origin, and each refusal of the host as its reason.
import { ErrorCode } from '@microsoft/teams-js';
import { shareToStage, stageUrl, type MeetingApi } from './shareToStage';

jest.mock('@microsoft/teams-js', () => ({
  meeting: { SharingProtocol: { Collaborative: 'Collaborative', ScreenShare: 'ScreenShare' } },
  ErrorCode: { NOT_SUPPORTED_ON_PLATFORM: 100, INTERNAL_ERROR: 500, NOT_SUPPORTED_IN_CURRENT_CONTEXT: 501, PERMISSION_DENIED: 1000, UNAUTHORIZED_USER_OPERATION: 5000, OLD_PLATFORM: 9000 },
}));

const base = 'https://verksamhetsplan.example/index.html#/apt/u1/2021';

function host(capabilities: [unknown, unknown], shared: unknown = null) {
  const calls: unknown[][] = [];
  const api: MeetingApi = {
    getAppContentStageSharingCapabilities: (callback) => callback(...(capabilities as Parameters<typeof callback>)),
    shareAppContentToStage: (callback, url, options) => {
      calls.push([url, options]);
      callback(shared as Parameters<typeof callback>[0], !shared);
    },
  };
  return { api, calls };
}

it('the stage URL is the tab’s own page naming the meeting', () => {
  expect(stageUrl('m 1', base)).toBe('https://verksamhetsplan.example/index.html#/stage/m%201');
  expect(stageUrl('m1', 'https://verksamhetsplan.example/app/index.html?lang=en#/plan')).toBe('https://verksamhetsplan.example/app/index.html#/stage/m1');
});

it('shares collaboratively when the caller may', async () => {
  const { api, calls } = host([null, { doesAppHaveSharePermission: true }]);
  await expect(shareToStage('m1', api, base)).resolves.toEqual({ ok: true });
  expect(calls).toEqual([['https://verksamhetsplan.example/index.html#/stage/m1', { sharingProtocol: 'Collaborative' }]]);
});

it('does not try when the caller is no presenter', async () => {
  const { api, calls } = host([null, { doesAppHaveSharePermission: false }]);
  await expect(shareToStage('m1', api, base)).resolves.toEqual({ ok: false, reason: 'notPresenter' });
  expect(calls).toEqual([]);
});

it('names why the host refused', async () => {
  const refused = async (error: unknown, at: 'capabilities' | 'share' = 'capabilities') =>
    shareToStage('m1', at === 'capabilities' ? host([error, null]).api : host([null, { doesAppHaveSharePermission: true }], error).api, base);
  await expect(refused({ errorCode: ErrorCode.NOT_SUPPORTED_ON_PLATFORM })).resolves.toEqual({ ok: false, reason: 'notSupported' });
  await expect(refused({ errorCode: ErrorCode.NOT_SUPPORTED_IN_CURRENT_CONTEXT })).resolves.toEqual({ ok: false, reason: 'notInMeeting' });
  await expect(refused({ errorCode: ErrorCode.UNAUTHORIZED_USER_OPERATION }, 'share')).resolves.toEqual({ ok: false, reason: 'notPresenter' });
  await expect(refused({ errorCode: ErrorCode.INTERNAL_ERROR, message: 'Mötet är slut' }, 'share')).resolves.toEqual({ ok: false, reason: 'failed', message: 'Mötet är slut' });
  // teams-js refuses outside a meeting's frames before asking the host.
  const outside: MeetingApi = {
    getAppContentStageSharingCapabilities: () => {
      throw new Error('This call is only allowed in following contexts: ["sidePanel","meetingStage"]. Current context: "content".');
    },
    shareAppContentToStage: () => undefined,
  };
  await expect(shareToStage('m1', outside, base)).resolves.toEqual({ ok: false, reason: 'notInMeeting' });
});
