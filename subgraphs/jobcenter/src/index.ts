import { runSubgraph } from '../../shared/main.js';
import jobcenter from './subgraph.js';

await runSubgraph(jobcenter);
