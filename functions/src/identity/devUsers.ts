import type { Caller } from '@vp/shared';

const forvaltningId = 'hagersten-alvsjo';
const smedjebacken = 'smedjebacken-fuf';
const sodertalje = 'sodertalje-uk';

/** Development identities for the demo data: one per role and unit. Local host only. */
export const devUsers: Caller[] = [
  { id: 'dev-personal-hag', name: 'Personal, Hägerstensåsens förskolor', role: 'staff', forvaltningId, unitIds: ['hagerstensasens-forskolor'] },
  { id: 'dev-rektor-hag', name: 'Rektor, Hägerstensåsens förskolor', role: 'rektor', forvaltningId, unitIds: ['hagerstensasens-forskolor'] },
  { id: 'dev-personal-mv', name: 'Personal, Mälarhöjden/Västertorps förskolor', role: 'staff', forvaltningId, unitIds: ['malarhojden-vastertorps-forskolor'] },
  { id: 'dev-rektor-mv', name: 'Rektor, Mälarhöjden/Västertorps förskolor', role: 'rektor', forvaltningId, unitIds: ['malarhojden-vastertorps-forskolor'] },
  { id: 'dev-avdelningschef', name: 'Avdelningschef, avdelningen för förskola', role: 'avdelningschef', forvaltningId, unitIds: [] },
  { id: 'dev-rektor-smb', name: 'Rektor, Förskolan i Smedjebacken', role: 'rektor', forvaltningId: smedjebacken, unitIds: ['smedjebacken-forskolan'] },
  { id: 'dev-avdelningschef-smb', name: 'Avdelningschef, Smedjebackens kommun', role: 'avdelningschef', forvaltningId: smedjebacken, unitIds: [] },
  // Södertälje's verksamhetschef förskola leads the förvaltning's plans for systematic quality work (the avdelningschef role); a förskolechef leads one förskoleområde.
  { id: 'dev-verksamhetschef-sdt', name: 'Verksamhetschef förskola, Södertälje', role: 'avdelningschef', forvaltningId: sodertalje, unitIds: [] },
  { id: 'dev-forskolechef-sdt', name: 'Förskolechef, Ronna/Karlhov', role: 'rektor', forvaltningId: sodertalje, unitIds: ['sdt-ronna-karlhov'] },
];
