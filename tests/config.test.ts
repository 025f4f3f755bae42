import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { readGatewayConfig } from '../gateway/src/config.js';
import { readSubgraphConfig } from '../subgraphs/shared/config.js';

describe('configuration', () => {
  test('with nothing set a subgraph uses embedded Postgres under .data and its registry port', () => {
    const config = readSubgraphConfig('employment', {});
    expect(config.storage).toEqual({ kind: 'pglite', dataDir: path.resolve('.data', 'employment') });
    expect(config.port).toBe(4002);
    expect(config.seedSize).toBe(2000);
  });

  test('POSTGRES_URL gives each subgraph its own database on that server', () => {
    const config = readSubgraphConfig('veterans', { POSTGRES_URL: 'postgres://postgres@db:5432' });
    expect(config.storage).toEqual({ kind: 'postgres', url: 'postgres://postgres@db:5432/workplus_veterans', poolSize: 10, prepared: true });
  });

  test('demo data goes into a server database only when SEED_SIZE asks for it', () => {
    expect(readSubgraphConfig('veterans', { POSTGRES_URL: 'postgres://postgres@db:5432' }).seedSize).toBe(0);
    expect(readSubgraphConfig('veterans', { POSTGRES_URL: 'postgres://postgres@db:5432', SEED_SIZE: '500' }).seedSize).toBe(500);
  });

  test('<NAME>_DATABASE_URL wins over POSTGRES_URL', () => {
    const config = readSubgraphConfig('women', {
      POSTGRES_URL: 'postgres://postgres@db:5432',
      WOMEN_DATABASE_URL: 'postgres://women@women-db:5432/saeil',
    });
    expect(config.storage).toEqual({ kind: 'postgres', url: 'postgres://women@women-db:5432/saeil', poolSize: 10, prepared: true });
  });

  test('DATABASE_POOL_SIZE bounds the connections a subgraph opens to its server', () => {
    const config = readSubgraphConfig('women', { POSTGRES_URL: 'postgres://postgres@db:5432', DATABASE_POOL_SIZE: '4' });
    expect(config.storage).toEqual({ kind: 'postgres', url: 'postgres://postgres@db:5432/workplus_women', poolSize: 4, prepared: true });
    expect(() => readSubgraphConfig('women', { POSTGRES_URL: 'postgres://postgres@db:5432', DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  test('DATABASE_PREPARED_STATEMENTS=false runs every statement unnamed (a pooler that cannot keep prepared ones)', () => {
    const config = readSubgraphConfig('women', { POSTGRES_URL: 'postgres://postgres@db:5432', DATABASE_PREPARED_STATEMENTS: 'false' });
    expect(config.storage).toMatchObject({ kind: 'postgres', prepared: false });
    expect(() => readSubgraphConfig('women', { DATABASE_PREPARED_STATEMENTS: 'no' })).toThrow(/DATABASE_PREPARED_STATEMENTS/);
  });

  test('a bad value fails fast and names the variable', () => {
    expect(() => readSubgraphConfig('employment', { EMPLOYMENT_PORT: 'eighty' })).toThrow(/EMPLOYMENT_PORT/);
    expect(() => readSubgraphConfig('employment', { SEED_SIZE: '-1' })).toThrow(/SEED_SIZE/);
    expect(() => readGatewayConfig({ SOCIALSECURITY_URL: 'not a url' })).toThrow(/SOCIALSECURITY_URL/);
  });

  test('the gateway finds every subgraph at its default port unless told otherwise', () => {
    const config = readGatewayConfig({ WORKPLUS_URL: 'http://workplus:4001/graphql' });
    expect(config.subgraphUrls.workplus).toBe('http://workplus:4001/graphql');
    expect(config.subgraphUrls.employment).toBe('http://127.0.0.1:4002/graphql');
  });

  test('introspection is on in development and off in production unless enabled', () => {
    expect(readGatewayConfig({}).introspection).toBe(true);
    expect(readGatewayConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(readGatewayConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  test('the playground and trusted documents follow NODE_ENV unless set, and a mode that is not one is refused', () => {
    expect([readGatewayConfig({}).playground, readGatewayConfig({}).trustedDocuments]).toEqual([true, 'allow']);
    const production = readGatewayConfig({ NODE_ENV: 'production' });
    expect([production.playground, production.trustedDocuments]).toEqual([false, 'require']);
    expect(readGatewayConfig({ NODE_ENV: 'production', PLAYGROUND: 'true', TRUSTED_DOCUMENTS: 'off' })).toMatchObject({
      playground: true,
      trustedDocuments: 'off',
    });
    expect(() => readGatewayConfig({ TRUSTED_DOCUMENTS: 'sometimes' })).toThrow(/TRUSTED_DOCUMENTS/);
  });
});
