import { expect } from '@jest/globals';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/registry.js';
import { coverage, tenCovering } from '../../scripts/bench/coverage.js';
import { PARTICIPANTS_PAGE } from './queries.js';
import type { GraphQLResponse, System } from './system.js';

type Counts = Record<SubgraphName, number>;

const REFUSALS = ['WITHHELD', 'OUTSIDE_JURISDICTION'];

/** SQL statements each subgraph ran while `work` ran, read from /metrics. */
export async function statementsDuring(system: System, work: () => Promise<unknown>): Promise<Counts> {
  const before = await Promise.all(SUBGRAPH_NAMES.map((name) => system.statements(name)));
  await work();
  const after = await Promise.all(SUBGRAPH_NAMES.map((name) => system.statements(name)));
  return Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, after[i]! - before[i]!])) as Counts;
}

/**
 * Counts the SQL statements per subgraph for 10 and for 100 participants with
 * every agency's fields. Nested loaders run only when parents exist, so both
 * sets must touch the same entity types: ten people chosen to cover all that
 * the whole population covers, and those ten plus ninety more.
 */
export async function statementsForTenAndHundred(system: System, token?: string): Promise<{ ten: Counts; hundred: Counts }> {
  const everyone: { id: string; covers: Set<string> }[] = [];
  let after: string | null = null;
  do {
    const { data }: GraphQLResponse = await system.query(PARTICIPANTS_PAGE, { first: 100, after }, { token });
    for (const { node } of data.participants.edges) everyone.push({ id: node.id, covers: coverage(node) });
    after = data.participants.pageInfo.hasNextPage ? data.participants.pageInfo.endCursor : null;
  } while (after);

  const ten = tenCovering(everyone);
  const hundred = [...ten, ...everyone.filter((p) => !ten.includes(p)).slice(0, 90)];
  expect(hundred).toHaveLength(100);

  const run = (people: typeof everyone) => async () => {
    const { data, errors } = await system.query(PARTICIPANTS_PAGE, { first: 100, filter: { ids: people.map((p) => p.id) } }, { token });
    // A partner agency's records without consent are withheld, and withheld records load nothing; 행복e음 refuses
    // residents of municipalities the caller's center does not serve, after one batched look-up of their households.
    expect((errors ?? []).filter((e) => !REFUSALS.includes(e.extensions?.code as string))).toEqual([]);
    expect(data.participants.edges).toHaveLength(people.length);
  };
  const counts = { ten: await statementsDuring(system, run(ten)), hundred: await statementsDuring(system, run(hundred)) };
  console.log(
    `SQL statements per subgraph, 10 vs 100 participants:\n${SUBGRAPH_NAMES.map((n) => `  ${n}: ${counts.ten[n]} vs ${counts.hundred[n]}`).join('\n')}`,
  );
  return counts;
}

/**
 * No N+1: a hundred people cost no more SQL per subgraph than ten. A
 * hundred may cost one statement less, when two of a request's loader
 * batches land in one tick under load (seen once in CI on socialsecurity,
 * 14 vs 13); more would mean a statement per person.
 */
export function expectConstantStatements({ ten, hundred }: { ten: Counts; hundred: Counts }): void {
  const drift = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, hundred[n] - ten[n]]));
  const allowed = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, drift[n]! === 0 || drift[n]! === -1 ? drift[n] : 'within one below']));
  expect(drift).toEqual(allowed);
}
