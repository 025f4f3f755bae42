import { runSubgraph } from '../../shared/main.js';
import selfsufficiency from './subgraph.js';

await runSubgraph(selfsufficiency);
