import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ParticipantReference } from '../../shared/policy/disclosure';
import type { RegistrationRow, ServiceRow, CounsellingSessionRow, PlacementRow, SupportMeasureRow, SupportPaymentRow } from '../src/store/tables';
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

/** Status of a career service member (신분). */
export type MilitaryCorps =
  /** Non-commissioned officer (부사관) */
  | 'NCO'
  /** Commissioned officer (장교) */
  | 'OFFICER'
  /** Warrant officer (준사관) */
  | 'WARRANT_OFFICER';

/** Type of discharge (전역 구분). */
export type MilitaryDischargeType =
  /** Term of service completed (만기전역) */
  | 'EXPIRATION_OF_TERM'
  /** Honourable early retirement after 20+ years of service (명예전역) */
  | 'HONOURABLE'
  /** Discharged for illness or injury (의병전역) */
  | 'MEDICAL'
  /** Age or rank-tenure limit reached (정년전역) */
  | 'RETIREMENT_AGE'
  /** Voluntary discharge before the end of the term (희망전역) */
  | 'VOLUNTARY';

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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Closes one of the veterans support center (제대군인지원센터)'s postings (마감), for VETERANS counsellors and
   * supervisors only; it leaves the job board. Closing again changes nothing.
   */
  closeVeteranJobPosting: JobPosting;
  /**
   * Registers a job posting (구인 등록) of the veterans support center (제대군인지원센터), for VETERANS counsellors
   * and supervisors only. The posting and its event for the center's job
   * board are written in one transaction; the board shows it moments later.
   * Retrying with the same idempotencyKey returns the first posting.
   */
  registerVeteranJobPosting: JobPosting;
};


export type MutationCloseVeteranJobPostingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterVeteranJobPostingArgs = {
  input: JobPostingInput;
};

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
  consents: Array<DisclosureConsent>;
  id: Scalars['ID']['output'];
  /**
   * What the veterans support center holds on this person: military service,
   * registration, career counselling, job placements and support measures.
   * Null when the center does not know the person.
   */
  veterans: Maybe<VeteranRecord>;
  veteransAccessLog: Maybe<Array<DataAccess>>;
  veteransTimeline: Maybe<Array<TimelineEvent>>;
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

export type VeteranCounsellingChannel =
  /** At the center (방문상담) */
  | 'IN_PERSON'
  /** Video or online (화상·온라인상담) */
  | 'ONLINE'
  /** By phone (전화상담) */
  | 'PHONE';

/** A career counselling session (진로상담) with a veterans support center consultant. */
export type VeteranCounsellingSession = {
  __typename?: 'VeteranCounsellingSession';
  channel: VeteranCounsellingChannel;
  /** Staff ID of the consultant who held the session. */
  counsellorId: Scalars['String']['output'];
  durationMinutes: Scalars['Int']['output'];
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Consultant's note (상담 내용). */
  notes: Scalars['String']['output'];
  topic: VeteranCounsellingTopic;
};

export type VeteranCounsellingTopic =
  /** Career design after service (전직 진로설계) */
  | 'CAREER_DESIGN'
  /** Education and training, certificates (교육훈련·자격 취득) */
  | 'EDUCATION_TRAINING'
  /** Follow-up after employment (취업 후 사후관리) */
  | 'FOLLOW_UP'
  /** Intake and career diagnosis (초기상담·진단) */
  | 'INITIAL_ASSESSMENT'
  /** Job search, CV and interview coaching (취업상담·이력서·면접 코칭) */
  | 'JOB_SEARCH'
  /** Starting a business (창업상담) */
  | 'STARTUP';

/** Form of the job a veteran was placed in (고용형태). */
export type VeteranEmploymentForm =
  /** Fixed-term contract (계약직) */
  | 'FIXED_TERM'
  /** Part-time (시간제) */
  | 'PART_TIME'
  /** Permanent full-time (정규직) */
  | 'PERMANENT';

export type VeteranPaymentKind =
  /**
   * Lump sum on early employment (조기취업 일시금): half of what the remaining
   * months of the allowance would have paid.
   */
  | 'EARLY_EMPLOYMENT_LUMP_SUM'
  /** Regular monthly payment (월 지급) */
  | 'MONTHLY'
  /** Single payment, e.g. tuition (일시 지급) */
  | 'ONE_OFF';

/** A job the veterans support center linked the person to (취업연계). */
export type VeteranPlacement = {
  __typename?: 'VeteranPlacement';
  /** Business registration number (사업자등록번호), 10 digits. */
  businessRegistrationNumber: Scalars['String']['output'];
  employerName: Scalars['String']['output'];
  employmentForm: VeteranEmploymentForm;
  id: Scalars['ID']['output'];
  monthlyWageKrw: Scalars['Krw']['output'];
  occupation: Occupation;
  /** Still employed six months after starting; null until six months have passed. */
  retainedSixMonths: Maybe<Scalars['Boolean']['output']>;
  route: VeteranPlacementRoute;
  startedOn: Scalars['Date']['output'];
};

