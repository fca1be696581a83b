import type { HttpHandler } from '@azure/functions';
import { Health } from '@vp/shared';
import type { Services } from '../../app/services';
import { apiVersion } from '../../version';
import { handle, jsonOf } from '../respond';

/** An id no item has: asking for it costs the store one small read. */
const probeId = 'halsokontroll';

/**
 * GET /api/health: 200 when the store answers a read, 503 (logged, with Retry-After) when it does
 * not; no sign-in, so that Azure's health check and a monitoring probe can call it.
 */
export const getHealth = (services: Services): HttpHandler =>
  handle(async (_req, context) => {
    const started = performance.now();
    let reachable = true;
    try {
      await services.store.get('forvaltning', probeId);
    } catch (error) {
      reachable = false;
      context.error('Hälsokontroll: lagringen svarar inte', error);
    }
    const body = { status: reachable ? 'ok' : 'unavailable', version: apiVersion, store: { reachable, ms: Math.round(performance.now() - started) }, checkedAt: new Date().toISOString() } as const;
    return jsonOf(reachable ? 200 : 503, Health, body, { 'cache-control': 'no-store', ...(reachable ? {} : { 'retry-after': '30' }) });
  });
