import { runSubgraph } from '../../shared/main.js';
import socialsecurity from './subgraph.js';

await runSubgraph(socialsecurity);
