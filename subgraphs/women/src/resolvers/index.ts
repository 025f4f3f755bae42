import { required } from '../../../shared/loaders.js';
import { scalarResolvers } from '../../../shared/scalars.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';

const occupation = (code: string, name: string) => ({ code, name });

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Participant: {
    // The key is all this subgraph needs; the record itself loads per field, batched.
    __resolveReference: ({ id }) => ({ id }),
    womenReemployment: ({ id }, _, { loaders }) => loaders.profile.load(id),
  },
  WomenReemploymentRecord: {
    profile: (row) => row,
    counsellingSessions: (row, _, { loaders }) => loaders.counsellingSessions.load(row.participant_id),
    trainingEnrollments: (row, _, { loaders }) => loaders.trainingEnrollments.load(row.participant_id),
    internships: (row, _, { loaders }) => loaders.internships.load(row.participant_id),
    placements: (row, _, { loaders }) => loaders.placements.load(row.participant_id),
  },
  WomenCareerBreakProfile: {
    registeredOn: (row) => row.registered_on,
    status: (row) => row.status as never,
    careerBreakReason: (row) => row.career_break_reason as never,
    careerBreakSince: (row) => row.career_break_since,
    priorExperienceYears: (row) => row.prior_experience_years,
    lastOccupation: (row) =>
      row.last_occupation_code && row.last_occupation_name ? occupation(row.last_occupation_code, row.last_occupation_name) : null,
    desiredOccupation: (row) => occupation(row.desired_occupation_code, row.desired_occupation_name),
    desiredWorkArrangement: (row) => row.desired_work_arrangement as never,
    desiredMonthlyWageKrw: (row) => row.desired_monthly_wage_krw,
    childrenUnder18: (row) => row.children_under_18,
    youngestChildAge: (row) => row.youngest_child_age,
  },
  WomenCounsellingSession: {
    heldOn: (row) => row.held_on,
    kind: (row) => row.kind as never,
    channel: (row) => row.channel as never,
    counsellorId: (row) => row.counsellor_id,
  },
  WomenTrainingCourse: {
    field: (row) => row.field as never,
    startsOn: (row) => row.starts_on,
    endsOn: (row) => row.ends_on,
  },
  WomenTrainingEnrollment: {
    course: async (row, _, { loaders }) => required(await loaders.trainingCourse.load(row.course_id)),
    enrolledOn: (row) => row.enrolled_on,
    status: (row) => row.status as never,
    attendanceRate: (row) => row.attendance_rate,
    allowancePaidKrw: (row) => row.allowance_paid_krw,
    certificateObtained: (row) => row.certificate_obtained,
  },
  WomenInternship: {
    employerName: (row) => row.employer_name,
    businessRegistrationNumber: (row) => row.business_registration_number,
    occupation: (row) => occupation(row.occupation_code, row.occupation_name),
    startedOn: (row) => row.started_on,
    plannedEndOn: (row) => row.planned_end_on,
    endedOn: (row) => row.ended_on,
    monthlyWageKrw: (row) => row.monthly_wage_krw,
    status: (row) => row.status as never,
    convertedToRegular: (row) => row.converted_to_regular,
    convertedOn: (row) => row.converted_on,
    subsidyPayments: (row, _, { loaders }) => loaders.subsidyPayments.load(row.id),
    // Shares the batch (and the statement) with subsidyPayments.
    employerSubsidyTotalKrw: async (row, _, { loaders }) =>
      (await loaders.subsidyPayments.load(row.id))
        .filter((payment) => payment.recipient === 'EMPLOYER')
        .reduce((sum, payment) => sum + payment.amount_krw, 0),
  },
  WomenInternshipSubsidyPayment: {
    kind: (row) => row.kind as never,
    recipient: (row) => row.recipient as never,
    paidOn: (row) => row.paid_on,
    amountKrw: (row) => row.amount_krw,
  },
  WomenPlacement: {
    employerName: (row) => row.employer_name,
    businessRegistrationNumber: (row) => row.business_registration_number,
    occupation: (row) => occupation(row.occupation_code, row.occupation_name),
    startedOn: (row) => row.started_on,
    monthlyWageKrw: (row) => row.monthly_wage_krw,
    workArrangement: (row) => row.work_arrangement as never,
    route: (row) => row.route as never,
    fromInternship: async (row, _, { loaders }) =>
      row.internship_id === null ? null : required(await loaders.internship.load(row.internship_id)),
    retainedSixMonths: (row) => row.retained_six_months,
  },
};
