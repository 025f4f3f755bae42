import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { FastifyInstance } from 'fastify';
import { GraphQLError, parse } from 'graphql';
import { DEMO_COUNSELLOR, issueDevToken } from '../gateway/src/auth/dev-issuer.js';
import { readGatewayConfig } from '../gateway/src/config.js';
import { createGateway } from '../gateway/src/server.js';
import { inOrder, referenceGateway } from './support/reference-gateway.js';
import { postGraphQL } from './support/system.js';

/**
 * Where @apollo/gateway's shaping of an answer nulls an entity (one with a
 * non-null field its subgraph could not give), the entities after it must
 * keep their refusals' places: the gateway places them by the answer as
 * fetched, not as shaped. Three small subgraphs make the cases the real graph
 * does not: people (a list, and lists in it), their badges (non-null, one
 * refused and one missing without a word), and their secrets (withheld for odd IDs), plus a refusal at the
 * root. The gateway must answer as plain @apollo/gateway does.
 */
const PEOPLE = ['1', '2', '3', '4', '5'];
const person = (id: string) => ({ id, name: `person ${id}` });
const withheld = () => new GraphQLError('withheld from this caller', { extensions: { code: 'WITHHELD', owner: 'SECRETS' } });
const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

const subgraphs = {
  people: {
    typeDefs: `${link} type Query { people: [Person] strangers: [Person] } type Person @key(fields: "id") { id: ID! name: String! friends: [Person] }`,
    resolvers: {
      Query: { people: () => PEOPLE.map(person), strangers: () => ['3', '6', '5'].map(person) },
      Person: { friends: ({ id }: { id: string }) => PEOPLE.filter((other) => other !== id).map(person) },
    },
  },
  badges: {
    typeDefs: `${link} type Person @key(fields: "id") { id: ID! badge: String! }`,
    resolvers: {
      Person: {
        __resolveReference: ({ id }: { id: string }) => {
          if (id === '2') throw new Error('no badge for person 2');
          if (id === '6') return null;
          return { id, badge: `badge ${id}` };
        },
      },
    },
  },
  secrets: {
    typeDefs: `${link} type Query { vault: String } type Person @key(fields: "id") { id: ID! secret: String }`,
    resolvers: {
      Query: { vault: () => Promise.reject(withheld()) },
      Person: { secret: ({ id }: { id: string }) => (Number(id) % 2 === 1 ? Promise.reject(withheld()) : `secret ${id}`) },
    },
  },
};

const CASES = {
  'an entity nulled by shaping, before others with refusals': '{ people { name badge secret } }',
  'lists in a list, with entities nulled in each': '{ people { id friends { badge secret } } }',
  'a refusal at the root, and aliases': '{ vault first: people { s: secret } }',
  'nothing nulled': '{ people { name secret } }',
  'an entity nulled by shaping where no subgraph said why': '{ strangers { badge secret } }',
};

const servers: ApolloServer[] = [];
let dir: string;
let gateway: FastifyInstance;
let gatewayUrl: string;
let reference: Awaited<ReturnType<typeof referenceGateway>>;
let token: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'workplus-shaping-'));
  const subgraphUrls: Record<string, string> = {};
  for (const [name, { typeDefs, resolvers }] of Object.entries(subgraphs)) {
    const server = new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    servers.push(server);
    subgraphUrls[name] = (await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } })).url;
  }
  const composed = composeServices(Object.entries(subgraphs).map(([name, s]) => ({ name, url: subgraphUrls[name], typeDefs: parse(s.typeDefs) })));
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors?.map((e) => e.message).join('; ')}`);
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  await writeFile(supergraphPath, composed.supergraphSdl);
  const env = { NODE_ENV: 'development', GATEWAY_PORT: '0', DEV_KEYS_DIR: dir, DATA_DIR: dir, TRUSTED_DOCUMENTS: 'off', LOG_LEVEL: 'warn' };
  const config = { ...readGatewayConfig(env), supergraphPath, subgraphUrls };
  gateway = await createGateway(config);
  gatewayUrl = `${await gateway.listen({ host: '127.0.0.1', port: 0 })}/graphql`;
  reference = await referenceGateway(config, composed.supergraphSdl);
  token = await issueDevToken(dir, DEMO_COUNSELLOR);
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await reference?.stop();
  for (const server of servers) await server.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('refusals keep their places where shaping nulls an entity', () => {
  test.each(Object.entries(CASES))('%s', async (_, query) => {
    const ours = await postGraphQL(gatewayUrl, query, undefined, { token, purpose: 'counselling' });
    const theirs = await reference.query(query, {}, token, 'counselling');
    expect(theirs.errors?.some((e) => e.extensions?.code === 'WITHHELD')).toBe(true);
    expect({ data: ours.data, errors: inOrder(ours.errors), extensions: ours.extensions }).toEqual({
      data: theirs.data,
      errors: inOrder(theirs.errors),
      extensions: theirs.extensions,
    });
  });

  test('the first case did null an entity before refusals of later ones', async () => {
    const { data, errors } = await reference.query(CASES['an entity nulled by shaping, before others with refusals'], {}, token, 'counselling');
    expect(data.people[1]).toBeNull();
    expect(errors?.filter((e) => e.extensions?.code === 'WITHHELD').map((e) => e.path)).toEqual(
      expect.arrayContaining([
        ['people', 2, 'secret'],
        ['people', 4, 'secret'],
      ]),
    );
  });
});
