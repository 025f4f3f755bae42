import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Redis } from 'ioredis';
import { clientOperations, MANIFEST_FILE } from '../clients/collection.js';
import { UnifiedParticipantViewDocument } from '../clients/__generated__/graphql.js';
import { workplusClient } from '../clients/example/workplus-client.js';
import { documentHash } from '../gateway/src/trusted-documents/manifest.js';
import { openDocumentStore } from '../gateway/src/trusted-documents/store.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { runScript } from './support/scripts.js';
import { System, TEST_REDIS_URL } from './support/system.js';

const SEED = 20;
const showcase = showcaseParticipant(generatePopulation(SEED));
const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Record<string, string>;
const unified = clientOperations().find((o) => o.name === 'UnifiedParticipantView')!;
const UNPUBLISHED = 'query NotPublished { jobBoard(first: 1) { totalCount } }';

async function post(url: string, body: unknown, token: string, purpose = 'counselling') {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': purpose },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
}

describe('in production, without TRUSTED_DOCUMENTS set (require), on the embedded store', () => {
  let system: System;
  let token: string;
  beforeAll(async () => {
    system = await System.start({ storage: 'pglite', seedSize: SEED, production: true, gatewayEnv: { TRUSTED_DOCUMENTS: '' } });
    token = await system.token();
  });
  afterAll(() => system?.stop());

  test('an unpublished document is refused before anything runs, with a code and a message naming the mode', async () => {
    for (const body of [{ query: UNPUBLISHED }, { documentId: unified.documentId }, { query: unified.source, variables: { id: showcase.id } }]) {
      const answer = await post(system.gatewayUrl, body, token);
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'TRUSTED_DOCUMENT_REQUIRED', trustedDocuments: 'require' });
      expect(answer.errors?.[0]?.message).toContain('TRUSTED_DOCUMENTS=require');
    }
  });

  test('npm run documents:publish makes every client document run at once, by ID, by hash or by its exact text; nothing else runs', async () => {
    const published = await runScript('scripts/documents-publish.ts', [], system.gatewayVariables);
    expect(published).toMatchObject({ code: 0 });
    expect(published.output).toContain(`Published ${Object.keys(manifest).length} trusted documents (${Object.keys(manifest).length} new)`);
    const text = manifest[unified.documentId]!;
    const variables = { id: showcase.id };
    const answers = [
      await post(system.gatewayUrl, { documentId: unified.documentId, variables }, token),
      await post(system.gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(text) } }, variables }, token),
      await post(system.gatewayUrl, { query: text, variables }, token),
    ];
    for (const answer of answers) {
      expect([answer.status, answer.errors]).toEqual([200, undefined]);
      expect(answer.data.participant).toMatchObject({ id: showcase.id, name: showcase.name });
    }
    // The same operation laid out differently, or an unpublished one, is still not trusted.
    expect((await post(system.gatewayUrl, { query: unified.source, variables }, token)).errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect((await post(system.gatewayUrl, { query: UNPUBLISHED }, token)).errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    // Publishing again adds nothing.
    expect((await runScript('scripts/documents-publish.ts', [], system.gatewayVariables)).output).toContain('(0 new)');
  });

  test('the typed example client runs a generated document by its ID, and its answer is typed', async () => {
    const client = workplusClient({ url: system.gatewayUrl, token, purpose: 'counselling' });
    const answer = await client.request(UnifiedParticipantViewDocument, { id: showcase.id });
    // Typed: `participant.employment.jobSeeker.status` is known to the compiler (npm run typecheck checks this line).
    const status: string | undefined = answer.participant?.employment?.jobSeeker?.status;
    expect(answer.participant?.name).toBe(showcase.name);
    expect(typeof status).toBe('string');
  });

  test('a manifest with a document that does not validate against the API schema publishes nothing', async () => {
    const store = openDocumentStore({ dataDir: system.dataDir, redisKey: 'unused' });
    const before = await store.all();
    const bad = 'query Gone { participant(id: "ptc_x") { veterans { service { rankAtDischargeGone } } } }';
    const file = path.join(system.dataDir, 'bad-manifest.json');
    writeFileSync(file, JSON.stringify({ ...manifest, [`sha256:${documentHash(bad)}`]: bad }));
    const { code, output } = await runScript('scripts/documents-publish.ts', ['--manifest', file], system.gatewayVariables);
    expect(code).toBe(1);
    expect(output).toContain('Nothing published');
    expect(output).toContain('Gone');
    expect(await store.all()).toEqual(before);
  });

  test('supergraph:check reports a published document that no longer validates against the API schema', async () => {
    const check = () => runScript('supergraph/cli.ts', ['check'], system.gatewayVariables);
    expect((await check()).code).toBe(0);
    const stale = 'query OldApp { participant(id: "ptc_x") { veterans { service { rankAtDischargeGone } } } }';
    const store = openDocumentStore({ dataDir: system.dataDir, redisKey: 'unused' });
    await store.add(new Map([[documentHash(stale), stale]]));
    const { code, output } = await check();
    expect(code).toBe(1);
    expect(output).toContain('Published trusted documents');
    expect(output).toContain('OldApp');
  });

  test('the playground, when turned on in production, has no development sign-in: it takes a pasted token', async () => {
    const gateway = await system.anotherGateway({ PLAYGROUND: 'true' });
    try {
      const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      const config = JSON.parse(/<script id="playground-config" type="application\/json">([^<]*)<\/script>/.exec(html)![1]!);
      expect(config.signIn).toEqual({ mode: 'token', issuer: expect.any(String) });
      expect(config.introspection).toBe(false);
      expect(config.notice).toMatch(/INTROSPECTION=false/);
      const signIn = await fetch(gateway.url.replace('/graphql', '/playground/token'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ agency: 'EMPLOYMENT', role: 'COUNSELLOR', center: 'ctr-seoul-west' }),
      });
      expect(signIn.status).toBe(404);
    } finally {
      await gateway.close();
    }
  });
});

