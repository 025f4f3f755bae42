import { randomUUID } from 'node:crypto';
import { addDays } from '../../../shared/demo/random.js';
import { fail, rejectProblems } from '../../../shared/errors.js';
import { createOnce, idempotencyKeyProblem, idempotentRequest } from '../../../shared/idempotency.js';
import { required } from '../../../shared/loaders.js';
import { isoToday } from '../../../shared/policy/disclosure.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { assertCaseworker, visibleRecords } from '../case-access.js';
import type { Context } from '../context.js';
import { CREDIT_WINDOW_DAYS, jointCredit } from '../placements/credit.js';
import { centerPerformance } from '../placements/performance.js';
import type { PlacementRow } from '../store/tables.js';
import { visibleReferrals } from './referrals.js';

/** A placement is seen by the agencies it credits (placing agency first), the Work-Plus desk and the person. */
export const visiblePlacements = (context: Context, rows: readonly PlacementRow[]) =>
  visibleRecords(context, rows, (p) => ({ participantId: p.participantId, centerId: p.centerId, parties: p.creditedAgencies }), 'placement');

export const placementResolvers: Resolvers = {
  Participant: {
    placements: async (row, _, context) => visiblePlacements(context, await context.loaders.placementsOfParticipant.load(row.id)),
  },
  Placement: {
    participant: (row, _, { loaders }) => loaders.participant.load(row.participantId).then(required),
    center: (row, _, { loaders }) => loaders.center.load(row.centerId).then(required),
    creditingReferrals: async (row, _, context) => {
      const credits = await context.loaders.placementCredits.load(row.id);
      const referrals = await Promise.all(credits.map((c) => context.loaders.referral.load(c.referralId).then(required)));
      return visibleReferrals(context, referrals);
    },
  },
  Center: {
    performance: async (row, { from, to }, { db, identity, loaders }) => {
      if (identity.roles.includes('CITIZEN') || identity.center !== row.id) throw fail(`Only staff of ${row.id} read its performance`, 'FORBIDDEN');
      const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (days < 0 || days > 365) throw fail('performance: `to` must be on or after `from`, at most 366 days later', 'BAD_USER_INPUT');
      const desks = (await loaders.centerAgencies.load(row.id)).map((d) => d.agency);
      return centerPerformance(db, row.id, from, to, desks);
    },
  },
  Mutation: {
    recordPlacement: async (_, { input }, context) => {
      const { db, identity, loaders } = context;
      assertCaseworker(identity, 'record placements');
      const today = isoToday();
      const employerName = input.employerName.trim();
      const jobTitle = input.jobTitle.trim();
      rejectProblems('Placement not recorded', [
        (employerName.length < 1 || employerName.length > 200) && 'employerName must be 1 to 200 characters',
        (jobTitle.length < 1 || jobTitle.length > 200) && 'jobTitle must be 1 to 200 characters',
        input.startedOn > today && `startedOn ${input.startedOn} is in the future`,
        input.startedOn < addDays(today, -CREDIT_WINDOW_DAYS) && `startedOn ${input.startedOn} is more than a year ago`,
        idempotencyKeyProblem(input.idempotencyKey),
      ]);
      if (!(await loaders.participant.load(input.participantId))) throw fail(`No participant with ID ${input.participantId}`, 'NOT_FOUND');
      const placement = await createOnce(db, idempotentRequest('recordPlacement', identity, input), {
        load: (trx, id) => trx.selectFrom('placements').selectAll().where('id', '=', id).executeTakeFirst(),
        insert: async (trx) => {
          const credit = await jointCredit(trx, input.participantId, identity.agency, input.startedOn);
          const row = await trx
            .insertInto('placements')
            .values({
              id: `plc-${randomUUID()}`,
              participantId: input.participantId,
              centerId: identity.center,
              placingAgency: identity.agency,
              creditedAgencies: credit.agencies,
              employerName,
              jobTitle,
              startedOn: input.startedOn,
              recordedBy: identity.subject,
              idempotencyKey: input.idempotencyKey,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          if (credit.referrals.length) {
            await trx
              .insertInto('placement_credits')
              .values(credit.referrals.map((r) => ({ placementId: row.id, referralId: r.id })))
              .execute();
          }
          return row;
        },
        idOf: (row) => row.id,
        conflict: 'This placement was recorded at the same moment',
      });
      visiblePlacements(context, [placement]);
      return placement;
    },
    setReferralOverdueDays: async (_, { centerId, days }, { db, identity, loaders }) => {
      const mayManage = identity.center === centerId && identity.roles.some((r) => r === 'ADMINISTRATOR' || r === 'SUPERVISOR');
      if (!mayManage) throw fail(`Only administrators and supervisors of ${centerId} change its settings`, 'FORBIDDEN');
      if (!Number.isInteger(days) || days < 1 || days > 180) throw fail('days must be a whole number from 1 to 180', 'BAD_USER_INPUT');
      await db.updateTable('centers').set({ referralOverdueDays: days }).where('id', '=', centerId).execute();
      loaders.center.clear(centerId);
      return required(await loaders.center.load(centerId));
    },
  },
};
