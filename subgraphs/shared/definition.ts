import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import type { Kysely, Migration } from 'kysely';
import type { SubgraphName } from '../registry.js';
import type DataLoader from 'dataloader';
import { accessLogMigration, type Access, type AccessRow } from './audit/access-log.js';
import { checkpointMigration } from './audit/checkpoint.js';
import { seedMarkerMigration } from './seed.js';
import { withIncludes } from './schema/index.js';
import { idempotencyMigration } from './idempotency.js';
import type { Population } from './demo/population.js';
import type { DisclosurePolicy } from './policy/disclosure.js';
import type { SubgraphConfig } from './config.js';
import type { ForwardedIdentity } from '../../trust/identity.js';

/** What every resolver of a subgraph receives. */
export interface SubgraphContext<DB, Loaders> {
  db: Kysely<DB>;
  loaders: Loaders;
  /** Who asks and why, as the gateway signed it. */
  identity: ForwardedIdentity;
  /** Reads of personal data this request made; appended to the access log before the answer leaves. */
  accesses: Access[];
  /** This subgraph's access-log records by participant, for the data tracker. */
  accessLog: DataLoader<string, AccessRow[]>;
}

/**
 * Everything that makes one agency's subgraph. `subgraph.ts` in each agency
 * folder exports one of these; the shared server turns it into a service.
 */
export interface SubgraphDefinition<DB = any, Loaders = unknown> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  /** Generated `Resolvers` type of the subgraph; checked there, erased here. */
  resolvers: object;
  migrations: Record<string, Migration>;
  /** Builds fresh DataLoaders for one request. */
  createLoaders(db: Kysely<DB>): Loaders;
  /** What the agency discloses to whom; enforced on the Participant fields it names (Work-Plus: identity and contact). */
  policy?: DisclosurePolicy;
  /** Runs at every start, after the migrations and before seeding: reference data that comes from the registry. */
  prepare?(db: Kysely<DB>): Promise<void>;
  /** Writes this agency's part of the demo world. Runs once, inside a transaction. */
  seed(db: Kysely<DB>, population: Population): Promise<void>;
  /** Work that runs beside the server while it serves, e.g. publishing job postings or indexing the job board. */
  workers?: SubgraphWorker[];
}

/** Starts after seeding, before the port opens; the function it returns stops it before the database closes. */
export type SubgraphWorker = (env: WorkerEnv) => Promise<() => Promise<void>>;

export interface WorkerEnv {
  db: Kysely<any>;
  config: SubgraphConfig;
  log: { info(o: object, msg?: string): void; warn(o: object, msg?: string): void };
}

/** Reads `schema.graphql` from the agency folder that `moduleUrl` (its `import.meta.url`) lives in, with the shared types it includes. */
export function loadSchema(moduleUrl: string): DocumentNode {
  return parse(withIncludes(readFileSync(new URL('../schema.graphql', moduleUrl), 'utf8')));
}

/** Imports a registered subgraph's definition without starting it. */
export async function loadDefinition(name: SubgraphName): Promise<SubgraphDefinition> {
  return ((await import(`../${name}/src/subgraph.ts`)) as { default: SubgraphDefinition }).default;
}

/** Every migration a subgraph's database runs: the shared tables, then the agency's own. */
export function migrationsOf(definition: SubgraphDefinition): Record<string, Migration> {
  return { ...seedMarkerMigration, ...accessLogMigration, ...checkpointMigration, ...idempotencyMigration, ...definition.migrations };
}
