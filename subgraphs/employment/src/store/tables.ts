import type { Selectable } from 'kysely';

/** The employment center's database (Work-net, employment insurance, HRD-net), as Kysely sees it. */
export interface EmploymentDB {
  job_seekers: {
    id: string;
    participant_id: string;
    office: string;
    registered_on: string;
    valid_until: string;
    status: string;
    desired_occupation_code: string;
    desired_occupation_name: string;
    desired_region_code: string;
    desired_monthly_wage_krw: number;
    desired_employment_type: string;
    education: string;
  };
  benefit_claims: {
    id: string;
    participant_id: string;
    claimed_on: string;
    last_employer_name: string;
    separation_date: string;
    separation_reason: string;
    insured_days: number;
    daily_benefit_krw: number;
    benefit_days: number;
    paid_days: number;
    status: string;
  };
  nesp_participations: {
    id: string;
    participant_id: string;
    track: string;
    stage: string;
    applied_on: string;
    decided_on: string | null;
    counsellor_id: string | null;
    closed_on: string | null;
  };
  nesp_activity_plans: {
    participation_id: string;
    agreed_on: string;
    goal_occupation_code: string;
    goal_occupation_name: string;
    summary: string;
  };
  nesp_planned_activities: {
    id: string;
    participation_id: string;
    kind: string;
    description: string;
    due_on: string;
    completed_on: string | null;
  };
  nesp_allowance_payments: {
    participation_id: string;
    round: number;
    paid_on: string;
    amount_krw: number;
    dependents_add_on_krw: number;
  };
  placements: {
    id: string;
    participant_id: string;
    employer_name: string;
    business_registration_number: string;
    occupation_code: string;
    occupation_name: string;
    started_on: string;
    monthly_wage_krw: number;
    employment_type: string;
    retained_six_months: boolean | null;
  };
  trainings: {
    id: string;
    participant_id: string;
    course_name: string;
    provider: string;
    started_on: string;
    ended_on: string;
    status: string;
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
