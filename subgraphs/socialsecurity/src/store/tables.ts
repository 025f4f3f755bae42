import type { Selectable } from 'kysely';

/** The social security information system's database (사회보장정보시스템, 행복e음), as Kysely sees it. */
export interface SocialSecurityDB {
  /** Households (가구) on file with the municipal welfare desk, with their current assessed means. */
  households: {
    id: string;
    municipality_code: string;
    size: number;
    registered_on: string;
    monthly_income_krw: number;
    recognised_income_krw: number;
    assets_krw: number;
    livelihood_status: string;
    vulnerable_group: string | null;
    last_assessed_on: string;
  };
  /** Household members (가구원); a person belongs to at most one household. */
  household_members: {
    participant_id: string;
    household_id: string;
    seq: number;
    relation: string;
    joined_on: string;
  };
  /** Income and asset investigations (소득·재산 조사) of a household, the latest matching `households`. */
  income_assessments: {
    id: string;
    household_id: string;
    assessed_on: string;
    kind: string;
    monthly_income_krw: number;
    income_evaluation_krw: number;
    assets_krw: number;
    asset_conversion_krw: number;
    recognised_income_krw: number;
    standard_median_income_krw: number;
    resulting_status: string;
  };
  /** Welfare entitlements (수급 자격) of one person, household-level ones held by the head. */
  entitlements: {
    id: string;
    participant_id: string;
    household_id: string;
    program: string;
    status: string;
    household_level: boolean;
    applied_on: string;
    decided_on: string | null;
    started_on: string | null;
    ended_on: string | null;
    monthly_amount_krw: number | null;
    medical_aid_class: string | null;
    municipality_code: string;
  };
  /** Payments (급여 지급) made under an entitlement. */
  entitlement_payments: {
    entitlement_id: string;
    for_month: string;
    paid_on: string;
    amount_krw: number;
  };
  /** Disability registrations (장애인 등록), kept by the municipality. */
  disability_registrations: {
    participant_id: string;
    registered_on: string;
    disability_type: string;
    severity: string;
    next_review_on: string | null;
  };
}

export type HouseholdRow = Selectable<SocialSecurityDB['households']>;
export type HouseholdMemberRow = Selectable<SocialSecurityDB['household_members']>;
export type AssessmentRow = Selectable<SocialSecurityDB['income_assessments']>;
export type EntitlementRow = Selectable<SocialSecurityDB['entitlements']>;
export type PaymentRow = Selectable<SocialSecurityDB['entitlement_payments']>;
export type DisabilityRow = Selectable<SocialSecurityDB['disability_registrations']>;
