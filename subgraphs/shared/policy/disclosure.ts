import { GraphQLError, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Access } from '../audit/access-log.js';
import { assertWithinJurisdiction, type Jurisdiction } from './jurisdiction.js';
import type { AgencyCode, ForwardedIdentity, Purpose, Role } from '../../../trust/identity.js';
import { fail, POLICY_REFUSALS, refusalAt } from '../errors.js';
import { perField } from '../per-field.js';

/** A person's consent, recorded at intake in Work-Plus, that `discloser` may give `recipient` its records for `purposes`. */
export interface Consent {
  id: string;
  discloser: AgencyCode;
  recipient: AgencyCode;
  purposes: Purpose[];
  validUntil: string;
  withdrawnOn: string | null;
}

/**
 * A law that lets another agency read without consent (PIPA Art. 18(2)). It
 * releases the exact items it names, and only to an operation that selects
 * one of the recipient's fields it serves: the same purpose on any other
 * read, or a selection beyond those items, releases nothing.
 */
export interface Statute {
  recipient: AgencyCode;
  purposes: Purpose[];
  citation: string;
  /** Item paths under the owner's field, e.g. `welfare.household.size`. */
  items: string[];
  /** Participant fields of the recipient that the statute exists for, e.g. `nespEligibility`. */
  serves: string[];
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
  /** Roles of the owner's own staff who read its records wherever the person is. */
  ownStaffRoles: Role[];
  /** Roles of staff (partners', or the owner's beyond ownStaffRoles) who may read with consent, a statute or a relationship. */
  partnerRoles: Role[];
  statutes: Statute[];
  /**
   * For an agency that serves people by municipality: the municipality its
   * record names for the person. Staff then read only residents of the
   * municipalities their center serves; others get OUTSIDE_JURISDICTION.
   */
  jurisdiction?: Jurisdiction;
  /**
   * A basis the owner finds in its own records of the person, such as
   * Work-Plus's registration of them at the caller's center. Asked only for
   * staff in `partnerRoles` who have no consent or statute.
   */
  relationship?: Relationship;
  /** The name items are logged under when the guarded fields are not one record (Work-Plus: `participant`). */
  itemRoot?: string;
}

/** The owner's own link between a caller and a person, from the row the field belongs to. */
export type Relationship = (person: any, identity: ForwardedIdentity, context: any) => Promise<LegalBasis | null>;

export type LegalBasis =
  | { kind: 'OWN_AGENCY' }
  /** Work-Plus registration of the person at the caller's center (초기상담 등록), shared by its agencies. */
  | { kind: 'CENTER_REGISTRATION' }
  /** The person lives in a municipality the caller's center serves (관할). */
  | { kind: 'CENTER_JURISDICTION' }
  /** A referral or intake at the caller's center that involves the caller's agency. */
  | { kind: 'CASE_RECORD'; recordId: string }
  | { kind: 'DATA_SUBJECT' }
  | { kind: 'CONSENT'; consentId: string }
  | { kind: 'STATUTE'; citation: string }
  /** A search or count: looking is processing, so the looking itself is logged. */
  | { kind: 'PROBE' }
  /** An auditor (purpose audit) reading the access log. */
  | { kind: 'AUDIT' };

export type Decision = { allowed: true; basis: LegalBasis } | { allowed: false; reason?: string };

const overlaps = <T>(a: readonly T[], b: readonly T[]) => a.some((x) => b.includes(x));

/** The one data-subject rule: a citizen token, for the one person it names, for self-access. */
export function isDataSubject(identity: ForwardedIdentity, participantId: string): boolean {
  return identity.roles.includes('CITIZEN') && identity.participant === participantId && identity.purpose === 'SELF_ACCESS';
}

/** A consent on file that lets `owner` disclose to `recipient` for `purpose` today. */
export function consentFor(consents: readonly Consent[], owner: AgencyCode, recipient: AgencyCode, purpose: Purpose, today: string) {
  return consents.find(
    (c) => c.discloser === owner && c.recipient === recipient && c.purposes.includes(purpose) && c.validUntil >= today && c.withdrawnOn === null,
  );
}

