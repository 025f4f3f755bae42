import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EmploymentParticipant } from '../src/nesp/participant';
import type { JobSeekerRow, BenefitClaimRow, NespParticipationRow, ActivityPlanRow, PlannedActivityRow, AllowancePaymentRow, PlacementRow, TrainingRow } from '../src/store/tables';
import type { JobPostingRow } from '../../shared/jobs/posting';
import type { Context } from '../src/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** Instant in time, ISO 8601 with offset. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Amount in Korean won (원), a whole number that may exceed 2^31. */
  Krw: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type ActivityPlan = {
  __typename?: 'ActivityPlan';
  activities: Array<PlannedActivity>;
  agreedOn: Scalars['Date']['output'];
  goalOccupation: Occupation;
  summary: Scalars['String']['output'];
};

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

/** One monthly payment of the job-seeking promotion allowance (구직촉진수당). */
export type AllowancePayment = {
  __typename?: 'AllowancePayment';
  amountKrw: Scalars['Krw']['output'];
  /** Dependents' add-on (부양가족 추가지원), 100,000 KRW per dependent, at most 4. */
  dependentsAddOnKrw: Scalars['Krw']['output'];
  paidOn: Scalars['Date']['output'];
  /** Payment round, 1 to 6 (회차). */
  round: Scalars['Int']['output'];
};

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

/**
 * One read of a person's data (열람 기록): who read which items, when, why and
 * on what legal basis. Held by the agency that owns the data.
 */
export type DataAccess = {
  __typename?: 'DataAccess';
  at: Scalars['DateTime']['output'];
  /** OWN_AGENCY, DATA_SUBJECT, CENTER_REGISTRATION, CONSENT <consent id> or STATUTE <law>. */
  basis: Scalars['String']['output'];
  /** What was read, e.g. employment.placements. */
  items: Array<Scalars['String']['output']>;
  /** The agency whose records were read. */
  owner: Agency;
  purpose: Maybe<PurposeOfUse>;
  readerAgency: Agency;
  readerCenter: Scalars['String']['output'];
  /** Staff ID of the reader, or the participant ID when the person read their own data. */
  readerId: Scalars['String']['output'];
};

/**
 * Consent (정보제공 동의) recorded at intake: `discloser` may give `recipient`
 * its records about the person for `purposes`, from `grantedOn` until
 * `validUntil`, unless withdrawn. The same type in every subgraph that reads it.
 */
export type DisclosureConsent = {
  __typename?: 'DisclosureConsent';
  discloser: Agency;
  grantedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  purposes: Array<PurposeOfUse>;
  recipient: Agency;
  validUntil: Scalars['Date']['output'];
  /** The day the person withdrew it; from then on it allows nothing. */
  withdrawnOn: Maybe<Scalars['Date']['output']>;
};

export type EducationLevel =
  | 'COLLEGE'
  | 'GRADUATE'
  | 'HIGH_SCHOOL'
  | 'MIDDLE_SCHOOL_OR_LESS'
  | 'UNIVERSITY';

/** A job the employment center placed the person in (알선취업). */
export type EmploymentPlacement = {
  __typename?: 'EmploymentPlacement';
  /** Business registration number (사업자등록번호), 10 digits. */
  businessRegistrationNumber: Scalars['String']['output'];
  employerName: Scalars['String']['output'];
  employmentType: EmploymentType;
  id: Scalars['ID']['output'];
  monthlyWageKrw: Scalars['Krw']['output'];
  occupation: Occupation;
  /** Still employed six months after starting; null until six months have passed. */
  retainedSixMonths: Maybe<Scalars['Boolean']['output']>;
  startedOn: Scalars['Date']['output'];
};

/**
 * The public employment center's record of one person (Work-net, employment
 * insurance and HRD-net combined).
 */
