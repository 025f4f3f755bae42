import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readGatewayConfig } from '../gateway/src/config.js';
import { readinessUrl } from '../gateway/src/health.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { SUBGRAPHS } from '../subgraphs/registry.js';

/**
 * `npm start`: every subgraph in its own process on embedded defaults, then
 * the gateway. Waits on readiness endpoints, never on timers.
 */
const started = Date.now();
const children: ChildProcess[] = [];
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
process.once('SIGINT', stopAll);
process.once('SIGTERM', stopAll);

function launch(label: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  const relay = (chunk: Buffer) =>
    chunk.toString().split('\n').filter(Boolean).forEach((line) => console.log(`[${label}] ${line}`));
  child.stdout!.on('data', relay);
  child.stderr!.on('data', relay);
  child.once('exit', (code) => {
    if (code !== 0 && code !== null) {
      console.error(`[${label}] exited with code ${code}; stopping everything.`);
      stopAll();
      process.exitCode = 1;
    }
  });
  children.push(child);
  return child;
}

async function waitUntilReady(label: string, graphqlUrl: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const url = readinessUrl(graphqlUrl);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited before it was ready`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${label} was not ready at ${url} within ${timeoutMs / 1000} s`);
}

const gatewayConfig = readGatewayConfig();
try {
  await Promise.all(
    SUBGRAPHS.map(({ name }) =>
      waitUntilReady(name, gatewayConfig.subgraphUrls[name]!, launch(name, `subgraphs/${name}/src/index.ts`)),
    ),
  );
  const gatewayUrl = `http://${gatewayConfig.host}:${gatewayConfig.port}/graphql`;
  await waitUntilReady('gateway', gatewayUrl, launch('gateway', 'gateway/src/index.ts'));
  printBanner(gatewayUrl, ((Date.now() - started) / 1000).toFixed(1));
} catch (error) {
  console.error((error as Error).message);
  stopAll();
  process.exitCode = 1;
}

function printBanner(gatewayUrl: string, seconds: string): void {
  const query = readFileSync(new URL('./example-query.graphql', import.meta.url), 'utf8').trim();
  const id = showcaseParticipant(generatePopulation(3)).id;
  const body = JSON.stringify({ query, variables: { id } });
  console.log(`
All ${SUBGRAPHS.length} subgraphs and the gateway are up in ${seconds} s.

  Gateway:  ${gatewayUrl}

Try the unified participant view (data from every agency):

curl -s ${gatewayUrl} -H 'content-type: application/json' --data '${body.replaceAll("'", "'\\''")}'

Press Ctrl+C to stop.`);
}
