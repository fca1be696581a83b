import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * The tab's assets and the API's JSON compressed (br or gzip, as the client accepts) above 1 kB.
 * Brotli at quality 5 rather than its default 11, which costs more time per plan read than it saves.
 */
export function compressResponses(app: FastifyInstance): void {
  void app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
}
