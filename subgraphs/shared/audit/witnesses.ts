import { SUBGRAPH_NAMES, SUBGRAPHS, type SubgraphName } from '../../registry.js';

const WORKPLUS: SubgraphName = 'workplus';

/**
 * Who keeps an agency's checkpoints: Work-Plus, and the next agency after it
 * in the registry's order (skipping Work-Plus, wrapping round); Work-Plus's
 * own go to the first agency after it. Deterministic, so every subgraph and
 * `audit:verify` agree on it without asking anyone.
 */
export function witnessesOf(name: SubgraphName): SubgraphName[] {
  const others = SUBGRAPH_NAMES.filter((n) => n !== WORKPLUS);
  if (name === WORKPLUS) return others.slice(0, 1);
  const next = others[(others.indexOf(name) + 1) % others.length]!;
  return next === name ? [WORKPLUS] : [WORKPLUS, next];
}

/** The agencies whose checkpoints `name` keeps. */
export function witnessedBy(name: SubgraphName): SubgraphName[] {
  return SUBGRAPH_NAMES.filter((publisher) => publisher !== name && witnessesOf(publisher).includes(name));
}

export function subgraphOfAgency(agency: string): SubgraphName | undefined {
  return SUBGRAPHS.find((s) => s.agency === agency)?.name;
}

export function agencyOf(name: SubgraphName): string {
  return SUBGRAPHS.find((s) => s.name === name)!.agency;
}

/** Subgraphs listening in this process (`npm start`, tests), on whatever port each got: found before `<NAME>_URL`. */
const listening = new Map<SubgraphName, string>();

export function listeningHere(name: SubgraphName, graphqlUrl: string): () => void {
  listening.set(name, graphqlUrl);
  return () => {
    if (listening.get(name) === graphqlUrl) listening.delete(name);
  };
}

/** Where a witness takes checkpoints: beside its GraphQL endpoint, as the gateway finds it (`<NAME>_URL`). */
export function checkpointUrl(name: SubgraphName, peerUrls: Record<string, string>): string {
  const graphql = listening.get(name) ?? peerUrls[name]!;
  return graphql.replace(/\/graphql$/, '') + CHECKPOINT_PATH;
}

export const CHECKPOINT_PATH = '/audit/checkpoints';
