/** Who may call the graph, and why: the vocabulary the gateway and every subgraph share. */

import { SUBGRAPHS, subgraphNamed, type RegisteredAgency } from '../subgraphs/registry.js';

/** Every agency of the center, in the registry's order. */
export type AgencyCode = RegisteredAgency;
export const AGENCIES = SUBGRAPHS.map((s) => s.agency) as [AgencyCode, ...AgencyCode[]];

/** An agency by its code in any spelling, its subgraph's name or its Participant field: `selfsufficiency`, `self-sufficiency`, `SELF_SUFFICIENCY`. */
export function agencyNamed(name: string): AgencyCode | undefined {
  return subgraphNamed(name)?.agency;
}

/** Staff roles, plus CITIZEN: a person reading their own data. */
export const ROLES = ['COUNSELLOR', 'SUPERVISOR', 'ADMINISTRATOR', 'AUDITOR', 'CITIZEN'] as const;
export type Role = (typeof ROLES)[number];

/** Purposes of use (이용 목적) a request may declare; PIPA Art. 15/18 tie every disclosure to one. */
export const PURPOSES = ['COUNSELLING', 'ELIGIBILITY', 'REFERRAL', 'PLACEMENT', 'AUDIT', 'SELF_ACCESS'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The authenticated caller, as the gateway verified them from their access token. */
export interface Caller {
  /** Staff ID, or the participant ID for a citizen. */
  subject: string;
  agency: AgencyCode;
  center: string;
  roles: Role[];
  /** 시군구 codes of the municipalities the caller's center serves. */
  municipalities: string[];
  /** For a CITIZEN token: the one participant it is bound to. */
  participant?: string;
}

/** What a subgraph learns about a request: who asks, and for what purpose (absent when no personal data is asked for). */
export interface ForwardedIdentity extends Caller {
  purpose?: Purpose;
  /**
   * The Participant fields the client's operation selects (e.g. `nespEligibility`),
   * so an owner can tell which operation a statute's purpose serves.
   */
  selects?: string[];
}

/** Staff who do casework with people: counsellors and their supervisors (not administrators or auditors). */
export const CASEWORK_ROLES: readonly Role[] = ['COUNSELLOR', 'SUPERVISOR'];

/** Whether the caller is staff who do casework; a citizen never is. */
export function doesCasework(caller: Caller): boolean {
  return caller.roles.some((role) => CASEWORK_ROLES.includes(role));
}
