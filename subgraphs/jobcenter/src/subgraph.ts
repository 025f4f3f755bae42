import { loadSchema, type SubgraphDefinition } from '../../shared/definition.js';
import { postingRelay } from '../../shared/jobs/outbox.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';
import { migrations } from './store/migrations.js';
import { seed } from './store/seed.js';

/**
 * Municipal job center (지자체 일자리센터): job postings and the employers
 * behind them. It keeps no personal records in the graph, so it has no
 * Participant field and no disclosure policy.
 */
export const jobcenter: SubgraphDefinition = {
  name: 'jobcenter',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  createLoaders,
  seed,
  workers: [postingRelay],
};

export default jobcenter;
