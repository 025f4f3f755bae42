import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode } from '@apollo/query-planner';
import { parse } from 'graphql';
import { decodeJwt, type CryptoKey } from 'jose';
import { Pool, request as httpRequest } from 'undici';
import type { ForwardedIdentity } from '../../trust/identity.js';
import { IDENTITY_HEADER, requestDigest, signIdentity } from '../../trust/signed-identity.js';
import type { Send } from './load.js';
import type { BenchRequest } from './workloads.js';

/** One subgraph call the gateway made: to whom, and exactly what it sent. */
interface Captured {
  service: string;
  body: { query: string; variables?: Record<string, unknown>; operationName?: string };
  identity: ForwardedIdentity;
}

/**
 * Stands between a gateway and the subgraphs, forwarding every call and keeping a copy: how the floor learns the
 * exact subgraph fetches a request makes.
 */
export class Recorder {
  captured: Captured[] = [];
  private servers: Server[] = [];
  readonly urls = new Map<string, { url: string }>();

  static async start(subgraphs: Map<string, { url: string }>): Promise<Recorder> {
    const recorder = new Recorder();
    for (const [service, { url }] of subgraphs) {
      const server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const header = req.headers[IDENTITY_HEADER] as string | undefined;
          if (req.method === 'POST' && header) recorder.captured.push({ service, body: JSON.parse(raw), identity: identityIn(header) });
          const answer = await httpRequest(url, {
            method: (req.method ?? 'GET') as 'POST',
            headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<
              string,
              string
            >,
            body: req.method === 'POST' ? raw : undefined,
          });
          res.writeHead(answer.statusCode, { 'content-type': String(answer.headers['content-type'] ?? 'application/json') });
          res.end(await answer.body.text());
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      recorder.servers.push(server);
      recorder.urls.set(service, { url: `http://127.0.0.1:${port}${new URL(url).pathname}` });
    }
    return recorder;
  }

  async close(): Promise<void> {
    await Promise.all(this.servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

/** The identity the gateway signed onto a call, without the claims that bind the signature to it. */
function identityIn(header: string): ForwardedIdentity {
  const { sub, iss: _iss, aud: _aud, jti: _jti, iat: _iat, exp: _exp, digest: _digest, ...claims } = decodeJwt(header);
  return { subject: sub!, ...claims } as unknown as ForwardedIdentity;
}

type Step = { kind: 'fetch'; call: Captured } | { kind: 'sequence' | 'parallel'; steps: Step[] };

/** The plan's shape with each fetch replaced by the call the gateway made for it; fetches it skipped (nothing to fetch) drop out. */
function stepsOf(node: PlanNode | undefined, calls: Captured[]): Step | undefined {
  if (!node) return undefined;
  switch (node.kind) {
    case 'Fetch': {
      const index = calls.findIndex((c) => c.service === node.serviceName && c.body.query === node.operation);
      return index < 0 ? undefined : { kind: 'fetch', call: calls.splice(index, 1)[0]! };
    }
    case 'Flatten':
      return stepsOf(node.node, calls);
    case 'Sequence':
    case 'Parallel': {
      const steps = node.nodes.map((n) => stepsOf(n, calls)).filter((s): s is Step => s !== undefined);
      return { kind: node.kind === 'Sequence' ? 'sequence' : 'parallel', steps };
    }
    default:
      throw new Error(`the floor cannot replay a ${node.kind} node`);
  }
}

/**
 * The floor: a request's subgraph fetches, captured once through the gateway, replayed straight to the subgraphs in
 * the query plan's order and parallelism, each signed anew as the gateway signs it. No gateway: what the subgraphs
 * alone cost, plus the signatures they require.
 */
export class Floor {
  private readonly pools = new Map<string, Pool>();
  private readonly plans = new Map<string, Step>();
  private readonly planner: QueryPlanner;
  private readonly supergraph: Supergraph;

  constructor(
    supergraphPath: string,
    private readonly subgraphs: Map<string, { url: string }>,
    private readonly signingKey: CryptoKey,
  ) {
    this.supergraph = Supergraph.build(readFileSync(supergraphPath, 'utf8'));
    this.planner = new QueryPlanner(this.supergraph);
  }

  /** Learns what `request` fetches by sending it once through a gateway whose calls `recorder` sees. */
  async learn(key: string, request: BenchRequest, throughGateway: Send, recorder: Recorder): Promise<void> {
    recorder.captured = [];
    await throughGateway(request);
    const plan = this.planner.buildQueryPlan(operationFromDocument(this.supergraph.schema, parse(request.query), { validate: true }));
    const calls = [...recorder.captured];
    const steps = stepsOf(plan.node as PlanNode | undefined, calls);
    if (!steps || calls.length) throw new Error(`the floor could not place ${calls.length} of the calls for ${key} in its plan`);
    this.plans.set(key, steps);
  }

  /** How many subgraph calls the learned request makes. */
  calls(key: string): number {
    const count = (s: Step): number => (s.kind === 'fetch' ? 1 : s.steps.reduce((n, t) => n + count(t), 0));
    return count(this.plans.get(key)!);
  }

  sender(key: string, connections: number): Send {
    for (const [service, { url }] of this.subgraphs) {
      if (!this.pools.has(service)) this.pools.set(service, new Pool(new URL(url).origin, { connections }));
    }
    const plan = this.plans.get(key);
    if (!plan) throw new Error(`the floor has not learned ${key}`);
    return async () => {
      await this.run(plan);
      return { data: {} };
    };
  }

  private async run(step: Step): Promise<void> {
    if (step.kind === 'fetch') return this.fetch(step.call);
    if (step.kind === 'sequence') for (const s of step.steps) await this.run(s);
    else await Promise.all(step.steps.map((s) => this.run(s)));
  }

  private async fetch({ service, body, identity }: Captured): Promise<void> {
    const digest = requestDigest(body.query, body.variables);
    const signed = signIdentity(this.signingKey, service, identity, digest);
    const response = await this.pools.get(service)!.request({
      path: new URL(this.subgraphs.get(service)!.url).pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signed },
      body: JSON.stringify(body),
    });
    const answer = JSON.parse(await response.body.text()) as { data?: unknown };
    if (response.statusCode !== 200 || !answer.data) throw new Error(`${service} answered HTTP ${response.statusCode}`);
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close()));
  }
}
