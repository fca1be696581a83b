import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The tab is served by the local host (and in Azure by static hosting) from tabs/dist.
export default defineConfig({
  root: here('.'),
  base: './',
  resolve: { alias: { '@vp/shared': here('../shared/src/index.ts') } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // The tab, and the redirect bridge page of the browser sign-in (the redirect URI MSAL returns to).
      input: { index: here('index.html'), auth: here('auth.html') },
      // Fluent marks its modules "use client" for React Server Components; meaningless in a client bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
