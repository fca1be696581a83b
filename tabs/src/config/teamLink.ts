/**
 * How the chosen unit stands to the Team the tab is configured in: linked to it, to no Team yet, or
 * to another Team. Group ids are GUIDs, which Teams and Entra may spell in either case.
 */
export type TeamLink = 'here' | 'none' | 'elsewhere';

export function teamLinkOf(unitGroupId: string | null | undefined, teamGroupId: string): TeamLink {
  if (!unitGroupId) return 'none';
  return unitGroupId.toLowerCase() === teamGroupId.toLowerCase() ? 'here' : 'elsewhere';
}

/** Linking is offered where the unit is not linked here; checked by default only where it has no Team yet. */
export const linkOfferedByDefault = (link: TeamLink): boolean => link === 'none';
