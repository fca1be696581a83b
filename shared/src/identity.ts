import { z } from 'zod';
import { Id } from './schemas/common';

/**
 * Roles seen in the sources: personal (staff of a unit), rektor (head of a unit, approves the unit
 * plan) and avdelningschef (head of the förvaltning's department, acts for the whole förvaltning);
 * and läsare, who reads everything and writes nothing (politicians, controllers).
 */
export const Role = z.enum(['staff', 'rektor', 'avdelningschef', 'lasare']);
export type Role = z.infer<typeof Role>;

/**
 * Who is calling the API. Unit roles carry their units (a rektor may lead several, each with its
 * Team); avdelningschef acts for the förvaltning; a läsare carries the förvaltning of a group they are
 * a member of, or null (reading needs none).
 */
export const Caller = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  role: Role,
  forvaltningId: Id.nullable(),
  /** the units they act for, first the one the tab opens; empty for avdelningschef and läsare */
  unitIds: z.array(Id),
});
export type Caller = z.infer<typeof Caller>;

/** The values of the API's Entra app roles, as a token's roles claim names them. */
export const AppRole = z.enum(['Personal', 'Rektor', 'Avdelningschef', 'Lasare']);
export type AppRole = z.infer<typeof AppRole>;

/**
 * GET /api/me: who is signed in, their app roles, and what the API lets them do. A valid sign-in
 * without a role or a unit is still answered: caller is then null and reason says why, in Swedish.
 */
export const Me = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  roles: z.array(AppRole),
  caller: Caller.nullable(),
  reason: z.string().min(1).nullable(),
});
export type Me = z.infer<typeof Me>;

/**
 * GET /api/signin: how the tab signs in, as the API is configured — the local host's development
 * identities, or Entra ID with the API's app registration: the tenant, the client id the tab asks
 * tokens as, the authority and the API's scope (access_as_user). Public values, as in the Teams
 * manifest; never a secret.
 */
export const SignInConfig = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('local') }),
  z.strictObject({
    mode: z.literal('entra'),
    tenantId: z.guid(),
    clientId: z.string().min(1),
    /** {authority host}/{tenant id} */
    authority: z.url(),
    /** {App ID URI}/access_as_user */
    scope: z.string().min(1),
  }),
]);
export type SignInConfig = z.infer<typeof SignInConfig>;