/** How the job came about (취업연계 경로). */
export type VeteranPlacementRoute =
  /** Referral by the consultant to an open vacancy (취업알선) */
  | 'CENTER_REFERRAL'
  /** Veterans job fair (제대군인 채용박람회) */
  | 'JOB_FAIR'
  /** Employer with a veterans hiring agreement (제대군인 채용 협약기업) */
  | 'PARTNER_EMPLOYER'
  /** Public-sector post reserved for veterans (공공기관 제대군인 채용) */
  | 'PUBLIC_SECTOR';

/**
 * The veterans support center's record of one discharged mid- or long-term
 * service member (중·장기복무 제대군인), kept on v-net (제대군인 취업지원시스템)
 * of the Ministry of Patriots and Veterans Affairs (국가보훈부).
 */
export type VeteranRecord = {
  __typename?: 'VeteranRecord';
  /** Career counselling sessions (진로상담), most recent first. */
  counsellingSessions: Array<VeteranCounsellingSession>;
  /** Jobs the center linked the person to (취업연계), most recent first. */
  placements: Array<VeteranPlacement>;
  /** Registration with the veterans support center (제대군인지원센터 등록). */
  registration: VeteranRegistration;
  /** Military service summary (복무 요약) confirmed from the discharge record. */
  service: VeteranServiceSummary;
  /** Support measures applied for (지원제도 신청), most recent first. */
  supportMeasures: Array<VeteranSupportMeasure>;
};

/** Registration (등록) of a veteran with a veterans support center. */
export type VeteranRegistration = {
  __typename?: 'VeteranRegistration';
  /** Date the case was closed (종결일); null while open. */
  closedOn: Maybe<Scalars['Date']['output']>;
  /** Staff ID of the assigned career counsellor (전담 컨설턴트). */
  counsellorId: Scalars['String']['output'];
  desiredMonthlyWageKrw: Scalars['Krw']['output'];
  desiredOccupation: Occupation;
  /** 5-digit 시군구 code of the area where the person wants to work. */
  desiredRegionCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The veterans support center office that holds the registration, e.g. 서울서부제대군인지원센터. */
  office: Scalars['String']['output'];
  /** Service members may register up to a year before discharge (전역예정자). */
  registeredOn: Scalars['Date']['output'];
  status: VeteranRegistrationStatus;
};

export type VeteranRegistrationStatus =
  /** Preparing for or looking for work (구직 중) */
  | 'ACTIVE'
  /** Case closed without an outcome, e.g. no contact (종결) */
  | 'CLOSED'
  /** Found a job (취업) */
  | 'EMPLOYED'
  /** Started a business (창업) */
  | 'STARTED_BUSINESS';

/** Veteran category by length of service (제대군인 구분). */
export type VeteranServiceCategory =
  /** Long-term service, 10 years or more (장기복무 제대군인) */
  | 'LONG_TERM'
  /** Mid-term service, 5 to under 10 years (중기복무 제대군인) */
  | 'MID_TERM';

/**
 * Summary of one period of military service (복무 요약) ending in discharge,
 * as recorded on the discharge certificate (전역증).
 */
export type VeteranServiceSummary = {
  __typename?: 'VeteranServiceSummary';
  branch: MilitaryBranch;
  category: VeteranServiceCategory;
  /** Whether the person served as an officer, warrant officer or NCO (신분). */
  corps: MilitaryCorps;
  dischargeType: MilitaryDischargeType;
  /** Date of discharge (전역일). */
  dischargedOn: Scalars['Date']['output'];
  /**
   * Eligible for a military pension (군인연금), i.e. 19 years and 6 months of service
   * or more. Pension recipients are not eligible for the job-search allowance.
   */
  militaryPensionEligible: Scalars['Boolean']['output'];
  /** Rank at discharge (전역 시 계급). */
  rankAtDischarge: MilitaryRank;
  /** Whole months served (복무기간, months); at least 60. */
  serviceMonths: Scalars['Int']['output'];
  /** Date of commissioning or appointment (임관일). */
  serviceStartedOn: Scalars['Date']['output'];
  /** Military occupational specialty (병과), e.g. 보병, 통신, 정비. */
  specialty: Scalars['String']['output'];
};

