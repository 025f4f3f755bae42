import type { Selectable } from 'kysely';

/** The women's reemployment center's database (e새일), as Kysely sees it. */
export interface WomenDB {
  career_break_profiles: {
    id: string;
    participant_id: string;
    office: string;
    registered_on: string;
    status: string;
    career_break_reason: string;
    career_break_since: string | null;
    prior_experience_years: number;
    last_occupation_code: string | null;
    last_occupation_name: string | null;
    desired_occupation_code: string;
    desired_occupation_name: string;
    desired_work_arrangement: string;
    desired_monthly_wage_krw: number;
    children_under_18: number;
    youngest_child_age: number | null;
  };
  counselling_sessions: {
    id: string;
    participant_id: string;
    held_on: string;
    kind: string;
    channel: string;
    counsellor_id: string | null;
    summary: string;
  };
  training_courses: {
    id: string;
    office: string;
    name: string;
    field: string;
    hours: number;
    starts_on: string;
    ends_on: string;
    capacity: number;
  };
  training_enrollments: {
    id: string;
    participant_id: string;
    course_id: string;
    enrolled_on: string;
    status: string;
    attendance_rate: number;
    allowance_paid_krw: number;
    certificate_obtained: boolean | null;
  };
  internships: {
    id: string;
    participant_id: string;
    employer_name: string;
    business_registration_number: string;
    occupation_code: string;
    occupation_name: string;
    started_on: string;
    planned_end_on: string;
    ended_on: string | null;
    monthly_wage_krw: number;
    status: string;
    converted_to_regular: boolean | null;
    converted_on: string | null;
  };
  internship_subsidy_payments: {
    internship_id: string;
    round: number;
    kind: string;
    recipient: string;
    paid_on: string;
    amount_krw: number;
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
    work_arrangement: string;
    route: string;
    internship_id: string | null;
    retained_six_months: boolean | null;
  };
}

export type CareerBreakProfileRow = Selectable<WomenDB['career_break_profiles']>;
export type CounsellingSessionRow = Selectable<WomenDB['counselling_sessions']>;
export type TrainingCourseRow = Selectable<WomenDB['training_courses']>;
export type TrainingEnrollmentRow = Selectable<WomenDB['training_enrollments']>;
export type InternshipRow = Selectable<WomenDB['internships']>;
export type SubsidyPaymentRow = Selectable<WomenDB['internship_subsidy_payments']>;
export type PlacementRow = Selectable<WomenDB['placements']>;
