/// <reference lib="dom" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { clientOperations, shiftExampleDates } from '../clients/collection.js';
import { generatePopulation, showcaseParticipant } from '../subgraphs/shared/demo/population.js';
import { System } from './support/system.js';

/**
 * The playground and browser clients in a real browser: Debian's Chromium,
 * driven by playwright-core (`.ci/run` installs it; nothing downloads one).
 * The screenshot and figures go to .artifacts/ (git-ignored).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = new URL('../.artifacts/', import.meta.url);
const SEED = 20;
const showcase = showcaseParticipant(generatePopulation(SEED));

/** A page on an origin of its own, for a web app calling the gateway from elsewhere. */
async function originServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let system: System;
let browser: Browser;
let allowed: { origin: string; server: Server };
let other: { origin: string; server: Server };

beforeAll(async () => {
  [allowed, other] = await Promise.all([originServer(), originServer()]);
  system = await System.start({ storage: 'pglite', seedSize: SEED, gatewayEnv: { CORS_ORIGINS: allowed.origin } });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium tries outside hosts, which this closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
  for (const s of [allowed, other]) s?.server.close();
});

/** What the result pane holds, read from its editor (it draws only the lines in view). */
const resultOf = (page: Page) =>
  page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());

async function run(page: Page, example: string, purpose: string) {
  await page.selectOption('#wp-example', example);
  await page.selectOption('#wp-purpose', purpose);
  const answered = page.waitForResponse(
    (r) => r.url() === system.gatewayUrl && r.request().method() === 'POST' && !r.request().postData()?.includes('IntrospectionQuery'),
  );
  await page.click('.graphiql-execute-button');
  await answered;
  await page.waitForFunction(() => {
    const editor = document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror?: { getValue(): string } } | null;
    return editor?.CodeMirror?.getValue().trim().startsWith('{');
  });
}

describe('the playground', () => {
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  const transferred = new Map<string, number>();
  const encodings = new Map<string, string | undefined>();

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) transferred.set(new URL(request.url()).pathname, sizes.responseBodySize + sizes.responseHeadersSize);
    });
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/playground/') && pathname !== '/playground/token') encodings.set(pathname, response.headers()['content-encoding']);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  });
  afterAll(() => page?.close());

  test('opens offline at /, signs in as an employment counsellor, runs the unified view and shows the person across agencies', async () => {
    await page.goto(system.gatewayBase() + '/');
    expect(new URL(page.url()).pathname).toBe('/graphql');
    await page.waitForSelector('#wp-sign-in');
    await page.waitForSelector('.graphiql-query-editor .CodeMirror');
    const usableMs = await page.evaluate(() => Math.round(performance.now()));

    await page.selectOption('#wp-agency', 'EMPLOYMENT');
    await page.selectOption('#wp-role', 'COUNSELLOR');
    await page.selectOption('#wp-center', 'ctr-seoul-west');
    await page.click('#wp-sign-in');
    await expect(page.textContent('#wp-caller')).resolves.toContain('employment counsellor · ctr-seoul-west');

    const started = Date.now();
    await run(page, 'UnifiedParticipantView', 'counselling');
    const answer = JSON.parse(await resultOf(page));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.participant).toMatchObject({ id: showcase.id, name: showcase.name });
    expect(answer.data.participant.employment.jobSeeker).toEqual(expect.objectContaining({ office: expect.any(String), status: expect.any(String) }));
    const answeredMs = Date.now() - started;

    // The documentation explorer has the schema (introspection is on in development).
    await page.click('[aria-label="Show Documentation Explorer"]');
    await expect(page.textContent('.graphiql-doc-explorer')).resolves.toContain('Query');

    await page.screenshot({ path: new URL('playground.png', ARTIFACTS).pathname });
    const gateway = new URL(system.gatewayUrl).origin;
    expect(requests.filter((url) => new URL(url).origin !== gateway && !url.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);

    // Every asset came compressed, and worked so (the page ran).
    expect(encodings.size).toBeGreaterThanOrEqual(6);
    expect([...encodings.values()]).toEqual([...encodings.values()].map(() => 'gzip'));

    const assets = Object.fromEntries([...transferred].filter(([p]) => p.startsWith('/playground/') && p !== '/playground/token'));
    const figures = { usableMs, answeredMs, assetBytesTransferred: Object.values(assets).reduce((a, b) => a + b, 0), assets };
    writeFileSync(new URL('playground.json', ARTIFACTS), JSON.stringify(figures, null, 2));
    console.log(
      `playground: usable ${usableMs} ms after navigation; unified view answered in ${answeredMs} ms; ${figures.assetBytesTransferred} bytes of assets transferred`,
    );
  });

  test('a refusal is shown with its code and message: no purpose, then a record that may not be disclosed', async () => {
    await run(page, 'ParticipantTimeline', '');
    await expect(page.textContent('#wp-refusals')).resolves.toMatch(/PURPOSE_REQUIRED.*x-purpose-of-use/);
    await run(page, 'DataTracker', 'counselling');
    await expect(page.textContent('#wp-refusals')).resolves.toMatch(/WITHHELD/);
  });

  test("an example's dates move with the calendar in the variables editor, as clients/collection.ts moves them", async () => {
    const DATES = /\d{4}-\d{2}-\d{2}/g;
    const dated = clientOperations().filter((o) => JSON.stringify(o.variables).match(DATES));
    expect(dated.length).toBeGreaterThan(0);
    for (const example of dated) {
      await page.selectOption('#wp-example', example.name);
      const shown = await page.evaluate(() =>
        (document.querySelector('.graphiql-editor-tool .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
      );
      const written = JSON.stringify(example.variables);
      expect({ example: example.name, dates: shown.match(DATES) }).toEqual({ example: example.name, dates: shiftExampleDates(written).match(DATES) });
      // Since the examples were written (PLACEHOLDERS.datesAsOf) days have passed: the dates did move.
      expect(shown.match(DATES)).not.toEqual(written.match(DATES));
    }
  });

  test('the token travels only in the Authorization header: not in a URL, not in localStorage', async () => {
    const { local, session } = await page.evaluate(() => ({
      local: Object.keys(localStorage)
        .map((k) => localStorage.getItem(k))
        .join('\n'),
      session: sessionStorage.getItem('workplus.playground.session') ?? '',
    }));
    const token = JSON.parse(session).token as string;
    expect(token.split('.')).toHaveLength(3);
    expect(local).not.toContain(token);
    expect(requests.filter((url) => url.includes(token))).toEqual([]);
  });
});

