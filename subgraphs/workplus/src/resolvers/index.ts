import { scalarResolvers } from '../../../shared/scalars.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { centerResolvers } from './centers.js';
import { consentResolvers, recordConsentResolvers } from './consents.js';
import { dataAccessLogResolvers } from './data-access-log.js';
import { participantResolvers } from './participants.js';
import { intakeResolvers } from './intake.js';
import { placementResolvers } from './placements.js';
import { referralResolvers } from './referrals.js';
import { roomResolvers } from './rooms.js';
import { boardResolvers } from '../board/resolvers.js';
import { timelineResolvers } from '../timeline/participant-timeline.js';

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  DateTime: scalarResolvers.DateTime,
  Krw: scalarResolvers.Krw,
  ...boardResolvers,
  ...participantResolvers,
  ...centerResolvers,
  ...roomResolvers,
  ...referralResolvers,
  ...intakeResolvers,
  ...placementResolvers,
  DisclosureConsent: consentResolvers.DisclosureConsent,
  ConsentChange: consentResolvers.ConsentChange,
  Query: { ...participantResolvers.Query, ...centerResolvers.Query, ...roomResolvers.Query, ...referralResolvers.Query, ...boardResolvers.Query },
  Center: { ...centerResolvers.Center, ...roomResolvers.Center, ...placementResolvers.Center },
  Participant: {
    ...participantResolvers.Participant,
    ...consentResolvers.Participant,
    ...dataAccessLogResolvers.Participant,
    ...timelineResolvers.Participant,
    ...referralResolvers.Participant,
    ...placementResolvers.Participant,
    ...boardResolvers.Participant,
  },
  Mutation: {
    ...consentResolvers.Mutation,
    ...recordConsentResolvers.Mutation,
    ...roomResolvers.Mutation,
    ...referralResolvers.Mutation,
    ...intakeResolvers.Mutation,
    ...placementResolvers.Mutation,
  },
};