export type EmploymentRecord = {
  __typename?: 'EmploymentRecord';
  /** Job-seeker registration (구직등록) on Work-net. */
  jobSeeker: JobSeekerRegistration;
  /** National Employment Support Program (국민취업지원제도) participations, most recent first. */
  nespParticipations: Array<NespParticipation>;
  /** Jobs the center placed the person in (알선취업), most recent first. */
  placements: Array<EmploymentPlacement>;
  /** Vocational training on HRD-net (직업훈련), most recent first. */
  trainings: Array<TrainingEnrollment>;
  /** Unemployment benefit (실업급여) claims, most recent first. */
  unemploymentBenefitClaims: Array<UnemploymentBenefitClaim>;
};

export type EmploymentType =
  /** Daily work (일용직) */
  | 'DAILY'
  /** Fixed-term contract (계약직) */
  | 'FIXED_TERM'
  /** Part-time (시간제) */
  | 'PART_TIME'
  /** Permanent full-time (정규직) */
  | 'PERMANENT';

/**
 * A job posting (구인 공고) as its owning agency registered it. The same type
 * in every subgraph that holds postings.
 */
export type JobPosting = {
  __typename?: 'JobPosting';
  /** The agency that registered and owns the posting. */
  agency: Agency;
  /** Business registration number (사업자등록번호), 10 digits. */
  businessRegistrationNumber: Scalars['String']['output'];
  /** Last day of applications (마감일). */
  closeOn: Scalars['Date']['output'];
  closedReason: Maybe<Scalars['String']['output']>;
  employerName: Scalars['String']['output'];
  employmentType: EmploymentType;
  id: Scalars['ID']['output'];
  monthlyWageKrw: Scalars['Krw']['output'];
  occupation: Occupation;
  openOn: Scalars['Date']['output'];
  /** Number of people sought (모집인원). */
  openings: Scalars['Int']['output'];
  status: JobPostingStatus;
  title: Scalars['String']['output'];
  /** Starts at 1; one more on every change. */
  version: Scalars['Int']['output'];
  /** 5-digit 시군구 code of the workplace. */
  workMunicipalityCode: Scalars['String']['output'];
};

/**
 * A job posting to register. Every problem is reported at once and nothing is
 * written until all are fixed.
 */
export type JobPostingInput = {
  /** Business registration number (사업자등록번호): 10 digits with a valid check digit; hyphens are ignored. */
  businessRegistrationNumber: Scalars['String']['input'];
  /** Not before openOn, not in the past, at most 366 days after openOn. */
  closeOn: Scalars['Date']['input'];
  employerName: Scalars['String']['input'];
  employmentType: EmploymentType;
  /**
   * Any unique string per intended posting, e.g. a UUID (1 to 100 characters); a
   * retry sends the same key with the same input and gets the first answer. The
   * key belongs to its caller (staff ID, agency, center) and to that input: the
   * same key with another input, or from anyone else, is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: Scalars['String']['input'];
  monthlyWageKrw: Scalars['Krw']['input'];
  /** KECO occupation code from the center's occupation list, e.g. 5501. */
  occupationCode: Scalars['String']['input'];
  openOn: Scalars['Date']['input'];
  /** 1 to 1000. */
  openings: Scalars['Int']['input'];
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
  /** 5-digit 시군구 code of the workplace. */
  workMunicipalityCode: Scalars['String']['input'];
};

export type JobPostingStatus =
  /** Closed by its agency (마감) */
  | 'CLOSED'
  /** Taking applications (모집 중) */
  | 'OPEN';

export type JobSeekerRegistration = {
  __typename?: 'JobSeekerRegistration';
  desiredEmploymentType: EmploymentType;
  desiredMonthlyWageKrw: Scalars['Krw']['output'];
  desiredOccupation: Occupation;
  /** 5-digit 시군구 code of the area where the person wants to work. */
  desiredRegionCode: Scalars['String']['output'];
  education: EducationLevel;
  id: Scalars['ID']['output'];
  /** The employment center office that holds the registration, e.g. 서울서부고용센터. */
  office: Scalars['String']['output'];
  registeredOn: Scalars['Date']['output'];
  status: JobSeekerStatus;
  /** Registrations lapse unless renewed (구직등록 유효기간). */
  validUntil: Scalars['Date']['output'];
};