test('the page allows nothing from another origin (Content-Security-Policy), and sign-in refuses a caller that is not one', async () => {
  const page = await fetch(system.gatewayUrl, { headers: { accept: 'text/html' } });
  expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self';.*connect-src 'self'/);
  const signIn = (body: unknown) =>
    fetch(`${system.gatewayBase()}/playground/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  for (const body of [
    { agency: 'POLICE', role: 'COUNSELLOR', center: 'ctr-seoul-west' },
    { agency: 'EMPLOYMENT', role: 'CITIZEN', center: 'ctr-seoul-west' },
    { agency: 'EMPLOYMENT', role: 'COUNSELLOR', center: 'ctr-seoul-west', admin: true },
  ]) {
    const answer = await signIn(body);
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  }
  const citizen = (await (await signIn({ agency: 'WORKPLUS', role: 'CITIZEN', center: 'ctr-seoul-west', participant: showcase.id })).json()) as {
    token: string;
  };
  const own = await system.query('query ($id: ID!) { participant(id: $id) { name } }', { id: showcase.id }, { token: citizen.token, purpose: 'self-access' });
  expect([own.errors, own.data?.participant?.name]).toEqual([undefined, showcase.name]);
});

describe('a web app on another origin (CORS)', () => {
  const call = async (origin: string) => {
    const page = await browser.newPage();
    try {
      await page.goto(origin + '/');
      return await page.evaluate(
        async ({ url, token, id }) => {
          try {
            const response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': 'counselling' },
              body: JSON.stringify({ query: 'query ($id: ID!) { participant(id: $id) { name } }', variables: { id } }),
            });
            const answer = (await response.json()) as { data: { participant: { name: string } } };
            return { name: answer.data.participant.name };
          } catch (error) {
            return { refused: String(error) };
          }
        },
        { url: system.gatewayUrl, token: await system.token(), id: showcase.id },
      );
    } finally {
      await page.close();
    }
  };

  test('an allowed origin reads the answer', async () => {
    await expect(call(allowed.origin)).resolves.toEqual({ name: showcase.name });
  });

  test('any other origin is refused by the browser', async () => {
    await expect(call(other.origin)).resolves.toEqual({ refused: expect.stringContaining('Failed to fetch') });
  });
});
