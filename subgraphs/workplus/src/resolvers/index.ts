import { scalarResolvers } from '../../../shared/scalars.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { centerResolvers } from './centers.js';
import { consentResolvers, recordConsentResolvers } from './consents.js';
import { dataAccessLogResolvers } from './data-access-log.js';
import { notingIdentityReads } from './identity-reads.js';
import { participantResolvers } from './participants.js';

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  DateTime: scalarResolvers.DateTime,
  ...participantResolvers,
  ...centerResolvers,
  Query: { ...participantResolvers.Query, ...centerResolvers.Query },
  Participant: notingIdentityReads({
    ...participantResolvers.Participant,
    ...consentResolvers.Participant,
    ...dataAccessLogResolvers.Participant,
  }),
  Mutation: { ...consentResolvers.Mutation, ...recordConsentResolvers.Mutation },
};
