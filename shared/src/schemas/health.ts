import { z } from 'zod';

/**
 * GET /api/health, for probes and whoever runs the app: whether the store answers, and which version
 * of the API this is. 200 when ok, 503 when the store does not answer. Nothing secret, no sign-in.
 */
export const Health = z.strictObject({
  status: z.enum(['ok', 'unavailable']),
  /** the Functions package's version */
  version: z.string().min(1),
  store: z.strictObject({
    reachable: z.boolean(),
    /** how long the store took to answer, in milliseconds */
    ms: z.number().min(0),
  }),
  checkedAt: z.iso.datetime(),
});
export type Health = z.infer<typeof Health>;
