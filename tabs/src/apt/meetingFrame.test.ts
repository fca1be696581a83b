import { meetingFrameHash, openMeetingFrame } from './meetingFrame';

const teams = (frameContext: string) => ({ kind: 'teams' as const, frameContext });

describe('the page a Teams meeting frame opens', () => {
  it('the side panel shows the APT of the unit and year the tab was saved with', () => {
    expect(meetingFrameHash(teams('sidePanel'), '#/plan/hagerstensasens-forskolor/2021')).toBe('#/apt/hagerstensasens-forskolor/2021');
    expect(meetingFrameHash(teams('sidePanel'), '#/plan/a%20b/2022/goal/g1')).toBe('#/apt/a%20b/2022');
    expect(meetingFrameHash(teams('sidePanel'), '#/plan/u1')).toBe('#/apt/u1');
    expect(meetingFrameHash(teams('sidePanel'), '')).toBe('#/apt');
    expect(meetingFrameHash(teams('sidePanel'), '#/todo/2021')).toBe('#/apt');
  });

  it('leaves the APT and stage pages, other frames and the browser alone', () => {
    expect(meetingFrameHash(teams('meetingStage'), '#/stage/m1')).toBeNull();
    expect(meetingFrameHash(teams('sidePanel'), '#/apt/u1/2021')).toBeNull();
    expect(meetingFrameHash(teams('content'), '#/plan/u1/2021')).toBeNull();
    expect(meetingFrameHash(teams('settings'), '#/config')).toBeNull();
    expect(meetingFrameHash({ kind: 'browser', frameContext: 'sidePanel' }, '#/plan/u1/2021')).toBeNull();
  });

  it('replaces the history entry once, as a deep link does', () => {
    const target = { location: { hash: '#/plan/u1/2021' }, history: { replaceState: jest.fn() } };
    openMeetingFrame(teams('sidePanel'), target);
    expect(target.history.replaceState).toHaveBeenCalledWith(null, '', '#/apt/u1/2021');
    target.history.replaceState.mockClear();
    openMeetingFrame(teams('content'), target);
    expect(target.history.replaceState).not.toHaveBeenCalled();
  });
});
