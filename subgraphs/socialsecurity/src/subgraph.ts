import { loadSchema, type SubgraphDefinition } from '../../shared/definition.js';
import { createLoaders } from './loaders.js';
import { policy } from './policy.js';
import { resolvers } from './resolvers/index.js';
import { migrations } from './store/migrations.js';
import { seed } from './store/seed.js';

/** Municipal welfare desk on the social security information system (사회보장정보시스템, 행복e음). */
export const socialsecurity: SubgraphDefinition = {
  name: 'socialsecurity',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  createLoaders,
  policy,
  seed,
};

export default socialsecurity;