/**
 * Whether `identity` may read `participantId`'s records under `policy`, and
 * on what basis, before any relationship the owner may know of. `items` are
 * the item paths the read selects, needed only to hold a statute to its items.
 */
export function decide(
  policy: DisclosurePolicy,
  identity: ForwardedIdentity,
  participantId: string,
  consents: readonly Consent[],
  today: string,
  items: () => readonly string[] = () => [],
): Decision {
  const { purpose, roles, agency } = identity;
  if (roles.includes('CITIZEN')) {
    return isDataSubject(identity, participantId) ? { allowed: true, basis: { kind: 'DATA_SUBJECT' } } : { allowed: false };
  }
  if (!purpose) return { allowed: false };
  if (agency === policy.owner && overlaps(roles, policy.ownStaffRoles)) return { allowed: true, basis: { kind: 'OWN_AGENCY' } };
  if (!overlaps(roles, policy.partnerRoles)) return { allowed: false };
  const consent = agency === policy.owner ? undefined : consentFor(consents, policy.owner, agency, purpose, today);
  if (consent) return { allowed: true, basis: { kind: 'CONSENT', consentId: consent.id } };
  const statute = policy.statutes.find((s) => s.recipient === agency && s.purposes.includes(purpose) && overlaps(s.serves, identity.selects ?? []));
  if (!statute) return { allowed: false };
  const beyond = items().filter((item) => !statute.items.includes(item));
  if (beyond.length) {
    return { allowed: false, reason: `the statute (${statute.citation}) releases only ${statute.items.join(', ')}, not ${beyond.join(', ')}` };
  }
  return { allowed: true, basis: { kind: 'STATUTE', citation: statute.citation } };
}

/**
 * The same refusal whether or not the owner holds a record for the person:
 * decided before anything is loaded, so a withheld record and a missing one
 * cannot be told apart.
 */
export function withheld(policy: DisclosurePolicy, identity: ForwardedIdentity, reason?: string): GraphQLError {
  const purpose = identity.purpose?.toLowerCase() ?? 'no stated purpose';
  const base = `${policy.owner} discloses this field to ${identity.agency} ${identity.roles.join('/')} for ${purpose} only with the person's consent or a legal basis`;
  return fail(reason ? `${base}: ${reason}` : base, 'WITHHELD', { owner: policy.owner });
}

type Resolver = (parent: any, args: any, context: any, info: any) => unknown;
type GuardContext = { identity: ForwardedIdentity; accesses: Access[] };

/**
 * The full decision for one person: the policy's own bases, then the
 * owner's relationship with them, then its jurisdiction. Throws WITHHELD or
 * OUTSIDE_JURISDICTION; returns the basis to log.
 */
export async function authorize(
  policy: DisclosurePolicy,
  person: { id: string; consents?: Consent[] },
  context: GuardContext,
  items: () => readonly string[] = () => [],
  today: () => string = isoToday,
): Promise<LegalBasis> {
  const { identity } = context;
  let decision = decide(policy, identity, person.id, person.consents ?? [], today(), items);
  if (!decision.allowed && policy.relationship && !identity.roles.includes('CITIZEN') && identity.purpose && overlaps(identity.roles, policy.partnerRoles)) {
    const basis = await policy.relationship(person, identity, context);
    if (basis) decision = { allowed: true, basis };
  }
  if (!decision.allowed) throw withheld(policy, identity, decision.reason);
  if (policy.jurisdiction && decision.basis.kind !== 'DATA_SUBJECT') {
    await assertWithinJurisdiction(policy.owner, policy.jurisdiction, person.id, context);
  }
  return decision.basis;
}

/** `authorize` as a question: the basis, or null where the policy refuses (other failures still throw). */
export async function mayRead(policy: DisclosurePolicy, person: { id: string; consents?: Consent[] }, context: GuardContext): Promise<LegalBasis | null> {
  try {
    return await authorize(policy, person, context);
  } catch (error) {
    if (policyRefusal(error)) return null;
    throw error;
  }
}

