import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ParticipantReference } from '../../shared/policy/disclosure';
import type { CareerBreakProfileRow, CounsellingSessionRow, TrainingCourseRow, TrainingEnrollmentRow, InternshipRow, SubsidyPaymentRow, PlacementRow } from '../src/store/tables';
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Closes one of the women's reemployment center (새일센터)'s postings (마감), for WOMEN counsellors and
   * supervisors only; it leaves the job board. Closing again changes nothing.
   */
  closeWomenJobPosting: JobPosting;
  /**
   * Registers a job posting (구인 등록) of the women's reemployment center (새일센터), for WOMEN counsellors
   * and supervisors only. The posting and its event for the center's job
   * board are written in one transaction; the board shows it moments later.
   * Retrying with the same idempotencyKey returns the first posting.
   */
  registerWomenJobPosting: JobPosting;
};


export type MutationCloseWomenJobPostingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterWomenJobPostingArgs = {
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
   * What the women's reemployment center holds on this person in e새일: her
   * career-break profile, counselling, vocational training, 새일여성인턴
   * internships and placements. Null when the center does not know the person.
   */
  womenReemployment: Maybe<WomenReemploymentRecord>;
  womenReemploymentAccessLog: Maybe<Array<DataAccess>>;
  womenReemploymentTimeline: Maybe<Array<TimelineEvent>>;
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

/** A woman's registration with a 새일센터 and why her career was interrupted. */
export type WomenCareerBreakProfile = {
  __typename?: 'WomenCareerBreakProfile';
  /** Main reason the career was interrupted (경력단절 사유). */
  careerBreakReason: WomenCareerBreakReason;
  /** When she left her last job (경력단절 시작일); null if she never worked. */
  careerBreakSince: Maybe<Scalars['Date']['output']>;
  /** Children under 18 in her household at registration (자녀 수), which shapes the hours she can work. */
  childrenUnder18: Scalars['Int']['output'];
  desiredMonthlyWageKrw: Scalars['Krw']['output'];
  desiredOccupation: Occupation;
  desiredWorkArrangement: WomenWorkArrangement;
  id: Scalars['ID']['output'];
  /** Occupation before the break; null if she never worked. */
  lastOccupation: Maybe<Occupation>;
  /** The center that holds the registration, e.g. 서울서부여성새로일하기센터. */
  office: Scalars['String']['output'];
  /** Years of paid work before the break (경력 연수). */
  priorExperienceYears: Scalars['Int']['output'];
  registeredOn: Scalars['Date']['output'];
  status: WomenSeekerStatus;
  /** Age of her youngest child, null without children under 18 (막내 자녀 연령). */
  youngestChildAge: Maybe<Scalars['Int']['output']>;
};

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

export type WomenCounsellingChannel =
  /** At the center (내방) */
  | 'IN_PERSON'
  /** Online or video (온라인) */
  | 'ONLINE'
  /** At her home or a community venue (찾아가는 상담) */
  | 'OUTREACH'
  /** By phone (전화) */
  | 'PHONE';

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

/** One counselling session with a 새일센터 job counsellor (취업설계사). */
export type WomenCounsellingSession = {
  __typename?: 'WomenCounsellingSession';
  channel: WomenCounsellingChannel;
  /**
   * Work-Plus staff ID of the counsellor when the 새일센터 sits inside the
   * Employment-Welfare Plus Center; null for a stand-alone center's counsellor.
   */
  counsellorId: Maybe<Scalars['String']['output']>;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: WomenCounsellingKind;
  summary: Scalars['String']['output'];
};

/**
 * A 새일여성인턴 internship: a small or medium employer takes her on for three
 * months, the center pays the employer an internship subsidy, and both receive
 * an incentive if she stays on permanently.
 */
export type WomenInternship = {
  __typename?: 'WomenInternship';
  /** Business registration number (사업자등록번호), 10 digits. */
  businessRegistrationNumber: Scalars['String']['output'];
  convertedOn: Maybe<Scalars['Date']['output']>;
  /** Kept on as a permanent employee (정규직 전환); null while the internship runs. */
  convertedToRegular: Maybe<Scalars['Boolean']['output']>;
  employerName: Scalars['String']['output'];
  /** Everything paid to the employer for this internship (인턴지원금 and 채용장려금). */
  employerSubsidyTotalKrw: Scalars['Krw']['output'];
  /** Actual end; null while the internship runs. */
  endedOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  monthlyWageKrw: Scalars['Krw']['output'];
  occupation: Occupation;
  /** Planned end of the internship, normally three months after the start. */
  plannedEndOn: Scalars['Date']['output'];
  startedOn: Scalars['Date']['output'];
  status: WomenInternshipStatus;
  /** Subsidies and incentives paid for this internship, in order. */
  subsidyPayments: Array<WomenInternshipSubsidyPayment>;
};

export type WomenInternshipStatus =
  /** Internship served to the end (인턴 종료) */
  | 'COMPLETED'
  /** Internship running (인턴 중) */
  | 'ONGOING'
  /** Ended early by either side (중도 종료) */
  | 'TERMINATED_EARLY';

export type WomenInternshipSubsidyKind =
  /** Hiring incentive to the employer after six months' permanent employment (채용장려금) */
  | 'HIRING_INCENTIVE'
  /** Monthly internship subsidy to the employer (인턴지원금), up to three months */
  | 'INTERNSHIP_SUBSIDY'
  /** Employment incentive to the intern after six months' permanent employment (인턴취업장려금) */
  | 'INTERN_INCENTIVE';

/** One payment of the 새일여성인턴 programme. */
export type WomenInternshipSubsidyPayment = {
  __typename?: 'WomenInternshipSubsidyPayment';
  amountKrw: Scalars['Krw']['output'];
  kind: WomenInternshipSubsidyKind;
  paidOn: Scalars['Date']['output'];
  recipient: WomenSubsidyRecipient;
  /** Payment order within the internship, from 1 (회차). */
  round: Scalars['Int']['output'];
};

/** A job the 새일센터 linked the person to (취업연계). */
export type WomenPlacement = {
  __typename?: 'WomenPlacement';
  /** Business registration number (사업자등록번호), 10 digits. */
  businessRegistrationNumber: Scalars['String']['output'];
  employerName: Scalars['String']['output'];
  /** The internship she was kept on from, when route is INTERNSHIP_CONVERSION. */
  fromInternship: Maybe<WomenInternship>;
  id: Scalars['ID']['output'];
  monthlyWageKrw: Scalars['Krw']['output'];
  occupation: Occupation;
  /** Still employed six months after starting; null until six months have passed. */
  retainedSixMonths: Maybe<Scalars['Boolean']['output']>;
  route: WomenPlacementRoute;
  startedOn: Scalars['Date']['output'];
  workArrangement: WomenWorkArrangement;
};

export type WomenPlacementRoute =
  /** Kept on after a 새일여성인턴 internship (인턴 정규직 전환) */
  | 'INTERNSHIP_CONVERSION'
  /** Hired at a job fair the center held (채용박람회) */
  | 'JOB_FAIR'
  /** Referred to a vacancy by her counsellor (구인·구직 알선) */
  | 'JOB_REFERRAL'
  /** Hired after the center's training course (직업교육훈련 연계) */
  | 'TRAINING_LINKED';

/**
 * The women's reemployment center's record of one career-break woman
 * (경력단절여성), as kept in e새일, the Ministry of Gender Equality and Family's system.
 */
export type WomenReemploymentRecord = {
  __typename?: 'WomenReemploymentRecord';
  /** Counselling sessions (상담 이력), most recent first. */
  counsellingSessions: Array<WomenCounsellingSession>;
  /** 새일여성인턴 internships, most recent first. */
  internships: Array<WomenInternship>;
  /** Jobs the center linked the person to (취업연계), most recent first. */
  placements: Array<WomenPlacement>;
  /** Job-seeker registration and career-break profile (구직등록·경력단절 정보). */
  profile: WomenCareerBreakProfile;
  /** Vocational training courses taken at the center (직업교육훈련), most recent first. */
  trainingEnrollments: Array<WomenTrainingEnrollment>;
};

export type WomenSeekerStatus =
  /** Looking for work with the center's help (구직 중) */
  | 'ACTIVE'
  /** Registration closed (종료) */
  | 'CLOSED'
  /** Found work (취업) */
  | 'EMPLOYED'
  /** Support paused, e.g. lost contact (지원 중단) */
  | 'SUSPENDED';

export type WomenSubsidyRecipient =
  /** The employer (기업) */
  | 'EMPLOYER'
  /** The intern herself (인턴) */
  | 'INTERN';

/** A vocational training course (직업교육훈련 과정) run by a 새일센터. */
export type WomenTrainingCourse = {
  __typename?: 'WomenTrainingCourse';
  /** Places on the course (모집정원). */
  capacity: Scalars['Int']['output'];
  endsOn: Scalars['Date']['output'];
  field: WomenTrainingField;
  /** Total training hours (훈련시간). */
  hours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The center that runs the course. */
  office: Scalars['String']['output'];
  startsOn: Scalars['Date']['output'];
};

/** A woman's place on a training course. */
export type WomenTrainingEnrollment = {
  __typename?: 'WomenTrainingEnrollment';
  /** Training allowance paid to her so far (훈련수당). */
  allowancePaidKrw: Scalars['Krw']['output'];
  /** Share of sessions attended, 0 to 100 (출석률). */
  attendanceRate: Scalars['Int']['output'];
  /** Obtained the related qualification (자격증 취득); null while the course runs. */
  certificateObtained: Maybe<Scalars['Boolean']['output']>;
  course: WomenTrainingCourse;
  enrolledOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  status: WomenTrainingStatus;
};

export type WomenTrainingField =
  /** Accounting and tax (회계·세무) */
  | 'ACCOUNTING'
  /** Care and health services (돌봄·보건) */
  | 'CARE_AND_HEALTH'
  /** IT, digital and design (IT·디지털) */
  | 'DIGITAL'
  /** After-school and education (방과후·교육) */
  | 'EDUCATION'
  /** Office administration (사무행정) */
  | 'OFFICE_ADMINISTRATION'
  /** Food and customer service (조리·서비스) */
  | 'SERVICE';

export type WomenTrainingStatus =
  /** Finished the course (수료) */
  | 'COMPLETED'
  /** Left before the end (중도탈락) */
  | 'DROPPED'
  /** On the course (수강 중) */
  | 'ENROLLED';

/** How a woman wants to work, or how a job she took is arranged. */
export type WomenWorkArrangement =
  /** Fixed-term contract (계약직) */
  | 'FIXED_TERM'
  /** Part-time (단시간) */
  | 'PART_TIME'
  /** Permanent full-time (정규직 전일제) */
  | 'PERMANENT'
  /** Permanent with reduced hours (시간선택제 정규직) */
  | 'PERMANENT_TIME_SELECTIVE';

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
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Occupation: ResolverTypeWrapper<Occupation>;
  Participant: ResolverTypeWrapper<ParticipantReference>;
  PurposeOfUse: PurposeOfUse;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  TimelineEventKind: TimelineEventKind;
  WomenCareerBreakProfile: ResolverTypeWrapper<CareerBreakProfileRow>;
  WomenCareerBreakReason: WomenCareerBreakReason;
  WomenCounsellingChannel: WomenCounsellingChannel;
  WomenCounsellingKind: WomenCounsellingKind;
  WomenCounsellingSession: ResolverTypeWrapper<CounsellingSessionRow>;
  WomenInternship: ResolverTypeWrapper<InternshipRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  WomenInternshipStatus: WomenInternshipStatus;
  WomenInternshipSubsidyKind: WomenInternshipSubsidyKind;
  WomenInternshipSubsidyPayment: ResolverTypeWrapper<SubsidyPaymentRow>;
  WomenPlacement: ResolverTypeWrapper<PlacementRow>;
  WomenPlacementRoute: WomenPlacementRoute;
  WomenReemploymentRecord: ResolverTypeWrapper<CareerBreakProfileRow>;
  WomenSeekerStatus: WomenSeekerStatus;
  WomenSubsidyRecipient: WomenSubsidyRecipient;
  WomenTrainingCourse: ResolverTypeWrapper<TrainingCourseRow>;
  WomenTrainingEnrollment: ResolverTypeWrapper<TrainingEnrollmentRow>;
  WomenTrainingField: WomenTrainingField;
  WomenTrainingStatus: WomenTrainingStatus;
  WomenWorkArrangement: WomenWorkArrangement;
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
  WomenCareerBreakProfile: CareerBreakProfileRow;
  WomenCounsellingSession: CounsellingSessionRow;
  WomenInternship: InternshipRow;
  Boolean: Scalars['Boolean']['output'];
  WomenInternshipSubsidyPayment: SubsidyPaymentRow;
  WomenPlacement: PlacementRow;
  WomenReemploymentRecord: CareerBreakProfileRow;
  WomenTrainingCourse: TrainingCourseRow;
  WomenTrainingEnrollment: TrainingEnrollmentRow;
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
  closeWomenJobPosting?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType, RequireFields<MutationCloseWomenJobPostingArgs, 'id' | 'reason'>>;
  registerWomenJobPosting?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType, RequireFields<MutationRegisterWomenJobPostingArgs, 'input'>>;
}>;

