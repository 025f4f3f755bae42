/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An agency that sits in the center. */
export type Agency =
  /** Public employment center (고용센터) */
  | 'EMPLOYMENT'
  /** Municipal job center (지자체 일자리센터) */
  | 'JOBCENTER'
  /** Local self-sufficiency center (지역자활센터) */
  | 'SELF_SUFFICIENCY'
  /** Municipal welfare desk on the social security information system (행복e음) */
  | 'SOCIAL_SECURITY'
  /** Veterans support center (제대군인지원센터) */
  | 'VETERANS'
  /** Women's reemployment center (여성새로일하기센터, 새일센터) */
  | 'WOMEN'
  /** The center's own desk (고용복지플러스센터, Work-Plus) */
  | 'WORKPLUS';

export type BenefitClaimStatus =
  /** Eligibility not recognised (불인정) */
  | 'DENIED'
  /** All benefit days used (소진) */
  | 'EXHAUSTED'
  /** Claim filed, eligibility not yet recognised (수급자격 신청) */
  | 'FILED'
  /** Eligibility recognised, payments running (수급 중) */
  | 'PAYING'
  /** Ended early on re-employment (조기재취업) */
  | 'REEMPLOYED';

export type BookRoomInput = {
  endsAt: string;
  /**
   * Any unique string per intended booking, e.g. a UUID (1 to 100 characters); a
   * retry sends the same key with the same input and gets the first answer. The
   * key belongs to its caller (staff ID, agency, center) and to that input: the
   * same key with another input, or from anyone else, is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: string;
  purpose: string;
  roomId: string | number;
  startsAt: string;
};

export type ConsentInput = {
  /** The agency whose records may be disclosed. */
  discloser: Agency;
  purposes: Array<PurposeOfUse>;
  /** The agency that may receive them. */
  recipient: Agency;
  /** Last day the consent holds; at most five years ahead. */
  validUntil: string;
};

export type CountPrecision =
  /** The count stopped at its limit; more may match. */
  | 'AT_LEAST'
  /** Every match was counted. */
  | 'EXACT';

export type DuplicateMatch =
  | 'NAME_AND_BIRTH_DATE'
  | 'PHONE';

export type EmploymentType =
  /** Daily work (일용직) */
  | 'DAILY'
  /** Fixed-term contract (계약직) */
  | 'FIXED_TERM'
  /** Part-time (시간제) */
  | 'PART_TIME'
  /** Permanent full-time (정규직) */
  | 'PERMANENT';

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type IntakeInput = {
  /** Consents given at the intake (정보제공 동의); recorded before the referrals, which may rely on them. */
  consents?: Array<ConsentInput> | null | undefined;
  /**
   * Any unique string per intended intake, e.g. a UUID (1 to 100 characters); a
   * retry sends the same key with the same input and gets the first answer. The
   * key belongs to its caller (staff ID, agency, center) and to that input: the
   * same key with another input, or from anyone else, is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: string;
  needs: Array<IntakeNeed>;
  /** Register `person` although these participants matched: the counsellor checked they are different people. */
  notDuplicateOf?: Array<string | number> | null | undefined;
  notes?: string | null | undefined;
  /** A registered participant (a returning visitor, or one a possible duplicate turned out to be). Give this or `person`. */
  participantId?: string | number | null | undefined;
  /** A person to register. */
  person?: NewPersonInput | null | undefined;
  /** Referrals to send now; each must serve one of `needs`. */
  referrals?: Array<IntakeReferralInput> | null | undefined;
};

/** What a person came for; each need is served by one agency. */
export type IntakeNeed =
  /** Returning to work after a career break (경력단절): WOMEN */
  | 'CAREER_BREAK'
  /** Work, job search, training: EMPLOYMENT */
  | 'EMPLOYMENT'
  /** Self-sufficiency work for recipients and the near-poor (자활): SELF_SUFFICIENCY */
  | 'SELF_SUFFICIENCY'
  /** Discharged service member (제대군인): VETERANS */
  | 'VETERAN'
  /** Livelihood, housing, medical or emergency support: SOCIAL_SECURITY */
  | 'WELFARE';

export type IntakeOutcome =
  /** Nothing was written: the person may already be registered. */
  | 'POSSIBLE_DUPLICATE'
  /** The intake was recorded for a registered participant. */
  | 'RECORDED'
  /** A new participant was registered and the intake recorded. */
  | 'REGISTERED';

