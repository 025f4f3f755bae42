import { Kind, type DocumentNode } from 'graphql';

const KOREAN_TERM = /\(([^()]*[가-힣][^()]*)\)/;

/**
 * The Korean term staff know an enum value by, taken from its schema
 * description ("Livelihood benefit (생계급여), …" gives 생계급여), so the
 * schema stays the one place the terms are written. Falls back to the value.
 */
export function staffTerms(schema: DocumentNode): (enumName: string, value: string) => string {
  const terms = new Map<string, string>();
  for (const definition of schema.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    for (const value of definition.values ?? []) {
      const term = KOREAN_TERM.exec(value.description?.value ?? '')?.[1];
      if (term) terms.set(`${definition.name.value}.${value.name.value}`, term);
    }
  }
  return (enumName, value) => terms.get(`${enumName}.${value}`) ?? value;
}
