import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Agency } from '../../__generated__/resolvers-types.js';
import type { ParticipantRow, WorkplusDB } from './tables.js';

export interface ParticipantSearch {
  ids?: readonly string[] | null;
  name?: string | null;
  birthDate?: string | null;
  municipalityCode?: string | null;
}

/**
 * Whom a caller may find: the SQL form of Work-Plus's center relationship
 * (policy.ts), so a search never matches, counts or pages past a person
 * the caller could not read.
 */
export interface SearchScope {
  center: string;
  municipalities: readonly string[];
  /** The caller's agency; null for the center's Work-Plus desk, which is party to all of its casework. */
  agency: Agency | null;
}

type Db = Kysely<WorkplusDB>;

/** The filter's conditions on a participant row, under the alias `p`. */
function matchesSearch(search: ParticipantSearch): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  // One array parameter, not one a key: every arm repeats the condition, and a list of parameters was planned anew on
  // every run (a caseload of 50 IDs: 2.7 ms of planning a statement at 10,000 people).
  if (search.ids) conditions.push(sql<SqlBool>`p.id = any(${search.ids})`);
  if (search.name?.endsWith('*')) conditions.push(sql<SqlBool>`p.name like ${`${escapeLike(search.name.slice(0, -1))}%`}`);
  else if (search.name) conditions.push(sql<SqlBool>`p.name = ${search.name}`);
  if (search.birthDate) conditions.push(sql<SqlBool>`p.birth_date = ${search.birthDate}`);
  if (search.municipalityCode) conditions.push(sql<SqlBool>`p.municipality_code = ${search.municipalityCode}`);
  return conditions;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The ways a person comes into the caller's scope: registered at the center,
 * living in a municipality it serves (one way each), or in its referrals or
 * intakes that involve the caller's agency. Each is conditions on the
 * participant row (`p`) or on another table (`t`) that names the person.
 */
type Way = { on: 'participants'; conditions: RawBuilder<SqlBool>[] } | { on: 'referrals' | 'intakes'; conditions: RawBuilder<SqlBool>[] };

function waysIn({ center, municipalities, agency }: SearchScope): Way[] {
  const atCenter = sql<SqlBool>`t.center_id = ${center}`;
  return [
    { on: 'participants', conditions: [sql<SqlBool>`p.center_id = ${center}`] },
    ...municipalities.map((code): Way => ({ on: 'participants', conditions: [sql<SqlBool>`p.municipality_code = ${code}`] })),
    ...(agency
      ? (['from_agency', 'to_agency'] as const).map((side): Way => ({
          on: 'referrals',
          conditions: [atCenter, sql<SqlBool>`${sql.ref(`t.${side}`)} = ${agency}`],
        }))
      : [{ on: 'referrals', conditions: [atCenter] } as Way]),
    { on: 'intakes', conditions: agency ? [atCenter, sql<SqlBool>`t.counsellor_agency = ${agency}`] : [atCenter] },
  ];
}

const and = (conditions: RawBuilder<SqlBool>[]) => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);

/**
 * One way in as an arm: the IDs it brings, in ID order after `afterId`, the
 * first `limit` of them. Each arm walks an index in that order and stops, so
 * the first `limit` of their union cost the same at 10,000 people as at
 * 1,000,000; one `where` over every way would test every row of the table.
 */
function arm(way: Way, filters: RawBuilder<SqlBool>[], afterId: string | null, limit: number) {
  const id = way.on === 'participants' ? sql`p.id` : sql`t.participant_id`;
  const from =
    way.on === 'participants'
      ? sql`participants p`
      : filters.length
        ? sql`${sql.table(way.on)} t join participants p on p.id = t.participant_id`
        : sql`${sql.table(way.on)} t`;
  const after = afterId === null ? [] : [sql<SqlBool>`${id} > ${afterId}`];
  return sql`select ${id} as id from ${from} where ${and([...way.conditions, ...filters, ...after])} order by ${id} limit ${limit}`;
}

/**
 * The IDs in scope that match, each once, in ID order: the first `limit` of them. `distinct on`, which PostgreSQL
 * can only do over sorted input, makes the plan merge the arms in their index order and stop at the limit; a plain
 * `distinct` was planned as a hash of every arm's rows, sorted afterwards: at 10,000 people a count to 1,000 took
 * 5.1 ms of the server's time that way, and 1.5 ms merged.
 */
function matchingIds(search: ParticipantSearch, scope: SearchScope, afterId: string | null, limit: number): RawBuilder<string> {
  const filters = matchesSearch(search);
  const arms = waysIn(scope).map((way, i) => sql`select id from (${arm(way, filters, afterId, limit)}) ${sql.raw(`arm${i}`)}`);
  return sql<string>`(select distinct on (arms.id) arms.id from (${sql.join(arms, sql` union all `)}) arms order by arms.id limit ${limit})`;
}

/** Every way in as one condition on the participant row: for counting every match, where one pass beats merging arms. */
function inScope(scope: SearchScope): RawBuilder<SqlBool> {
  const ways = waysIn(scope).map((way) =>
    way.on === 'participants' ? and(way.conditions) : sql<SqlBool>`p.id in (select t.participant_id from ${sql.table(way.on)} t where ${and(way.conditions)})`,
  );
  return sql<SqlBool>`(${sql.join(ways, sql` or `)})`;
}

/** One page of matches in ID order, fetching one extra row to tell whether more follow. */
export function searchParticipants(db: Db, search: ParticipantSearch, scope: SearchScope, limit: number, afterId: string | null): Promise<ParticipantRow[]> {
  return db
    .selectFrom('participants')
    .selectAll()
    .where('id', 'in', matchingIds(search, scope, afterId, limit))
    .orderBy('id')
    .execute();
}

/** How many match, counting no further than `upTo` (null: every one, which costs a pass over the table). */
export async function countParticipants(db: Db, search: ParticipantSearch, scope: SearchScope, upTo: number | null): Promise<number> {
  const counted =
    upTo === null
      ? sql<{ n: string | number }>`select count(*) as n from participants p where ${and([inScope(scope), ...matchesSearch(search)])}`
      : sql<{ n: string | number }>`select count(*) as n from ${matchingIds(search, scope, null, upTo)} found`;
  const { rows } = await counted.execute(db);
  return Number(rows[0]!.n);
}
