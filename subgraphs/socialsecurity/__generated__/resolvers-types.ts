import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ParticipantReference } from '../../shared/policy/disclosure';
import type { HouseholdMemberRow, HouseholdRow, AssessmentRow, EntitlementRow, PaymentRow, DisabilityRow } from '../src/store/tables';
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

export type Municipality = {
  __typename?: 'Municipality';
  code: Scalars['ID']['output'];
};

export type Participant = {
  __typename?: 'Participant';
  consents: Array<DisclosureConsent>;
  id: Scalars['ID']['output'];
  /**
   * What 행복e음 holds on this person: their household, its assessed means,
   * the person's welfare entitlements and disability registration. Null when
   * the person is not a member of any household on file.
   */
  welfare: Maybe<WelfareRecord>;
  welfareAccessLog: Maybe<Array<DataAccess>>;
  welfareTimeline: Maybe<Array<TimelineEvent>>;
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

export type WelfareAssessmentKind =
  /** Verification after a reported or detected change (변동 확인조사) */
  | 'CHANGE'
  /** Investigation on first application (신규 조사) */
  | 'INITIAL'
  /** Regular verification of recipients (정기 확인조사) */
  | 'PERIODIC';

/** A disability registration (장애인 등록) with the municipality. */
export type WelfareDisabilityRegistration = {
  __typename?: 'WelfareDisabilityRegistration';
  /** Date of the next mandatory re-assessment (재판정 예정일); null when the disability is permanent. */
  nextReviewOn: Maybe<Scalars['Date']['output']>;
  registeredOn: Scalars['Date']['output'];
  /** Degree of disability (장애 정도). */
  severity: WelfareDisabilitySeverity;
  /** Type of disability (장애 유형). */
  type: WelfareDisabilityType;
};

export type WelfareDisabilitySeverity =
  /** Not severe (장애의 정도가 심하지 않은 장애인) */
  | 'MILD'
  /** Severe (장애의 정도가 심한 장애인) */
  | 'SEVERE';

export type WelfareDisabilityType =
  /** Autism (자폐성장애) */
  | 'AUTISM'
  /** Brain lesion (뇌병변장애) */
  | 'BRAIN_LESION'
  /** Cardiac disease (심장장애) */
  | 'CARDIAC'
  /** Hearing impairment (청각장애) */
  | 'HEARING'
  /** Intellectual disability (지적장애) */
  | 'INTELLECTUAL'
  /** Kidney disease (신장장애) */
  | 'KIDNEY'
  /** Mental disorder (정신장애) */
  | 'MENTAL'
  /** Physical disability (지체장애) */
  | 'PHYSICAL'
  /** Speech impairment (언어장애) */
  | 'SPEECH'
  /** Visual impairment (시각장애) */
  | 'VISUAL';

/**
 * A welfare entitlement (수급 자격) of one person under one program, from
 * application to decision and, for granted ones, payment.
 */
export type WelfareEntitlement = {
  __typename?: 'WelfareEntitlement';
  appliedOn: Scalars['Date']['output'];
  /** Date of the decision (보장 결정일); null while the application is being investigated. */
  decidedOn: Maybe<Scalars['Date']['output']>;
  /** Date the entitlement ended (보장 중지일); null while it runs. */
  endedOn: Maybe<Scalars['Date']['output']>;
  /** True when the benefit covers the whole household (가구 단위 급여), e.g. 생계급여. */
  householdLevel: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Medical aid class (의료급여 1종/2종); null for other programs or before a decision. */
  medicalAidClass: Maybe<WelfareMedicalAidClass>;
  /**
   * Monthly cash amount (월 급여액). Null for benefits that are not paid
   * monthly: medical aid is in kind, education benefit is paid once a year
   * (see payments), near-poor certification carries no cash.
   */
  monthlyAmountKrw: Maybe<Scalars['Krw']['output']>;
  /** Payments made (급여 지급 내역), most recent first, at most the last six. */
  payments: Array<WelfarePayment>;
  program: WelfareProgram;
  /** The person entitled; for household-level benefits, the head who applied. */
  recipient: Participant;
  /** The municipality responsible for the entitlement (보장기관). */
  responsibleMunicipality: Municipality;
  /** Date payments or coverage began (급여 개시일); null unless granted. */
  startedOn: Maybe<Scalars['Date']['output']>;
  status: WelfareEntitlementStatus;
};

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

/**
 * A household (가구) on file with the municipal welfare desk: the unit whose
 * income and assets are assessed for means-tested benefits.
 */
export type WelfareHousehold = {
  __typename?: 'WelfareHousehold';
  /** Income and asset assessments (소득·재산 조사), most recent first. */
  assessments: Array<WelfareIncomeAssessment>;
  /** Total assessed assets (재산), housing, financial and vehicles, before deductions. */
  assetsKrw: Scalars['Krw']['output'];
  /** Every entitlement of every member, most recently applied first. */
  entitlements: Array<WelfareEntitlement>;
  /** The head of household (가구주). */
  head: WelfareHouseholdMember;
  id: Scalars['ID']['output'];
  /** Date of the latest income and asset assessment (최근 조사일). */
  lastAssessedOn: Scalars['Date']['output'];
  /** Basic livelihood security status (기초생활보장 자격) that follows from the last assessment. */
  livelihoodStatus: WelfareLivelihoodStatus;
  /** Every member, head first (가구원 순번). */
  members: Array<WelfareHouseholdMember>;
  /** Actual monthly household income (월 실제소득), as last assessed. */
  monthlyIncomeKrw: Scalars['Krw']['output'];
  /** Municipality of residence (거주지 시군구), which is also the responsible authority (보장기관). */
  municipality: Municipality;
  /**
   * Recognised income (소득인정액): income evaluation plus the income
   * conversion of assets, the figure every means test compares with the
   * standard median income.
   */
  recognisedIncomeKrw: Scalars['Krw']['output'];
  /** Date the household was first registered on 행복e음 (최초 신청일). */
  registeredOn: Scalars['Date']['output'];
  /** Number of household members (가구원수). */
  size: Scalars['Int']['output'];
  /** Fixed vulnerable group the household belongs to, if any (특례 대상). */
  vulnerableGroup: Maybe<WelfareVulnerableGroup>;
};


/**
 * A household (가구) on file with the municipal welfare desk: the unit whose
 * income and assets are assessed for means-tested benefits.
 */
export type WelfareHouseholdEntitlementsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One member of a welfare household (가구원). */
export type WelfareHouseholdMember = {
  __typename?: 'WelfareHouseholdMember';
  /** Date the member joined the household record (가구원 편입일). */
  joinedOn: Scalars['Date']['output'];
  /** The member as a participant; other agencies add what they know of them. */
  participant: Participant;
  /** Relation to the head of household (가구주와의 관계). */
  relation: WelfareRelation;
  /** Member number within the household, 1 for the head (가구원 순번). */
  seq: Scalars['Int']['output'];
};

/**
 * An investigation of a household's income and assets (소득·재산 조사), from
 * public records linked on 행복e음 (공적자료) and the household's declaration.
 */
export type WelfareIncomeAssessment = {
  __typename?: 'WelfareIncomeAssessment';
  assessedOn: Scalars['Date']['output'];
  /** Monthly income conversion of assets (재산의 소득환산액). */
  assetConversionKrw: Scalars['Krw']['output'];
  /** Assessed assets (재산) before the basic asset deduction (기본재산액 공제). */
  assetsKrw: Scalars['Krw']['output'];
  id: Scalars['ID']['output'];
  /** Income evaluation (소득평가액): actual income less deductions such as the earned-income deduction (근로소득공제). */
  incomeEvaluationKrw: Scalars['Krw']['output'];
  kind: WelfareAssessmentKind;
  /** Recognised income as a percentage of the standard median income (기준중위소득 대비 %), one decimal. */
  medianIncomePercent: Scalars['Float']['output'];
  /** Actual monthly income (실제소득). */
  monthlyIncomeKrw: Scalars['Krw']['output'];
  /** Recognised income (소득인정액) = income evaluation + income conversion of assets. */
  recognisedIncomeKrw: Scalars['Krw']['output'];
  /** Livelihood status the assessment led to (조사 결과 자격). */
  resultingStatus: WelfareLivelihoodStatus;
  /** Standard median income (기준중위소득) for the household's size in the assessment year. */
  standardMedianIncomeKrw: Scalars['Krw']['output'];
};

/** Basic livelihood security status of a household. */
export type WelfareLivelihoodStatus =
  /** Recipient household of basic livelihood security (기초생활수급가구) */
  | 'BASIC_LIVELIHOOD'
  /** Near-poor household, recognised income at most 50% of the median (차상위계층) */
  | 'NEAR_POOR'
  /** Neither (일반가구) */
  | 'NONE';

export type WelfareMedicalAidClass =
  /** Class 1 (의료급여 1종): households unable to work, and special groups such as the homeless and defectors */
  | 'CLASS_1'
  /** Class 2 (의료급여 2종): other recipient households */
  | 'CLASS_2';

/** One payment under an entitlement (급여 지급). */
export type WelfarePayment = {
  __typename?: 'WelfarePayment';
  amountKrw: Scalars['Krw']['output'];
  /** Month the payment is for (급여 귀속월), YYYY-MM. */
  forMonth: Scalars['String']['output'];
  paidOn: Scalars['Date']['output'];
};

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

/**
 * The welfare desk's record of one person: the household they belong to
 * and what they are entitled to.
 */
export type WelfareRecord = {
  __typename?: 'WelfareRecord';
  /** Disability registration (장애인 등록); null when the person is not registered. */
  disability: Maybe<WelfareDisabilityRegistration>;
  /**
   * The person's welfare entitlements (수급 자격), most recently applied first.
   * Household-level benefits (생계급여, 주거급여, 차상위 확인) are held by the head.
   */
  entitlements: Array<WelfareEntitlement>;
  /** The household (가구) the person belongs to on 행복e음. */
  household: WelfareHousehold;
  /** Date the person joined the household record (가구원 편입일). */
  joinedOn: Scalars['Date']['output'];
  /** Relation to the head of household (가구주와의 관계). */
  relationToHead: WelfareRelation;
};


/**
 * The welfare desk's record of one person: the household they belong to
 * and what they are entitled to.
 */
export type WelfareRecordEntitlementsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

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

/** Fixed vulnerable groups with special rules (특례 대상). */
export type WelfareVulnerableGroup =
  /** Homeless person (노숙인) */
  | 'HOMELESS'
  /** North Korean defector (북한이탈주민) */
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
  Krw: ResolverTypeWrapper<Scalars['Krw']['output']>;
  Municipality: ResolverTypeWrapper<Municipality>;
  Participant: ResolverTypeWrapper<ParticipantReference>;
  PurposeOfUse: PurposeOfUse;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  TimelineEventKind: TimelineEventKind;
  WelfareAssessmentKind: WelfareAssessmentKind;
  WelfareDisabilityRegistration: ResolverTypeWrapper<DisabilityRow>;
  WelfareDisabilitySeverity: WelfareDisabilitySeverity;
  WelfareDisabilityType: WelfareDisabilityType;
  WelfareEntitlement: ResolverTypeWrapper<EntitlementRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  WelfareEntitlementStatus: WelfareEntitlementStatus;
  WelfareHousehold: ResolverTypeWrapper<HouseholdRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  WelfareHouseholdMember: ResolverTypeWrapper<HouseholdMemberRow>;
  WelfareIncomeAssessment: ResolverTypeWrapper<AssessmentRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  WelfareLivelihoodStatus: WelfareLivelihoodStatus;
  WelfareMedicalAidClass: WelfareMedicalAidClass;
  WelfarePayment: ResolverTypeWrapper<PaymentRow>;
  WelfareProgram: WelfareProgram;
  WelfareRecord: ResolverTypeWrapper<HouseholdMemberRow>;
  WelfareRelation: WelfareRelation;
  WelfareVulnerableGroup: WelfareVulnerableGroup;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DataAccess: DataAccess;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisclosureConsent: DisclosureConsent;
  ID: Scalars['ID']['output'];
  Krw: Scalars['Krw']['output'];
  Municipality: Municipality;
  Participant: ParticipantReference;
  TimelineEvent: TimelineEvent;
  WelfareDisabilityRegistration: DisabilityRow;
  WelfareEntitlement: EntitlementRow;
  Boolean: Scalars['Boolean']['output'];
  WelfareHousehold: HouseholdRow;
  Int: Scalars['Int']['output'];
  WelfareHouseholdMember: HouseholdMemberRow;
  WelfareIncomeAssessment: AssessmentRow;
  Float: Scalars['Float']['output'];
  WelfarePayment: PaymentRow;
  WelfareRecord: HouseholdMemberRow;
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

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Krw'], any> {
  name: 'Krw';
}

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant'], FederationReferenceType extends FederationReferenceTypes['Participant'] = FederationReferenceTypes['Participant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Participant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  welfare?: Resolver<Maybe<ResolversTypes['WelfareRecord']>, ParentType, ContextType>;
  welfareAccessLog?: Resolver<Maybe<Array<ResolversTypes['DataAccess']>>, ParentType, ContextType>;
  welfareTimeline?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType>;
}>;

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WelfareDisabilityRegistrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WelfareDisabilityRegistration'] = ResolversParentTypes['WelfareDisabilityRegistration']> = ResolversObject<{
  nextReviewOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['WelfareDisabilitySeverity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WelfareDisabilityType'], ParentType, ContextType>;
}>;

