import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { readGatewayConfig } from '../gateway/src/config.js';
import { createGateway } from '../gateway/src/server.js';
import { devKeyPair } from '../trust/keys.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { callSubgraph, expiredGatewaySignature, gatewaySignature } from './support/signing.js';
import { System } from './support/system.js';

let system: System;
const showcase = showcaseParticipant(generatePopulation(50));
const PERSONAL = 'query ($id: ID!) { participant(id: $id) { name employment { jobSeeker { status } } } }';

beforeAll(async () => {
  system = await System.start({ storage: 'pglite', seedSize: 50 });
});
afterAll(() => system?.stop());

describe('staff authentication at the gateway', () => {
  const refused = async (token: string | null) => {
    const response = await system.query(PERSONAL, { id: showcase.id }, { token });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
    return response.errors![0]!.message;
  };

  test('a valid token reads', async () => {
    const { status, data, errors } = await system.query(PERSONAL, { id: showcase.id });
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data.participant.name).toBe(showcase.name);
  });

  test('no token: 401 saying how to authenticate', async () => {
    expect(await refused(null)).toMatch(/Authorization: Bearer/);
  });

  test('a malformed token: 401', async () => {
    expect(await refused('not.a.jwt')).toMatch(/not valid/);
  });

  test('an expired token: 401 saying it expired', async () => {
    const token = await system.token({}, '-1m');
    expect(await refused(token)).toMatch(/expired/);
  });

  test('a token from another issuer key: 401', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await new SignJWT({ agency: 'EMPLOYMENT', center: 'ctr-seoul-west', roles: ['COUNSELLOR'], municipalities: [] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('workplus-dev-issuer')
      .setAudience('workplus-gateway')
      .setSubject('intruder')
      .setExpirationTime('1h')
      .sign(privateKey);
    // With the development issuer the refusal says why a token that once worked may not: its keys were made anew.
    expect(await refused(forged)).toMatch(/signature does not verify.*made anew.*npm run token/);
  });

  test('a token without the claims the graph needs: 401 naming the claim', async () => {
    expect(await refused(await system.token({ roles: [] }))).toMatch(/"roles"/);
    expect(await refused(await system.token({ roles: ['CITIZEN'] }))).toMatch(/"participant"/);
  });

  test('health endpoints stay open', async () => {
    expect((await fetch(`${system.gatewayBase()}/health/live`)).status).toBe(200);
    expect((await fetch(`${system.gatewayBase()}/health/ready`)).status).toBe(200);
  });
});

describe('purpose of use', () => {
  test('reading personal data without a purpose is refused with the accepted values', async () => {
    const { status, errors } = await system.query(PERSONAL, { id: showcase.id }, { purpose: null });
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
    expect(errors?.[0]?.message).toMatch(/counselling, eligibility, referral, placement, audit, self-access/);
  });

  test('an unknown purpose is refused', async () => {
    const { status, errors } = await system.query(PERSONAL, { id: showcase.id }, { purpose: 'curiosity' });
    expect(status).toBe(400);
    expect(errors?.[0]?.message).toMatch(/"curiosity" is not a purpose of use/);
  });

  test('the same document asked for again without a purpose is refused, though it was answered with one', async () => {
    const answered = await system.query(PERSONAL, { id: showcase.id }, { purpose: 'counselling' });
    expect(answered.errors).toBeUndefined();
    const again = await system.query(PERSONAL, { id: showcase.id }, { purpose: null });
    expect(again.status).toBe(400);
    expect(again.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
  });

  test('data that is not personal needs no purpose', async () => {
    const { status, errors } = await system.query('{ centers { name } }', {}, { purpose: null });
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
  });
});

describe('subgraphs answer only the gateway', () => {
  const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Participant { employment { jobSeeker { status } } } } }';
  const variables = { r: [{ __typename: 'Participant', id: showcase.id }] };
  const employmentUrl = () => system.subgraphs.get('employment')!.url;

  test('a correctly signed call is answered', async () => {
    const { status, body } = await callSubgraph(employmentUrl(), query, variables, await gatewaySignature(system.keysDir, 'employment', query, variables));
    expect(status).toBe(200);
    expect(body.data._entities[0].employment.jobSeeker.status).toBeDefined();
  });

  test('without a signature: 401', async () => {
    const { status, body } = await callSubgraph(employmentUrl(), query, variables, null);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.message).toMatch(/missing/);
    expect(body.data).toBeUndefined();
  });

  test('with a tampered signature: 401', async () => {
    const signature = await gatewaySignature(system.keysDir, 'employment', query, variables);
    const tampered = signature.slice(0, -4) + (signature.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const { status } = await callSubgraph(employmentUrl(), query, variables, tampered);
    expect(status).toBe(401);
  });

  test('with a signature for another request, another subgraph, or an expired one: 401', async () => {
    const other = { r: [{ __typename: 'Participant', id: 'ptc_someoneelse' }] };
    const forOther = await gatewaySignature(system.keysDir, 'employment', query, other);
    expect((await callSubgraph(employmentUrl(), query, variables, forOther)).body.errors?.[0]?.message).toMatch(/different request/);
    const forWomen = await gatewaySignature(system.keysDir, 'women', query, variables);
    expect((await callSubgraph(employmentUrl(), query, variables, forWomen)).status).toBe(401);
    const expired = await expiredGatewaySignature(system.keysDir, 'employment', query, variables);
    const response = await callSubgraph(employmentUrl(), query, variables, expired);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.message).toMatch(/expired/);
  });

  test('a replayed signature: the first call is answered, the second is 401', async () => {
    const signature = await gatewaySignature(system.keysDir, 'employment', query, variables);
    expect((await callSubgraph(employmentUrl(), query, variables, signature)).status).toBe(200);
    const replay = await callSubgraph(employmentUrl(), query, variables, signature);
    expect(replay.status).toBe(401);
    expect(replay.body.errors?.[0]?.message).toMatch(/already used/);
  });
});

