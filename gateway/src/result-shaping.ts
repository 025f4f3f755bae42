import {
  assert,
  ERRORS,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isValidLeafValue,
  typenameFieldName,
  Variable,
  type CompositeType,
  type Directive,
  type DirectiveDefinition,
  type Field,
  type FragmentElement,
  type FieldSelection,
  type Operation,
  type EnumType,
  type ScalarType,
  type Schema,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import apolloResultShaping from '@apollo/gateway/dist/resultShaping.js';
import type { GraphQLError } from 'graphql';

/**
 * @apollo/gateway's last step, shaping the fetched data to the operation (`computeResponse`), done the same way at a
 * quarter of the cost. Apollo's walks the operation's objects anew for every value of the answer: each selection's
 * @skip and @include looked up, each field's type asked through getters, an object allocated per value. Under the
 * caseload that was the gateway's largest single cost: its three functions (`updateOutputValue`, `applySelectionSet`
 * and the getters' `get`) held 9.5% of the gateway's samples in `npm run bench -- --storage postgres --workloads
 * caseload --clients 1 --rounds 1 --profile` at `ca23019`. Here the operation is read once per request into plain
 * records, and the data is walked over those: a caseload answer of 50 people takes about a quarter of Apollo's time
 * (`npm run bench` prints both and the ratio: 0.18-0.29× in runs on 2026-12-07). The rules, the errors and their
 * messages are Apollo's own, line for line: `tests/result-shaping.test.ts` checks that both give the same answer, on
 * every client query and on operations and data generated from the schema.
 */
export const computeResponse: typeof apolloResultShaping.computeResponse = ({ operation, variables, input, introspectionHandling }) => {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  const run: Run = {
    schema,
    variables: { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables },
    errors: [],
    introspectionHandling,
  };
  const data = Object.create(null);
  const ok = applySelections(input, compile(operation.selectionSet, schema), data, run, [], schema.schemaDefinition.rootType(operation.rootKind)!);
  return { data: ok ? data : null, errors: run.errors };
};

/** Apollo's own `computeResponse`, which `useFastResultShaping` replaces. */
export const apolloComputeResponse = apolloResultShaping.computeResponse;

/**
 * Has @apollo/gateway shape every answer with `computeResponse`. Its executor calls the function through its module's
 * exports at each request, so replacing the export is enough. A version of @apollo/gateway laid out otherwise keeps its
 * own: the answer is the same, only slower, and the test of this module fails.
 */
export function useFastResultShaping(): boolean {
  if (typeof apolloResultShaping?.computeResponse !== 'function') return false;
  apolloResultShaping.computeResponse = computeResponse;
  return true;
}

interface Run {
  schema: Schema;
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  introspectionHandling: (selection: FieldSelection) => unknown;
}

type Path = (string | number)[];

/** @skip or @include, with its `if`: a constant, or the variable to read. */
type Condition = { directive: Directive<any>; test: boolean | Variable };
type Guard = { skip?: Condition; include?: Condition } | undefined;

type Selection =
  | { kind: 'field'; responseName: string; guard: Guard; shape: Shape }
  | { kind: 'typename'; responseName: string; guard: Guard }
  | { kind: 'introspection'; responseName: string; guard: Guard; selection: FieldSelection }
  | { kind: 'fragment'; guard: Guard; typeCondition: CompositeType | undefined; selections: Selection[]; applies: Map<string, boolean> };

/** A field's type, layer by layer; `selects` says whether the field has a selection set (every layer of it alike). */
type Shape = { type: Type; selects: boolean } & (
  { kind: 'nonNull'; of: Shape } | { kind: 'list'; of: Shape } | { kind: 'composite'; selections: Selection[] | undefined } | { kind: 'leaf' }
);

/** The operation's selections as plain records, read once per request. */
function compile(selectionSet: SelectionSet, schema: Schema): Selection[] {
  const compiled: Selection[] = [];
  for (const selection of selectionSet.selections()) {
    const guard = guardOf(selection.element, schema);
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      const responseName = field.responseName();
      if (field.definition.isSchemaIntrospectionField()) compiled.push({ kind: 'introspection', responseName, guard, selection });
      else if (field.name === typenameFieldName) compiled.push({ kind: 'typename', responseName, guard });
      else compiled.push({ kind: 'field', responseName, guard, shape: shapeOf(field.definition.type!, selection.selectionSet, schema) });
    } else {
      const { typeCondition } = selection.element;
      compiled.push({ kind: 'fragment', guard, typeCondition, selections: compile(selection.selectionSet, schema), applies: new Map() });
    }
  }
  return compiled;
}