export type JobSeekerStatus =
  /** Looking for work */
  | 'ACTIVE'
  /** Found work through the center or on their own */
  | 'EMPLOYED'
  /** Registration lapsed */
  | 'EXPIRED'
  /** Withdrew the registration */
  | 'WITHDRAWN';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Closes one of the public employment center (고용센터)'s postings (마감), for EMPLOYMENT counsellors and
   * supervisors only; it leaves the job board. Closing again changes nothing.
   */
  closeEmploymentJobPosting: JobPosting;
  /**
   * Registers a job posting (구인 등록) of the public employment center (고용센터), for EMPLOYMENT counsellors
   * and supervisors only. The posting and its event for the center's job
   * board are written in one transaction; the board shows it moments later.
   * Retrying with the same idempotencyKey returns the first posting.
   */
  registerEmploymentJobPosting: JobPosting;
};


export type MutationCloseEmploymentJobPostingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterEmploymentJobPostingArgs = {
  input: JobPostingInput;
};

export type NespEligibilityInput = {
  applicationDate: Scalars['Date']['input'];
  birthDate: Scalars['Date']['input'];
  householdAssetsKrw: Scalars['Krw']['input'];
  householdSize: Scalars['Int']['input'];
  monthlyHouseholdIncomeKrw: Scalars['Krw']['input'];
  /** Days worked in the 24 months before applicationDate. */
  workExperienceDays: Scalars['Int']['input'];
  /** Hours worked in the 24 months before applicationDate. */
  workExperienceHours: Scalars['Int']['input'];
};

export type NespEligibilityResult = {
  __typename?: 'NespEligibilityResult';
  /** Household income ÷ standard median income, for display; the decision compares whole won. */
  medianIncomeRatio: Scalars['Float']['output'];
  /** Type I job-seeking promotion allowance (구직촉진수당) a month for the application year, before the dependents' add-on; null otherwise. */
  monthlyAllowanceKrw: Maybe<Scalars['Krw']['output']>;
  /** The conditions that decided the track, in plain words. */
  reasons: Array<Scalars['String']['output']>;
  track: NespTrack;
};

/**
 * Participation in the National Employment Support Program (국민취업지원제도),
 * Korea's unemployment assistance for people outside employment insurance.
 */
