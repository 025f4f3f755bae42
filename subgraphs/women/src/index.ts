import { runSubgraph } from '../../shared/main.js';
import women from './subgraph.js';

await runSubgraph(women);
