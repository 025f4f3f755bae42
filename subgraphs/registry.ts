/**
 * Every subgraph the center runs. Adding an agency means copying one subgraph
 * folder and adding one line here: composition, the gateway, `npm start`,
 * seeding and docker-compose checks all read this list.
 */
export const SUBGRAPHS = [
  { name: 'workplus', port: 4001 },
  { name: 'employment', port: 4002 },
  { name: 'women', port: 4003 },
  { name: 'veterans', port: 4004 },
  { name: 'selfsufficiency', port: 4005 },
  { name: 'socialsecurity', port: 4006 },
  { name: 'jobcenter', port: 4007 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);

/** Prefix of a subgraph's own environment variables, e.g. `EMPLOYMENT_DATABASE_URL`. */
export function envPrefix(name: string): string {
  return name.toUpperCase();
}
