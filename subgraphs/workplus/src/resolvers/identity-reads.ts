import { defaultFieldResolver } from 'graphql';
import type { Context } from '../context.js';
import type { ParticipantRow } from '../store/tables.js';

/** The identity fields Work-Plus holds about a person: reading any of them is logged. */
const PERSONAL_FIELDS = ['name', 'birthDate', 'gender', 'contact', 'homeMunicipality', 'registeredCenter', 'registeredAt', 'consents', 'timeline', 'recommendedJobs'];

/** Wraps the Participant resolvers so each personal field read is noted for the access log. */
export function notingIdentityReads(resolvers: Record<string, unknown>): Record<string, unknown> {
  const wrapped: Record<string, unknown> = { ...resolvers };
  for (const field of PERSONAL_FIELDS) {
    const resolve = (resolvers[field] as typeof defaultFieldResolver | undefined) ?? defaultFieldResolver;
    wrapped[field] = (row: ParticipantRow, args: unknown, context: Context, info: Parameters<typeof defaultFieldResolver>[3]) => {
      const self = context.identity.roles.includes('CITIZEN');
      context.accesses.push({
        participantId: row.id,
        items: [`participant.${field}`],
        basis: { kind: self ? 'DATA_SUBJECT' : 'CENTER_REGISTRATION' },
      });
      return resolve(row, args, context, info);
    };
  }
  return wrapped;
}
