import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { composeFile } from '../docker/compose.js';
import { GATEWAY_NODE_FLAGS } from '../gateway/src/node-flags.js';
import { SUBGRAPH_NAMES, envPrefix } from '../subgraphs/registry.js';

/** No Docker engine runs here, so the file is checked by parsing it. */
const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<
    string,
    {
      build?: unknown;
      command?: string[];
      image?: string;
      environment?: Record<string, string>;
      healthcheck?: { test: string[] | string };
      depends_on?: Record<string, { condition: string }>;
      volumes?: string[];
    }
  >;
};

describe('docker-compose.yml', () => {
  test('runs PostgreSQL and Redis with health checks', () => {
    expect(compose.services.postgres?.image).toMatch(/^postgres:/);
    expect(compose.services.redis?.image).toMatch(/^redis:/);
    expect(compose.services.postgres?.healthcheck?.test).toBeDefined();
    expect(compose.services.redis?.healthcheck?.test).toBeDefined();
  });

  test('is what the registry generates', () => {
    expect(readFileSync('docker-compose.yml', 'utf8')).toBe(composeFile());
  });

  test.each(SUBGRAPH_NAMES)('runs subgraph %s with its own database, a health check and healthy dependencies', (name) => {
    const service = compose.services[name];
    expect(service).toBeDefined();
    expect(service!.build).toBeDefined();
    expect(JSON.stringify(service!.healthcheck?.test)).toContain('/health/ready');
    expect(service!.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(service!.environment?.[`${envPrefix(name)}_DATABASE_URL`]).toMatch(new RegExp(`/workplus_${name}$`));
    expect(service!.environment?.GATEWAY_PUBLIC_KEY_FILE).toBe('/keys/gateway.public.jwk.json');
    expect(service!.depends_on?.keys?.condition).toBe('service_completed_successfully');
    // Replicas share one replay memory for the gateway's one-time signatures.
    expect(service!.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(service!.depends_on?.redis?.condition).toBe('service_healthy');
  });

  test('the gateway waits for every subgraph to be healthy and sends no telemetry', () => {
    const gateway = compose.services.gateway!;
    expect(JSON.stringify(gateway.healthcheck?.test)).toContain('/health/ready');
    for (const name of SUBGRAPH_NAMES) {
      expect(gateway.depends_on?.[name]?.condition).toBe('service_healthy');
      expect(gateway.environment?.[`${envPrefix(name)}_URL`]).toBe(`http://${name}:4000/graphql`);
    }
    expect(gateway.environment?.GATEWAY_SIGNING_KEY_FILE).toBe('/keys/gateway.private.jwk.json');
    expect(gateway.environment?.AUTH_PUBLIC_KEY_FILE).toBe('/keys/issuer.public.jwk.json');
    // Production requires trusted documents: they are published into the Redis the gateway reads before it starts.
    const documents = compose.services.documents!;
    expect(JSON.stringify(documents.command)).toContain('scripts/documents-publish.ts');
    expect(gateway.depends_on?.documents?.condition).toBe('service_completed_successfully');
    expect(documents.environment?.REDIS_URL).toBe(gateway.environment?.REDIS_URL);
    for (const service of Object.values(compose.services).filter((s) => s.build && s !== compose.services.keys)) {
      expect(service.environment?.APOLLO_TELEMETRY_DISABLED).toBe('true');
    }
    // Traces are exported only where the operator points them: the variable passes through, empty unless set.
    for (const name of [...SUBGRAPH_NAMES, 'gateway']) {
      expect(compose.services[name]!.environment?.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('${OTEL_EXPORTER_OTLP_ENDPOINT:-}');
    }
  });
});

describe('Dockerfile', () => {
  test('compiles, as the image is built, every entry point a service runs, and every service runs one compiled', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    // The shell's patterns, as regular expressions: `*` is any name within one folder.
    const built = /^RUN node scripts\/run\.mjs --build (.+)$/m
      .exec(dockerfile)![1]!
      .split(' ')
      .map((pattern) => new RegExp(`^${pattern.replaceAll('.', '\\.').replaceAll('*', '[^/]+')}$`));
    const commands = [...Object.values(compose.services).flatMap((s) => (s.build ? [s.command ?? JSON.parse(/^CMD (.+)$/m.exec(dockerfile)![1]!)] : []))];
    expect(commands.length).toBeGreaterThan(SUBGRAPH_NAMES.length);
    for (const command of commands as string[][]) {
      // node, its flags if any, then scripts/run.mjs and the entry point.
      const run = command.indexOf('scripts/run.mjs');
      expect(command[0]).toBe('node');
      expect(command.slice(1, Math.max(run, 1)).filter((flag) => !flag.startsWith('--'))).toEqual([]);
      const entry = command[run + 1]!;
      expect(run > 0 && existsSync(entry)).toBe(true);
      expect(built.filter((pattern) => pattern.test(entry))).toHaveLength(1);
    }
  });

  test('copies every top-level folder that the code it runs imports from', () => {
    const copied = [...readFileSync('Dockerfile', 'utf8').matchAll(/^COPY (\S+) /gm)].map((m) => m[1]!);
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? e.name === '__generated__'
            ? []
            : files(path.join(dir, e.name))
          : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
            ? [path.join(dir, e.name)]
            : [],
      );
    const imported = new Set<string>();
    for (const file of copied.filter((c) => existsSync(c) && statSync(c).isDirectory()).flatMap(files)) {
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        imported.add(path.relative('.', path.resolve(path.dirname(file), target!)).split(path.sep)[0]!);
      }
    }
    expect([...imported].filter((top) => !copied.includes(top))).toEqual([]);
  });
});

describe("the gateway's V8 flags (gateway/src/node-flags.ts)", () => {
  const command = ['node', ...GATEWAY_NODE_FLAGS, 'scripts/run.mjs', 'gateway/src/index.ts'];

  test('are the ones the image, docker-compose and npm start run it with', () => {
    expect(JSON.parse(/^CMD (.+)$/m.exec(readFileSync('Dockerfile', 'utf8'))![1]!)).toEqual(command);
    expect(compose.services.gateway!.command).toEqual(command);
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(['node', ...GATEWAY_NODE_FLAGS, 'scripts/run.mjs', 'scripts/start.ts'].join(' '));
  });

  test('are flags this node takes', () => {
    expect(() => execFileSync(process.execPath, [...GATEWAY_NODE_FLAGS, '-e', ''], { stdio: 'pipe' })).not.toThrow();
    expect(() => execFileSync(process.execPath, ['--no-such-flag-at-all', '-e', ''], { stdio: 'pipe' })).toThrow();
  });
});
