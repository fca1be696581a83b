import { approvalCard, approvalDeepLink, type ApprovalCardEvent, type ChannelPost, type TabLinkSettings } from '@vp/shared';

/** Where the card goes: the unit (plan, report) or the förvaltning (summary), with the Team and channel it is linked to. */
export interface PostPlace {
  name: string;
  groupId?: string | null;
  channelId?: string | null;
}

/**
 * The outgoing message of an approval step, to be stored in the same write as the step: the card as
 * it will be posted, to the place's channel as the acting leader. Without a Team and channel, or where
 * this host cannot send (local mode, no credential for Graph), it is kept as noTeams and never sent.
 */
export function channelPostFor(event: ApprovalCardEvent, place: PostPlace, links: TabLinkSettings, canSend: boolean): ChannelPost {
  const teamId = place.groupId ?? null;
  const channelId = place.channelId ?? null;
  const card = approvalCard({ event, subjectName: place.name, link: approvalDeepLink(event, channelId, links) });
  return {
    id: event.id,
    eventId: event.id,
    approvalId: event.approvalId,
    forvaltningId: event.forvaltningId,
    unitId: event.unitId,
    year: event.year,
    teamId,
    channelId,
    card,
    postedBy: event.by,
    state: teamId && channelId && canSend ? 'pending' : 'noTeams',
    attempts: 0,
    lastError: null,
    retryAt: null,
    messageId: null,
    sentAt: null,
    createdAt: event.at,
  };
}
