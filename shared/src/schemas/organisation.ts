import { z } from 'zod';
import { Id, LongText, ShortText } from './common';

/**
 * The id of a Microsoft 365 group (an Entra object id, a GUID): the Team a unit works in, or a
 * förvaltning's leadership group. Its members get the unit (or förvaltning) their app role applies to.
 */
export const GroupId = z.guid('Ange gruppens id i Microsoft 365 (ett GUID)');

/**
 * A Teams channel id as Teams gives it (19:…@thread.tacv2 or @thread.skype): the tab's context has it
 * when the tab is configured in a channel, and Graph posts to /teams/{groupId}/channels/{channelId}/messages.
 */
export const ChannelId = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .regex(/^19:[A-Za-z0-9._@:-]+$/, 'Ange kanalens id i Teams (börjar med 19:)');

/** Förvaltning: the administration serving a committee (e.g. Hägersten-Älvsjö stadsdelsförvaltning). */
export const Forvaltning = z.strictObject({
  id: Id,
  name: ShortText,
  municipality: ShortText,
  committee: ShortText,
  /** the leadership group whose members act as avdelningschef (with that app role); null or absent: none linked */
  groupId: GroupId.nullable().optional(),
  /** the channel of that Team the tab was configured in: approvals of the summary are posted there; null or absent: none */
  channelId: ChannelId.nullable().optional(),
});
export type Forvaltning = z.infer<typeof Forvaltning>;

/** Förskola: one preschool building of a unit. */
export const Preschool = z.strictObject({
  name: ShortText,
  address: ShortText.optional(),
  children: z.number().int().min(0).optional(),
  note: ShortText.optional(),
});
export type Preschool = z.infer<typeof Preschool>;

/** Enhet: a unit led by a rektor, with its preschools. */
export const Unit = z.strictObject({
  id: Id,
  forvaltningId: Id,
  name: ShortText,
  description: LongText.default(''),
  preschools: z.array(Preschool).max(100),
  children: z.number().int().min(0).optional(),
  departments: z.number().int().min(0).optional(),
  staff: z.number().int().min(0).optional(),
  /** the unit's Team (its Microsoft 365 group): its members are the unit's rektor and staff; null or absent: none linked */
  groupId: GroupId.nullable().optional(),
  /** the channel of the unit's Team the tab was configured in: approvals are posted there; null or absent: none */
  channelId: ChannelId.nullable().optional(),
});
export type Unit = z.infer<typeof Unit>;

/** PUT /units/{id}/group and /forvaltningar/{id}/group: the Microsoft 365 group to link to, or null to unlink. */
export const GroupLink = z.strictObject({
  groupId: GroupId.nullable(),
  /** the channel the tab is configured in, kept with the link (approvals are posted there); absent: left as it is */
  channelId: ChannelId.nullable().optional(),
});
export type GroupLink = z.infer<typeof GroupLink>;
