import type { Selectable } from 'kysely';

/** The veterans support center's database (v-net), as Kysely sees it. */
export interface VeteransDB {
  military_services: {
    participant_id: string;
    branch: string;
    rank_at_discharge: string;
    specialty: string;
    service_started_on: string;
    discharged_on: string;
    service_months: number;
    category: string;
    discharge_type: string;
  };
  registrations: {
    id: string;
    participant_id: string;
    office: string;
    registered_on: string;
    status: string;
    counsellor_id: string;
    desired_occupation_code: string;
    desired_occupation_name: string;
    desired_region_code: string;
    desired_monthly_wage_krw: number;
    closed_on: string | null;
  };
  counselling_sessions: {
    id: string;
    participant_id: string;
    held_on: string;
    topic: string;
    channel: string;
    counsellor_id: string;
    duration_minutes: number;
    notes: string;
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
    employment_form: string;
    route: string;
    retained_six_months: boolean | null;
  };
  support_measures: {
    id: string;
    participant_id: string;
    kind: string;
    status: string;
    applied_on: string;
    decided_on: string | null;
    starts_on: string | null;
    ends_on: string | null;
    approved_amount_krw: number | null;
  };
  support_payments: {
    measure_id: string;
    round: number;
    paid_on: string;
    amount_krw: number;
    kind: string;
  };
}

export type ServiceRow = Selectable<VeteransDB['military_services']>;
export type RegistrationRow = Selectable<VeteransDB['registrations']>;
export type CounsellingSessionRow = Selectable<VeteransDB['counselling_sessions']>;
export type PlacementRow = Selectable<VeteransDB['placements']>;
export type SupportMeasureRow = Selectable<VeteransDB['support_measures']>;
export type SupportPaymentRow = Selectable<VeteransDB['support_payments']>;
