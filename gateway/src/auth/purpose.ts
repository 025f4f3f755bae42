import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, GraphQLError, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { PURPOSES, type ForwardedIdentity, type Purpose } from '../../../trust/identity.js';
import { oncePerDocument } from '../per-document.js';

export const PURPOSE_HEADER = 'x-purpose-of-use';
const ACCEPTED = PURPOSES.map((p) => p.toLowerCase().replace('_', '-')).join(', ');

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'PURPOSE_REQUIRED', http: { status: 400 }, acceptedPurposes: PURPOSES } });
}

/** Reads the declared purpose of use ("counselling", "self-access", …), refusing values that are not on the list. */
export function readPurpose(header: string | string[] | undefined): Purpose | undefined {
  if (header === undefined || header === '') return undefined;
  const value = String(header).trim().toUpperCase().replace('-', '_');
  if (!PURPOSES.includes(value as Purpose)) {
    throw refuse(`"${header}" is not a purpose of use. Send ${PURPOSE_HEADER} with one of: ${ACCEPTED}`);
  }
  return value as Purpose;
}

/** Types whose every object is about one person: a participant, or a case record of one (referral, intake, placement). */
export const PERSONAL_TYPES: readonly string[] = ['Participant', 'Referral', 'Intake', 'Placement', 'IntakeResult'];

/**
 * Every operation that reaches personal data must say why. The Participant
 * fields it selects travel with the identity, so an owner can hold a
 * statute to the operation it serves.
 */
export function purposeRequiredForPersonalData(personalTypes = PERSONAL_TYPES): ApolloServerPlugin<{ purpose?: Purpose; identity?: ForwardedIdentity }> {
  const reads = oncePerDocument((schema, document) => {
    const typeInfo = new TypeInfo(schema);
    let personal = false;
    const selects = new Set<string>();
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const type = typeInfo.getType();
          if (type && personalTypes.includes(getNamedType(type).name)) personal = true;
          if (typeInfo.getParentType()?.name === 'Participant') selects.add(node.name.value);
        },
      }),
    );
    return { personal, selects: [...selects].sort() };
  });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          const { personal, selects } = reads(schema, document);
          if (contextValue.identity && selects.length) contextValue.identity.selects = [...selects];
          if (personal && !contextValue.purpose) {
            throw refuse(`This operation reads personal data: send ${PURPOSE_HEADER} with one of: ${ACCEPTED}`);
          }
        },
      };
    },
  };
}
