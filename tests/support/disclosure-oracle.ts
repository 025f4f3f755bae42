import { buildSchema, getNamedType, isCompositeType, Kind, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { DemoConsent, Person, Population } from '../../subgraphs/shared/demo/population.js';
import type { DisclosurePolicy } from '../../subgraphs/shared/policy/disclosure.js';
import type { AgencyCode, Purpose, Role } from '../../trust/identity.js';
import { composeSupergraph } from '../../supergraph/compose.js';

/**
 * An independent reading of the rules the README states, used to generate
 * what each caller must and must not see. It reads the owners' declared
 * policies as data (who, which purposes, which statutes) and decides on its
 * own: the enforcement code is never called.
 */
export interface MatrixCaller {
  subject: string;
  agency: AgencyCode;
  roles: Role[];
  center: string;
  municipalities: readonly string[];
  participant?: string;
  purpose: Purpose;
}

export type Expectation = { visible: true; basis: string } | { visible: false };

const CASEWORK: readonly Role[] = ['COUNSELLOR', 'SUPERVISOR'];
const casework = (caller: MatrixCaller) => caller.roles.some((r) => CASEWORK.includes(r));
const citizen = (caller: MatrixCaller) => caller.roles.includes('CITIZEN');

/** The center's link to a person: registered at the caller's center, or resident in a municipality it serves. */
export function related(caller: MatrixCaller, person: Person): string | null {
  if (citizen(caller) || !casework(caller)) return null;
  if (person.centerId === caller.center) return 'CENTER_REGISTRATION';
  if (caller.municipalities.includes(person.municipalityCode)) return 'CENTER_JURISDICTION';
  return null;
}

export interface World {
  population: Population;
  consents: readonly DemoConsent[];
  today: string;
}

/** What a caller may see of `owner`'s field on `person`, with `leaves` the item paths the operation selects under it. */
export function expectedDisclosure(
  world: World,
  policy: DisclosurePolicy,
  caller: MatrixCaller,
  person: Person,
  leaves: readonly string[],
  selects: readonly string[],
): Expectation | 'OUTSIDE_JURISDICTION' {
  if (citizen(caller))
    return caller.participant === person.id && caller.purpose === 'SELF_ACCESS' ? { visible: true, basis: 'DATA_SUBJECT' } : { visible: false };
  let basis: string | null = null;
  const has = (roles: readonly Role[]) => caller.roles.some((r) => roles.includes(r));
  if (caller.agency === policy.owner && has(policy.ownStaffRoles)) basis = 'OWN_AGENCY';
  else if (has(policy.partnerRoles)) {
    // The consents travel from Work-Plus, which shows them only to callers it shows the person to.
    const consent =
      caller.agency !== policy.owner && related(caller, person)
        ? world.consents.find(
            (c) =>
              c.participantId === person.id &&
              c.discloser === policy.owner &&
              c.recipient === caller.agency &&
              (c.purposes as string[]).includes(caller.purpose) &&
              c.validUntil >= world.today,
          )
        : undefined;
    const statute = policy.statutes.find(
      (s) =>
        s.recipient === caller.agency &&
        s.purposes.includes(caller.purpose) &&
        s.serves.some((f) => selects.includes(f)) &&
        leaves.every((l) => s.items.includes(l)),
    );
    if (consent) basis = `CONSENT ${consent.id}`;
    else if (statute) basis = `STATUTE ${statute.citation}`;
    else if (policy.relationship) basis = related(caller, person);
  }
  if (!basis) return { visible: false };
  if (policy.jurisdiction) {
    const home = world.population.householdById.get(person.householdId)!.municipalityCode;
    if (!caller.municipalities.includes(home)) return 'OUTSIDE_JURISDICTION';
  }
  return { visible: true, basis };
}

/** The composed schema, with each field's join__field (its subgraph); fields marked @inaccessible are for the gateway only. */
export const apiSchema: GraphQLSchema = buildSchema(composeSupergraph());

/** The subgraph that resolves a root field, from the supergraph's join__field (lower case, as the registry names it). */
export function ownerOf(field: GraphQLField<unknown, unknown>): string {
  const join = field.astNode?.directives?.find((d) => d.name.value === 'join__field');
  const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
  return graph?.kind === Kind.ENUM ? graph.value.toLowerCase() : 'workplus';
}

const inaccessible = (field: GraphQLField<unknown, unknown>) => field.astNode?.directives?.some((d) => d.name.value === 'inaccessible');
const callable = (field: GraphQLField<unknown, unknown>) => field.args.every((arg) => arg.defaultValue !== undefined || !arg.type.toString().endsWith('!'));

/** The Participant fields a client can select without arguments. */
export function participantFields(): GraphQLField<unknown, unknown>[] {
  const type = apiSchema.getType('Participant') as GraphQLObjectType;
  return Object.values(type.getFields()).filter((f) => !inaccessible(f) && callable(f));
}

/**
 * A selection of every field under `type`, generated from the schema; a type
 * already on the path gets only `__typename`, so a cycle ends.
 */
export function selectionOf(type: GraphQLObjectType, path: readonly string[] = []): string {
  return Object.values(type.getFields())
    .filter((f) => !inaccessible(f) && callable(f))
    .map((field) => {
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) return field.name;
      if (path.includes(named.name) || !('getFields' in named)) return `${field.name} { __typename }`;
      return `${field.name} { ${selectionOf(named as GraphQLObjectType, [...path, type.name])} }`;
    })
    .join(' ');
}

/** Every leaf path a selection set names, as `welfare.household.size` (`__typename` is not an item). */
export function leafPaths(root: string, type: GraphQLObjectType, path: readonly string[] = []): string[] {
  return Object.values(type.getFields())
    .filter((f) => !inaccessible(f) && callable(f))
    .flatMap((field) => {
      const named = getNamedType(field.type);
      const here = `${root}.${field.name}`;
      if (!isCompositeType(named)) return [here];
      if (path.includes(named.name) || !('getFields' in named)) return [];
      return leafPaths(here, named as GraphQLObjectType, [...path, type.name]);
    });
}