export type IntakeReferralInput = {
  note?: string | null | undefined;
  service: ReferralService;
  toAgency: Agency;
};

export type JobBoardFilter = {
  /** Postings registered at this agency. */
  agency?: Agency | null | undefined;
  employmentType?: EmploymentType | null | undefined;
  /** Postings that pay at least this much a month. */
  minMonthlyWageKrw?: number | null | undefined;
  /** 5-digit 시군구 code of the workplace, e.g. 11440 for 마포구. */
  municipalityCode?: string | null | undefined;
  /** KECO occupation code, e.g. 5501 for 요양보호사. */
  occupationCode?: string | null | undefined;
  /** Province or metropolitan city (시도) of the workplace, e.g. 서울특별시. */
  province?: string | null | undefined;
};

/**
 * A job posting to register. Every problem is reported at once and nothing is
 * written until all are fixed.
 */
export type JobPostingInput = {
  /** Business registration number (사업자등록번호): 10 digits with a valid check digit; hyphens are ignored. */
  businessRegistrationNumber: string;
  /** Not before openOn, not in the past, at most 366 days after openOn. */
  closeOn: string;
  employerName: string;
  employmentType: EmploymentType;
  /**
   * Any unique string per intended posting, e.g. a UUID (1 to 100 characters); a
   * retry sends the same key with the same input and gets the first answer. The
   * key belongs to its caller (staff ID, agency, center) and to that input: the
   * same key with another input, or from anyone else, is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: string;
  monthlyWageKrw: number;
  /** KECO occupation code from the center's occupation list, e.g. 5501. */
  occupationCode: string;
  openOn: string;
  /** 1 to 1000. */
  openings: number;
  /** 1 to 200 characters. */
  title: string;
  /** 5-digit 시군구 code of the workplace. */
  workMunicipalityCode: string;
};

export type JobPostingStatus =
  /** Closed by its agency (마감) */
  | 'CLOSED'
  /** Taking applications (모집 중) */
  | 'OPEN';

export type JobSeekerStatus =
  /** Looking for work */
  | 'ACTIVE'
  /** Found work through the center or on their own */
  | 'EMPLOYED'
  /** Registration lapsed */
  | 'EXPIRED'
  /** Withdrew the registration */
  | 'WITHDRAWN';

/** Branch of the armed forces (군별). */
export type MilitaryBranch =
  /** Air Force (공군) */
  | 'AIR_FORCE'
  /** Army (육군) */
  | 'ARMY'
  /** Marine Corps (해병대) */
  | 'MARINE_CORPS'
  /** Navy (해군) */
  | 'NAVY';

/**
 * Rank at discharge (계급) of a career service member. The Korean ranks are the
 * same in every branch; English titles follow the army's.
 */
export type MilitaryRank =
  /** 대위 */
  | 'CAPTAIN'
  /** 대령 */
  | 'COLONEL'
  /** 중위 */
  | 'FIRST_LIEUTENANT'
  /** 중령 */
  | 'LIEUTENANT_COLONEL'
  /** 소령 */
  | 'MAJOR'
  /** 상사 */
  | 'MASTER_SERGEANT'
  /** 소위 */
  | 'SECOND_LIEUTENANT'
  /** 중사 */
  | 'SERGEANT_FIRST_CLASS'
  /** 원사 */
  | 'SERGEANT_MAJOR'
  /** 하사 */
  | 'STAFF_SERGEANT'
  /** 준위 */
  | 'WARRANT_OFFICER';

export type NespEligibilityInput = {
  applicationDate: string;
  birthDate: string;
  householdAssetsKrw: number;
  householdSize: number;
  monthlyHouseholdIncomeKrw: number;
  /** Days worked in the 24 months before applicationDate. */
  workExperienceDays: number;
  /** Hours worked in the 24 months before applicationDate. */
  workExperienceHours: number;
};

/** Where a participant stands in the program, in order. */
export type NespStage =
  /** Individual activity plan agreed (취업활동계획 수립) */
  | 'ACTIVITY_PLAN'
  /** Application filed (참여 신청) */
  | 'APPLIED'
  /** Left the program (종료) */
  | 'CLOSED'
  /** Eligibility decided (수급자격 결정) */
  | 'ELIGIBILITY_DECIDED'
  /** Employed, with follow-up (취업 및 사후관리) */
  | 'EMPLOYED'
  /** Initial counselling and diagnosis (초기상담·진단) */
  | 'INITIAL_COUNSELLING'
  /** Intensive job placement (집중 취업알선) */
  | 'INTENSIVE_PLACEMENT'
  /** Job-seeking activities checked each pay cycle (구직활동 이행) */
  | 'JOB_SEEKING';

