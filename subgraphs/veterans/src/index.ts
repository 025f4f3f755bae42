import { runSubgraph } from '../../shared/main.js';
import veterans from './subgraph.js';

await runSubgraph(veterans);