describe('with REDIS_URL: the manifest in Redis for every replica, and APQ in development', () => {
  let system: System;
  let token: string;
  let redis: Redis;
  beforeAll(async () => {
    system = await System.start({ storage: 'pglite', seedSize: SEED, gatewayEnv: { REDIS_URL: TEST_REDIS_URL, TRUSTED_DOCUMENTS: 'allow' } });
    token = await system.token();
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    await redis?.quit();
    await system?.stop();
  });

  test('a publish into Redis is seen at once by a replica in require mode that started before it', async () => {
    const replica = await system.anotherGateway({ TRUSTED_DOCUMENTS: 'require' });
    try {
      const byId = { documentId: unified.documentId, variables: { id: showcase.id } };
      expect((await post(replica.url, byId, token)).errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
      expect(await runScript('scripts/documents-publish.ts', [], system.gatewayVariables)).toMatchObject({ code: 0 });
      expect(await redis.hlen(system.gatewayVariables.TRUSTED_DOCUMENTS_KEY!)).toBe(Object.keys(manifest).length);
      const answer = await post(replica.url, byId, token);
      expect([answer.status, answer.errors, answer.data?.participant?.name]).toEqual([200, undefined, showcase.name]);
    } finally {
      await replica.close();
    }
  });

  test('allow mode runs an unpublished document and counts it', async () => {
    const untrusted = async () => {
      const metrics = await (await fetch(`${system.gatewayBase()}/metrics`)).text();
      return Number(/^gateway_untrusted_documents_total (\d+)$/m.exec(metrics)![1]);
    };
    const before = await untrusted();
    const answer = await post(system.gatewayUrl, { query: UNPUBLISHED }, token);
    expect([answer.status, answer.errors]).toEqual([200, undefined]);
    expect(await untrusted()).toBe(before + 1);
  });

  test('automatic persisted queries: a hash-only miss, the text once, then the hash alone, shared through Redis', async () => {
    const query = `query Apq { jobBoard(first: 2) { totalCount } } # ${Date.now()}`;
    const hash = documentHash(query);
    const hashOnly = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    expect((await post(system.gatewayUrl, hashOnly, token)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(system.gatewayUrl, { query, ...hashOnly }, token)).errors).toBeUndefined();
    // Apollo stores a registered document after answering.
    for (let i = 0; i < 50 && !(await redis.exists(`workplus:apq:${hash}`)); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await redis.exists(`workplus:apq:${hash}`)).toBe(1);
    const replica = await system.anotherGateway({});
    try {
      const answer = await post(replica.url, hashOnly, token);
      expect([answer.status, answer.errors, typeof answer.data?.jobBoard?.totalCount]).toEqual([200, undefined, 'number']);
    } finally {
      await replica.close();
      await redis.del(`workplus:apq:${hash}`);
    }
  });
});