export type NespTrack =
  /** Not eligible (eligibility results only) */
  | 'INELIGIBLE'
  /** Type II (Ⅱ유형) */
  | 'TYPE_II'
  /** Type I, requirement-based (Ⅰ유형 요건심사형) */
  | 'TYPE_I_REQUIREMENT'
  /** Type I, selection-based (Ⅰ유형 선발형) */
  | 'TYPE_I_SELECTION'
  /** Type I, youth special case (Ⅰ유형 청년특례) */
  | 'TYPE_I_YOUTH';

export type NewPersonInput = {
  birthDate: string;
  email?: string | null | undefined;
  gender: Gender;
  /** 5-digit 시군구 code of residence. */
  municipalityCode: string;
  name: string;
  /** Mobile phone, e.g. 010-1234-5678. */
  phone?: string | null | undefined;
};

export type ParticipantFilter = {
  birthDate?: string | null | undefined;
  /** These participants only, e.g. a counsellor's caseload (at most 100 IDs). */
  ids?: Array<string | number> | null | undefined;
  /** 5-digit 시군구 code, e.g. 11440 for 마포구. */
  municipalityCode?: string | null | undefined;
  /** Exact name, or a prefix when it ends with '*' (e.g. '김*'). */
  name?: string | null | undefined;
};

export type PlacementInput = {
  employerName: string;
  /**
   * Any unique string per intended placement, e.g. a UUID (1 to 100 characters); a
   * retry sends the same key with the same input and gets the first answer. The
   * key belongs to its caller (staff ID, agency, center) and to that input: the
   * same key with another input, or from anyone else, is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: string;
  jobTitle: string;
  participantId: string | number;
  /** First day of work; not in the future and not more than a year ago. */
  startedOn: string;
};

/** Why data is read (이용 목적). Every request that reads personal data states one. */
export type PurposeOfUse =
  | 'AUDIT'
  | 'COUNSELLING'
  | 'ELIGIBILITY'
  | 'PLACEMENT'
  | 'REFERRAL'
  /** The person reading their own data (정보주체 열람) */
  | 'SELF_ACCESS';

export type ReferralDirection =
  | 'RECEIVED'
  | 'SENT';

export type ReferralFilter = {
  /** SENT: from the caller's agency; RECEIVED: to it; absent: both. */
  direction?: ReferralDirection | null | undefined;
  /** Only those flagged overdue (true) or not (false). */
  overdue?: boolean | null | undefined;
  participantId?: string | number | null | undefined;
  status?: Array<ReferralStatus> | null | undefined;
};

/**
 * The services one agency can refer a person to. Each belongs to one agency;
 * a referral names the service and goes to its agency.
 */
export type ReferralService =
  /** Career-break counselling and placement (새일센터 취업상담), WOMEN */
  | 'CAREER_BREAK_COUNSELLING'
  /** Emergency welfare support (긴급복지지원), SOCIAL_SECURITY */
  | 'EMERGENCY_WELFARE'
  /** Job-seeker registration and job placement (구직등록·취업알선), EMPLOYMENT */
  | 'JOB_PLACEMENT'
  /** National Employment Support Program (국민취업지원제도), EMPLOYMENT */
  | 'NESP'
  /** Self-sufficiency work programme (자활근로), SELF_SUFFICIENCY */
  | 'SELF_SUFFICIENCY_WORK'
  /** Unemployment benefit (실업급여), EMPLOYMENT */
  | 'UNEMPLOYMENT_BENEFIT'
  /** Veterans' career counselling and placement (제대군인 취업지원), VETERANS */
  | 'VETERAN_CAREER_SUPPORT'
  /** Vocational training (내일배움카드), EMPLOYMENT */
  | 'VOCATIONAL_TRAINING'
  /** Welfare eligibility assessment and benefits (복지급여 상담·신청), SOCIAL_SECURITY */
  | 'WELFARE_BENEFITS'
  /** New-work women internship (새일여성인턴), WOMEN */
  | 'WOMEN_INTERNSHIP';

