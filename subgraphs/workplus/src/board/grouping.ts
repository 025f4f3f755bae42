/** What decides whether two postings are the same vacancy. */
export interface Groupable {
  id: string;
  businessRegistrationNumber: string;
  occupationCode: string;
  openOn: string;
  closeOn: string;
}

export interface Vacancy {
  /** `vac-` and the smallest posting ID in the group. */
  id: string;
  /** The latest openOn in the group, by which the board sorts. */
  openedOn: string;
}

/**
 * The duplicate rule: two open postings are the same vacancy when they have
 * the same business registration number, the same occupation code, and
 * periods [openOn, closeOn] that overlap (both ends inclusive). The relation
 * is closed transitively: A~B and B~C put A, B and C in one vacancy even if
 * A and C do not overlap. Returns each posting's vacancy.
 */
export function groupVacancies(postings: readonly Groupable[]): Map<string, Vacancy> {
  const partitions = new Map<string, Groupable[]>();
  for (const p of postings) {
    const key = `${p.businessRegistrationNumber}|${p.occupationCode}`;
    partitions.set(key, [...(partitions.get(key) ?? []), p]);
  }
  const result = new Map<string, Vacancy>();
  for (const partition of partitions.values()) {
    // Sorted by start, an interval joins the running group exactly when it starts before the group's latest end.
    const sorted = [...partition].sort((a, b) => a.openOn.localeCompare(b.openOn) || a.closeOn.localeCompare(b.closeOn));
    let group: Groupable[] = [];
    let groupEnd = '';
    const flush = () => {
      if (!group.length) return;
      const vacancy = {
        id: `vac-${group.map((p) => p.id).sort()[0]}`,
        openedOn: group
          .map((p) => p.openOn)
          .sort()
          .at(-1)!,
      };
      for (const p of group) result.set(p.id, vacancy);
    };
    for (const p of sorted) {
      if (group.length && p.openOn > groupEnd) {
        flush();
        group = [];
      }
      group.push(p);
      if (p.closeOn > groupEnd || group.length === 1) groupEnd = p.closeOn;
    }
    flush();
  }
  return result;
}
