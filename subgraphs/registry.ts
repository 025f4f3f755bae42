/**
 * Every subgraph the center runs, and what the rest of the code needs to
 * know of its agency. Composition, the gateway, `npm start`, seeding, the
 * token script, the demo's office names, Work-Plus's merged timeline and
 * data tracker, and the generic tests all read this list.
 */
export interface SubgraphEntry {
  /** The folder under subgraphs/, and the name every command takes. */
  readonly name: string;
  /** The agency's code in tokens, the `Agency` enum and access logs. */
  readonly agency: string;
  /** What the `Agency` enum says of it. */
  readonly description: string;
  readonly port: number;
  /** How the demo names the agency's office in a center: 서울서부 + this. */
  readonly office: string;
  /** Its one field on Participant, for an agency that holds personal records (`<field>Timeline` and `<field>AccessLog` feed Work-Plus). */
  readonly participantField?: string;
  /** The demo centers (`ctr-…` in demo/regions.ts) where the agency has an office; every center when absent. */
  readonly demoCenters?: readonly string[];
  /** For a posting owner: the noun in `register<Noun>JobPosting` / `close<Noun>JobPosting`. */
  readonly postings?: string;
}

export const SUBGRAPHS = [
  { name: 'workplus', agency: 'WORKPLUS', description: "The center's own desk (고용복지플러스센터, Work-Plus)", port: 4001, office: '고용복지플러스센터' },
  {
    name: 'employment',
    agency: 'EMPLOYMENT',
    description: 'Public employment center (고용센터)',
    port: 4002,
    office: '고용센터',
    participantField: 'employment',
    postings: 'Employment',
  },
  {
    name: 'women',
    agency: 'WOMEN',
    description: "Women's reemployment center (여성새로일하기센터, 새일센터)",
    port: 4003,
    office: '여성새로일하기센터',
    demoCenters: ['ctr-seoul-west', 'ctr-incheon', 'ctr-busan-buk', 'ctr-changwon', 'ctr-wonju', 'ctr-jeonju'],
    participantField: 'womenReemployment',
    postings: 'Women',
  },
  {
    name: 'veterans',
    agency: 'VETERANS',
    description: 'Veterans support center (제대군인지원센터)',
    port: 4004,
    office: '제대군인지원센터',
    demoCenters: ['ctr-seoul-west', 'ctr-incheon', 'ctr-changwon', 'ctr-jeonju'],
    participantField: 'veterans',
    postings: 'Veteran',
  },
  {
    name: 'selfsufficiency',
    agency: 'SELF_SUFFICIENCY',
    description: 'Local self-sufficiency center (지역자활센터)',
    port: 4005,
    office: '지역자활센터',
    demoCenters: ['ctr-seoul-west', 'ctr-incheon', 'ctr-busan-buk', 'ctr-chuncheon', 'ctr-jeonju'],
    participantField: 'selfSufficiency',
  },
  {
    name: 'socialsecurity',
    agency: 'SOCIAL_SECURITY',
    description: 'Municipal welfare desk on the social security information system (행복e음)',
    port: 4006,
    office: '복지지원과 (행복e음)',
    participantField: 'welfare',
  },
  {
    name: 'jobcenter',
    agency: 'JOBCENTER',
    description: 'Municipal job center (지자체 일자리센터)',
    port: 4007,
    office: '일자리센터',
    demoCenters: ['ctr-seoul-west', 'ctr-incheon', 'ctr-changwon', 'ctr-jeonju'],
    postings: 'JobCenter',
  },
] as const satisfies readonly SubgraphEntry[];

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
export type RegisteredAgency = (typeof SUBGRAPHS)[number]['agency'];

type RecordHolderEntry = Extract<(typeof SUBGRAPHS)[number], { participantField: string }>;
/** A record-holding agency's field on Participant, e.g. `womenReemployment`. */
export type RecordField = RecordHolderEntry['participantField'];
export type RecordHolderAgency = RecordHolderEntry['agency'];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);

/** The subgraphs whose agency keeps personal records in the graph, each with its Participant field. */
export const RECORD_HOLDERS = SUBGRAPHS.filter((s): s is RecordHolderEntry => 'participantField' in s);

/** The agencies that own job postings, each with the noun of its mutations. */
export const POSTING_OWNERS = SUBGRAPHS.flatMap((s: SubgraphEntry) => (s.postings ? [{ ...s, postings: s.postings }] : []));

/** Prefix of a subgraph's own environment variables, e.g. `EMPLOYMENT_DATABASE_URL`. */
export function envPrefix(name: string): string {
  return name.toUpperCase();
}

/** A subgraph by any of its agency's names: `selfsufficiency`, `self-sufficiency`, `SELF_SUFFICIENCY`, or its Participant field `selfSufficiency`. */
export function subgraphNamed(text: string): (typeof SUBGRAPHS)[number] | undefined {
  const plain = (t: string) => t.toLowerCase().replace(/[-_\s]/g, '');
  return SUBGRAPHS.find((s: SubgraphEntry) => [s.name, s.agency, s.participantField].some((n) => n !== undefined && plain(n) === plain(text)));
}