export type ReferralStatus =
  /** The receiving agency took it on (접수) */
  | 'ACCEPTED'
  /** Withdrawn before it was completed (취소) */
  | 'CANCELLED'
  /** The service was delivered (완료) */
  | 'COMPLETED'
  /** The receiving agency turned it down (반려) */
  | 'DECLINED'
  /** The service has started (진행) */
  | 'IN_PROGRESS'
  /** Sent; waiting for the receiving agency (요청) */
  | 'REQUESTED';

/** The trade of a business unit (사업단 업종). */
export type SelfSufficiencyBusinessField =
  /** Café and bakery (카페·제과) */
  | 'CAFE'
  /** Care services for older and disabled people (돌봄·간병) */
  | 'CARE'
  /** Building and street cleaning (청소·방역) */
  | 'CLEANING'
  /** Lunch boxes and meal delivery (도시락·반찬) */
  | 'FOOD'
  /** Housing repair for low-income homes (집수리) */
  | 'HOUSE_REPAIR'
  /** Delivery, packing and logistics (물류·택배) */
  | 'LOGISTICS'
  /** Recycling and resource circulation (재활용) */
  | 'RECYCLING';

/**
 * The type of self-sufficiency work (자활근로 유형), which sets wage level and
 * expectations, from closest to the market to the most supported.
 */
export type SelfSufficiencyProgramType =
  /** Intern or assistant placed with a company, public body or the center itself (인턴·도우미형) */
  | 'INTERN_ASSISTANT'
  /** Market entry: revenue of at least 30% of costs, aiming at a self-sufficiency enterprise (시장진입형) */
  | 'MARKET_ENTRY'
  /** Social service: work with public value that builds market skills (사회서비스형) */
  | 'SOCIAL_SERVICE'
  /** Work maintenance: keeps people with low work capacity in work (근로유지형) */
  | 'WORK_MAINTENANCE';

export type SelfSufficiencyRecipientCategory =
  /** Basic livelihood recipient required to work as a condition of benefit (조건부수급자) */
  | 'CONDITIONAL_RECIPIENT'
  /** Basic livelihood recipient taking part voluntarily (일반수급자) */
  | 'GENERAL_RECIPIENT'
  /** Near-poor, income at or below 50% of the standard median (차상위자) */
  | 'NEAR_POOR';

export type SelfSufficiencyStatus =
  /** Taking part in a work program (참여 중) */
  | 'ACTIVE'
  /** Dropped out before completing (중도포기) */
  | 'DROPPED_OUT'
  /** Left for a job or a business of their own (취·창업) */
  | 'EMPLOYED'
  /** Income rose above the threshold and benefits ended (탈수급) */
  | 'GRADUATED_OFF_BENEFITS';

export type TimelineEventKind =
  /** Application for, or decision on, a benefit (급여 신청·결정) */
  | 'BENEFIT_DECISION'
  /** Counselling session or plan (상담) */
  | 'COUNSELLING'
  /** Initial consultation (초기상담) */
  | 'INTAKE'
  /** Placement in a job (취업) */
  | 'PLACEMENT'
  /** Participation in a program, e.g. NESP, internship, self-sufficiency work (사업 참여) */
  | 'PROGRAM'
  /** Referral between agencies (서비스 연계) */
  | 'REFERRAL'
  /** Registration with an agency or the center (등록) */
  | 'REGISTRATION'
  /** Vocational training (직업훈련) */
  | 'TRAINING';

/** Veteran category by length of service (제대군인 구분). */
export type VeteranServiceCategory =
  /** Long-term service, 10 years or more (장기복무 제대군인) */
  | 'LONG_TERM'
  /** Mid-term service, 5 to under 10 years (중기복무 제대군인) */
  | 'MID_TERM';

export type WelfareEntitlementStatus =
  /** Granted and running (수급 중) */
  | 'ACTIVE'
  /** Applied, under investigation (신청·조사 중) */
  | 'APPLIED'
  /** Ended (보장 중지) */
  | 'ENDED'
  /** Not granted (부적합) */
  | 'REJECTED'
  /** Payments suspended, e.g. pending a change investigation (지급 정지) */
  | 'SUSPENDED';

