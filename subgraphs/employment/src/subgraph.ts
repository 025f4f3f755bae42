import { postingRelay } from '../../shared/jobs/outbox.js';
import { loadSchema, type SubgraphDefinition } from '../../shared/definition.js';
import { createLoaders } from './loaders.js';
import { medianIncomeWatch } from './nesp/median-income-watch.js';
import { policy } from './policy.js';
import { resolvers } from './resolvers/index.js';
import { migrations } from './store/migrations.js';
import { seed } from './store/seed.js';

/** Public employment center (고용센터): Work-net, employment insurance, NESP, HRD-net. */
export const employment: SubgraphDefinition = {
  name: 'employment',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  createLoaders,
  policy,
  seed,
  workers: [postingRelay, medianIncomeWatch],
};

export default employment;