export type OccupationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Occupation'] = ResolversParentTypes['Occupation']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant'], FederationReferenceType extends FederationReferenceTypes['Participant'] = FederationReferenceTypes['Participant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Participant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  womenReemployment?: Resolver<Maybe<ResolversTypes['WomenReemploymentRecord']>, ParentType, ContextType>;
  womenReemploymentAccessLog?: Resolver<Maybe<Array<ResolversTypes['DataAccess']>>, ParentType, ContextType>;
  womenReemploymentTimeline?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType>;
}>;

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WomenCareerBreakProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WomenCareerBreakProfile'] = ResolversParentTypes['WomenCareerBreakProfile']> = ResolversObject<{
  careerBreakReason?: Resolver<ResolversTypes['WomenCareerBreakReason'], ParentType, ContextType>;
  careerBreakSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  childrenUnder18?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  desiredMonthlyWageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  desiredOccupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  desiredWorkArrangement?: Resolver<ResolversTypes['WomenWorkArrangement'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastOccupation?: Resolver<Maybe<ResolversTypes['Occupation']>, ParentType, ContextType>;
  office?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priorExperienceYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WomenSeekerStatus'], ParentType, ContextType>;
  youngestChildAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WomenCounsellingSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WomenCounsellingSession'] = ResolversParentTypes['WomenCounsellingSession']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['WomenCounsellingChannel'], ParentType, ContextType>;
  counsellorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WomenCounsellingKind'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WomenInternshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WomenInternship'] = ResolversParentTypes['WomenInternship']> = ResolversObject<{
  businessRegistrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  convertedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  convertedToRegular?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employerSubsidyTotalKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyWageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  plannedEndOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WomenInternshipStatus'], ParentType, ContextType>;
  subsidyPayments?: Resolver<Array<ResolversTypes['WomenInternshipSubsidyPayment']>, ParentType, ContextType>;
}>;

export type WomenInternshipSubsidyPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WomenInternshipSubsidyPayment'] = ResolversParentTypes['WomenInternshipSubsidyPayment']> = ResolversObject<{
  amountKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WomenInternshipSubsidyKind'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['WomenSubsidyRecipient'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WomenPlacementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WomenPlacement'] = ResolversParentTypes['WomenPlacement']> = ResolversObject<{
  businessRegistrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromInternship?: Resolver<Maybe<ResolversTypes['WomenInternship']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyWageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  retainedSixMonths?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  route?: Resolver<ResolversTypes['WomenPlacementRoute'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  workArrangement?: Resolver<ResolversTypes['WomenWorkArrangement'], ParentType, ContextType>;
}>;

export type WomenReemploymentRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WomenReemploymentRecord'] = ResolversParentTypes['WomenReemploymentRecord']> = ResolversObject<{
  counsellingSessions?: Resolver<Array<ResolversTypes['WomenCounsellingSession']>, ParentType, ContextType>;
  internships?: Resolver<Array<ResolversTypes['WomenInternship']>, ParentType, ContextType>;
  placements?: Resolver<Array<ResolversTypes['WomenPlacement']>, ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['WomenCareerBreakProfile'], ParentType, ContextType>;
  trainingEnrollments?: Resolver<Array<ResolversTypes['WomenTrainingEnrollment']>, ParentType, ContextType>;
}>;

export type WomenTrainingCourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WomenTrainingCourse'] = ResolversParentTypes['WomenTrainingCourse']> = ResolversObject<{
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['WomenTrainingField'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  office?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type WomenTrainingEnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WomenTrainingEnrollment'] = ResolversParentTypes['WomenTrainingEnrollment']> = ResolversObject<{
  allowancePaidKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  attendanceRate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  certificateObtained?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['WomenTrainingCourse'], ParentType, ContextType>;
  enrolledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WomenTrainingStatus'], ParentType, ContextType>;
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
  WomenCareerBreakProfile?: WomenCareerBreakProfileResolvers<ContextType>;
  WomenCounsellingSession?: WomenCounsellingSessionResolvers<ContextType>;
  WomenInternship?: WomenInternshipResolvers<ContextType>;
  WomenInternshipSubsidyPayment?: WomenInternshipSubsidyPaymentResolvers<ContextType>;
  WomenPlacement?: WomenPlacementResolvers<ContextType>;
  WomenReemploymentRecord?: WomenReemploymentRecordResolvers<ContextType>;
  WomenTrainingCourse?: WomenTrainingCourseResolvers<ContextType>;
  WomenTrainingEnrollment?: WomenTrainingEnrollmentResolvers<ContextType>;
}>;