/** Welfare programs administered through 행복e음. */
export type WelfareProgram =
  /** Basic pension (기초연금), for people aged 65 or over */
  | 'BASIC_PENSION'
  /** Disability pension (장애인연금), for severely disabled adults */
  | 'DISABILITY_PENSION'
  /** Education benefit (교육급여), basic livelihood security, for school-age children */
  | 'EDUCATION_BENEFIT'
  /** Housing benefit (주거급여), basic livelihood security */
  | 'HOUSING_BENEFIT'
  /** Livelihood benefit (생계급여), basic livelihood security */
  | 'LIVELIHOOD_BENEFIT'
  /** Medical aid (의료급여), basic livelihood security */
  | 'MEDICAL_AID'
  /** Near-poor certification (차상위계층 확인) */
  | 'NEAR_POOR_CERTIFICATION'
  /** Single-parent family child-rearing support (한부모가족 아동양육비) */
  | 'SINGLE_PARENT_SUPPORT';

/** Relation to the head of household (가구주와의 관계). */
export type WelfareRelation =
  /** Child (자녀) */
  | 'CHILD'
  /** Head of household (가구주) */
  | 'HEAD'
  /** Parent (부모) */
  | 'PARENT'
  /** Spouse (배우자) */
  | 'SPOUSE';

/**
 * Reasons for a career break as the Act on Promotion of Economic Activities of
 * Career-Interrupted Women (경력단절여성등의 경제활동 촉진법) lists them.
 */
export type WomenCareerBreakReason =
  /** Caring for young children (육아) */
  | 'CHILDCARE'
  /** Children's schooling (자녀교육) */
  | 'CHILD_EDUCATION'
  /** Caring for another family member (가족돌봄) */
  | 'FAMILY_CARE'
  /** Marriage (결혼) */
  | 'MARRIAGE'
  /** Never in paid work (취업 경험 없음) */
  | 'NO_PRIOR_EMPLOYMENT'
  /** Other reasons (기타) */
  | 'OTHER'
  /** Pregnancy and childbirth (임신·출산) */
  | 'PREGNANCY_CHILDBIRTH';

export type WomenCounsellingKind =
  /** Career design and aptitude (직업진로상담) */
  | 'CAREER_DESIGN'
  /** Follow-up after employment (사후관리) */
  | 'FOLLOW_UP'
  /** Group programme for confidence and job readiness (집단상담프로그램) */
  | 'GROUP_PROGRAM'
  /** Initial counselling at registration (초기상담) */
  | 'INTAKE'
  /** Job matching and referral (취업알선상담) */
  | 'JOB_PLACEMENT';

export type WomenInternshipStatus =
  /** Internship served to the end (인턴 종료) */
  | 'COMPLETED'
  /** Internship running (인턴 중) */
  | 'ONGOING'
  /** Ended early by either side (중도 종료) */
  | 'TERMINATED_EARLY';

export type DataTrackerQueryVariables = Exact<{
  id: string | number;
}>;


export type DataTrackerQuery = { participant: { id: string, dataAccessLog: Array<{ at: string, owner: Agency, readerId: string, readerAgency: Agency, readerCenter: string, purpose: PurposeOfUse | null, basis: string, items: Array<string> }> | null } | null };

export type NespEligibilityCheckQueryVariables = Exact<{
  input: NespEligibilityInput;
}>;


export type NespEligibilityCheckQuery = { nespEligibilityCheck: { track: NespTrack, medianIncomeRatio: number, reasons: Array<string>, monthlyAllowanceKrw: number | null } };

export type ParticipantEligibilityQueryVariables = Exact<{
  id: string | number;
}>;


export type ParticipantEligibilityQuery = { participant: { id: string, name: string | null, nespEligibility: { track: NespTrack, reasons: Array<string>, monthlyAllowanceKrw: number | null } | null } | null };

export type RegisterIntakeMutationVariables = Exact<{
  input: IntakeInput;
}>;


export type RegisterIntakeMutation = { registerIntake: { outcome: IntakeOutcome, intake: { id: string, participant: { id: string }, referrals: Array<{ id: string, status: ReferralStatus }> } | null, possibleDuplicates: Array<{ matchedOn: Array<DuplicateMatch>, participant: { id: string, name: string | null, birthDate: string | null, registeredCenter: { name: string } | null } }> } };

