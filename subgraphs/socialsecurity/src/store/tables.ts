import type { Selectable } from 'kysely';
import type {
  WelfareAssessmentKind,
  WelfareDisabilitySeverity,
  WelfareDisabilityType,
  WelfareEntitlementStatus,
  WelfareLivelihoodStatus,
  WelfareMedicalAidClass,
  WelfareProgram,
  WelfareRelation,
  WelfareVulnerableGroup,
} from '../../__generated__/resolvers-types.js';

/** The social security information system's database (사회보장정보시스템, 행복e음), as Kysely sees it: camelCase here, snake_case in SQL. */
export interface SocialSecurityDB {
  /** Households (가구) on file with the municipal welfare desk, with their current assessed means. */
  households: {
    id: string;
    municipalityCode: string;
    size: number;
    registeredOn: string;
    monthlyIncomeKrw: number;
    recognisedIncomeKrw: number;
    assetsKrw: number;
    livelihoodStatus: WelfareLivelihoodStatus;
    vulnerableGroup: WelfareVulnerableGroup | null;
    lastAssessedOn: string;
  };
  /** Household members (가구원); a person belongs to at most one household. */
  household_members: {
    participantId: string;
    householdId: string;
    seq: number;
    relation: WelfareRelation;
    joinedOn: string;
  };
  /** Income and asset investigations (소득·재산 조사) of a household, the latest matching `households`. */
  income_assessments: {
    id: string;
    householdId: string;
    assessedOn: string;
    kind: WelfareAssessmentKind;
    monthlyIncomeKrw: number;
    incomeEvaluationKrw: number;
    assetsKrw: number;
    assetConversionKrw: number;
    recognisedIncomeKrw: number;
    standardMedianIncomeKrw: number;
    resultingStatus: WelfareLivelihoodStatus;
  };
  /** Welfare entitlements (수급 자격) of one person, household-level ones held by the head. */
  entitlements: {
    id: string;
    participantId: string;
    householdId: string;
    program: WelfareProgram;
    status: WelfareEntitlementStatus;
    householdLevel: boolean;
    appliedOn: string;
    decidedOn: string | null;
    startedOn: string | null;
    endedOn: string | null;
    monthlyAmountKrw: number | null;
    medicalAidClass: WelfareMedicalAidClass | null;
    municipalityCode: string;
  };
  /** Payments (급여 지급) made under an entitlement. */
  entitlement_payments: {
    entitlementId: string;
    forMonth: string;
    paidOn: string;
    amountKrw: number;
  };
  /** Disability registrations (장애인 등록), kept by the municipality. */
  disability_registrations: {
    participantId: string;
    registeredOn: string;
    disabilityType: WelfareDisabilityType;
    severity: WelfareDisabilitySeverity;
    nextReviewOn: string | null;
  };
}

export type HouseholdRow = Selectable<SocialSecurityDB['households']>;
export type HouseholdMemberRow = Selectable<SocialSecurityDB['household_members']>;
export type AssessmentRow = Selectable<SocialSecurityDB['income_assessments']>;
export type EntitlementRow = Selectable<SocialSecurityDB['entitlements']>;
export type PaymentRow = Selectable<SocialSecurityDB['entitlement_payments']>;
export type DisabilityRow = Selectable<SocialSecurityDB['disability_registrations']>;
