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

/** An area's heading as the plans print it: "Utvecklingsområde 1 Pedagogisk ledning", "Förbättringsområde Språk- …" without a number. */
export function skaAreaHeading(area: { type: SkaAreaType; number: number | null; title: string }): string {
  return [skaAreaTypeLabels[area.type], area.number, area.title].filter((part) => part !== null).join(' ');
}

/** The plans' labels of an area's fields; what is desired and the evidence are named by the area's type and plan. */
export function skaAreaFieldLabels(area: { type: SkaAreaType; scope: SkaScope }) {
  const improvement = area.type === 'forbattringsomrade';
  return {
    background: improvement ? 'Bakgrund' : 'Bakgrund till avgränsningen',
    desired: area.scope === 'kommun' ? 'Förväntade effekter' : improvement ? 'Önskvärd förbättring' : 'Önskvärd kvalitet',
    evidence: improvement ? 'Spår i undervisningen' : 'Spår och bevis',
    focus: 'Fokus på att förbättra',
    actions: 'Åtgärder',
    decidedBy: 'Beslut',
    timeline: 'Tidsplan',
    followUpPlan: 'Uppföljning',
  };
}

/** The labels of the next läsår's follow-up, as the plans print them (the judgement closes Resultat there). */
export const skaFollowUpLabels = {
  desiredImprovement: 'Önskvärd förbättring',
  actionsTaken: 'Vidtagna åtgärder',
  result: 'Resultat',
  assessment: 'Bedömning',
  futureNeeds: 'Framtida behov',
} as const;
