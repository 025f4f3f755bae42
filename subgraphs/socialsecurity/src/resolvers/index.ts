import { scalarResolvers } from '../../../shared/scalars.js';
import { agencyTimeline } from '../../../shared/timeline.js';
import { welfareEvents } from '../timeline.js';
import { required } from '../../../shared/loaders.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { EntitlementRow } from '../store/tables.js';

const municipality = (code: string) => ({ code });
const participant = (id: string) => ({ id });
const active = (rows: EntitlementRow[], activeOnly: boolean | null | undefined) => (activeOnly ? rows.filter((row) => row.status === 'ACTIVE') : rows);

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Participant: {
    // The representation carries the key and the person's consents, which the policy reads; records load per field.
    __resolveReference: (reference) => reference,
    welfare: ({ id }, _, { loaders }) => loaders.membership.load(id),
    welfareTimeline: agencyTimeline('SOCIAL_SECURITY', welfareEvents),
  },
  WelfareRecord: {
    household: async (row, _, { loaders }) => required(await loaders.household.load(row.householdId)),
    relationToHead: (row) => row.relation,
    entitlements: async (row, { activeOnly }, { loaders }) => active(await loaders.entitlements.load(row.participantId), activeOnly),
    disability: (row, _, { loaders }) => loaders.disability.load(row.participantId),
  },
  WelfareHousehold: {
    municipality: (row) => municipality(row.municipalityCode),
    head: async (row, _, { loaders }) => {
      const members = await loaders.members.load(row.id);
      return required(members.find((m) => m.relation === 'HEAD') ?? null);
    },
    members: (row, _, { loaders }) => loaders.members.load(row.id),
    assessments: (row, _, { loaders }) => loaders.assessments.load(row.id),
    entitlements: async (row, { activeOnly }, { loaders }) => active(await loaders.householdEntitlements.load(row.id), activeOnly),
  },
  WelfareHouseholdMember: {
    participant: (row) => participant(row.participantId),
  },
  WelfareIncomeAssessment: {
    medianIncomePercent: (row) => Math.round((row.recognisedIncomeKrw / row.standardMedianIncomeKrw) * 1000) / 10,
  },
  WelfareEntitlement: {
    recipient: (row) => participant(row.participantId),
    responsibleMunicipality: (row) => municipality(row.municipalityCode),
    payments: (row, _, { loaders }) => loaders.payments.load(row.id),
  },
  WelfareDisabilityRegistration: {
    type: (row) => row.disabilityType,
  },
};
