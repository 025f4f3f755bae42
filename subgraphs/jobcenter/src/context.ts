import type { SubgraphContext } from '../../shared/definition.js';
import type { Loaders } from './loaders.js';
import type { JobCenterDB } from './store/tables.js';

export type Context = SubgraphContext<JobCenterDB, Loaders>;
