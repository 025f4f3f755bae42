import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { parse, print, visit, type ObjectTypeDefinitionNode } from 'graphql';
import pg from 'pg';
import { readGatewayConfig } from '../gateway/src/config.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { keepIncludes } from '../subgraphs/shared/schema/index.js';
import { composeWith, schemaFileOf } from '../supergraph/compose.js';
import { announcer } from '../supergraph/registry/announce.js';
import { publishSubgraph } from '../supergraph/registry/publish.js';
import { SchemaRegistry } from '../supergraph/registry/store.js';
import { knownDocuments } from '../supergraph/schema-check.js';
import { System, TEST_POSTGRES_URL, TEST_REDIS_URL } from './support/system.js';

/**
 * The gateway follows the self-hosted registry with no restart: the registry
 * starts at a composition in which veterans' `serviceMonths` did not exist
 * yet (the running subgraph already serves it, as a team deploys before it
 * publishes); under load, veterans publishes its schema with the field, and
 * every request succeeds while clients move to the new field.
 */
const SEED = 20;
const showcase = showcaseParticipant(generatePopulation(SEED));
const registryUrl = (() => {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/wptest_${randomBytes(4).toString('hex')}_registry`;
  return url.toString();
})();
const veteransSdl = readFileSync(schemaFileOf('veterans'), 'utf8');
const withoutServiceMonths = keepIncludes(
  veteransSdl,
  print(
    visit(parse(veteransSdl), {
      ObjectTypeDefinition: (node: ObjectTypeDefinitionNode) =>
        node.name.value === 'VeteranServiceSummary' ? { ...node, fields: node.fields!.filter((f) => f.name.value !== 'serviceMonths') } : undefined,
    }),
  ),
);

let system: System;
let registry: SchemaRegistry;
let before: number;

beforeAll(async () => {
  registry = await SchemaRegistry.open({ kind: 'postgres', url: registryUrl });
  // The registry as it was before the field: set up directly, as an earlier publish would have left it.
  const earlier = composeWith({ veterans: withoutServiceMonths });
  if (earlier.errors) throw new Error(earlier.errors.join('\n'));
  const recorded = await registry.record('veterans', withoutServiceMonths, earlier, undefined);
  if (recorded === 'CONFLICT') throw new Error('the new registry was not empty');
  before = recorded.id;
  system = await System.start({
    storage: 'pglite',
    seedSize: SEED,
    gatewayEnv: { REGISTRY_DATABASE_URL: registryUrl, REDIS_URL: TEST_REDIS_URL, REGISTRY_POLL_INTERVAL: '60s' },
  });
});

afterAll(async () => {
  await system?.stop();
  await registry?.close();
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  await client.query(`drop database if exists "${new URL(registryUrl).pathname.slice(1)}" with (force)`);
  await client.end();
});

const OLD = 'query ($id: ID!) { participant(id: $id) { veterans { service { branch } } } }';
const NEW = 'query ($id: ID!) { participant(id: $id) { veterans { service { branch serviceMonths } } } }';
const FIELDS = '{ __type(name: "VeteranServiceSummary") { fields { name } } }';
const hasField = async (url: string, token: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: FIELDS }),
  });
  const answer = (await response.json()) as { data?: { __type: { fields: { name: string }[] } } };
  return answer.data?.__type.fields.some((f) => f.name === 'serviceMonths') ?? false;
};

test('a publish under load is served with no restart and no failed request; a gateway that missed the announcement finds it by polling; rollback returns', async () => {
  const token = await system.token();
  expect(await hasField(system.gatewayUrl, token)).toBe(false);
  const polling = await system.anotherGateway({ REDIS_URL: '', REGISTRY_POLL_INTERVAL: '1s' });
  try {
    const CLIENTS = 20;
    const DURATION_MS = 10_000;
    const outcome = { ok: 0, failed: [] as string[], usedNewField: 0 };
    let served = false;
    let servedAt = Infinity;
    const startedAt = Date.now();
    // At least 10 s, and at least 2 s past the switch however long the publish took on a busy machine; at most a minute.
    const running = () => Date.now() - startedAt < 60_000 && (Date.now() - startedAt < DURATION_MS || Date.now() - servedAt < 2000);
    const client = async () => {
      while (running()) {
        const query = served ? NEW : OLD;
        const response = await fetch(system.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': 'counselling' },
          body: JSON.stringify({ query, variables: { id: showcase.id } }),
        });
        const answer = (await response.json()) as { data?: { participant: { veterans: unknown } }; errors?: unknown[] };
        if (response.status === 200 && !answer.errors && answer.data?.participant) {
          outcome.ok++;
          if (query === NEW) outcome.usedNewField++;
        } else outcome.failed.push(`${response.status} ${JSON.stringify(answer.errors)}`);
      }
    };
    const watch = async (announced: number) => {
      while (!(await hasField(system.gatewayUrl, token))) await new Promise((r) => setTimeout(r, 10));
      served = true;
      servedAt = Date.now();
      return servedAt - announced;
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, client));
    await new Promise((r) => setTimeout(r, 3000));
    const documents = await knownDocuments(readGatewayConfig({ DATA_DIR: system.dataDir }));
    const announcements = announcer(TEST_REDIS_URL);
    const published = await publishSubgraph(registry, announcements, 'veterans', veteransSdl, documents);
    expect(published.refused).toEqual([]);
    expect(published.check.safe.map((c) => c.message)).toContain("Field 'serviceMonths' was added to object type 'VeteranServiceSummary'");
    const publishToServeMs = await watch(Date.now());
    await load;

    expect(outcome.failed.slice(0, 3)).toEqual([]);
    expect(outcome.usedNewField).toBeGreaterThan(0);
    console.log(
      `live registry: ${outcome.ok} requests from ${CLIENTS} clients in ${((Date.now() - startedAt) / 1000).toFixed(1)} s, none failed; ` +
        `${outcome.usedNewField} used the new field; announcement to first request served with it: ${publishToServeMs} ms`,
    );

    // The replica without Redis finds the new composition on its next poll.
    const deadline = Date.now() + 5000;
    while (!(await hasField(polling.url, token)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await hasField(polling.url, token)).toBe(true);

    // Rolling back to the earlier composition takes the field away again, announced the same way.
    const rolledBack = await registry.rollback(before);
    await announcements.announce(rolledBack!.id);
    await announcements.close();
    const back = Date.now() + 5000;
    while ((await hasField(system.gatewayUrl, token)) && Date.now() < back) await new Promise((r) => setTimeout(r, 20));
    expect(await hasField(system.gatewayUrl, token)).toBe(false);
  } finally {
    await polling.close();
  }
});