export type FindParticipantsQueryVariables = Exact<{
  filter?: ParticipantFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type FindParticipantsQuery = { participants: { count: { count: number, precision: CountPrecision }, edges: Array<{ node: { id: string, name: string | null, birthDate: string | null, registeredCenter: { name: string } | null } }> } };

export type RegisterWomenJobPostingMutationVariables = Exact<{
  input: JobPostingInput;
}>;


export type RegisterWomenJobPostingMutation = { registerWomenJobPosting: { id: string, status: JobPostingStatus, version: number } };

export type JobBoardQueryVariables = Exact<{
  filter?: JobBoardFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type JobBoardQuery = { jobBoard: { totalCount: number, lastIndexedAt: string | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, employerName: string, openOn: string, closeOn: string, agencies: Array<Agency>, occupation: { name: string }, postings: Array<{ agency: Agency, title: string, monthlyWageKrw: number, workMunicipalityCode: string, closeOn: string }> } }> } };

export type CloseWomenJobPostingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CloseWomenJobPostingMutation = { closeWomenJobPosting: { id: string, status: JobPostingStatus } };

export type RecommendedJobsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type RecommendedJobsQuery = { participant: { id: string, recommendedJobs: Array<{ score: number, reasons: Array<string>, vacancy: { agencies: Array<Agency>, employerName: string }, posting: { title: string, monthlyWageKrw: number } }> | null } | null };

export type RecordPlacementMutationVariables = Exact<{
  input: PlacementInput;
}>;


export type RecordPlacementMutation = { recordPlacement: { id: string, creditedAgencies: Array<Agency> } };

export type CenterPerformanceQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type CenterPerformanceQuery = { center: { name: string, performance: { placements: number, jointPlacements: number, byAgency: Array<{ agency: Agency, placementsCredited: number, placementsMade: number, jointPlacements: number, referralsReceived: number, referralsAccepted: number, medianDaysToAccept: number | null }> } } | null };