function shapeOf(type: Type, selectionSet: SelectionSet | undefined, schema: Schema): Shape {
  const selects = selectionSet !== undefined;
  if (isNonNullType(type)) return { kind: 'nonNull', type, selects, of: shapeOf(type.ofType, selectionSet, schema) };
  if (isListType(type)) return { kind: 'list', type, selects, of: shapeOf(type.ofType, selectionSet, schema) };
  if (isCompositeType(type)) return { kind: 'composite', type, selects, selections: selectionSet && compile(selectionSet, schema) };
  return { kind: 'leaf', type, selects };
}

function guardOf(element: Field | FragmentElement, schema: Schema): Guard {
  const condition = (definition: DirectiveDefinition): Condition | undefined => {
    const directive = element.appliedDirectivesOf(definition)[0];
    return directive && { directive, test: directive.arguments().if };
  };
  const skip = condition(schema.skipDirective());
  const include = condition(schema.includeDirective());
  return skip || include ? { skip, include } : undefined;
}

function skipped(guard: NonNullable<Guard>, variables: Record<string, unknown>): boolean {
  return (!!guard.skip && holds(guard.skip, variables)) || (!!guard.include && !holds(guard.include, variables));
}

function holds({ directive, test }: Condition, variables: Record<string, unknown>): boolean {
  if (!(test instanceof Variable)) return test;
  const value = variables[test.name];
  assert(value !== undefined && typeof value === 'boolean', () => `Unexpected value ${value} for variable ${test} of ${directive}`);
  return value;
}

/** Whether a fragment applies to an object of `typename` (or, without one, of `parentType`), asked once per type. */
function applies(fragment: Extract<Selection, { kind: 'fragment' }>, typename: string | undefined, parentType: CompositeType, schema: Schema): boolean {
  const { typeCondition } = fragment;
  if (!typeCondition) return true;
  const key = typename ? `typename ${typename}` : `parent ${parentType.name}`;
  let answer = fragment.applies.get(key);
  if (answer === undefined) {
    const type = typename ? schema.type(typename) : parentType;
    answer = !!type && isSubtype(typeCondition, type);
    fragment.applies.set(key, answer);
  }
  return answer;
}