export type NespParticipation = {
  __typename?: 'NespParticipation';
  /** Individual activity plan (취업활동계획, IAP); null before it is agreed. */
  activityPlan: Maybe<ActivityPlan>;
  /** Job-seeking promotion allowance (구직촉진수당) payments, in round order. */
  allowancePayments: Array<AllowancePayment>;
  appliedOn: Scalars['Date']['output'];
  closedOn: Maybe<Scalars['Date']['output']>;
  /** Staff ID of the assigned employment counsellor (전담 상담사). */
  counsellorId: Maybe<Scalars['String']['output']>;
  /** Date of the eligibility decision (수급자격 결정일); null while pending. */
  decidedOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  stage: NespStage;
  track: NespTrack;
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

/**
 * An occupation on the Korean Employment Classification of Occupations
 * (한국고용직업분류, KECO). The same value type in every agency that records occupations.
 */
export type Occupation = {
  __typename?: 'Occupation';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Participant = {
  __typename?: 'Participant';
  birthDate: Maybe<Scalars['Date']['output']>;
  consents: Array<DisclosureConsent>;
  /**
   * What the public employment center holds on this person: job-seeker
   * registration, unemployment benefit, National Employment Support Program,
   * placements and training. Null when the center does not know the person.
   */
  employment: Maybe<EmploymentRecord>;
  employmentAccessLog: Maybe<Array<DataAccess>>;
  employmentTimeline: Maybe<Array<TimelineEvent>>;
  id: Scalars['ID']['output'];
  /**
   * National Employment Support Program eligibility (국민취업지원제도) as of
   * today, decided by the employment center from the person's age (Work-Plus),
   * household size, income and assets (행복e음, read under the NESP act with
   * purpose eligibility) and employment-insurance work history of the last 24
   * months (its own records). Same rules as Query.nespEligibilityCheck. Null
   * with an error when a source withholds what the decision needs (WITHHELD),
   * or when this year's standard median income is not on file yet
   * (RULES_NOT_AVAILABLE).
   */
  nespEligibility: Maybe<NespEligibilityResult>;
  welfare: Maybe<WelfareRecord>;
};

export type PlannedActivity = {
  __typename?: 'PlannedActivity';
  completedOn: Maybe<Scalars['Date']['output']>;
  description: Scalars['String']['output'];
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: PlannedActivityKind;
};

export type PlannedActivityKind =
  /** Counselling session (상담) */
  | 'COUNSELLING'
  /** Job applications and interviews (입사지원·면접) */
  | 'JOB_SEARCH'
  /** Employment support programme (취업지원 프로그램) */
  | 'SUPPORT_PROGRAM'
  /** Vocational training (직업훈련) */
  | 'TRAINING'
  /** Work experience (일경험 프로그램) */
  | 'WORK_EXPERIENCE';

/** Why data is read (이용 목적). Every request that reads personal data states one. */
export type PurposeOfUse =
  | 'AUDIT'
  | 'COUNSELLING'
  | 'ELIGIBILITY'
  | 'PLACEMENT'
  | 'REFERRAL'
  /** The person reading their own data (정보주체 열람) */
  | 'SELF_ACCESS';

export type Query = {
  __typename?: 'Query';
  /**
   * What-if check of National Employment Support Program eligibility
   * (국민취업지원제도 참여요건) for counsellors. Tracks are tried in the order
   * the law sets: ages 15–69; Type I requirement-based (income ≤ 60% of the
   * standard median income, assets ≤ 400,000,000 KRW or 500,000,000 KRW for
   * youth 18–34, ≥ 100 days or ≥ 800 hours of work in 24 months); Type I
   * youth (18–34, ≤ 120%, assets ≤ 500,000,000 KRW); Type I selection-based
   * (≤ 60%, assets within limit); Type II (≤ 100%, or any youth). Comparisons
   * are inclusive and made in whole won. The standard median income table is
   * data (2024–2026); another year is refused.
   */
  nespEligibilityCheck: NespEligibilityResult;
};


export type QueryNespEligibilityCheckArgs = {
  input: NespEligibilityInput;
};

export type SeparationReason =
  /** Business closed (폐업·도산) */
  | 'BUSINESS_CLOSURE'
  /** Fixed-term contract ended (계약만료) */
  | 'CONTRACT_END'
  /** Dismissal or redundancy (권고사직·해고) */
  | 'DISMISSAL'
  /** Voluntary resignation with a justified reason (정당한 사유의 자진퇴사) */
  | 'JUSTIFIED_RESIGNATION';

/**
 * One event in a person's timeline, from the agency that recorded it. The
 * same type in every subgraph that declares it.
 */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** The agency whose records the event comes from. */
  agency: Agency;
  /** When it happened; records kept by date read as the start of that day (KST). */
  at: Scalars['DateTime']['output'];
  /** A little more, e.g. the program or the occupation; never contact details. */
  detail: Maybe<Scalars['String']['output']>;
  kind: TimelineEventKind;
  /** What happened, in the staff's terms, e.g. 구직등록. */
  title: Scalars['String']['output'];
};

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

/** Vocational training taken with a national training card (국민내일배움카드). */
export type TrainingEnrollment = {
  __typename?: 'TrainingEnrollment';
  courseName: Scalars['String']['output'];
  endedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  provider: Scalars['String']['output'];
  startedOn: Scalars['Date']['output'];
  status: TrainingStatus;
};

export type TrainingStatus =
  | 'COMPLETED'
  | 'DROPPED'
  | 'ENROLLED';

/** A claim for unemployment benefit (구직급여, 실업급여) under employment insurance. */
export type UnemploymentBenefitClaim = {
  __typename?: 'UnemploymentBenefitClaim';
  /** Prescribed benefit days (소정급여일수), 120 to 270. */
  benefitDays: Scalars['Int']['output'];
  claimedOn: Scalars['Date']['output'];
  /** Daily benefit amount (구직급여일액). */
  dailyBenefitKrw: Scalars['Krw']['output'];
  id: Scalars['ID']['output'];
  /** Days insured under employment insurance before separation (피보험기간). */
  insuredDays: Scalars['Int']['output'];
  lastEmployerName: Scalars['String']['output'];
  paidDays: Scalars['Int']['output'];
  /** Date of separation from the last job (이직일). */
  separationDate: Scalars['Date']['output'];
  separationReason: SeparationReason;
  status: BenefitClaimStatus;
};

export type WelfareHousehold = {
  __typename?: 'WelfareHousehold';
  assetsKrw: Scalars['Krw']['output'];
  monthlyIncomeKrw: Scalars['Krw']['output'];
  size: Scalars['Int']['output'];
  vulnerableGroup: Maybe<WelfareVulnerableGroup>;
};

export type WelfareRecord = {
  __typename?: 'WelfareRecord';
  household: WelfareHousehold;
};

export type WelfareVulnerableGroup =
  | 'HOMELESS'
  | 'NORTH_KOREAN_DEFECTOR';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Participant: Participant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Participant:
    ( { __typename: 'Participant' }
    & GraphQLRecursivePick<FederationTypes['Participant'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"consents":{"id":true,"discloser":true,"recipient":true,"purposes":true,"grantedOn":true,"validUntil":true,"withdrawnOn":true}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"consents":{"id":true,"discloser":true,"recipient":true,"purposes":true,"grantedOn":true,"validUntil":true,"withdrawnOn":true}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"consents":{"id":true,"discloser":true,"recipient":true,"purposes":true,"grantedOn":true,"validUntil":true,"withdrawnOn":true},"birthDate":true,"welfare":{"household":{"size":true,"monthlyIncomeKrw":true,"assetsKrw":true,"vulnerableGroup":true}}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"consents":{"id":true,"discloser":true,"recipient":true,"purposes":true,"grantedOn":true,"validUntil":true,"withdrawnOn":true},"birthDate":true,"welfare":{"household":{"size":true,"monthlyIncomeKrw":true,"assetsKrw":true,"vulnerableGroup":true}}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"consents":{"id":true,"discloser":true,"recipient":true,"purposes":true,"grantedOn":true,"validUntil":true,"withdrawnOn":true}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"consents":{"id":true,"discloser":true,"recipient":true,"purposes":true,"grantedOn":true,"validUntil":true,"withdrawnOn":true},"birthDate":true,"welfare":{"household":{"size":true,"monthlyIncomeKrw":true,"assetsKrw":true,"vulnerableGroup":true}}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"birthDate":true,"consents":{"id":true,"discloser":true,"recipient":true,"purposes":true,"grantedOn":true,"validUntil":true,"withdrawnOn":true},"welfare":{"household":{"size":true,"monthlyIncomeKrw":true,"assetsKrw":true,"vulnerableGroup":true}}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityPlan: ResolverTypeWrapper<ActivityPlanRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Agency: Agency;
  AllowancePayment: ResolverTypeWrapper<AllowancePaymentRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BenefitClaimStatus: BenefitClaimStatus;
  DataAccess: ResolverTypeWrapper<DataAccess>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisclosureConsent: ResolverTypeWrapper<DisclosureConsent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EducationLevel: EducationLevel;
  EmploymentPlacement: ResolverTypeWrapper<PlacementRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EmploymentRecord: ResolverTypeWrapper<JobSeekerRow>;
  EmploymentType: EmploymentType;
  JobPosting: ResolverTypeWrapper<JobPostingRow>;
  JobPostingInput: JobPostingInput;
  JobPostingStatus: JobPostingStatus;
  JobSeekerRegistration: ResolverTypeWrapper<JobSeekerRow>;
  JobSeekerStatus: JobSeekerStatus;
  Krw: ResolverTypeWrapper<Scalars['Krw']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NespEligibilityInput: NespEligibilityInput;
  NespEligibilityResult: ResolverTypeWrapper<NespEligibilityResult>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  NespParticipation: ResolverTypeWrapper<NespParticipationRow>;
  NespStage: NespStage;
  NespTrack: NespTrack;
  Occupation: ResolverTypeWrapper<Occupation>;
  Participant: ResolverTypeWrapper<EmploymentParticipant>;
  PlannedActivity: ResolverTypeWrapper<PlannedActivityRow>;
  PlannedActivityKind: PlannedActivityKind;
  PurposeOfUse: PurposeOfUse;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SeparationReason: SeparationReason;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  TimelineEventKind: TimelineEventKind;
  TrainingEnrollment: ResolverTypeWrapper<TrainingRow>;
  TrainingStatus: TrainingStatus;
  UnemploymentBenefitClaim: ResolverTypeWrapper<BenefitClaimRow>;
  WelfareHousehold: ResolverTypeWrapper<WelfareHousehold>;
  WelfareRecord: ResolverTypeWrapper<WelfareRecord>;
  WelfareVulnerableGroup: WelfareVulnerableGroup;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityPlan: ActivityPlanRow;
  String: Scalars['String']['output'];
  AllowancePayment: AllowancePaymentRow;
  Int: Scalars['Int']['output'];
  DataAccess: DataAccess;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisclosureConsent: DisclosureConsent;
  ID: Scalars['ID']['output'];
  EmploymentPlacement: PlacementRow;
  Boolean: Scalars['Boolean']['output'];
  EmploymentRecord: JobSeekerRow;
  JobPosting: JobPostingRow;
  JobPostingInput: JobPostingInput;
  JobSeekerRegistration: JobSeekerRow;
  Krw: Scalars['Krw']['output'];
  Mutation: Record<PropertyKey, never>;
  NespEligibilityInput: NespEligibilityInput;
  NespEligibilityResult: NespEligibilityResult;
  Float: Scalars['Float']['output'];
  NespParticipation: NespParticipationRow;
  Occupation: Occupation;
  Participant: EmploymentParticipant;
  PlannedActivity: PlannedActivityRow;
  Query: Record<PropertyKey, never>;
  TimelineEvent: TimelineEvent;
  TrainingEnrollment: TrainingRow;
  UnemploymentBenefitClaim: BenefitClaimRow;
  WelfareHousehold: WelfareHousehold;
  WelfareRecord: WelfareRecord;
}>;

export type ActivityPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityPlan'] = ResolversParentTypes['ActivityPlan']> = ResolversObject<{
  activities?: Resolver<Array<ResolversTypes['PlannedActivity']>, ParentType, ContextType>;
  agreedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  goalOccupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AllowancePaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllowancePayment'] = ResolversParentTypes['AllowancePayment']> = ResolversObject<{
  amountKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  dependentsAddOnKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DataAccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataAccess'] = ResolversParentTypes['DataAccess']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['PurposeOfUse']>, ParentType, ContextType>;
  readerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  readerCenter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisclosureConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisclosureConsent'] = ResolversParentTypes['DisclosureConsent']> = ResolversObject<{
  discloser?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  grantedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['PurposeOfUse']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type EmploymentPlacementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentPlacement'] = ResolversParentTypes['EmploymentPlacement']> = ResolversObject<{
  businessRegistrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyWageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  retainedSixMonths?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type EmploymentRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentRecord'] = ResolversParentTypes['EmploymentRecord']> = ResolversObject<{
  jobSeeker?: Resolver<ResolversTypes['JobSeekerRegistration'], ParentType, ContextType>;
  nespParticipations?: Resolver<Array<ResolversTypes['NespParticipation']>, ParentType, ContextType>;
  placements?: Resolver<Array<ResolversTypes['EmploymentPlacement']>, ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['TrainingEnrollment']>, ParentType, ContextType>;
  unemploymentBenefitClaims?: Resolver<Array<ResolversTypes['UnemploymentBenefitClaim']>, ParentType, ContextType>;
}>;

export type JobPostingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobPosting'] = ResolversParentTypes['JobPosting']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  businessRegistrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closeOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyWageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  openOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  openings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobPostingStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workMunicipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JobSeekerRegistrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobSeekerRegistration'] = ResolversParentTypes['JobSeekerRegistration']> = ResolversObject<{
  desiredEmploymentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  desiredMonthlyWageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  desiredOccupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  desiredRegionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  education?: Resolver<ResolversTypes['EducationLevel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  office?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobSeekerStatus'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Krw'], any> {
  name: 'Krw';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  closeEmploymentJobPosting?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType, RequireFields<MutationCloseEmploymentJobPostingArgs, 'id' | 'reason'>>;
  registerEmploymentJobPosting?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType, RequireFields<MutationRegisterEmploymentJobPostingArgs, 'input'>>;
}>;

export type NespEligibilityResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NespEligibilityResult'] = ResolversParentTypes['NespEligibilityResult']> = ResolversObject<{
  medianIncomeRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  monthlyAllowanceKrw?: Resolver<Maybe<ResolversTypes['Krw']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  track?: Resolver<ResolversTypes['NespTrack'], ParentType, ContextType>;
}>;

