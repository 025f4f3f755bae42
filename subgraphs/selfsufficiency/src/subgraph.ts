import { loadSchema, type SubgraphDefinition } from '../../shared/definition.js';
import { createLoaders } from './loaders.js';
import { policy } from './policy.js';
import { resolvers } from './resolvers/index.js';
import { migrations } from './store/migrations.js';
import { seed } from './store/seed.js';

/** Local self-sufficiency center (지역자활센터): work programs, monthly work records, IAP, asset-building accounts. */
export const selfsufficiency: SubgraphDefinition = {
  name: 'selfsufficiency',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  createLoaders,
  policy,
  seed,
};

export default selfsufficiency;