export type ReferralWorklistQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ReferralWorklistQuery = { referrals: { edges: Array<{ node: { id: string, service: ReferralService, fromAgency: Agency, status: ReferralStatus, daysOpen: number, overdue: boolean, participant: { name: string | null } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AcceptReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string, status: ReferralStatus } };

export type StartReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type StartReferralMutation = { startReferral: { id: string, status: ReferralStatus } };

export type CompleteReferralMutationVariables = Exact<{
  id: string | number;
  outcome?: string | null | undefined;
}>;


export type CompleteReferralMutation = { completeReferral: { id: string, status: ReferralStatus, history: Array<{ from: ReferralStatus | null, to: ReferralStatus, by: string, byAgency: Agency, at: string, note: string | null }> } };

export type SetReferralOverdueDaysMutationVariables = Exact<{
  centerId: string | number;
  days: number;
}>;


export type SetReferralOverdueDaysMutation = { setReferralOverdueDays: { id: string, referralOverdueDays: number } };

export type BookRoomMutationVariables = Exact<{
  input: BookRoomInput;
}>;


export type BookRoomMutation = { bookRoom: { id: string, startsAt: string, endsAt: string, room: { name: string } } };

export type RoomBookingsQueryVariables = Exact<{
  centerId: string | number;
  date: string;
}>;


export type RoomBookingsQuery = { roomBookings: Array<{ id: string, startsAt: string, endsAt: string, cancelled: boolean, room: { name: string } }> };

export type CancelRoomBookingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelRoomBookingMutation = { cancelRoomBooking: { id: string, cancelled: boolean } };

export type ParticipantTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type ParticipantTimelineQuery = { participant: { id: string, name: string | null, timeline: { withheldBy: Array<Agency>, events: Array<{ at: string, agency: Agency, kind: TimelineEventKind, title: string, detail: string | null }> } | null } | null };

export type UnifiedParticipantViewQueryVariables = Exact<{
  id: string | number;
}>;


export type UnifiedParticipantViewQuery = { participant: { id: string, name: string | null, birthDate: string | null, gender: Gender | null, homeMunicipality: { code: string, name: string, province: string } | null, registeredCenter: { name: string, agencies: Array<{ agency: Agency, officeName: string }> } | null, employment: { jobSeeker: { office: string, status: JobSeekerStatus, desiredMonthlyWageKrw: number, desiredOccupation: { name: string } }, unemploymentBenefitClaims: Array<{ claimedOn: string, status: BenefitClaimStatus, paidDays: number, benefitDays: number }>, nespParticipations: Array<{ track: NespTrack, stage: NespStage, appliedOn: string, allowancePayments: Array<{ round: number, paidOn: string, amountKrw: number }> }>, placements: Array<{ employerName: string, startedOn: string, monthlyWageKrw: number }> } | null, womenReemployment: { profile: { office: string, careerBreakReason: WomenCareerBreakReason, desiredOccupation: { name: string } }, counsellingSessions: Array<{ heldOn: string, kind: WomenCounsellingKind, summary: string }>, internships: Array<{ employerName: string, startedOn: string, status: WomenInternshipStatus, convertedToRegular: boolean | null }> } | null, veterans: { service: { branch: MilitaryBranch, rankAtDischarge: MilitaryRank, dischargedOn: string, serviceMonths: number, category: VeteranServiceCategory }, placements: Array<{ employerName: string, startedOn: string }> } | null, selfSufficiency: { recipientCategory: SelfSufficiencyRecipientCategory, status: SelfSufficiencyStatus, program: { name: string, businessField: SelfSufficiencyBusinessField, programType: SelfSufficiencyProgramType }, workMonths: Array<{ month: string, hoursWorked: number, wageKrw: number, incentiveKrw: number }> } | null, welfare: { relationToHead: WelfareRelation, household: { size: number, recognisedIncomeKrw: number, assetsKrw: number, municipality: { name: string }, members: Array<{ relation: WelfareRelation, participant: { id: string, name: string | null } }> }, entitlements: Array<{ program: WelfareProgram, status: WelfareEntitlementStatus, monthlyAmountKrw: number | null }> } | null } | null };


export const DataTrackerDocument = {"__meta__":{"hash":"sha256:6aab62e704fea52d60fef8b57743507d3d52d2dc93e4f7de120e84398442f456"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataTracker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dataAccessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"readerId"}},{"kind":"Field","name":{"kind":"Name","value":"readerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"readerCenter"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"items"}}]}}]}}]}}]} as unknown as DocumentNode<DataTrackerQuery, DataTrackerQueryVariables>;
export const NespEligibilityCheckDocument = {"__meta__":{"hash":"sha256:1398bd4ff94fcf04d4482f20066858d9de426ba6f923b2c97ae5c14ea4ebb721"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NespEligibilityCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NespEligibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nespEligibilityCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"medianIncomeRatio"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAllowanceKrw"}}]}}]}}]} as unknown as DocumentNode<NespEligibilityCheckQuery, NespEligibilityCheckQueryVariables>;
export const ParticipantEligibilityDocument = {"__meta__":{"hash":"sha256:f849cd0f853a6158bdb87b03144daf05bb193fcd3262256a7693675b1ca9c2db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nespEligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAllowanceKrw"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantEligibilityQuery, ParticipantEligibilityQueryVariables>;
export const RegisterIntakeDocument = {"__meta__":{"hash":"sha256:56f90a298d3de83e8cdfa2612079709c83daceb2c33df877c107b35c1baf771e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"intake"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterIntakeMutation, RegisterIntakeMutationVariables>;
export const FindParticipantsDocument = {"__meta__":{"hash":"sha256:5942a58b2d150ca4a586afacd4f068f218065864f4e14aa6ddfcf542a812b5dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindParticipantsQuery, FindParticipantsQueryVariables>;
export const RegisterWomenJobPostingDocument = {"__meta__":{"hash":"sha256:c55910f8503bc70d1d48a4a4dabe649fbe1ccc5d0ff2d4c232cf798b269e64cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWomenJobPosting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobPostingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWomenJobPosting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterWomenJobPostingMutation, RegisterWomenJobPostingMutationVariables>;
export const JobBoardDocument = {"__meta__":{"hash":"sha256:767cafa1263e5de18077df944a70a19ca2c62f635d417897d36ab358af15cb5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobBoardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastIndexedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openOn"}},{"kind":"Field","name":{"kind":"Name","value":"closeOn"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"postings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWageKrw"}},{"kind":"Field","name":{"kind":"Name","value":"workMunicipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"closeOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobBoardQuery, JobBoardQueryVariables>;
export const CloseWomenJobPostingDocument = {"__meta__":{"hash":"sha256:9d10f2c182a6fcb8be1c903260aae8ea4d0bb2bacdbb534c62dc4948e4a6dbfe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseWomenJobPosting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeWomenJobPosting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseWomenJobPostingMutation, CloseWomenJobPostingMutationVariables>;
export const RecommendedJobsDocument = {"__meta__":{"hash":"sha256:f7a29438c433def1e952dcfe95e66a9262e36432458b3d5fba4fefb012eb4abf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendedJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWageKrw"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendedJobsQuery, RecommendedJobsQueryVariables>;
export const RecordPlacementDocument = {"__meta__":{"hash":"sha256:7bf9b94f6d8f3df24ce51c792f871dbd4726609774fcc468608d45b3a79a65b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAgencies"}}]}}]}}]} as unknown as DocumentNode<RecordPlacementMutation, RecordPlacementMutationVariables>;
export const CenterPerformanceDocument = {"__meta__":{"hash":"sha256:dd4f971daec071abcf450f6327ab0fc7b4b7ab5d6d2630b417be9cbc72c2cd73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CenterPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"center"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"jointPlacements"}},{"kind":"Field","name":{"kind":"Name","value":"byAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"placementsCredited"}},{"kind":"Field","name":{"kind":"Name","value":"placementsMade"}},{"kind":"Field","name":{"kind":"Name","value":"jointPlacements"}},{"kind":"Field","name":{"kind":"Name","value":"referralsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"referralsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToAccept"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CenterPerformanceQuery, CenterPerformanceQueryVariables>;
export const ReferralWorklistDocument = {"__meta__":{"hash":"sha256:27d3fc4b03f0f976e2439c86bb62dfb56ef7eddf5a2d28ddf9c75db2c6b09ec2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralWorklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralWorklistQuery, ReferralWorklistQueryVariables>;
export const AcceptReferralDocument = {"__meta__":{"hash":"sha256:9ffbbb5b2b761e18937ee6d6bfb411cdc2a2984aa9ba0b08b87ae5f4d3da4069"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const StartReferralDocument = {"__meta__":{"hash":"sha256:e03e1b69f420780bbb83ff68e0734e6444d6e85a186f5ff4007a9f19fc2eb145"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartReferralMutation, StartReferralMutationVariables>;
export const CompleteReferralDocument = {"__meta__":{"hash":"sha256:7f50a65c6381eab80814aa4d8f83431335927a534cb649d714980c210f5a4642"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byAgency"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const SetReferralOverdueDaysDocument = {"__meta__":{"hash":"sha256:24571c7ef665769f949b373162840a5774c91a358a4f864d86019e67fcb212ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReferralOverdueDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReferralOverdueDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referralOverdueDays"}}]}}]}}]} as unknown as DocumentNode<SetReferralOverdueDaysMutation, SetReferralOverdueDaysMutationVariables>;
export const BookRoomDocument = {"__meta__":{"hash":"sha256:fa3c4f92786866c3637a81d55bbe83428e63f3f8257a87dce68450262fc60916"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<BookRoomMutation, BookRoomMutationVariables>;
export const RoomBookingsDocument = {"__meta__":{"hash":"sha256:23314712a0c46dd3d1b0c519d2016509ab29bb71560ef8f6a66e395284e7b2d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomBookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<RoomBookingsQuery, RoomBookingsQueryVariables>;
export const CancelRoomBookingDocument = {"__meta__":{"hash":"sha256:dfa69d3f2b566ff54a8431b7030c316d363313f55e99e2902de41584532dbbf6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRoomBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRoomBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]}}]} as unknown as DocumentNode<CancelRoomBookingMutation, CancelRoomBookingMutationVariables>;
export const ParticipantTimelineDocument = {"__meta__":{"hash":"sha256:334589e98f1020da2a9750d4711984e0404166e15c373bcdd8a648eb24d3ce53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withheldBy"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipantTimelineQuery, ParticipantTimelineQueryVariables>;
export const UnifiedParticipantViewDocument = {"__meta__":{"hash":"sha256:0720029cbe520273dab8f594adbae1469fd2c8f2955bd6a031769638044063dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnifiedParticipantView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"homeMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"officeName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobSeeker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"desiredMonthlyWageKrw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unemploymentBenefitClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidDays"}},{"kind":"Field","name":{"kind":"Name","value":"benefitDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nespParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"allowancePayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"amountKrw"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyWageKrw"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"womenReemployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"careerBreakReason"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOccupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counsellingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"convertedToRegular"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"veterans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"rankAtDischarge"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"serviceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfSufficiency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientCategory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"businessField"}},{"kind":"Field","name":{"kind":"Name","value":"programType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"wageKrw"}},{"kind":"Field","name":{"kind":"Name","value":"incentiveKrw"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"welfare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationToHead"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognisedIncomeKrw"}},{"kind":"Field","name":{"kind":"Name","value":"assetsKrw"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmountKrw"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnifiedParticipantViewQuery, UnifiedParticipantViewQueryVariables>;