/** The code of a refusal `authorize` makes (WITHHELD, OUTSIDE_JURISDICTION), or undefined for any other failure. */
function policyRefusal(error: unknown): string | undefined {
  const code = (error as GraphQLError).extensions?.code;
  return POLICY_REFUSALS.has(code) ? (code as string) : undefined;
}

/**
 * Wraps one guarded Participant field: nothing is loaded unless the policy
 * allows it, and every read that goes ahead is noted for the access log, with
 * the exact items under a statute. A refused attempt is noted too, with the
 * items it asked for and the refusal's code.
 */
export function guard(policy: DisclosurePolicy, resolve: Resolver, today: () => string = isoToday): Resolver {
  // Frozen: every record of a field's reads shares its list.
  const selected = perField((info): readonly string[] => Object.freeze(prefixed(policy, selectedItems(info))));
  const leaves = perField((info): readonly string[] => Object.freeze(prefixed(policy, leafItems(info))));
  return async (parent: { id: string; consents?: Consent[] }, args, context: GuardContext, info: GraphQLResolveInfo) => {
    let basis: LegalBasis | undefined;
    try {
      basis = await authorize(policy, parent, context, () => leaves(info), today);
      const items = basis.kind === 'STATUTE' ? leaves(info) : selected(info);
      context.accesses.push({ participantId: parent.id, items, basis });
      return await resolve(parent, args, context, info);
    } catch (error) {
      const refused = basis ? undefined : policyRefusal(error);
      if (refused) context.accesses.push({ participantId: parent.id, items: selected(info), basis: null, refused });
      throw refusalAt(error, info);
    }
  };
}

const prefixed = (policy: DisclosurePolicy, items: string[]) => (policy.itemRoot ? items.map((item) => `${policy.itemRoot}.${item}`) : items);

/** Walks a field's selection, naming each field by its path from the guarded field. */
function walkSelection(info: GraphQLResolveInfo, visit: (path: string, hasChildren: boolean) => boolean): void {
  const walk = (set: SelectionSetNode | undefined, prefix: string) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const path = `${prefix}.${selection.name.value}`;
        if (visit(path, Boolean(selection.selectionSet))) walk(selection.selectionSet, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, prefix);
      else walk(info.fragments[selection.name.value]?.selectionSet, prefix);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, info.fieldName);
}

/** What a read takes: the fields selected under this one, as `employment.placements`. */
export function selectedItems(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  walkSelection(info, (path) => {
    names.add(path);
    return false;
  });
  return names.size ? [...names].sort() : [info.fieldName];
}

/** Every leaf the read selects, as `welfare.household.size`: what a statute is held to. */
export function leafItems(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  walkSelection(info, (path, hasChildren) => {
    if (!hasChildren) names.add(path);
    return true;
  });
  return names.size ? [...names].sort() : [info.fieldName];
}

/** KST is UTC+9 all year: Korea has kept no daylight saving time since 1988. */
const KST_OFFSET_MS = 9 * 3600_000;

const DAY_MS = 24 * 3600_000;

/** The Korean day last asked about, and the instants (epoch ms) it runs from and until. */
let day: { iso: string; from: number; until: number } | undefined;

/**
 * Today's date in Korea (KST), which is when consents start and end. By
 * arithmetic, not `toLocaleDateString`, which builds a time-zone formatter on
 * every call: it was a fifth of the subgraphs' CPU under the caseload, called
 * once per person and agency. Worked out again only when the clock has left
 * the day it was worked out for (toISOString alone was still 1.9% of the
 * subgraphs' time).
 */
export function isoToday(): string {
  const now = Date.now();
  if (!day || now < day.from || now >= day.until) {
    const from = now - ((now + KST_OFFSET_MS) % DAY_MS);
    day = { iso: new Date(now + KST_OFFSET_MS).toISOString().slice(0, 10), from, until: from + DAY_MS };
  }
  return day.iso;
}

/** A Participant as an agency sees it: the key, plus the consents when the gateway brought them. */
export interface ParticipantReference {
  id: string;
  consents?: Consent[];
}
