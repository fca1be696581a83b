import { forvaltningData } from './forvaltning';
import { hagerstensasenData } from './hagerstensasen';
import { malarhojdenVastertorpData } from './malarhojden-vastertorp';
import type { DemoData } from './types';

/** The demo data: Hägersten-Älvsjö's spine and its two units' plans 2021, as printed in the sources. */
export const demoSlices: DemoData[] = [forvaltningData, hagerstensasenData, malarhojdenVastertorpData];
