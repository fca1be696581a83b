import type { ChannelPost } from '@vp/shared';

/** The Adaptive Card attachment's content type, as Graph and Teams name it. */
export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** The chatMessage Graph is sent for a post (POST /teams/{team}/channels/{channel}/messages). */
export interface ChannelMessage {
  body: { contentType: 'html'; content: string };
  attachments: { id: string; contentType: typeof adaptiveCardContentType; contentUrl: null; content: string }[];
}

/**
 * The post's card as a channel message: Graph shows an attachment only where the html body names it
 * (<attachment id>), and takes the card as a JSON string. The attachment id is the post's id, so the
 * message can be found in the channel again (read back before any resend).
 */
export function channelMessage(post: Pick<ChannelPost, 'id' | 'card'>): ChannelMessage {
  return {
    body: { contentType: 'html', content: `<attachment id="${post.id}"></attachment>` },
    attachments: [{ id: post.id, contentType: adaptiveCardContentType, contentUrl: null, content: JSON.stringify(post.card) }],
  };
}
