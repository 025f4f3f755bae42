import { readFileSync } from 'node:fs';
import { RECORD_HOLDERS, SUBGRAPHS } from '../../registry.js';

/**
 * Schema types every subgraph that needs them shares, kept once in this
 * folder. A subgraph names the files it uses on one line under its `@link`:
 *
 *   # include: scalars, agency, participant-records
 *
 * and everything that reads a subgraph's schema (its server, composition,
 * schema:check, codegen) reads it with these appended. `agency.graphql` is
 * generated from the registry (`npm run generate`).
 */
const INCLUDE_LINE = /^# include: (.+)$/m;
const fileOf = (part: string) => new URL(`./${part}.graphql`, import.meta.url);

/** The shared files a subgraph's SDL includes, as paths from the repository root (what codegen.yml lists). */
export function includedFiles(sdl: string): string[] {
  const parts =
    INCLUDE_LINE.exec(sdl)?.[1]
      ?.split(',')
      .map((p) => p.trim()) ?? [];
  return parts.map((part) => `subgraphs/shared/schema/${part}.graphql`);
}

/** A subgraph's SDL with the shared files it includes appended. */
export function withIncludes(sdl: string): string {
  const parts =
    INCLUDE_LINE.exec(sdl)?.[1]
      ?.split(',')
      .map((p) => p.trim()) ?? [];
  return [sdl, ...parts.map((part) => readFileSync(fileOf(part), 'utf8'))].join('\n');
}

/** An edited SDL (printed from an AST, which drops comments) with the include line of the one it was made from. */
export function keepIncludes(original: string, edited: string): string {
  const line = INCLUDE_LINE.exec(original)?.[0];
  return line && !INCLUDE_LINE.test(edited) ? `${line}\n${edited}` : edited;
}

export const AGENCY_SCHEMA_FILE = fileOf('agency');

export const RECORD_MERGES_SCHEMA_FILE = fileOf('record-merges');

const LOG_SELECTION = '{ at owner readerId readerAgency readerCenter purpose basis items }';
const TIMELINE_SELECTION = '{ at agency kind title detail }';

/**
 * Work-Plus's merges of every record-holding agency's access log and
 * timeline, from the registry: the fields it requires and declares external.
 * Work-Plus includes it; a new agency with personal records is merged by its
 * registry line alone.
 */
export function recordMergesSchema(): string {
  const holders = RECORD_HOLDERS.map((s) => s.participantField);
  const requires = (suffix: string, selection: string) => holders.map((f) => `${f}${suffix} ${selection}`).join(' ');
  const external = (suffix: string, type: string) => holders.map((f) => `  ${f}${suffix}: [${type}!] @external`).join('\n');
  return `# Generated from subgraphs/registry.ts by \`npm run generate\`.
extend type Participant {
  """
  The data tracker: every read of this person's data by any agency in the
  center, newest first, merged from each agency's own tamper-evident access
  log (Work-Plus's included). Only the person (citizen token, purpose
  self-access) and auditors (purpose audit) may read it; for anyone else it
  is null with an error WITHHELD.
  """
  dataAccessLog: [DataAccess!] @requires(fields: "${requires('AccessLog', LOG_SELECTION)}")
${external('AccessLog', 'DataAccess')}
  """
  The person's path through the center (이력), oldest first: what every
  agency contributes from its own records (registrations, counselling,
  referrals, benefit decisions, placements, training, programs), each under
  that agency's own disclosure policy, merged with Work-Plus's own events.
  An agency that withholds its events is named in withheldBy, so the picture
  is known to be partial.
  """
  timeline: ParticipantTimeline @requires(fields: "${requires('Timeline', TIMELINE_SELECTION)}")
${external('Timeline', 'TimelineEvent')}
}
`;
}

/** The `Agency` enum, from the registry. */
export function agencySchema(): string {
  const values = SUBGRAPHS.map((s) => `  ${JSON.stringify(s.description)}\n  ${s.agency}`).join('\n');
  return `# Generated from subgraphs/registry.ts by \`npm run generate\`.\n"""\nAn agency that sits in the center.\n"""\nenum Agency {\n${values}\n}\n`;
}
