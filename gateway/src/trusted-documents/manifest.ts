import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLError, Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/** The sha256 hex of a document's text: what Apollo Server, APQ and the manifest call its hash. */
export function documentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `sha256:<hex>` (a persisted-documents manifest's ID, or a `documentId`) or a bare hex hash, as a bare hex hash. */
export function hashOfDocumentId(id: string): string | undefined {
  const hex = id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
  return /^[0-9a-f]{64}$/.test(hex) ? hex : undefined;
}

/** A persisted-documents manifest (`{"sha256:<hex>": text}`), checked: every ID is the hash of its text. */
export function readManifest(file: string | URL): Map<string, string> {
  const entries = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  return new Map(
    entries.map(([id, text]) => {
      const hash = hashOfDocumentId(id);
      if (typeof text !== 'string' || !hash || documentHash(text) !== hash) {
        throw new Error(`${String(file)}: entry ${id} is not the sha256 of its document`);
      }
      return [hash, text];
    }),
  );
}

export interface InvalidDocument {
  hash: string;
  operation: string;
  problems: string[];
}

/** The documents that no longer parse or validate against `schema` (an API schema's SDL or the schema itself). */
export function invalidDocuments(documents: Map<string, string>, schema: string | GraphQLSchema): InvalidDocument[] {
  const api = typeof schema === 'string' ? buildSchema(schema) : schema;
  return [...documents].flatMap(([hash, text]) => {
    let problems: readonly GraphQLError[];
    let operation = '(anonymous)';
    try {
      const document = parse(text);
      operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)?.name?.value ?? operation;
      problems = validate(api, document);
    } catch (error) {
      problems = [error as GraphQLError];
    }
    return problems.length ? [{ hash, operation, problems: problems.map((p) => p.message) }] : [];
  });
}
