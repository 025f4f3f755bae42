import { sqlMigration } from '../../../shared/db/database.js';

const LIVELIHOOD = `('BASIC_LIVELIHOOD','NEAR_POOR','NONE')`;
const MUNICIPALITY_CODE = `~ '^[0-9]{5}$'`;

export const migrations = {
  '0001_households_and_assessments': sqlMigration(
    `create table households (
       id text primary key,
       municipality_code text not null check (municipality_code ${MUNICIPALITY_CODE}),
       size integer not null check (size between 1 and 20),
       registered_on date not null,
       monthly_income_krw bigint not null check (monthly_income_krw >= 0),
       recognised_income_krw bigint not null check (recognised_income_krw >= 0),
       assets_krw bigint not null check (assets_krw >= 0),
       livelihood_status text not null check (livelihood_status in ${LIVELIHOOD}),
       vulnerable_group text check (vulnerable_group in ('HOMELESS','NORTH_KOREAN_DEFECTOR')),
       last_assessed_on date not null check (last_assessed_on >= registered_on)
     )`,
    `create index households_municipality on households (municipality_code, livelihood_status)`,
    `create table household_members (
       participant_id text primary key,
       household_id text not null references households(id),
       seq integer not null check (seq >= 1),
       relation text not null check (relation in ('HEAD','SPOUSE','CHILD','PARENT')),
       joined_on date not null,
       unique (household_id, seq)
     )`,
    // The head is member number 1, so (household_id, seq) also allows exactly one head.
    `alter table household_members add constraint household_members_head_first check ((relation = 'HEAD') = (seq = 1))`,
    `create table income_assessments (
       id text primary key,
       household_id text not null references households(id),
       assessed_on date not null,
       kind text not null check (kind in ('INITIAL','PERIODIC','CHANGE')),
       monthly_income_krw bigint not null check (monthly_income_krw >= 0),
       income_evaluation_krw bigint not null check (income_evaluation_krw between 0 and monthly_income_krw),
       assets_krw bigint not null check (assets_krw >= 0),
       asset_conversion_krw bigint not null check (asset_conversion_krw >= 0),
       recognised_income_krw bigint not null check (recognised_income_krw >= 0),
       standard_median_income_krw bigint not null check (standard_median_income_krw > 0),
       resulting_status text not null check (resulting_status in ${LIVELIHOOD}),
       unique (household_id, assessed_on)
     )`,
    `create index income_assessments_household on income_assessments (household_id, assessed_on desc)`,
  ),
  '0002_entitlements_and_disability': sqlMigration(
    `create table entitlements (
       id text primary key,
       participant_id text not null references household_members(participant_id),
       household_id text not null references households(id),
       program text not null check (program in (
         'LIVELIHOOD_BENEFIT','MEDICAL_AID','HOUSING_BENEFIT','EDUCATION_BENEFIT','BASIC_PENSION',
         'NEAR_POOR_CERTIFICATION','DISABILITY_PENSION','SINGLE_PARENT_SUPPORT')),
       status text not null check (status in ('APPLIED','ACTIVE','SUSPENDED','ENDED','REJECTED')),
       household_level boolean not null,
       applied_on date not null,
       decided_on date check (decided_on >= applied_on),
       started_on date check (started_on >= applied_on),
       ended_on date check (ended_on >= started_on),
       monthly_amount_krw bigint check (monthly_amount_krw >= 0),
       medical_aid_class text check (medical_aid_class in ('CLASS_1','CLASS_2')),
       municipality_code text not null check (municipality_code ${MUNICIPALITY_CODE}),
       check (medical_aid_class is null or program = 'MEDICAL_AID'),
       check (program <> 'MEDICAL_AID' or status in ('APPLIED','REJECTED') or medical_aid_class is not null),
       check ((status = 'APPLIED') = (decided_on is null)),
       check ((status in ('ACTIVE','SUSPENDED','ENDED')) = (started_on is not null)),
       check ((status = 'ENDED') = (ended_on is not null))
     )`,
    `create index entitlements_participant on entitlements (participant_id, applied_on desc)`,
    `create index entitlements_household on entitlements (household_id, applied_on desc)`,
    `create table entitlement_payments (
       entitlement_id text not null references entitlements(id),
       for_month text not null check (for_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
       paid_on date not null,
       amount_krw bigint not null check (amount_krw > 0),
       primary key (entitlement_id, for_month)
     )`,
    `create index entitlement_payments_paid on entitlement_payments (entitlement_id, paid_on desc)`,
    `create table disability_registrations (
       participant_id text primary key references household_members(participant_id),
       registered_on date not null,
       disability_type text not null check (disability_type in (
         'PHYSICAL','BRAIN_LESION','VISUAL','HEARING','SPEECH','INTELLECTUAL','AUTISM','MENTAL','KIDNEY','CARDIAC')),
       severity text not null check (severity in ('SEVERE','MILD')),
       next_review_on date check (next_review_on > registered_on)
     )`,
  ),
};