export type VeteranSupportKind =
  /** Tuition support for schooling or vocational courses (교육지원, 학비 보조) */
  | 'EDUCATION_SUBSIDY'
  /**
   * Job-search allowance (전직지원금) for unemployed veterans without a military
   * pension: 500,000 KRW a month for mid-term and 700,000 KRW for long-term
   * veterans, for up to six months; applied for within six months of discharge.
   */
  | 'JOB_SEARCH_ALLOWANCE'
  /** Low-interest loan for housing, living or business (대부지원), long-term veterans only */
  | 'LOAN'
  /** Treatment at veterans hospitals at reduced cost (의료지원), long-term veterans only */
  | 'MEDICAL'
  /** Customised job-transition course (맞춤형 전직교육) */
  | 'TRANSITION_COURSE';

/** A support measure (지원제도) a veteran applied for. */
export type VeteranSupportMeasure = {
  __typename?: 'VeteranSupportMeasure';
  appliedOn: Scalars['Date']['output'];
  /** Total amount approved (지원 결정액); null for measures without money or not approved. */
  approvedAmountKrw: Maybe<Scalars['Krw']['output']>;
  /** Date of the decision (결정일); null while under review. */
  decidedOn: Maybe<Scalars['Date']['output']>;
  /** Last day of support; null while open-ended or not approved. */
  endsOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: VeteranSupportKind;
  /** Payments made under the measure (지급 내역), in round order. */
  payments: Array<VeteranSupportPayment>;
  /** First day of support; null unless approved. */
  startsOn: Maybe<Scalars['Date']['output']>;
  status: VeteranSupportStatus;
};

/** One payment under a support measure. */
export type VeteranSupportPayment = {
  __typename?: 'VeteranSupportPayment';
  amountKrw: Scalars['Krw']['output'];
  kind: VeteranPaymentKind;
  paidOn: Scalars['Date']['output'];
  /** Payment round (회차), from 1. */
  round: Scalars['Int']['output'];
};

export type VeteranSupportStatus =
  /** Approved, support running (지원 중) */
  | 'ACTIVE'
  /** Applied, under review (신청) */
  | 'APPLIED'
  /** Support completed (지원 종료) */
  | 'COMPLETED'
  /** Ended early because the person found work (조기취업 종료) */
  | 'ENDED_ON_EMPLOYMENT'
  /** Not approved (부적격) */
  | 'REJECTED';

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
        | GraphQLRecursivePick<FederationTypes['Participant'], {"consents":{"id":true,"discloser":true,"recipient":true,"purposes":true,"grantedOn":true,"validUntil":true,"withdrawnOn":true}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agency: Agency;
  DataAccess: ResolverTypeWrapper<DataAccess>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisclosureConsent: ResolverTypeWrapper<DisclosureConsent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EmploymentType: EmploymentType;
  JobPosting: ResolverTypeWrapper<JobPostingRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JobPostingInput: JobPostingInput;
  JobPostingStatus: JobPostingStatus;
  Krw: ResolverTypeWrapper<Scalars['Krw']['output']>;
  MilitaryBranch: MilitaryBranch;
  MilitaryCorps: MilitaryCorps;
  MilitaryDischargeType: MilitaryDischargeType;
  MilitaryRank: MilitaryRank;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Occupation: ResolverTypeWrapper<Occupation>;
  Participant: ResolverTypeWrapper<ParticipantReference>;
  PurposeOfUse: PurposeOfUse;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  TimelineEventKind: TimelineEventKind;
  VeteranCounsellingChannel: VeteranCounsellingChannel;
  VeteranCounsellingSession: ResolverTypeWrapper<CounsellingSessionRow>;
  VeteranCounsellingTopic: VeteranCounsellingTopic;
  VeteranEmploymentForm: VeteranEmploymentForm;
  VeteranPaymentKind: VeteranPaymentKind;
  VeteranPlacement: ResolverTypeWrapper<PlacementRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  VeteranPlacementRoute: VeteranPlacementRoute;
  VeteranRecord: ResolverTypeWrapper<RegistrationRow>;
  VeteranRegistration: ResolverTypeWrapper<RegistrationRow>;
  VeteranRegistrationStatus: VeteranRegistrationStatus;
  VeteranServiceCategory: VeteranServiceCategory;
  VeteranServiceSummary: ResolverTypeWrapper<ServiceRow>;
  VeteranSupportKind: VeteranSupportKind;
  VeteranSupportMeasure: ResolverTypeWrapper<SupportMeasureRow>;
  VeteranSupportPayment: ResolverTypeWrapper<SupportPaymentRow>;
  VeteranSupportStatus: VeteranSupportStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DataAccess: DataAccess;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisclosureConsent: DisclosureConsent;
  ID: Scalars['ID']['output'];
  JobPosting: JobPostingRow;
  Int: Scalars['Int']['output'];
  JobPostingInput: JobPostingInput;
  Krw: Scalars['Krw']['output'];
  Mutation: Record<PropertyKey, never>;
  Occupation: Occupation;
  Participant: ParticipantReference;
  TimelineEvent: TimelineEvent;
  VeteranCounsellingSession: CounsellingSessionRow;
  VeteranPlacement: PlacementRow;
  Boolean: Scalars['Boolean']['output'];
  VeteranRecord: RegistrationRow;
  VeteranRegistration: RegistrationRow;
  VeteranServiceSummary: ServiceRow;
  VeteranSupportMeasure: SupportMeasureRow;
  VeteranSupportPayment: SupportPaymentRow;
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

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Krw'], any> {
  name: 'Krw';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  closeVeteranJobPosting?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType, RequireFields<MutationCloseVeteranJobPostingArgs, 'id' | 'reason'>>;
  registerVeteranJobPosting?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType, RequireFields<MutationRegisterVeteranJobPostingArgs, 'input'>>;
}>;

