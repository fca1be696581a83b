import type { SkaAreaType, SkaGroup, SkaPerspective, SkaScope } from '../schemas/ska';

/** The analysis perspectives' headings, as the Södertälje plans print them. */
export const skaPerspectiveHeadings: Record<SkaPerspective, string> = {
  historical: 'Analys utifrån ett historiskt och jämförande perspektiv',
  organisation: 'Analys utifrån ett organisations- och ledningsperspektiv',
  resources: 'Analys utifrån ett resurs- och kompetensperspektiv',
  method: 'Analys utifrån ett metod- och forskningsperspektiv',
  equity: 'Analys utifrån ett likvärdighetsperspektiv',
};

export const skaGroupLabels: Record<SkaGroup, string> = { pojkar: 'Pojkar', flickor: 'Flickor', totalt: 'Totalt' };

export const skaAreaTypeLabels: Record<SkaAreaType, string> = { forbattringsomrade: 'Förbättringsområde', utvecklingsomrade: 'Utvecklingsområde' };

/** Whose plan it is, as its title names it. */
export const skaScopeLabels: Record<SkaScope, string> = {
  kommun: 'Utbildningskontoret',
  forskola: 'Förskolan',
  grundskola: 'Grundskolan',
  gymnasieskola: 'Gymnasieskolan',
};
