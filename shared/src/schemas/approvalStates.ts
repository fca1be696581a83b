import { z } from 'zod';

/*
 * The approval's enums, apart from the rules in ../approval.ts so that the report and overview schemas
 * can name the state without importing the rules (which import the labels, which import those schemas).
 */

/** What is approved: a unit's plan for a year, a unit's period report (T1, T2, VB), the förvaltning's tertial summary. */
export const ApprovalKind = z.enum(['unitPlan', 'unitReport', 'summary']);
export type ApprovalKind = z.infer<typeof ApprovalKind>;

/**
 * utkast → inskickad → godkänd | återremitterad. English ids with Swedish labels (approvalStateLabel),
 * as every other stored choice here (ActivityStatus, Assessment). Keeping `draft` let the report's
 * earlier status migrate by one rename: draft → draft (utkast), ready → submitted (inskickad).
 */
export const ApprovalState = z.enum(['draft', 'submitted', 'approved', 'returned']);
export type ApprovalState = z.infer<typeof ApprovalState>;

/** submit: utkast/återremitterad → inskickad; approve → godkänd; return → återremitterad (with a comment); reopen: godkänd → utkast, a new version. */
export const ApprovalAction = z.enum(['submit', 'approve', 'return', 'reopen']);
export type ApprovalAction = z.infer<typeof ApprovalAction>;
