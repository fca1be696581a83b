import { createContext, useContext } from 'react';
import { approval } from './approval';
import { apt } from './apt';
import { common } from './common';
import { competence } from './competence';
import { config } from './config';
import { edit } from './edit';
import { recover } from './recover';
import { report } from './report';
import { signIn } from './signIn';
import { ska } from './ska';
import { stage } from './stage';

export type Language = 'sv' | 'en';

/** All UI strings, per language; each feature keeps its own file in this folder. */
export const strings = {
  sv: { ...common.sv, approval: approval.sv, apt: apt.sv, competence: competence.sv, config: config.sv, edit: edit.sv, report: report.sv, recover: recover.sv, signIn: signIn.sv, ska: ska.sv, stage: stage.sv },
  en: { ...common.en, approval: approval.en, apt: apt.en, competence: competence.en, config: config.en, edit: edit.en, report: report.en, recover: recover.en, signIn: signIn.en, ska: ska.en, stage: stage.en },
};
export type Strings = (typeof strings)['sv'];

export const LanguageContext = createContext<Language>('sv');

export function useStrings(): Strings {
  return strings[useContext(LanguageContext)];
}
