import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type StandInMode = 'forward' | 'hang' | 'fail';

/**
 * A stand-in on its own port for a real subgraph: it forwards every request
 * to it (`forward`), takes requests and never answers them (`hang`, a
 * subgraph stopped mid-flight), or answers HTTP 500 (`fail`). It counts the
 * requests that reach it, so a test can tell a call that was not made.
 */
export async function switchableSubgraph(target: string) {
  const origin = new URL(target).origin;
  const sockets = new Set<Socket>();
  const state = { mode: 'forward' as StandInMode, requests: 0 };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    state.requests += 1;
    if (state.mode === 'hang') return;
    if (state.mode === 'fail') return void response.writeHead(500).end('{"errors":[{"message":"stand-in failure"}]}');
    void forward(origin, request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    state,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function forward(origin: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<
    string,
    string
  >;
  const answer = await fetch(origin + request.url, {
    method: request.method,
    headers,
    body: request.method === 'GET' ? undefined : Buffer.concat(chunks),
  });
  response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
  response.end(Buffer.from(await answer.arrayBuffer()));
}
