import { postingRelay } from '../../shared/jobs/outbox.js';
import { loadSchema, type SubgraphDefinition } from '../../shared/definition.js';
import { createLoaders } from './loaders.js';
import { policy } from './policy.js';
import { resolvers } from './resolvers/index.js';
import { migrations } from './store/migrations.js';
import { seed } from './store/seed.js';

/** Women's reemployment center (여성새로일하기센터, 새일센터): e새일 profiles, counselling, training, 새일여성인턴, placements. */
export const women: SubgraphDefinition = {
  name: 'women',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  createLoaders,
  policy,
  seed,
  workers: [postingRelay],
};

export default women;
