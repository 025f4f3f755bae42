import { boardIndexer } from './board/indexer.js';
import { loadSchema, type SubgraphDefinition } from '../../shared/definition.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';
import { migrations } from './store/migrations.js';
import { identityPolicy } from './policy.js';
import { registerAgencies } from './store/reference.js';
import { seed } from './store/seed.js';

/** Work-Plus (고용복지플러스정보시스템): identity, centers and staff, and the center's casework. */
export const workplus: SubgraphDefinition = {
  name: 'workplus',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  createLoaders,
  policy: identityPolicy,
  prepare: registerAgencies,
  seed,
  workers: [boardIndexer],
};

export default workplus;
