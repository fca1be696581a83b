import type { Clock } from './clock';

/**
 * Graph takes at most 4 requests a second from an app on one team or channel (Microsoft Teams service
 * limits, https://learn.microsoft.com/graph/throttling-limits#microsoft-teams-service-limits), and
 * 3000 messages a day per channel. Our requests to one team are spaced by this much; a 429 that still
 * comes (other instances, other apps) is answered by waiting as it says.
 */
export const TEAM_REQUEST_GAP_MS = 250;

/** Waits, per team, until this process's previous request to it is at least gapMs ago. */
export function teamPace(clock: Clock, gapMs = TEAM_REQUEST_GAP_MS): (teamId: string) => Promise<void> {
  const nextSlot = new Map<string, number>();
  return async (teamId) => {
    const now = clock.now();
    // a long-lived host talks to many teams: forget those whose slot has passed
    if (nextSlot.size > 1_000) for (const [team, at] of nextSlot) if (at <= now) nextSlot.delete(team);
    const slot = Math.max(now, nextSlot.get(teamId) ?? 0);
    nextSlot.set(teamId, slot + gapMs);
    if (slot > now) await clock.sleep(slot - now);
  };
}
