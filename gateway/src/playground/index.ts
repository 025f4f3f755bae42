import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { clientOperations, PLACEHOLDERS } from '../../../clients/collection.js';
import { generatePopulation, showcaseParticipant } from '../../../subgraphs/shared/demo/population.js';
import { PURPOSES } from '../../../trust/identity.js';
import { PURPOSE_HEADER } from '../auth/purpose.js';
import type { GatewayConfig } from '../config.js';
import { assetUrl, loadAssets, serveAssets, type Asset } from './assets.js';
import { devSignIn, signInChoices, TOKEN_PATH } from './sign-in.js';

/** Only the gateway's own origin, for everything the page loads and calls. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The offline playground: GraphiQL at GET /graphql for a browser (Apollo
 * Server's landing-page hook), `/` redirecting there, its assets from the
 * gateway, and with the development issuer a sign-in endpoint. Answers the
 * Apollo plugin that renders the page.
 */
export function playground(app: FastifyInstance, config: GatewayConfig): ApolloServerPlugin {
  const assets = loadAssets();
  const usesDevIssuer = !config.auth.jwksUrl && !config.auth.publicKeyFile && !config.production;
  serveAssets(app, assets);
  if (usesDevIssuer) devSignIn(app, config);
  app.get('/', async (_request, reply) => reply.redirect('/graphql'));
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.split('?')[0] === '/graphql' && String(reply.getHeader('content-type')).startsWith('text/html')) {
      void reply
        .header('content-security-policy', CONTENT_SECURITY_POLICY)
        .header('referrer-policy', 'no-referrer')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store');
    }
    return payload;
  });
  const html = page(assets, pageConfig(config, usesDevIssuer));
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

/** What the page needs to know, embedded in it as JSON: no second request before it is usable. */
function pageConfig(config: GatewayConfig, usesDevIssuer: boolean) {
  const introspection = !config.introspection
    ? 'Introspection is off on this gateway (INTROSPECTION=false), so the documentation explorer and autocompletion have no schema. Operations still run; the schema to read is supergraph/api.graphql.'
    : config.trustedDocuments === 'require'
      ? 'TRUSTED_DOCUMENTS=require: only published documents run here. The examples do; an edited or new operation, and introspection, are refused.'
      : null;
  return {
    endpoint: '/graphql',
    purposeHeader: PURPOSE_HEADER,
    purposes: PURPOSES.map((p) => p.toLowerCase().replace('_', '-')),
    signIn: usesDevIssuer
      ? { mode: 'development', tokenPath: TOKEN_PATH, ...signInChoices(), showcase: showcaseParticipant(generatePopulation(3)).id }
      : { mode: 'token', issuer: config.auth.issuer },
    introspection: introspection === null,
    notice: introspection,
    trustedDocuments: config.trustedDocuments,
    examples: clientOperations(),
    placeholders: PLACEHOLDERS,
  };
}

function page(assets: Asset[], config: ReturnType<typeof pageConfig>): string {
  const url = (name: string) => assetUrl(assets.find((a) => a.name === name)!);
  // JSON in a script element: `<` escaped so no value can close the element.
  const json = JSON.stringify(config).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Work-Plus Graph · playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${url('graphiql.css')}">
<link rel="stylesheet" href="${url('playground.css')}">
<script id="playground-config" type="application/json">${json}</script>
<script defer src="${url('react.js')}"></script>
<script defer src="${url('react-dom.js')}"></script>
<script defer src="${url('graphiql.js')}"></script>
<script defer src="${url('playground.js')}"></script>
</head>
<body>
<div id="playground"><p class="wp-loading">Loading the playground…</p></div>
</body>
</html>
`;
}
