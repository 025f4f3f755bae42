import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ParticipantReference } from '../../shared/policy/disclosure';
import type { EnrollmentRow, ProgramRow, WorkMonthRow, PlanRow, AssetAccountRow } from '../src/store/tables';
import type { Context } from '../src/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type Participant = {
  __typename?: 'Participant';
  consents: Array<DisclosureConsent>;
  id: Scalars['ID']['output'];
  /**
   * What the local self-sufficiency center holds on this person: enrollment,
   * self-sufficiency work program (자활근로), monthly work records, the
   * individual self-support plan and asset-building accounts. Null when the
   * center does not know the person.
   */
  selfSufficiency: Maybe<SelfSufficiencyRecord>;
  selfSufficiencyAccessLog: Maybe<Array<DataAccess>>;
  selfSufficiencyTimeline: Maybe<Array<TimelineEvent>>;
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
 * An asset-building account (자산형성지원 통장): the holder saves a fixed
 * amount each month and the government adds a matched contribution, paid out
 * at maturity after three years if the conditions are met.
 */
export type SelfSufficiencyAssetAccount = {
  __typename?: 'SelfSufficiencyAssetAccount';
  accountType: SelfSufficiencyAssetAccountType;
  /** Current balance, deposits plus matched contributions (적립액). */
  balanceKrw: Scalars['Krw']['output'];
  id: Scalars['ID']['output'];
  /** Date the three-year term ends (만기일). */
  maturesOn: Scalars['Date']['output'];
  /** The holder's own monthly deposit (본인저축액). */
  monthlyDepositKrw: Scalars['Krw']['output'];
  /** The government's matched contribution each month (정부지원금·근로소득장려금). */
  monthlyMatchKrw: Scalars['Krw']['output'];
  /** Months in which a deposit was made (납입 개월수). */
  monthsDeposited: Scalars['Int']['output'];
  /** Date the account was opened (가입일). */
  openedOn: Scalars['Date']['output'];
  status: SelfSufficiencyAssetAccountStatus;
};

export type SelfSufficiencyAssetAccountStatus =
  /** Closed early; matched contributions forfeited (중도해지) */
  | 'CANCELLED'
  /** Term completed and paid out (만기 지급) */
  | 'MATURED'
  /** Saving each month (적립 중) */
  | 'SAVING';

export type SelfSufficiencyAssetAccountType =
  /** Hope Savings Account I, for working households on livelihood or medical benefit (희망저축계좌Ⅰ) */
  | 'HOPE_SAVINGS_I'
  /** Hope Savings Account II, for households on housing or education benefit and the near-poor (희망저축계좌Ⅱ) */
  | 'HOPE_SAVINGS_II'
  /** Youth Tomorrow Savings Account, for working young people aged 19 to 34 (청년내일저축계좌) */
  | 'YOUTH_TOMORROW';

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

export type SelfSufficiencyGoal =
  /** Building work habits and capacity first (근로의욕·역량 증진) */
  | 'CAPACITY_BUILDING'
  /** Employment with an outside employer (취업) */
  | 'EMPLOYMENT'
  /** Joining or founding a self-sufficiency enterprise (자활기업) */
  | 'SELF_SUFFICIENCY_ENTERPRISE'
  /** Starting a business of their own (창업) */
  | 'START_UP';

/**
 * The individual self-support plan (개인별 자립경로, Individual Action Plan)
 * agreed with the case manager after the gateway assessment (게이트웨이).
 */
export type SelfSufficiencyPlan = {
  __typename?: 'SelfSufficiencyPlan';
  /** Date the plan was drawn up (수립일). */
  drawnUpOn: Scalars['Date']['output'];
  goal: SelfSufficiencyGoal;
  /** Date of the latest review with the case manager (점검일); null before the first review. */
  lastReviewedOn: Maybe<Scalars['Date']['output']>;
  summary: Scalars['String']['output'];
  /** Date by which the person aims to leave the program (자립 목표일). */
  targetExitOn: Scalars['Date']['output'];
  /** Job or trade the person aims at, e.g. 요양보호사. */
  targetJob: Scalars['String']['output'];
};

/**
 * A self-sufficiency work program business unit (자활근로 사업단) run by a
 * local self-sufficiency center. Many participants work in one unit.
 */
