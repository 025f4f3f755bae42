import { readFileSync } from 'node:fs';
import path from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { apolloComputeResponse, computeResponse } from '../../gateway/src/result-shaping.js';
import { generatedAnswer, randomSource } from './generated-answer.js';
import { percentile } from './load.js';
import { caseloadQuery } from './workloads.js';

export interface ShapingFigures {
  /** Median ms to shape one caseload answer. */
  workplus: number;
  apollo: number;
}

/**
 * The gateway's last step on its own: shaping one caseload answer (50 people, generated from the schema) to the
 * operation, by the gateway's `computeResponse` and by @apollo/gateway's, in turns, each on an operation of its own as
 * the executor builds one per request. The figures under load hold it among everything else; this holds it apart.
 */
export function measureResultShaping(root: string, rounds: number): ShapingFigures {
  const schema = Supergraph.build(readFileSync(path.join(root, 'supergraph/supergraph.graphql'), 'utf8')).apiSchema();
  const document = parse(caseloadQuery());
  const operation = () => operationFromDocument(schema, document, { validate: false });
  const random = randomSource(1);
  const input = generatedAnswer(operation(), { random, faults: false, listLength: (field) => (field === 'edges' ? 50 : random.int(3)) });
  const variables = { first: 50 };
  const times = { workplus: [] as number[], apollo: [] as number[] };
  const batch = 20;
  for (let round = 0; round < Math.max(10, rounds * 5); round++) {
    for (const [name, shape] of [
      ['workplus', computeResponse],
      ['apollo', apolloComputeResponse],
    ] as const) {
      const operations = Array.from({ length: batch }, operation);
      const started = performance.now();
      for (const each of operations) shape({ operation: each, variables, input, introspectionHandling: () => null });
      // The first rounds warm both up.
      if (round >= 3) times[name].push((performance.now() - started) / batch);
    }
  }
  const median = (list: number[]) =>
    percentile(
      [...list].sort((a, b) => a - b),
      50,
    );
  const figures = { workplus: median(times.workplus), apollo: median(times.apollo) };
  console.log(
    `\nresult shaping of one caseload answer (50 people, generated from the schema), in turns: workplus gateway ${figures.workplus.toFixed(2)} ms · ` +
      `@apollo/gateway's own ${figures.apollo.toFixed(2)} ms · ${(figures.workplus / figures.apollo).toFixed(2)}×`,
  );
  return figures;
}
