/**
 * The V8 flags the gateway runs with wherever it is deployed: the Docker image's command, docker-compose's (both
 * generated or tested from this list), `npm start`'s process, which hosts it, and the benchmark's production
 * gateway.
 *
 * Semi-spaces of up to 64 MB instead of V8's 16: at 20 clients a caseload's answers (about 100 KB of JSON from
 * each subgraph, alive across the awaits of one request that takes half a second) fill the young generation
 * several times a request, and what is still alive at each collection is copied, then promoted. The price is memory:
 * the young generation may now grow to about 3 × 64 MB instead of 3 × 16. Paired with the commit before
 * (`npm run bench -- --storage postgres --baseline 10dce86 --workloads caseload --clients 1,20`), the gateway's CPU
 * per caseload was 9.5 against 13 ms at 20 clients and 14 against 14 at one, throughput 1.05×, and its peak
 * resident memory 526 against 355 MB (its process also served the plain gateway's and the floor's turns).
 */
export const GATEWAY_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