const own = (object: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;

/** Apollo's `applySelectionSet`: false where Apollo answers NULL_BUBBLE_UP. */
function applySelections(input: any, selections: Selection[], output: any, run: Run, path: Path, parentType: CompositeType): boolean {
  for (const selection of selections) {
    if (selection.guard && skipped(selection.guard, run.variables)) continue;
    switch (selection.kind) {
      case 'introspection':
        if (output[selection.responseName] === undefined) output[selection.responseName] = run.introspectionHandling(selection.selection);
        break;
      case 'typename': {
        const { responseName } = selection;
        if (output[responseName] !== undefined) break;
        let value = own(input, responseName) ?? null;
        if (value === null && responseName !== typenameFieldName) value = input[typenameFieldName] ?? null;
        const type = value !== null && typeof value === 'string' ? (run.schema.type(value) ?? parentType) : parentType;
        if (!isObjectType(type)) return false;
        output[responseName] = type.name;
        break;
      }
      case 'field': {
        const { responseName } = selection;
        path.push(responseName);
        output[responseName] = update(output[responseName], selection.shape, own(input, responseName) ?? null, run, path, parentType);
        path.pop();
        if (invalid) return false;
        break;
      }
      case 'fragment': {
        const typename = input[typenameFieldName];
        assert(!typename || typeof typename === 'string', () => `Got unexpected value for __typename: ${typename}`);
        if (applies(selection, typename, parentType, run.schema)) {
          if (!applySelections(input, selection.selections, output, run, path, selection.typeCondition ?? parentType)) return false;
        }
        break;
      }
    }
  }
  return true;
}

/**
 * What Apollo's `updateOutputValue` answers besides the value, for the last call that returned (flags rather than an
 * object per value): `invalid`, the value's parent must be nulled; `hasErrors`, an error was recorded for it.
 */
let invalid = false;
let hasErrors = false;

function answer<T>(value: T, isInvalid: boolean, withErrors: boolean): T {
  invalid = isInvalid;
  hasErrors = withErrors;
  return value;
}

/** Apollo's `updateOutputValue`. */
function update(outputValue: any, shape: Shape, inputValue: any, run: Run, path: Path, parentType: CompositeType): any {
  if (outputValue === null || (outputValue !== undefined && !shape.selects)) return answer(outputValue, false, false);
  if (shape.kind === 'nonNull') {
    const updated = update(outputValue, shape.of, inputValue, run, path, parentType);
    if (updated !== null) return answer(updated, false, false);
    if (!hasErrors) fault(run, `Cannot return null for non-nullable ${described(path, shape.of.type, parentType)}.`, path);
    return answer(null, true, true);
  }
  if (inputValue === null) return answer(null, false, false);
  switch (shape.kind) {
    case 'list': {
      assert(Array.isArray(inputValue), () => `Invalid non-list value ${inputValue} returned by subgraph for list type ${shape.type}`);
      assert(
        outputValue === undefined || Array.isArray(outputValue),
        () => `Invalid non-list value ${outputValue} returned by subgraph for list type ${shape.type}`,
      );
      const length = inputValue.length;
      assert(
        outputValue === undefined || length === outputValue.length,
        () => `[${inputValue}].length (${length}) !== [${outputValue}].length (${outputValue.length})`,
      );
      const updated = new Array(length);
      let nullify = false;
      let withErrors = false;
      for (let index = 0; index < length; index++) {
        path.push(index);
        updated[index] = update(outputValue?.[index], shape.of, inputValue[index], run, path, parentType);
        path.pop();
        nullify ||= invalid;
        withErrors ||= hasErrors;
      }
      return answer(nullify ? null : updated, false, withErrors);
    }
    case 'composite': {
      assert(shape.selections, () => `Invalid empty selection set for composite type ${shape.type}`);
      assert(typeof inputValue === 'object', () => `Invalid non-object value ${inputValue} returned by subgraph for composite type ${shape.type}`);
      assert(
        outputValue === undefined || typeof outputValue === 'object',
        () => `Invalid non-object value ${inputValue} returned by subgraph for composite type ${shape.type}`,
      );
      const typename = inputValue[typenameFieldName];
      assert(typename === undefined || typeof typename === 'string', () => `Invalid non-string value ${typename} for __typename at ${path}`);
      let objectType = shape.type as CompositeType;
      if (typename) {
        const type = run.schema.type(typename);
        if (!type || !isCompositeType(type)) {
          fault(run, `Invalid __typename found for object at ${described(path, shape.type, parentType)}.`, path);
          return answer(null, false, true);
        }
        objectType = type;
      }
      const object = outputValue === undefined ? Object.create(null) : outputValue;
      const ok = applySelections(inputValue, shape.selections, object, run, path, objectType);
      return answer(ok ? object : null, false, !ok);
    }
    default: {
      assert(outputValue === undefined, () => `Excepted output to be undefined but got ${shape.type} for type ${shape.type}`);
      const valid = isValidLeafValue(run.schema, inputValue, shape.type as ScalarType | EnumType);
      if (!valid) fault(run, `Invalid value found for ${described(path, shape.type, parentType)}.`, path);
      return answer(valid ? inputValue : null, false, !valid);
    }
  }
}

function fault(run: Run, message: string, path: Path): void {
  run.errors.push(ERRORS.INVALID_GRAPHQL.err(message, { path: Array.from(path) }));
}

/** Apollo's `pathLastElementDescription`. */
function described(path: Path, currentType: Type, parentType: CompositeType): string {
  const element = path[path.length - 1];
  assert(element !== undefined, 'Should not have been called on an empty path');
  return typeof element === 'string' ? `field ${parentType}.${element}` : `array element of type ${currentType} at index ${element}`;
}
