import type { SubgraphContext } from '../../shared/definition.js';
import type { Loaders } from './loaders.js';
import type { EmploymentDB } from './store/tables.js';

export type Context = SubgraphContext<EmploymentDB, Loaders>;