export type SelfSufficiencyProgram = {
  __typename?: 'SelfSufficiencyProgram';
  businessField: SelfSufficiencyBusinessField;
  /** Number of participant places (정원). */
  capacity: Scalars['Int']['output'];
  /** The local self-sufficiency center that runs it. */
  centerName: Scalars['String']['output'];
  /** Working hours in a day (1일 근로시간): 8 in most types, 5 in work-maintenance units. */
  dailyHours: Scalars['Int']['output'];
  /** Daily self-sufficiency wage (자활급여 일액) for a full working day in this unit. */
  dailyWageKrw: Scalars['Krw']['output'];
  id: Scalars['ID']['output'];
  /** Name of the business unit, e.g. 서울서부지역자활센터 클린케어사업단. */
  name: Scalars['String']['output'];
  programType: SelfSufficiencyProgramType;
  /** Date the business unit started operating (사업개시일). */
  startedOn: Scalars['Date']['output'];
};

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

/**
 * A person's enrollment at a local self-sufficiency center (지역자활센터),
 * designated under Article 16 of the National Basic Livelihood Security Act
 * (국민기초생활 보장법), as recorded in the self-sufficiency information system
 * (자활정보시스템).
 */
export type SelfSufficiencyRecord = {
  __typename?: 'SelfSufficiencyRecord';
  /** Asset-building accounts (자산형성지원 통장) the person holds, most recent first. */
  assetAccounts: Array<SelfSufficiencyAssetAccount>;
  /**
   * Staff ID of the case manager (자활사례관리자) at the Employment-Welfare Plus
   * Center's self-sufficiency desk; null where the center has no such desk.
   */
  caseManagerId: Maybe<Scalars['String']['output']>;
  /** The local self-sufficiency center running the enrollment, e.g. 서울서부지역자활센터. */
  centerName: Scalars['String']['output'];
  /** Date participation ended (종료일); null while active. */
  endedOn: Maybe<Scalars['Date']['output']>;
  /** Date of enrollment at the center (참여일). */
  enrolledOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Individual self-support plan (개인별 자립경로, IAP); null before it is drawn up. */
  plan: Maybe<SelfSufficiencyPlan>;
  /** The self-sufficiency work program (자활근로 사업단) the person is, or was last, assigned to. */
  program: SelfSufficiencyProgram;
  /** Why the person takes part: the livelihood status that brings them to the center (참여자 구분). */
  recipientCategory: SelfSufficiencyRecipientCategory;
  status: SelfSufficiencyStatus;
  /** Monthly work records (월별 자활근로 실적), most recent first, at most the last 24 months. */
  workMonths: Array<SelfSufficiencyWorkMonth>;
};

export type SelfSufficiencyStatus =
  /** Taking part in a work program (참여 중) */
  | 'ACTIVE'
  /** Dropped out before completing (중도포기) */
  | 'DROPPED_OUT'
  /** Left for a job or a business of their own (취·창업) */
  | 'EMPLOYED'
  /** Income rose above the threshold and benefits ended (탈수급) */
  | 'GRADUATED_OFF_BENEFITS';

