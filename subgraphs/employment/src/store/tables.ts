import type { Selectable } from 'kysely';
import type {
  BenefitClaimStatus,
  EducationLevel,
  EmploymentType,
  JobSeekerStatus,
  NespStage,
  NespTrack,
  PlannedActivityKind,
  SeparationReason,
  TrainingStatus,
} from '../../__generated__/resolvers-types.js';

/** The employment center's database (Work-net, employment insurance, HRD-net), as Kysely sees it: camelCase here, snake_case in SQL. */
export interface EmploymentDB {
  job_seekers: {
    id: string;
    participantId: string;
    office: string;
    registeredOn: string;
    validUntil: string;
    status: JobSeekerStatus;
    desiredOccupationCode: string;
    desiredOccupationName: string;
    desiredRegionCode: string;
    desiredMonthlyWageKrw: number;
    desiredEmploymentType: EmploymentType;
    education: EducationLevel;
  };
  benefit_claims: {
    id: string;
    participantId: string;
    claimedOn: string;
    lastEmployerName: string;
    separationDate: string;
    separationReason: SeparationReason;
    insuredDays: number;
    dailyBenefitKrw: number;
    benefitDays: number;
    paidDays: number;
    status: BenefitClaimStatus;
  };
  nesp_participations: {
    id: string;
    participantId: string;
    track: NespTrack;
    stage: NespStage;
    appliedOn: string;
    decidedOn: string | null;
    counsellorId: string | null;
    closedOn: string | null;
  };
  nesp_activity_plans: {
    participationId: string;
    agreedOn: string;
    goalOccupationCode: string;
    goalOccupationName: string;
    summary: string;
  };
  nesp_planned_activities: {
    id: string;
    participationId: string;
    kind: PlannedActivityKind;
    description: string;
    dueOn: string;
    completedOn: string | null;
  };
  nesp_allowance_payments: {
    participationId: string;
    round: number;
    paidOn: string;
    amountKrw: number;
    dependentsAddOnKrw: number;
  };
  placements: {
    id: string;
    participantId: string;
    employerName: string;
    businessRegistrationNumber: string;
    occupationCode: string;
    occupationName: string;
    startedOn: string;
    monthlyWageKrw: number;
    employmentType: EmploymentType;
    retainedSixMonths: boolean | null;
  };
  trainings: {
    id: string;
    participantId: string;
    courseName: string;
    provider: string;
    startedOn: string;
    endedOn: string;
    status: TrainingStatus;
  };
}

export type JobSeekerRow = Selectable<EmploymentDB['job_seekers']>;
export type BenefitClaimRow = Selectable<EmploymentDB['benefit_claims']>;
export type NespParticipationRow = Selectable<EmploymentDB['nesp_participations']>;
export type ActivityPlanRow = Selectable<EmploymentDB['nesp_activity_plans']>;
export type PlannedActivityRow = Selectable<EmploymentDB['nesp_planned_activities']>;
export type AllowancePaymentRow = Selectable<EmploymentDB['nesp_allowance_payments']>;
export type PlacementRow = Selectable<EmploymentDB['placements']>;
export type TrainingRow = Selectable<EmploymentDB['trainings']>;
