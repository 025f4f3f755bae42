import { postingRelay } from '../../shared/jobs/outbox.js';
import { loadSchema, type SubgraphDefinition } from '../../shared/definition.js';
import { createLoaders } from './loaders.js';
import { policy } from './policy.js';
import { resolvers } from './resolvers/index.js';
import { migrations } from './store/migrations.js';
import { seed } from './store/seed.js';

/** Veterans support center (제대군인지원센터): v-net of the Ministry of Patriots and Veterans Affairs. */
export const veterans: SubgraphDefinition = {
  name: 'veterans',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  createLoaders,
  policy,
  seed,
  workers: [postingRelay],
};

export default veterans;
