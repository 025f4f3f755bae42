import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { addDays, daysBetween } from '../subgraphs/shared/demo/random.js';
import { isoToday } from '../subgraphs/shared/policy/disclosure.js';

/**
 * The operations front ends ship, from `clients/operations/*.graphql`: what
 * the typed documents, the persisted-documents manifest, the playground's
 * examples and the tests that run them are all made of. Each operation is
 * preceded by comment lines:
 *
 *   # What it does (the title).
 *   # as: women counsellor · x-purpose-of-use: referral
 *   # variables: {"id": "ref-…"}
 *
 * `as:` names the caller (agency and role; an employment counsellor when
 * absent) and the purpose of use (none when absent). Variables may hold
 * placeholders (PLACEHOLDERS) that are filled in when the operation runs.
 */
export interface ClientOperation {
  name: string;
  file: string;
  title: string;
  as: Caller;
  /** The text as written in the file, without its comment lines. */
  source: string;
  variables: Record<string, unknown>;
  /** The persisted-documents manifest's ID of this operation (`sha256:<hex>`). */
  documentId: string;
}

export interface Caller {
  agency: string;
  role: string;
  purpose?: string;
}

const OPERATIONS_DIR = new URL('./operations/', import.meta.url);

/** The order a person would try them in: earlier answers fill later placeholders. Files not named here follow, by name. */
const ORDER = ['unified-participant-view', 'intake', 'referrals', 'placements', 'eligibility', 'rooms', 'timeline', 'job-board', 'data-tracker'];

/** Placeholders in an operation's variables, and how each is filled: from the demo world, anew, or from an earlier answer. */
export const PLACEHOLDERS = {
  showcase: '<showcase>',
  uuid: '<uuid>',
  /**
   * The day the examples were written: when one runs, its dates move forward
   * by the days since (shiftExampleDates), so a room it books is still ahead
   * and a consent it records has not ended.
   */
  datesAsOf: '2026-12-01',
  /** Filled from the first ID of this shape that an earlier answer held. */
  learned: {
    'ptc_…': 'ptc_[a-z0-9]+',
    'ref-…': 'ref-[0-9a-f-]+',
    'bkg-…': 'bkg-[0-9a-f-]+',
    'job-women-…': 'job-women-[0-9a-f-]+',
  },
} as const;

/** Every operation in clients/operations, in ORDER. */
export function clientOperations(): ClientOperation[] {
  const files = readdirSync(OPERATIONS_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.slice(0, -'.graphql'.length))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return files.flatMap((file) => operationsIn(file, readFileSync(new URL(`${file}.graphql`, OPERATIONS_DIR), 'utf8')));
}

function rank(file: string): number {
  const at = ORDER.indexOf(file);
  return at === -1 ? ORDER.length : at;
}

function operationsIn(file: string, text: string): ClientOperation[] {
  const operations = parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  let from = 0;
  return operations.map((operation) => {
    const name = operation.name?.value;
    if (!name) throw new Error(`clients/operations/${file}.graphql: every operation needs a name`);
    const comments = commentsBefore(text.slice(from, operation.loc!.start));
    from = operation.loc!.end;
    const variables = comments.find((c) => c.startsWith('variables:'));
    return {
      name,
      file,
      title: comments.filter((c) => !/^(as|variables):/.test(c)).join(' '),
      as: callerNamed(comments.find((c) => c.startsWith('as:')) ?? ''),
      source: text.slice(operation.loc!.start, operation.loc!.end),
      variables: variables ? (JSON.parse(variables.slice('variables:'.length)) as Record<string, unknown>) : {},
      documentId: documentIdOf(name),
    };
  });
}

