import {
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  possibleRuntimeTypes,
  type CompositeType,
  type Operation,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';

/** A small deterministic random source (mulberry32): the same seed, the same answer. */
export function randomSource(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    int: (n: number) => Math.floor(next() * n),
  };
}
export type Random = ReturnType<typeof randomSource>;

export interface AnswerOptions {
  random: Random;
  /** Now and then answer wrong: nulls where none may be, missing fields, wrong leaf values and __typenames, a value for a list. */
  faults: boolean;
  /** How many items a list at this field (by response name) holds. */
  listLength(field: string): number;
}

/**
 * The data subgraphs might fetch for `operation`, made from its selections and the schema's types, as @apollo/gateway
 * holds it before shaping it to the operation: every fragment's fields, `__typename` where an abstract type needs it
 * and now and then elsewhere, and a field nobody selected.
 */
export function generatedAnswer(operation: Operation, options: AnswerOptions): Record<string, unknown> {
  const schema = operation.schema();
  return objectFor(operation.selectionSet, schema.schemaDefinition.rootType(operation.rootKind)!, options);
}

function objectFor(selectionSet: SelectionSet, type: CompositeType, options: AnswerOptions): Record<string, unknown> {
  const { random, faults } = options;
  const runtimeTypes = possibleRuntimeTypes(type);
  const runtime = runtimeTypes.length ? random.pick(runtimeTypes) : type;
  const object: Record<string, unknown> = {};
  if (runtime !== type || random.chance(0.5)) object.__typename = faults && random.chance(0.03) ? random.pick(['Nope', 'String', 42]) : runtime.name;
  const fill = (set: SelectionSet) => {
    for (const selection of set.selections()) {
      if (selection.kind === 'FragmentSelection') {
        fill(selection.selectionSet);
        continue;
      }
      const field = selection.element;
      if (faults && random.chance(0.04)) continue;
      const name = field.responseName();
      if (field.name !== '__typename') object[name] = valueOf(field.definition.type!, selection.selectionSet, name, options);
      // A subgraph answers __typename under its alias too; now and then a wrong one, or none (then the object's is used).
      else if (name !== '__typename') object[name] = faults && random.chance(0.05) ? random.pick([null, 'Nope', 'String']) : runtime.name;
    }
  };
  fill(selectionSet);
  if (random.chance(0.2)) object.notSelected = 'extra';
  return object;
}

/** A value of `type`; without faults, null only where the type allows it. */
function valueOf(type: Type, selectionSet: SelectionSet | undefined, field: string, options: AnswerOptions, nullable = true): unknown {
  const { random, faults } = options;
  if (isNonNullType(type)) return faults && random.chance(0.05) ? null : valueOf(type.ofType, selectionSet, field, options, false);
  if ((faults || nullable) && random.chance(faults ? 0.05 : 0.02)) return null;
  if (isListType(type)) {
    if (faults && random.chance(0.01)) return 'not a list';
    return Array.from({ length: options.listLength(field) }, () => valueOf(type.ofType, selectionSet, field, options));
  }
  if (isCompositeType(type)) return faults && random.chance(0.01) ? 7 : objectFor(selectionSet!, type, options);
  if (faults && random.chance(0.06)) return random.pick([{}, 1.5, true, 'text', Infinity, -3]);
  if (isEnumType(type)) return random.pick(type.values).name;
  switch (type.name) {
    case 'Int':
      return random.int(1000) - 500;
    case 'Float':
      return random.int(1000) / 7;
    case 'Boolean':
      return random.chance(0.5);
    case 'ID':
      return random.chance(0.5) ? `id-${random.int(100)}` : random.int(100);
    default:
      return `value-${random.int(100)}`;
  }
}