/** One month of self-sufficiency work (월별 자활근로 실적) and what was paid for it. */
export type SelfSufficiencyWorkMonth = {
  __typename?: 'SelfSufficiencyWorkMonth';
  /** Days worked (근로일수). */
  daysWorked: Scalars['Int']['output'];
  /** Hours worked (근로시간). */
  hoursWorked: Scalars['Int']['output'];
  /** Self-sufficiency incentive (자활장려금) on top of the wage. */
  incentiveKrw: Scalars['Krw']['output'];
  /** Calendar month worked, YYYY-MM. */
  month: Scalars['String']['output'];
  /** The business unit worked in that month. */
  program: SelfSufficiencyProgram;
  /** Self-sufficiency wage (자활급여) paid for the month. */
  wageKrw: Scalars['Krw']['output'];
};

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
  Participant: ResolverTypeWrapper<ParticipantReference>;
  PurposeOfUse: PurposeOfUse;
  SelfSufficiencyAssetAccount: ResolverTypeWrapper<AssetAccountRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  SelfSufficiencyAssetAccountStatus: SelfSufficiencyAssetAccountStatus;
  SelfSufficiencyAssetAccountType: SelfSufficiencyAssetAccountType;
  SelfSufficiencyBusinessField: SelfSufficiencyBusinessField;
  SelfSufficiencyGoal: SelfSufficiencyGoal;
  SelfSufficiencyPlan: ResolverTypeWrapper<PlanRow>;
  SelfSufficiencyProgram: ResolverTypeWrapper<ProgramRow>;
  SelfSufficiencyProgramType: SelfSufficiencyProgramType;
  SelfSufficiencyRecipientCategory: SelfSufficiencyRecipientCategory;
  SelfSufficiencyRecord: ResolverTypeWrapper<EnrollmentRow>;
  SelfSufficiencyStatus: SelfSufficiencyStatus;
  SelfSufficiencyWorkMonth: ResolverTypeWrapper<WorkMonthRow>;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  TimelineEventKind: TimelineEventKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
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
  Participant: ParticipantReference;
  SelfSufficiencyAssetAccount: AssetAccountRow;
  Int: Scalars['Int']['output'];
  SelfSufficiencyPlan: PlanRow;
  SelfSufficiencyProgram: ProgramRow;
  SelfSufficiencyRecord: EnrollmentRow;
  SelfSufficiencyWorkMonth: WorkMonthRow;
  TimelineEvent: TimelineEvent;
  Boolean: Scalars['Boolean']['output'];
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

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant'], FederationReferenceType extends FederationReferenceTypes['Participant'] = FederationReferenceTypes['Participant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Participant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  selfSufficiency?: Resolver<Maybe<ResolversTypes['SelfSufficiencyRecord']>, ParentType, ContextType>;
  selfSufficiencyAccessLog?: Resolver<Maybe<Array<ResolversTypes['DataAccess']>>, ParentType, ContextType>;
  selfSufficiencyTimeline?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType>;
}>;

export type SelfSufficiencyAssetAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfSufficiencyAssetAccount'] = ResolversParentTypes['SelfSufficiencyAssetAccount']> = ResolversObject<{
  accountType?: Resolver<ResolversTypes['SelfSufficiencyAssetAccountType'], ParentType, ContextType>;
  balanceKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maturesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  monthlyDepositKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  monthlyMatchKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  monthsDeposited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SelfSufficiencyAssetAccountStatus'], ParentType, ContextType>;
}>;

export type SelfSufficiencyPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfSufficiencyPlan'] = ResolversParentTypes['SelfSufficiencyPlan']> = ResolversObject<{
  drawnUpOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['SelfSufficiencyGoal'], ParentType, ContextType>;
  lastReviewedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetExitOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  targetJob?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SelfSufficiencyProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfSufficiencyProgram'] = ResolversParentTypes['SelfSufficiencyProgram']> = ResolversObject<{
  businessField?: Resolver<ResolversTypes['SelfSufficiencyBusinessField'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  centerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dailyHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dailyWageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programType?: Resolver<ResolversTypes['SelfSufficiencyProgramType'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type SelfSufficiencyRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfSufficiencyRecord'] = ResolversParentTypes['SelfSufficiencyRecord']> = ResolversObject<{
  assetAccounts?: Resolver<Array<ResolversTypes['SelfSufficiencyAssetAccount']>, ParentType, ContextType>;
  caseManagerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  centerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrolledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['SelfSufficiencyPlan']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['SelfSufficiencyProgram'], ParentType, ContextType>;
  recipientCategory?: Resolver<ResolversTypes['SelfSufficiencyRecipientCategory'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SelfSufficiencyStatus'], ParentType, ContextType>;
  workMonths?: Resolver<Array<ResolversTypes['SelfSufficiencyWorkMonth']>, ParentType, ContextType>;
}>;

export type SelfSufficiencyWorkMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfSufficiencyWorkMonth'] = ResolversParentTypes['SelfSufficiencyWorkMonth']> = ResolversObject<{
  daysWorked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hoursWorked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incentiveKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['SelfSufficiencyProgram'], ParentType, ContextType>;
  wageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
}>;

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  DataAccess?: DataAccessResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisclosureConsent?: DisclosureConsentResolvers<ContextType>;
  Krw?: GraphQLScalarType;
  Participant?: ParticipantResolvers<ContextType>;
  SelfSufficiencyAssetAccount?: SelfSufficiencyAssetAccountResolvers<ContextType>;
  SelfSufficiencyPlan?: SelfSufficiencyPlanResolvers<ContextType>;
  SelfSufficiencyProgram?: SelfSufficiencyProgramResolvers<ContextType>;
  SelfSufficiencyRecord?: SelfSufficiencyRecordResolvers<ContextType>;
  SelfSufficiencyWorkMonth?: SelfSufficiencyWorkMonthResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
}>;

