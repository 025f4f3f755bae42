import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clientOperations } from '../../clients/collection.js';
import { DEMO_COUNSELLOR, issueDevToken } from '../../gateway/src/auth/dev-issuer.js';
import { generatePopulation, showcaseParticipant } from '../../subgraphs/shared/demo/population.js';
import { addDays } from '../../subgraphs/shared/demo/random.js';
import { isoToday } from '../../subgraphs/shared/policy/disclosure.js';
import type { Caller } from '../../trust/identity.js';

/** One GraphQL request as a client sends it. */
export interface BenchRequest {
  query: string;
  variables: Record<string, unknown>;
  token: string;
  purpose?: string;
}

/** What one client sends next, given what its last request answered. */
export type NextRequest = (previous?: { data?: any }) => BenchRequest;

/** The workloads `workloads()` makes, in its order: what `--workloads` may name. */
export const WORKLOAD_NAMES = ['caseload', 'unified', 'cheap', 'writes'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

/** A sequence of requests each client sends in turn. */
export interface Workload {
  name: string;
  what: string;
  /** Whether the floor can replay it: a read answers the same each time; a write must not be replayed. */
  replayable: boolean;
  /** A new client's sequence. */
  client(): NextRequest;
}

const operation = (name: string) => clientOperations().find((o) => o.name === name)!.source;

/** The unified view's selection for every person of a page: the caseload a counsellor opens many times a day. */
export function caseloadQuery(): string {
  const unified = operation('UnifiedParticipantView');
  const head = /query UnifiedParticipantView\(\$id: ID!\) \{\s*participant\(id: \$id\) \{/;
  if (!head.test(unified)) throw new Error('the unified view operation changed shape; update the caseload workload');
  const page = `query Caseload($first: Int!, $filter: ParticipantFilter) {\n  participants(first: $first, filter: $filter) {\n ${CASELOAD_COUNT} edges { node {`;
  return `${unified.replace(head, page).trimEnd()} } }`;
}

/** How the caseload counts its people: `count`, which stops at 1,000. */
const CASELOAD_COUNT = 'count { count precision }';

/**
 * The caseload as a checkout's own clients would ask for it: one from before `count` (an earlier commit run as a
 * `--baseline`) counts with the `totalCount` it had, which counts every match.
 */
export function caseloadFor(root: string): (query: string) => string {
  const schema = readFileSync(path.join(root, 'subgraphs/workplus/schema.graphql'), 'utf8');
  return schema.includes('count(limit:') ? (query) => query : (query) => query.replace(CASELOAD_COUNT, 'totalCount');
}

const SYLLABLES = '가나다라마바사아자차카타파하민서준우진현수';
let written = 0;

/** A new person each time, so every intake registers someone (no possible duplicate) and sends one referral. */
function intakeInput() {
  written++;
  const name = `벤${[...`${written}${process.pid}`].map((d) => SYLLABLES[Number(d) * 2]!).join('')}`;
  const day = String((written % 28) + 1).padStart(2, '0');
  return {
    person: { name, birthDate: `1990-03-${day}`, gender: 'FEMALE', phone: `010-${String(written % 10000).padStart(4, '0')}-5678`, municipalityCode: '11440' },
    needs: ['EMPLOYMENT', 'CAREER_BREAK'],
    consents: [{ discloser: 'EMPLOYMENT', recipient: 'WOMEN', purposes: ['REFERRAL', 'COUNSELLING'], validUntil: addDays(isoToday(), 365) }],
    referrals: [{ service: 'CAREER_BREAK_COUNSELLING', toAgency: 'WOMEN', note: 'bench' }],
    idempotencyKey: randomUUID(),
  };
}

/** The four workloads, with tokens from the issuer key in `keysDir` (the production keys the system runs with). */
export async function workloads(keysDir: string): Promise<(Workload & { name: WorkloadName })[]> {
  const token = (caller: Partial<Caller>) => issueDevToken(keysDir, { ...DEMO_COUNSELLOR, ...caller });
  const employment = await token({});
  const women = await token({ agency: 'WOMEN', subject: 'stf-seoul-west-women-1' });
  const showcase = showcaseParticipant(generatePopulation(3)).id;
  const caseload = caseloadQuery();
  const unified = operation('UnifiedParticipantView');
  const whatIf = operation('NespEligibilityCheck');
  const eligibilityInput = clientOperations().find((o) => o.name === 'NespEligibilityCheck')!.variables;
  const register = operation('RegisterIntake');
  const accept = operation('AcceptReferral');
  const start = operation('StartReferral');
  return [
    {
      name: 'caseload',
      what: 'participants(first: 50), identity and every agency’s record with nested lists, employment counsellor',
      replayable: true,
      client: () => () => ({ query: caseload, variables: { first: 50 }, token: employment, purpose: 'counselling' }),
    },
    {
      name: 'unified',
      what: 'the unified view of one person (README example)',
      replayable: true,
      client: () => () => ({ query: unified, variables: { id: showcase }, token: employment, purpose: 'counselling' }),
    },
    {
      name: 'cheap',
      what: 'what-if NESP eligibility: one subgraph, no personal data',
      replayable: true,
      client: () => () => ({ query: whatIf, variables: eligibilityInput, token: employment }),
    },
    {
      name: 'writes',
      what: 'intake with a consent and a referral, then the receiving desk accepts and starts it',
      replayable: false,
      client: () => {
        // register → accept → start, on the referral the intake sent; a failed step starts over with a new intake.
        let referral: string | undefined;
        let step = 0;
        return (previous) => {
          const answered = previous?.data?.registerIntake?.intake?.referrals?.[0]?.id ?? previous?.data?.acceptReferral?.id;
          step = answered ? step + 1 : 0;
          if (answered) referral = answered;
          if (step === 1) return { query: accept, variables: { id: referral }, token: women, purpose: 'referral' };
          if (step === 2) return { query: start, variables: { id: referral }, token: women, purpose: 'referral' };
          step = 0;
          return { query: register, variables: { input: intakeInput() }, token: employment, purpose: 'counselling' };
        };
      },
    },
  ];
}

/**
 * The caseload of these people (`filter.ids`, as a counsellor's own caseload is asked for): the same 50 people, with
 * the same records, in a world of any size. The first page of a bigger world holds other people, with other records,
 * so its p99 says how the system scales and how much those people hold, together; this one says the first alone.
 */
export function caseloadOfTheSamePeople(caseload: Workload, ids: string[]): Workload {
  return {
    ...caseload,
    name: 'caseload, same people',
    what: `${caseload.what}, the same ${ids.length} people at every size`,
    client: () => {
      const next = caseload.client();
      return (previous) => {
        const request = next(previous);
        return { ...request, variables: { ...request.variables, filter: { ids } } };
      };
    },
  };
}
