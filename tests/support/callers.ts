import { CENTERS } from '../../subgraphs/shared/demo/regions.js';
import type { AgencyCode, Caller } from '../../trust/identity.js';

/** Claims of a demo center's staff member, as `npm run token -- --center <id>` issues them: the center and the municipalities it serves. */
export function staffAt(centerId: string, agency: AgencyCode, n = 1): Partial<Caller> {
  const center = CENTERS.find((c) => c.id === centerId);
  if (!center) throw new Error(`no demo center ${centerId}`);
  return { agency, center: center.id, municipalities: [...center.serves], subject: `stf-${center.id.slice(4)}-${agency.toLowerCase().replace('_', '')}-${n}` };
}

/** Whether the demo center `centerId` serves municipality `code`. */
export function serves(centerId: string, code: string): boolean {
  return CENTERS.find((c) => c.id === centerId)?.serves.includes(code) ?? false;
}
