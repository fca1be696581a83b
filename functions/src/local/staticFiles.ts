import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * The built tab (tabs/dist) at /: @fastify/static resolves paths inside the folder only, answers
 * GET and HEAD with ETag and Last-Modified, and hands missing files to the not-found handler.
 * Vite's hashed assets/ never change; everything else is revalidated.
 */
export function serveTab(app: FastifyInstance, tabDir: string): void {
  void app.register(fastifyStatic, {
    root: tabDir,
    cacheControl: false,
    setHeaders: (response, path) => {
      const immutable = /[/\\]assets[/\\][^/\\]+$/.test(path);
      response.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