/** The comment lines directly above an operation, without their `#`. */
function commentsBefore(text: string): string[] {
  const lines = text.trimEnd().split('\n');
  const block: string[] = [];
  for (let i = lines.length - 1; i >= 0 && lines[i]!.trim().startsWith('#'); i--) block.unshift(lines[i]!.trim().replace(/^#\s?/, ''));
  return block;
}

/** `as: women counsellor · x-purpose-of-use: referral`, as the README and the operation files write it. */
export function callerNamed(line: string): Caller {
  const who = /as:\s*(\w+)\s+(\w+)/.exec(line);
  const purpose = /x-purpose-of-use:\s*([\w-]+)/.exec(line)?.[1];
  return { agency: who?.[1] ?? 'employment', role: who?.[2] ?? 'counsellor', ...(purpose ? { purpose } : {}) };
}

/** The committed persisted-documents manifest: `sha256:<hex>` → document. */
export const MANIFEST_FILE = new URL('./__generated__/persisted-documents.json', import.meta.url);

const byName = new Map(
  Object.entries(JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Record<string, string>).map(([id, document]) => {
    const operation = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return [operation?.name?.value, id] as const;
  }),
);

function documentIdOf(name: string): string {
  const id = byName.get(name);
  if (!id) throw new Error(`operation ${name} is not in clients/__generated__/persisted-documents.json: run npm run codegen`);
  return id;
}

/**
 * A copy of an example's variables with its placeholders filled: the showcase person, a new UUID each, IDs learned
 * from earlier answers, and its dates moved with the calendar (shiftExampleDates).
 */
export function fillPlaceholders(variables: Record<string, unknown>, known: { showcase: string; learned: Map<string, string> }): Record<string, unknown> {
  return fill(JSON.parse(shiftExampleDates(JSON.stringify(variables))), known) as Record<string, unknown>;
}

function fill(value: unknown, known: { showcase: string; learned: Map<string, string> }): unknown {
  if (Array.isArray(value)) return value.map((item) => fill(item, known));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, known)]));
  }
  if (value === PLACEHOLDERS.showcase) return known.showcase;
  if (value === PLACEHOLDERS.uuid) return crypto.randomUUID();
  if (typeof value === 'string' && value in PLACEHOLDERS.learned) {
    const learned = known.learned.get(value);
    if (learned === undefined) throw new Error(`no earlier answer held an ID for ${value}`);
    return learned;
  }
  return value;
}

const DATE = /(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g;

/**
 * An example (its text, or its variables as JSON) as of `today` in Korea:
 * every date in it (also a date-time's) moves forward by the days from
 * PLACEHOLDERS.datesAsOf to `today`. The dates keep their distances from each
 * other and from the day, so a booking stays ahead, a placement within its
 * year and a what-if's applicant the same age. The playground's browser code
 * does the same (playground.js).
 */
export function shiftExampleDates(text: string, today = isoToday()): string {
  const days = daysBetween(PLACEHOLDERS.datesAsOf, today);
  return days <= 0 ? text : text.replace(DATE, (date) => addDays(date, days));
}

/** Remembers, for each learned placeholder not yet known, the first ID of its shape in an answer. */
export function learnIds(data: unknown, learned: Map<string, string>): void {
  const text = JSON.stringify(data);
  for (const [placeholder, pattern] of Object.entries(PLACEHOLDERS.learned)) {
    const match = new RegExp(`"(${pattern})"`).exec(text);
    if (match && !learned.has(placeholder)) learned.set(placeholder, match[1]!);
  }
}

export const README_FILE = new URL('../README.md', import.meta.url);

/** Each operation of each ```graphql block of the README, printed, with the caller its nearest `# as:` / `x-purpose-of-use` lines name. */
export function readmeOperations(readme = readFileSync(README_FILE, 'utf8')): { source: string; as: Caller }[] {
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) =>
    parse(block)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => {
        const before = block.slice(0, operation.loc!.start).split('\n');
        const as = callerNamed(before.filter((l) => l.startsWith('# as:')).at(-1) ?? '');
        const purpose = callerNamed(before.filter((l) => l.startsWith('#') && l.includes('x-purpose-of-use')).at(-1) ?? '').purpose;
        return { source: print(operation), as: { agency: as.agency, role: as.role, purpose: purpose ?? 'counselling' } };
      }),
  );
}
