import { fail } from '../../shared/errors.js';
import { isDataSubject, type LegalBasis } from '../../shared/policy/disclosure.js';
import { doesCasework, type ForwardedIdentity } from '../../../trust/identity.js';
import type { Context } from './context.js';

/**
 * A case record Work-Plus keeps about a person on behalf of some agencies of
 * a center: a referral (both its agencies), a placement (every credited
 * agency) or an intake (the counsellor's agency).
 */
export interface CaseRecord {
  participantId: string;
  centerId: string;
  parties: readonly string[];
  /** The consent a receiving party reads under, when there is one. */
  consentId?: string | null;
}

/** The basis on which `identity` reads `record`, or null if it may not. */
function basisFor(identity: ForwardedIdentity, record: CaseRecord): LegalBasis | null {
  if (identity.roles.includes('CITIZEN')) return isDataSubject(identity, record.participantId) ? { kind: 'DATA_SUBJECT' } : null;
  if (identity.center !== record.centerId || !doesCasework(identity)) return null;
  if (identity.agency === 'WORKPLUS' || identity.agency === record.parties[0]) return { kind: 'OWN_AGENCY' };
  if (!record.parties.includes(identity.agency)) return null;
  return record.consentId ? { kind: 'CONSENT', consentId: record.consentId } : { kind: 'CENTER_REGISTRATION' };
}

/**
 * The records the caller may see, each read noted for Work-Plus's access
 * log. Every read path of referrals, placements and intakes goes through here.
 */
export function visibleRecords<R>(context: Context, rows: readonly R[], describe: (row: R) => CaseRecord, item: string): R[] {
  return rows.filter((row) => {
    const record = describe(row);
    const basis = basisFor(context.identity, record);
    if (basis) context.accesses.push({ participantId: record.participantId, items: [item], basis });
    return basis !== null;
  });
}

/** Staff who do casework (counsellors and supervisors), not citizens, auditors or administrators. */
export function assertCaseworker(identity: ForwardedIdentity, action: string): void {
  if (!doesCasework(identity)) throw fail(`Only counsellors and supervisors ${action}`, 'FORBIDDEN');
}
