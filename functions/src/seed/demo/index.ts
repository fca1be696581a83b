import { competenceData } from './competence';
import { forvaltningData } from './forvaltning';
import { hagerstensasenData } from './hagerstensasen';
import { malarhojdenVastertorpData } from './malarhojden-vastertorp';
import { smedjebackenData } from './smedjebacken';
import { sodertaljeSkaData } from './sodertaljeSka';
import type { DemoData } from './types';

/**
 * The demo data, as printed in the sources: Hägersten-Älvsjö's spine and its two units' plans 2021
 * and its competence-supply plan 2023, Smedjebacken's focus-area plan for its förskola 2020–2023,
 * Södertälje's plans for systematic quality work 2018/2019 (the municipality's and the förskola's).
 */
export const demoSlices: DemoData[] = [forvaltningData, hagerstensasenData, malarhojdenVastertorpData, smedjebackenData, competenceData, sodertaljeSkaData];
