import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EmployerRow } from '../src/store/tables';
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

export type EmploymentType =
  /** Daily work (일용직) */
  | 'DAILY'
  /** Fixed-term contract (계약직) */
  | 'FIXED_TERM'
  /** Part-time (시간제) */
  | 'PART_TIME'
  /** Permanent full-time (정규직) */
  | 'PERMANENT';

/** An employer registered at the municipal job center, first when it posted a vacancy there. */
export type JobCenterEmployer = {
  __typename?: 'JobCenterEmployer';
  /** Business registration number (사업자등록번호), 10 digits. */
  businessRegistrationNumber: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Its postings at the job center, newest first. */
  postings: Array<JobPosting>;
  registeredOn: Scalars['Date']['output'];
};

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
   * Closes one of the municipal job center (지자체 일자리센터)'s postings (마감), for JOBCENTER counsellors and
   * supervisors only; it leaves the job board. Closing again changes nothing.
   */
  closeJobCenterJobPosting: JobPosting;
  /**
   * Registers a job posting (구인 등록) of the municipal job center (지자체 일자리센터), for JOBCENTER counsellors
   * and supervisors only. The posting and its event for the center's job
   * board are written in one transaction; the board shows it moments later.
   * Retrying with the same idempotencyKey returns the first posting.
   */
  registerJobCenterJobPosting: JobPosting;
};


export type MutationCloseJobCenterJobPostingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRegisterJobCenterJobPostingArgs = {
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

export type Query = {
  __typename?: 'Query';
  /**
   * An employer the municipal job center (지자체 일자리센터) registered
   * (구인업체 등록) with its postings there, by business registration number
   * (사업자등록번호, hyphens ignored); null when the center has not registered it.
   */
  jobCenterEmployer: Maybe<JobCenterEmployer>;
};


export type QueryJobCenterEmployerArgs = {
  businessRegistrationNumber: Scalars['String']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agency: Agency;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmploymentType: EmploymentType;
  JobCenterEmployer: ResolverTypeWrapper<EmployerRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  JobPosting: ResolverTypeWrapper<JobPostingRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JobPostingInput: JobPostingInput;
  JobPostingStatus: JobPostingStatus;
  Krw: ResolverTypeWrapper<Scalars['Krw']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Occupation: ResolverTypeWrapper<Occupation>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  JobCenterEmployer: EmployerRow;
  String: Scalars['String']['output'];
  JobPosting: JobPostingRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JobPostingInput: JobPostingInput;
  Krw: Scalars['Krw']['output'];
  Mutation: Record<PropertyKey, never>;
  Occupation: Occupation;
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type JobCenterEmployerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobCenterEmployer'] = ResolversParentTypes['JobCenterEmployer']> = ResolversObject<{
  businessRegistrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postings?: Resolver<Array<ResolversTypes['JobPosting']>, ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
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
  closeJobCenterJobPosting?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType, RequireFields<MutationCloseJobCenterJobPostingArgs, 'id' | 'reason'>>;
  registerJobCenterJobPosting?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType, RequireFields<MutationRegisterJobCenterJobPostingArgs, 'input'>>;
}>;

export type OccupationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Occupation'] = ResolversParentTypes['Occupation']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  jobCenterEmployer?: Resolver<Maybe<ResolversTypes['JobCenterEmployer']>, ParentType, ContextType, RequireFields<QueryJobCenterEmployerArgs, 'businessRegistrationNumber'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JobCenterEmployer?: JobCenterEmployerResolvers<ContextType>;
  JobPosting?: JobPostingResolvers<ContextType>;
  Krw?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Occupation?: OccupationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

