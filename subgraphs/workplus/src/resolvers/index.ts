import { scalarResolvers } from '../../../shared/scalars.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { centerResolvers } from './centers.js';
import { consentResolvers, recordConsentResolvers } from './consents.js';
import { dataAccessLogResolvers } from './data-access-log.js';
import { notingIdentityReads } from './identity-reads.js';
import { participantResolvers } from './participants.js';
import { roomResolvers } from './rooms.js';

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  DateTime: scalarResolvers.DateTime,
  ...participantResolvers,
  ...centerResolvers,
  ...roomResolvers,
  Query: { ...participantResolvers.Query, ...centerResolvers.Query, ...roomResolvers.Query },
  Center: { ...centerResolvers.Center, ...roomResolvers.Center },
  Participant: notingIdentityReads({
    ...participantResolvers.Participant,
    ...consentResolvers.Participant,
    ...dataAccessLogResolvers.Participant,
  }),
  Mutation: { ...consentResolvers.Mutation, ...recordConsentResolvers.Mutation, ...roomResolvers.Mutation },
};
