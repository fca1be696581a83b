import { app } from '@azure/functions';
import { channelServices } from '../channel/channelServices';
import { loadConfig } from '../config';
import { routes } from '../http/routes';
import { entraIdentity } from '../identity/entraIdentity';
import { groupLinksReader } from '../identity/groupLinks';
import { signInConfigOf } from '../identity/signInConfig';
import { openStorage } from '../store/openStore';
import { tertialSummary, tertialSummarySchedule } from '../timers/tertialSummary';

// Azure Functions entry point (package.json "main"): every HTTP trigger of the route table, and the timers.
const config = loadConfig(process.env, 'azure');
const { store, followUp } = openStorage(config);
// loadConfig refuses local mode in Azure, so this only says so to the compiler.
const { auth } = config;
if (auth.mode !== 'entra') throw new Error('I Azure krävs AUTH_MODE=entra.');
const links = groupLinksReader(store);
// A post whose background delivery fails unexpectedly stays pending or sending (visible in the tab); the log says why.
const channel = channelServices(auth, config.tabLink, store, { onError: (error, postId) => console.error(`Kanalmeddelandet ${postId} kunde inte skickas:`, error) });
const services = { store, followUp, identify: entraIdentity(auth, store, { links }), links, devUsers: [], anonymousReads: false, signIn: signInConfigOf(auth), channel };

for (const route of routes) {
  app.http(route.name, { methods: route.methods, route: route.route, authLevel: 'anonymous', handler: route.handler(services) });
}

app.timer('tertialSummary', { schedule: tertialSummarySchedule, handler: tertialSummary(store, () => new Date(), followUp) });
