import { sql, type Generated } from 'kysely';
import { openDatabase, sqlMigration, type Database } from '../../subgraphs/shared/db/database.js';
import type { Storage } from '../../subgraphs/shared/config.js';

/** One composition the gateway may serve: the supergraph, its API schema, and which subgraph versions made it. */
export interface Composition {
  id: number;
  supergraphSdl: string;
  apiSchema: string;
  /** Subgraph name → the version of its SDL in this composition (absent: the schema committed in the repository). */
  subgraphVersions: Record<string, number>;
  reason: string;
  createdAt: Date;
}

interface Tables {
  subgraphVersions: { id: Generated<number>; subgraph: string; sdl: string; publishedAt: Generated<Date> };
  compositions: { id: Generated<number>; supergraphSdl: string; apiSchema: string; subgraphVersions: string; reason: string; createdAt: Generated<Date> };
}

const MIGRATIONS = {
  '0001_registry': sqlMigration(
    `create table subgraph_versions (id serial primary key, subgraph text not null, sdl text not null, published_at timestamptz not null default now())`,
    `create table compositions (id serial primary key, supergraph_sdl text not null, api_schema text not null,
       subgraph_versions text not null, reason text not null, created_at timestamptz not null default now())`,
  ),
};

/**
 * The self-hosted schema registry: every published subgraph SDL as a
 * version, and every composition made from them, newest last. Only
 * compositions that passed schema:check are ever written, so whatever
 * `latest()` answers may be served. Rolling back writes the earlier
 * composition again as the newest, so history only grows.
 */
export class SchemaRegistry {
  private constructor(private readonly database: Database<Tables>) {}

  static async open(storage: Storage): Promise<SchemaRegistry> {
    return new SchemaRegistry(await openDatabase<Tables>({ storage, migrations: MIGRATIONS }));
  }

  async latest(): Promise<Composition | undefined> {
    const row = await this.database.db.selectFrom('compositions').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
    return row && toComposition(row);
  }

  async composition(id: number): Promise<Composition | undefined> {
    const row = await this.database.db.selectFrom('compositions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toComposition(row);
  }

  /** The SDL of each subgraph in the latest composition that came from the registry. */
  async currentSdls(): Promise<Record<string, string>> {
    const versions = Object.values((await this.latest())?.subgraphVersions ?? {});
    if (!versions.length) return {};
    const rows = await this.database.db.selectFrom('subgraphVersions').select(['subgraph', 'sdl']).where('id', 'in', versions).execute();
    return Object.fromEntries(rows.map((r) => [r.subgraph, r.sdl]));
  }

  /**
   * Stores a subgraph's new SDL and the composition it makes, in one
   * transaction, if the newest composition is still `basedOn` (the one it was
   * checked against); otherwise another publish landed first and this one
   * must be checked again.
   */
  async record(
    subgraph: string,
    sdl: string,
    composed: { supergraphSdl: string; apiSchema: string },
    basedOn: number | undefined,
  ): Promise<Composition | 'CONFLICT'> {
    return this.database.db.transaction().execute(async (tx) => {
      // One publish at a time: each composition builds on the one before it.
      await sql`lock table compositions in exclusive mode`.execute(tx);
      const previous = await tx.selectFrom('compositions').select(['id', 'subgraphVersions']).orderBy('id', 'desc').limit(1).executeTakeFirst();
      if (previous?.id !== basedOn) return 'CONFLICT';
      const { id: version } = await tx.insertInto('subgraphVersions').values({ subgraph, sdl }).returning('id').executeTakeFirstOrThrow();
      const subgraphVersions = { ...(previous ? (JSON.parse(previous.subgraphVersions) as Record<string, number>) : {}), [subgraph]: version };
      const row = await tx
        .insertInto('compositions')
        .values({ ...composed, subgraphVersions: JSON.stringify(subgraphVersions), reason: `publish ${subgraph} version ${version}` })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toComposition(row) as Composition | 'CONFLICT';
    });
  }

  /** Makes composition `id` the newest again. */
  async rollback(id: number): Promise<Composition | undefined> {
    const earlier = await this.composition(id);
    if (!earlier) return undefined;
    const row = await this.database.db
      .insertInto('compositions')
      .values({
        supergraphSdl: earlier.supergraphSdl,
        apiSchema: earlier.apiSchema,
        subgraphVersions: JSON.stringify(earlier.subgraphVersions),
        reason: `rollback to composition ${id}`,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toComposition(row);
  }

  async history(limit = 20): Promise<Composition[]> {
    const rows = await this.database.db.selectFrom('compositions').selectAll().orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toComposition);
  }

  close(): Promise<void> {
    return this.database.close();
  }
}

function toComposition(row: { id: number; supergraphSdl: string; apiSchema: string; subgraphVersions: string; reason: string; createdAt: Date }): Composition {
  return { ...row, subgraphVersions: JSON.parse(row.subgraphVersions) as Record<string, number>, createdAt: new Date(row.createdAt) };
}
