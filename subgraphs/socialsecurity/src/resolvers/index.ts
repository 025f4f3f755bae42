import { scalarResolvers } from '../../../shared/scalars.js';
import { required } from '../../../shared/loaders.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { EntitlementRow } from '../store/tables.js';

const municipality = (code: string) => ({ code });
const participant = (id: string) => ({ id });
const active = (rows: EntitlementRow[], activeOnly: boolean | null | undefined) =>
  activeOnly ? rows.filter((row) => row.status === 'ACTIVE') : rows;

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Participant: {
    // The key is all this subgraph needs; the record itself loads per field, batched.
    __resolveReference: ({ id }) => ({ id }),
    welfare: ({ id }, _, { loaders }) => loaders.membership.load(id),
  },
  WelfareRecord: {
    household: async (row, _, { loaders }) => required(await loaders.household.load(row.household_id)),
    relationToHead: (row) => row.relation as never,
    joinedOn: (row) => row.joined_on,
    entitlements: async (row, { activeOnly }, { loaders }) => active(await loaders.entitlements.load(row.participant_id), activeOnly),
    disability: (row, _, { loaders }) => loaders.disability.load(row.participant_id),
  },
  WelfareHousehold: {
    municipality: (row) => municipality(row.municipality_code),
    registeredOn: (row) => row.registered_on,
    head: async (row, _, { loaders }) => {
      const members = await loaders.members.load(row.id);
      return required(members.find((m) => m.relation === 'HEAD') ?? null);
    },
    members: (row, _, { loaders }) => loaders.members.load(row.id),
    monthlyIncomeKrw: (row) => row.monthly_income_krw,
    recognisedIncomeKrw: (row) => row.recognised_income_krw,
    assetsKrw: (row) => row.assets_krw,
    livelihoodStatus: (row) => row.livelihood_status as never,
    vulnerableGroup: (row) => row.vulnerable_group as never,
    lastAssessedOn: (row) => row.last_assessed_on,
    assessments: (row, _, { loaders }) => loaders.assessments.load(row.id),
    entitlements: async (row, { activeOnly }, { loaders }) => active(await loaders.householdEntitlements.load(row.id), activeOnly),
  },
  WelfareHouseholdMember: {
    participant: (row) => participant(row.participant_id),
    relation: (row) => row.relation as never,
    joinedOn: (row) => row.joined_on,
  },
  WelfareIncomeAssessment: {
    assessedOn: (row) => row.assessed_on,
    kind: (row) => row.kind as never,
    monthlyIncomeKrw: (row) => row.monthly_income_krw,
    incomeEvaluationKrw: (row) => row.income_evaluation_krw,
    assetsKrw: (row) => row.assets_krw,
    assetConversionKrw: (row) => row.asset_conversion_krw,
    recognisedIncomeKrw: (row) => row.recognised_income_krw,
    standardMedianIncomeKrw: (row) => row.standard_median_income_krw,
    medianIncomePercent: (row) => Math.round((row.recognised_income_krw / row.standard_median_income_krw) * 1000) / 10,
    resultingStatus: (row) => row.resulting_status as never,
  },
  WelfareEntitlement: {
    program: (row) => row.program as never,
    status: (row) => row.status as never,
    recipient: (row) => participant(row.participant_id),
    householdLevel: (row) => row.household_level,
    appliedOn: (row) => row.applied_on,
    decidedOn: (row) => row.decided_on,
    startedOn: (row) => row.started_on,
    endedOn: (row) => row.ended_on,
    monthlyAmountKrw: (row) => row.monthly_amount_krw,
    medicalAidClass: (row) => row.medical_aid_class as never,
    responsibleMunicipality: (row) => municipality(row.municipality_code),
    payments: (row, _, { loaders }) => loaders.payments.load(row.id),
  },
  WelfarePayment: {
    forMonth: (row) => row.for_month,
    paidOn: (row) => row.paid_on,
    amountKrw: (row) => row.amount_krw,
  },
  WelfareDisabilityRegistration: {
    registeredOn: (row) => row.registered_on,
    type: (row) => row.disability_type as never,
    nextReviewOn: (row) => row.next_review_on,
  },
};
