# One image for the gateway and every subgraph; docker-compose.yml picks the entry point.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY trust ./trust
COPY docker ./docker
COPY supergraph ./supergraph
COPY scripts ./scripts
COPY clients ./clients
COPY tsconfig.json ./
# Every entry point compiled once, here: containers start from JavaScript, with no compiler in the way.
RUN node scripts/run.mjs --build gateway/src/index.ts subgraphs/*/src/index.ts scripts/keys.ts scripts/documents-publish.ts
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    APOLLO_TELEMETRY_DISABLED=true
# A named volume mounted here inherits this owner, so keys written by the `keys` service are readable by all.
RUN mkdir /keys && chown node:node /keys
USER node
EXPOSE 4000
# The gateway's V8 flags are gateway/src/node-flags.ts's (a test keeps them in step).
CMD ["node", "--max-semi-space-size=64", "scripts/run.mjs", "gateway/src/index.ts"]
