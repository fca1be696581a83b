// Runs before the tab's modules: zod reads this global config when it loads. jitless stops zod from
// probing `new Function`, which the host's Content-Security-Policy (no 'unsafe-eval') reports as a
// violation; zod then validates without generated code.
globalThis.__zod_globalConfig = { jitless: true };