describe('with a real identity provider', () => {
  test('a token not yet valid (nbf in the future) is refused', async () => {
    const { privateKey } = await devKeyPair(system.keysDir, 'issuer');
    const early = await new SignJWT({ agency: 'EMPLOYMENT', center: 'ctr-seoul-west', roles: ['COUNSELLOR'], municipalities: [] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('workplus-dev-issuer')
      .setAudience('workplus-gateway')
      .setSubject('stf-early')
      .setNotBefore('1h')
      .setExpirationTime('2h')
      .sign(privateKey);
    const { status, errors } = await system.query(PERSONAL, { id: showcase.id }, { token: early });
    expect(status).toBe(401);
    expect(errors?.[0]?.message).toMatch(/nbf/);
  });

  test('keys come from the provider’s JWKS URL, and only its issuer and audience are accepted', async () => {
    const provider = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const jwks = createServer((_, response) => {
      void exportJWK(provider.publicKey).then((jwk) => response.end(JSON.stringify({ keys: [{ ...jwk, kid: 'idp-1', alg: 'EdDSA' }] })));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    const gateway = await createGateway({
      ...readGatewayConfig({
        AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
        AUTH_ISSUER: 'https://idp.example.go.kr',
        AUTH_AUDIENCE: 'workplus',
        DEV_KEYS_DIR: system.keysDir,
        LOG_LEVEL: 'warn',
      }),
      subgraphUrls: Object.fromEntries([...system.subgraphs].map(([name, s]) => [name, s.url])),
    });
    const url = `${await gateway.listen({ host: '127.0.0.1', port: 0 })}/graphql`;
    const token = (issuer: string) =>
      new SignJWT({ agency: 'EMPLOYMENT', center: 'ctr-seoul-west', roles: ['COUNSELLOR'], municipalities: ['11440'] })
        .setProtectedHeader({ alg: 'EdDSA', kid: 'idp-1' })
        .setIssuer(issuer)
        .setAudience('workplus')
        .setSubject('stf-idp-1')
        .setExpirationTime('1h')
        .sign(provider.privateKey);
    const ask = async (bearer: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, 'x-purpose-of-use': 'counselling' },
        body: JSON.stringify({ query: PERSONAL, variables: { id: showcase.id } }),
      });
    try {
      const accepted = await ask(await token('https://idp.example.go.kr'));
      expect(accepted.status).toBe(200);
      expect(((await accepted.json()) as { data: { participant: { name: string } } }).data.participant.name).toBe(showcase.name);
      expect((await ask(await token('https://someone-else.example'))).status).toBe(401);
      expect((await ask(await system.token())).status).toBe(401);
    } finally {
      await gateway.close();
      jwks.close();
    }
  });
});
