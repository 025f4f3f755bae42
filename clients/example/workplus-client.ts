import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLClient, type RequestMiddleware } from 'graphql-request';

/**
 * A typed client for a front end, on graphql-request: pass a document from
 * clients/__generated__ and its variables and answer are typed. It sends
 * each document by its persisted-document ID (`documentId`), never its text,
 * so it runs on a gateway with TRUSTED_DOCUMENTS=require once
 * `npm run documents:publish` has published the manifest.
 */
export interface WorkplusClientOptions {
  /** The gateway's /graphql URL. */
  url: string;
  /** A staff (or citizen) access token from the identity provider. */
  token: string;
  /** Purpose of use (x-purpose-of-use) for operations that reach personal data, e.g. `counselling`. */
  purpose?: string;
}

type PersistedDocument<Result, Variables> = TypedDocumentNode<Result, Variables> & { __meta__?: { hash?: string } };

export function workplusClient({ url, token, purpose }: WorkplusClientOptions) {
  const documentIds = new Map<string, string>();
  // graphql-request prints the document; swap the text for its ID, which the generated document carries.
  const byDocumentId: RequestMiddleware = (request) => {
    const body = JSON.parse(String(request.body)) as { query: string; operationName?: string; variables?: unknown };
    const documentId = body.operationName ? documentIds.get(body.operationName) : undefined;
    if (!documentId) return request;
    return { ...request, body: JSON.stringify({ documentId, operationName: body.operationName, variables: body.variables }) };
  };
  const client = new GraphQLClient(url, {
    headers: { authorization: `Bearer ${token}`, ...(purpose ? { 'x-purpose-of-use': purpose } : {}) },
    requestMiddleware: byDocumentId,
  });
  return {
    request<Result, Variables extends object>(document: PersistedDocument<Result, Variables>, variables: Variables): Promise<Result> {
      const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
      const name = operation && 'name' in operation ? operation.name?.value : undefined;
      if (name && document.__meta__?.hash) documentIds.set(name, document.__meta__.hash);
      return client.request<Result>({ document, variables });
    },
  };
}
