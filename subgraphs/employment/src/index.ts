import { runSubgraph } from '../../shared/main.js';
import employment from './subgraph.js';

await runSubgraph(employment);
