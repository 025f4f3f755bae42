import { required } from '../../../shared/loaders.js';
import { scalarResolvers } from '../../../shared/scalars.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { Loaders } from '../loaders.js';

/** A business unit, found among its center's units (one batched statement for all centers). */
async function programOf(loaders: Loaders, centerId: string, programId: string) {
  const program = (await loaders.centerPrograms.load(centerId)).find((p) => p.id === programId);
  return required(program ?? null);
}

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Participant: {
    // The key is all this subgraph needs; the record itself loads per field, batched.
    __resolveReference: ({ id }) => ({ id }),
    selfSufficiency: ({ id }, _, { loaders }) => loaders.enrollment.load(id),
  },
  SelfSufficiencyRecord: {
    centerName: (row) => row.center_name,
    recipientCategory: (row) => row.recipient_category as never,
    enrolledOn: (row) => row.enrolled_on,
    status: (row) => row.status as never,
    endedOn: (row) => row.ended_on,
    caseManagerId: (row) => row.case_manager_id,
    program: (row, _, { loaders }) => programOf(loaders, row.center_id, row.program_id),
    workMonths: (row, _, { loaders }) => loaders.workMonths.load(row.participant_id),
    plan: (row, _, { loaders }) => loaders.plan.load(row.participant_id),
    assetAccounts: (row, _, { loaders }) => loaders.assetAccounts.load(row.participant_id),
  },
  SelfSufficiencyProgram: {
    centerName: (row) => row.center_name,
    businessField: (row) => row.business_field as never,
    programType: (row) => row.program_type as never,
    startedOn: (row) => row.started_on,
    dailyWageKrw: (row) => row.daily_wage_krw,
    dailyHours: (row) => row.daily_hours,
  },
  SelfSufficiencyWorkMonth: {
    program: async (row, _, { loaders }) => {
      // The enrollment is already cached from the parent record: no statement here.
      const enrollment = required(await loaders.enrollment.load(row.participant_id));
      return programOf(loaders, enrollment.center_id, row.program_id);
    },
    daysWorked: (row) => row.days_worked,
    hoursWorked: (row) => row.hours_worked,
    wageKrw: (row) => row.wage_krw,
    incentiveKrw: (row) => row.incentive_krw,
  },
  SelfSufficiencyPlan: {
    drawnUpOn: (row) => row.drawn_up_on,
    goal: (row) => row.goal as never,
    targetJob: (row) => row.target_job,
    targetExitOn: (row) => row.target_exit_on,
    lastReviewedOn: (row) => row.last_reviewed_on,
  },
  SelfSufficiencyAssetAccount: {
    accountType: (row) => row.account_type as never,
    openedOn: (row) => row.opened_on,
    maturesOn: (row) => row.matures_on,
    monthlyDepositKrw: (row) => row.monthly_deposit_krw,
    monthlyMatchKrw: (row) => row.monthly_match_krw,
    monthsDeposited: (row) => row.months_deposited,
    balanceKrw: (row) => row.balance_krw,
    status: (row) => row.status as never,
  },
};