export type NespParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NespParticipation'] = ResolversParentTypes['NespParticipation']> = ResolversObject<{
  activityPlan?: Resolver<Maybe<ResolversTypes['ActivityPlan']>, ParentType, ContextType>;
  allowancePayments?: Resolver<Array<ResolversTypes['AllowancePayment']>, ParentType, ContextType>;
  appliedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  counsellorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['NespStage'], ParentType, ContextType>;
  track?: Resolver<ResolversTypes['NespTrack'], ParentType, ContextType>;
}>;

export type OccupationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Occupation'] = ResolversParentTypes['Occupation']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant'], FederationReferenceType extends FederationReferenceTypes['Participant'] = FederationReferenceTypes['Participant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Participant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['EmploymentRecord']>, ParentType, ContextType>;
  employmentAccessLog?: Resolver<Maybe<Array<ResolversTypes['DataAccess']>>, ParentType, ContextType>;
  employmentTimeline?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nespEligibility?: Resolver<Maybe<ResolversTypes['NespEligibilityResult']>, ParentType, ContextType>;
}>;

export type PlannedActivityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlannedActivity'] = ResolversParentTypes['PlannedActivity']> = ResolversObject<{
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlannedActivityKind'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  nespEligibilityCheck?: Resolver<ResolversTypes['NespEligibilityResult'], ParentType, ContextType, RequireFields<QueryNespEligibilityCheckArgs, 'input'>>;
}>;

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TrainingEnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingEnrollment'] = ResolversParentTypes['TrainingEnrollment']> = ResolversObject<{
  courseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrainingStatus'], ParentType, ContextType>;
}>;

