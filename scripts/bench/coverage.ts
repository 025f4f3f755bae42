/** Every path in an answer that holds data: the entity types answering it touched. */
export function coverage(value: unknown, path = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value.length) into.add(`${path}[]`);
    for (const item of value) coverage(item, `${path}[]`, into);
  } else if (value && typeof value === 'object') {
    into.add(path);
    for (const [key, item] of Object.entries(value)) coverage(item, `${path}.${key}`, into);
  }
  return into;
}

/**
 * Ten people who together touch every entity type that all of `people` touch (greedily, most new paths first),
 * topped up to ten from the rest: loaders run only for records that exist, so comparing the SQL of ten against a
 * hundred means something only when the ten reach everything the hundred reach. Throws if ten cannot.
 */
export function tenCovering<P extends { covers: Set<string> }>(people: P[]): P[] {
  const all = new Set(people.flatMap((p) => [...p.covers]));
  const covered = new Set<string>();
  const gain = (p: P) => [...p.covers].filter((c) => !covered.has(c)).length;
  const ten: P[] = [];
  while (covered.size < all.size) {
    if (ten.length === 10) throw new Error(`ten people do not touch every entity type that ${people.length} touch`);
    const best = people.reduce((a, b) => (gain(b) > gain(a) ? b : a));
    ten.push(best);
    best.covers.forEach((c) => covered.add(c));
  }
  for (const p of people) if (ten.length < 10 && !ten.includes(p)) ten.push(p);
  return ten;
}
