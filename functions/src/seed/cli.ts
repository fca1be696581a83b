import { loadConfig } from '../config';
import { openStore } from '../store/openStore';
import { seedDemoData } from './seed';

/** npm run seed: loads the demo data into the configured store; safe to run again. */
async function main(): Promise<void> {
  const store = openStore(loadConfig(process.env, 'local'));
  const created = await seedDemoData(store);
  console.log(created ? `Lade in ${created} poster.` : 'Demodata fanns redan; inget ändrat.');
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