export type WelfareEntitlementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WelfareEntitlement'] = ResolversParentTypes['WelfareEntitlement']> = ResolversObject<{
  appliedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  householdLevel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  medicalAidClass?: Resolver<Maybe<ResolversTypes['WelfareMedicalAidClass']>, ParentType, ContextType>;
  monthlyAmountKrw?: Resolver<Maybe<ResolversTypes['Krw']>, ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['WelfarePayment']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['WelfareProgram'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
  responsibleMunicipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WelfareEntitlementStatus'], ParentType, ContextType>;
}>;

export type WelfareHouseholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WelfareHousehold'] = ResolversParentTypes['WelfareHousehold']> = ResolversObject<{
  assessments?: Resolver<Array<ResolversTypes['WelfareIncomeAssessment']>, ParentType, ContextType>;
  assetsKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  entitlements?: Resolver<Array<ResolversTypes['WelfareEntitlement']>, ParentType, ContextType, RequireFields<WelfareHouseholdEntitlementsArgs, 'activeOnly'>>;
  head?: Resolver<ResolversTypes['WelfareHouseholdMember'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAssessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  livelihoodStatus?: Resolver<ResolversTypes['WelfareLivelihoodStatus'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['WelfareHouseholdMember']>, ParentType, ContextType>;
  monthlyIncomeKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  recognisedIncomeKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vulnerableGroup?: Resolver<Maybe<ResolversTypes['WelfareVulnerableGroup']>, ParentType, ContextType>;
}>;

export type WelfareHouseholdMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WelfareHouseholdMember'] = ResolversParentTypes['WelfareHouseholdMember']> = ResolversObject<{
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['WelfareRelation'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WelfareIncomeAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WelfareIncomeAssessment'] = ResolversParentTypes['WelfareIncomeAssessment']> = ResolversObject<{
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assetConversionKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  assetsKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incomeEvaluationKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WelfareAssessmentKind'], ParentType, ContextType>;
  medianIncomePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  monthlyIncomeKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  recognisedIncomeKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  resultingStatus?: Resolver<ResolversTypes['WelfareLivelihoodStatus'], ParentType, ContextType>;
  standardMedianIncomeKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
}>;

export type WelfarePaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WelfarePayment'] = ResolversParentTypes['WelfarePayment']> = ResolversObject<{
  amountKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  forMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type WelfareRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WelfareRecord'] = ResolversParentTypes['WelfareRecord']> = ResolversObject<{
  disability?: Resolver<Maybe<ResolversTypes['WelfareDisabilityRegistration']>, ParentType, ContextType>;
  entitlements?: Resolver<Array<ResolversTypes['WelfareEntitlement']>, ParentType, ContextType, RequireFields<WelfareRecordEntitlementsArgs, 'activeOnly'>>;
  household?: Resolver<ResolversTypes['WelfareHousehold'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  relationToHead?: Resolver<ResolversTypes['WelfareRelation'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DataAccess?: DataAccessResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisclosureConsent?: DisclosureConsentResolvers<ContextType>;
  Krw?: GraphQLScalarType;
  Municipality?: MunicipalityResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  WelfareDisabilityRegistration?: WelfareDisabilityRegistrationResolvers<ContextType>;
  WelfareEntitlement?: WelfareEntitlementResolvers<ContextType>;
  WelfareHousehold?: WelfareHouseholdResolvers<ContextType>;
  WelfareHouseholdMember?: WelfareHouseholdMemberResolvers<ContextType>;
  WelfareIncomeAssessment?: WelfareIncomeAssessmentResolvers<ContextType>;
  WelfarePayment?: WelfarePaymentResolvers<ContextType>;
  WelfareRecord?: WelfareRecordResolvers<ContextType>;
}>;

