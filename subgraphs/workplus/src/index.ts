import { runSubgraph } from '../../shared/main.js';
import workplus from './subgraph.js';

await runSubgraph(workplus);
