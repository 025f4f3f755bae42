import { GraphQLError, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Access } from '../audit/access-log.js';
import { assertWithinJurisdiction, type Jurisdiction } from './jurisdiction.js';
import type { AgencyCode, ForwardedIdentity, Purpose, Role } from '../trust/identity.js';

/** A person's consent, recorded at intake in Work-Plus, that `discloser` may give `recipient` its records for `purposes`. */
export interface Consent {
  id: string;
  discloser: AgencyCode;
  recipient: AgencyCode;
  purposes: Purpose[];
  validUntil: string;
  withdrawnOn: string | null;
}

/** A law that lets another agency read without consent (PIPA Art. 18(2)). */
export interface Statute {
  recipient: AgencyCode;
  purposes: Purpose[];
  citation: string;
}

/**
 * What an agency discloses, declared once in its `src/policy.ts`. The shared
 * server enforces it on `field`, the agency's one field on Participant, so
 * every read of the agency's records passes through it.
 */
export interface DisclosurePolicy {
  owner: AgencyCode;
  field: string;
  /** Other Participant fields computed from the agency's records (e.g. nespEligibility), guarded the same way. */
  derivedFields?: string[];
  /** Roles of the owner's own staff who read its records. */
  ownStaffRoles: Role[];
  /** Roles of partner agencies' staff who may read with consent or a statute. */
  partnerRoles: Role[];
  statutes: Statute[];
  /**
   * For an agency that serves people by municipality: the municipality its
   * record names for the person. Staff then read only residents of the
   * municipalities their center serves; others get OUTSIDE_JURISDICTION.
   */
  jurisdiction?: Jurisdiction;
}

export type LegalBasis =
  | { kind: 'OWN_AGENCY' }
  /** Work-Plus registration, shared by the agencies of the center (초기상담 등록). */
  | { kind: 'CENTER_REGISTRATION' }
  | { kind: 'DATA_SUBJECT' }
  | { kind: 'CONSENT'; consentId: string }
  | { kind: 'STATUTE'; citation: string };

export type Decision = { allowed: true; basis: LegalBasis } | { allowed: false };

const overlaps = <T>(a: readonly T[], b: readonly T[]) => a.some((x) => b.includes(x));

/** Whether `identity` may read `participantId`'s records under `policy`, and on what basis. */
export function decide(
  policy: DisclosurePolicy,
  identity: ForwardedIdentity,
  participantId: string,
  consents: readonly Consent[],
  today: string,
): Decision {
  const { purpose, roles, agency } = identity;
  if (roles.includes('CITIZEN')) {
    return identity.participant === participantId && purpose === 'SELF_ACCESS' ? { allowed: true, basis: { kind: 'DATA_SUBJECT' } } : { allowed: false };
  }
  if (!purpose) return { allowed: false };
  if (agency === policy.owner) {
    return overlaps(roles, policy.ownStaffRoles) ? { allowed: true, basis: { kind: 'OWN_AGENCY' } } : { allowed: false };
  }
  if (!overlaps(roles, policy.partnerRoles)) return { allowed: false };
  const consent = consents.find(
    (c) =>
      c.discloser === policy.owner &&
      c.recipient === agency &&
      c.purposes.includes(purpose) &&
      c.validUntil >= today &&
      c.withdrawnOn === null,
  );
  if (consent) return { allowed: true, basis: { kind: 'CONSENT', consentId: consent.id } };
  const statute = policy.statutes.find((s) => s.recipient === agency && s.purposes.includes(purpose));
  return statute ? { allowed: true, basis: { kind: 'STATUTE', citation: statute.citation } } : { allowed: false };
}

/**
 * The same refusal whether or not the owner holds a record for the person:
 * decided before anything is loaded, so a withheld record and a missing one
 * cannot be told apart.
 */
export function withheld(policy: DisclosurePolicy, identity: ForwardedIdentity): GraphQLError {
  const purpose = identity.purpose?.toLowerCase() ?? 'no stated purpose';
  return new GraphQLError(
    `${policy.owner} discloses this field to ${identity.agency} ${identity.roles.join('/')} for ${purpose} only with the person's consent or a legal basis`,
    { extensions: { code: 'WITHHELD', owner: policy.owner } },
  );
}

type Resolver = (parent: any, args: any, context: any, info: any) => unknown;

/**
 * Wraps the agency's Participant field: nothing is loaded unless the policy
 * allows it, staff are held to their center's municipalities where the policy
 * says so, and every read that goes ahead is noted for the access log.
 */
export function guard(policy: DisclosurePolicy, resolve: Resolver, today: () => string = isoToday): Resolver {
  return async (
    parent: { id: string; consents?: Consent[] },
    args,
    context: { identity: ForwardedIdentity; accesses: Access[] },
    info: GraphQLResolveInfo,
  ) => {
    const decision = decide(policy, context.identity, parent.id, parent.consents ?? [], today());
    if (!decision.allowed) throw withheld(policy, context.identity);
    if (policy.jurisdiction && decision.basis.kind !== 'DATA_SUBJECT') {
      await assertWithinJurisdiction(policy.owner, policy.jurisdiction, parent.id, context);
    }
    context.accesses.push({ participantId: parent.id, items: selectedItems(info), basis: decision.basis });
    return resolve(parent, args, context, info);
  };
}

/** What a read takes: the fields selected under this one, as `employment.placements`. */
export function selectedItems(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) names.add(`${info.fieldName}.${selection.name.value}`);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else walk(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return names.size ? [...names].sort() : [info.fieldName];
}

/** Today's date in Korea (KST), which is when consents start and end. */
export function isoToday(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Seoul' });
}

/** A Participant as an agency sees it: the key, plus the consents when the gateway brought them. */
export interface ParticipantReference {
  id: string;
  consents?: Consent[];
}
