import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { clientOperations, MANIFEST_FILE, readmeOperations } from '../clients/collection.js';
import type { GatewayConfig } from '../gateway/src/config.js';
import { documentHash, invalidDocuments, readManifest } from '../gateway/src/trusted-documents/manifest.js';
import { openDocumentStore } from '../gateway/src/trusted-documents/store.js';
import { composeWith } from './compose.js';

/** A document some client runs, and where it is kept. */
export interface KnownDocument {
  operation: string;
  text: string;
  /** `clients/operations`, `published` or `README`. */
  from: string;
}

export interface SchemaCheck {
  compositionErrors: string[];
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
  brokenDocuments: (KnownDocument & { problems: string[] })[];
  /** The composition the change would make, when it composes. */
  composed?: { supergraphSdl: string; apiSchema: string };
}

/**
 * What a proposed subgraph schema would do to the graph: whether it composes
 * with the others' current schemas, how the API schema clients see changes
 * against the published one (breaking, dangerous, safe, by
 * @graphql-inspector/core), and which known client documents would no
 * longer validate.
 */
export async function checkSubgraph(
  subgraph: string,
  proposedSdl: string,
  publishedApiSchema: string,
  documents: KnownDocument[],
  /** The other subgraphs' current SDL where it is not the repository's (the registry's versions). */
  current: Record<string, string> = {},
): Promise<SchemaCheck> {
  const composed = composeWith({ ...current, [subgraph]: proposedSdl });
  if (composed.errors) return { compositionErrors: composed.errors, breaking: [], dangerous: [], safe: [], brokenDocuments: [] };
  const proposed = buildSchema(composed.apiSchema);
  const changes = await diff(buildSchema(publishedApiSchema), proposed);
  const level = (l: CriticalityLevel) => changes.filter((c) => c.criticality.level === l);
  const byText = new Map(documents.map((d) => [documentHash(d.text), d]));
  const broken = invalidDocuments(new Map([...byText].map(([hash, d]) => [hash, d.text])), proposed);
  return {
    compositionErrors: [],
    breaking: level(CriticalityLevel.Breaking),
    dangerous: level(CriticalityLevel.Dangerous),
    safe: level(CriticalityLevel.NonBreaking),
    brokenDocuments: broken.map((b) => ({ ...byText.get(b.hash)!, problems: b.problems })),
    composed,
  };
}

/** Why a change may not ship, if it may not: it does not compose, breaks the API (unless accepted), or breaks a known document. */
export function refusals(check: SchemaCheck, acceptBreaking: boolean): string[] {
  return [
    ...(check.compositionErrors.length ? ['it does not compose'] : []),
    ...(check.breaking.length && !acceptBreaking ? [`${check.breaking.length} breaking change(s) (pass --accept-breaking if no client relies on them)`] : []),
    ...(check.brokenDocuments.length ? [`${check.brokenDocuments.length} client document(s) would break`] : []),
  ];
}

/** Every document a client is known to run: the front ends' operations, the published trusted documents and the README's examples. */
export async function knownDocuments(config: GatewayConfig): Promise<KnownDocument[]> {
  const store = openDocumentStore({ redisUrl: config.redisUrl, redisKey: config.trustedDocumentsKey, dataDir: config.dataDir });
  const published = await store.all().finally(() => store.close());
  const shipped = readManifest(MANIFEST_FILE);
  const names = new Map(clientOperations().map((o) => [o.documentId.slice('sha256:'.length), o.name]));
  const nameOf = (text: string) => /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1] ?? '(anonymous)';
  return [
    ...[...shipped].map(([hash, text]) => ({ operation: names.get(hash) ?? nameOf(text), text, from: 'clients/operations' })),
    ...[...published].filter(([hash]) => !shipped.has(hash)).map(([, text]) => ({ operation: nameOf(text), text, from: 'published' })),
    ...readmeOperations().map(({ source }) => ({
      operation: nameOf(source) === '(anonymous)' ? source.split('\n')[0]!.slice(0, 60) : nameOf(source),
      text: source,
      from: 'README',
    })),
  ];
}

/** The check as people read it: every problem on its own line, no stack trace. */
export function report(subgraph: string, check: SchemaCheck, documents: number): string {
  const lines: string[] = [];
  if (check.compositionErrors.length) {
    lines.push(`${subgraph} does not compose with the other subgraphs:`, ...check.compositionErrors.map((e) => `  ✗ ${e}`));
    return lines.join('\n');
  }
  lines.push(`Changes to the API schema: ${check.breaking.length} breaking, ${check.dangerous.length} dangerous, ${check.safe.length} safe`);
  for (const [mark, changes] of [
    ['✗ breaking ', check.breaking],
    ['! dangerous', check.dangerous],
    ['✓ safe     ', check.safe],
  ] as const) {
    for (const change of changes) lines.push(`  ${mark}  ${change.message}`);
  }
  lines.push(`Client documents checked: ${documents}; ${check.brokenDocuments.length} would break${check.brokenDocuments.length ? ':' : '.'}`);
  for (const d of check.brokenDocuments) lines.push(`  ✗ ${d.operation} (${d.from}): ${d.problems.join('; ')}`);
  return lines.join('\n');
}