export type OccupationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Occupation'] = ResolversParentTypes['Occupation']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant'], FederationReferenceType extends FederationReferenceTypes['Participant'] = FederationReferenceTypes['Participant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Participant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  veterans?: Resolver<Maybe<ResolversTypes['VeteranRecord']>, ParentType, ContextType>;
  veteransAccessLog?: Resolver<Maybe<Array<ResolversTypes['DataAccess']>>, ParentType, ContextType>;
  veteransTimeline?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType>;
}>;

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VeteranCounsellingSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VeteranCounsellingSession'] = ResolversParentTypes['VeteranCounsellingSession']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['VeteranCounsellingChannel'], ParentType, ContextType>;
  counsellorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['VeteranCounsellingTopic'], ParentType, ContextType>;
}>;

export type VeteranPlacementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VeteranPlacement'] = ResolversParentTypes['VeteranPlacement']> = ResolversObject<{
  businessRegistrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employmentForm?: Resolver<ResolversTypes['VeteranEmploymentForm'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyWageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  retainedSixMonths?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  route?: Resolver<ResolversTypes['VeteranPlacementRoute'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type VeteranRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VeteranRecord'] = ResolversParentTypes['VeteranRecord']> = ResolversObject<{
  counsellingSessions?: Resolver<Array<ResolversTypes['VeteranCounsellingSession']>, ParentType, ContextType>;
  placements?: Resolver<Array<ResolversTypes['VeteranPlacement']>, ParentType, ContextType>;
  registration?: Resolver<ResolversTypes['VeteranRegistration'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['VeteranServiceSummary'], ParentType, ContextType>;
  supportMeasures?: Resolver<Array<ResolversTypes['VeteranSupportMeasure']>, ParentType, ContextType>;
}>;

export type VeteranRegistrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VeteranRegistration'] = ResolversParentTypes['VeteranRegistration']> = ResolversObject<{
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  counsellorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  desiredMonthlyWageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  desiredOccupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  desiredRegionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  office?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VeteranRegistrationStatus'], ParentType, ContextType>;
}>;

export type VeteranServiceSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VeteranServiceSummary'] = ResolversParentTypes['VeteranServiceSummary']> = ResolversObject<{
  branch?: Resolver<ResolversTypes['MilitaryBranch'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['VeteranServiceCategory'], ParentType, ContextType>;
  corps?: Resolver<ResolversTypes['MilitaryCorps'], ParentType, ContextType>;
  dischargeType?: Resolver<ResolversTypes['MilitaryDischargeType'], ParentType, ContextType>;
  dischargedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  militaryPensionEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rankAtDischarge?: Resolver<ResolversTypes['MilitaryRank'], ParentType, ContextType>;
  serviceMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceStartedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  specialty?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VeteranSupportMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VeteranSupportMeasure'] = ResolversParentTypes['VeteranSupportMeasure']> = ResolversObject<{
  appliedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  approvedAmountKrw?: Resolver<Maybe<ResolversTypes['Krw']>, ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VeteranSupportKind'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['VeteranSupportPayment']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VeteranSupportStatus'], ParentType, ContextType>;
}>;

export type VeteranSupportPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VeteranSupportPayment'] = ResolversParentTypes['VeteranSupportPayment']> = ResolversObject<{
  amountKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VeteranPaymentKind'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DataAccess?: DataAccessResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisclosureConsent?: DisclosureConsentResolvers<ContextType>;
  JobPosting?: JobPostingResolvers<ContextType>;
  Krw?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Occupation?: OccupationResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  VeteranCounsellingSession?: VeteranCounsellingSessionResolvers<ContextType>;
  VeteranPlacement?: VeteranPlacementResolvers<ContextType>;
  VeteranRecord?: VeteranRecordResolvers<ContextType>;
  VeteranRegistration?: VeteranRegistrationResolvers<ContextType>;
  VeteranServiceSummary?: VeteranServiceSummaryResolvers<ContextType>;
  VeteranSupportMeasure?: VeteranSupportMeasureResolvers<ContextType>;
  VeteranSupportPayment?: VeteranSupportPaymentResolvers<ContextType>;
}>;