export type UnemploymentBenefitClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnemploymentBenefitClaim'] = ResolversParentTypes['UnemploymentBenefitClaim']> = ResolversObject<{
  benefitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dailyBenefitKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuredDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastEmployerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  separationDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  separationReason?: Resolver<ResolversTypes['SeparationReason'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BenefitClaimStatus'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ActivityPlan?: ActivityPlanResolvers<ContextType>;
  AllowancePayment?: AllowancePaymentResolvers<ContextType>;
  DataAccess?: DataAccessResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisclosureConsent?: DisclosureConsentResolvers<ContextType>;
  EmploymentPlacement?: EmploymentPlacementResolvers<ContextType>;
  EmploymentRecord?: EmploymentRecordResolvers<ContextType>;
  JobPosting?: JobPostingResolvers<ContextType>;
  JobSeekerRegistration?: JobSeekerRegistrationResolvers<ContextType>;
  Krw?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NespEligibilityResult?: NespEligibilityResultResolvers<ContextType>;
  NespParticipation?: NespParticipationResolvers<ContextType>;
  Occupation?: OccupationResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  PlannedActivity?: PlannedActivityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  TrainingEnrollment?: TrainingEnrollmentResolvers<ContextType>;
  UnemploymentBenefitClaim?: UnemploymentBenefitClaimResolvers<ContextType>;
}>;

