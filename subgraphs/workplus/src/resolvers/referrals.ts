import { sql } from 'kysely';
import { required } from '../../../shared/loaders.js';
import { fail, rejectProblems } from '../../../shared/errors.js';
import { createOnce, idempotencyKeyProblem, idempotentRequest } from '../../../shared/idempotency.js';
import { decodeCursorParts, pageSize, toConnection } from '../../../shared/pagination.js';
import type { ReferralFilter, Resolvers } from '../../__generated__/resolvers-types.js';
import { assertCaseworker, visibleRecords } from '../case-access.js';
import type { Context } from '../context.js';
import { OPEN_STATUSES, type Move } from '../referrals/lifecycle.js';
import { insertReferral, moveReferral, referralProblems } from '../referrals/store.js';
import type { ReferralRow } from '../store/tables.js';

export type ReferralPage = ReturnType<typeof toConnection<ReferralRow>>;

const DAY = 86_400_000;

/** The referrals of `rows` the caller may see; each one seen is logged. */
export const visibleReferrals = (context: Context, rows: readonly ReferralRow[]) =>
  visibleRecords(
    context,
    rows,
    (r) => ({ participantId: r.participantId, centerId: r.centerId, parties: [r.fromAgency, r.toAgency], consentId: r.consentId }),
    'referral',
  );

/** Referrals requested before this instant and still open are overdue: one definition for the flag and the filter. */
const overdueBefore = (days: number) => new Date(Date.now() - days * DAY);

const daysOpen = (r: ReferralRow) => Math.floor(((r.closedAt ?? new Date()).getTime() - r.requestedAt.getTime()) / DAY);

/** The caller's worklist, newest first: keyset pagination on (requested_at, id). */
async function worklist({ db, identity, loaders }: Context, filter: ReferralFilter, size: number, after: string | null) {
  const center = required(await loaders.center.load(identity.center));
  let query = db.selectFrom('referrals').selectAll().where('centerId', '=', identity.center);
  if (identity.agency !== 'WORKPLUS' || filter.direction) {
    const sent = filter.direction !== 'RECEIVED';
    const received = filter.direction !== 'SENT';
    query = query.where((eb) =>
      eb.or([...(sent ? [eb('fromAgency', '=', identity.agency)] : []), ...(received ? [eb('toAgency', '=', identity.agency)] : [])]),
    );
  }
  if (filter.status?.length) query = query.where('status', 'in', filter.status);
  if (filter.participantId) query = query.where('participantId', '=', filter.participantId);
  if (filter.overdue != null) {
    query = query.where((eb) => {
      const overdue = eb.and([eb('status', 'in', OPEN_STATUSES), eb('requestedAt', '<', overdueBefore(center.referralOverdueDays))]);
      return filter.overdue ? overdue : eb.not(overdue);
    });
  }
  // The cursor holds milliseconds (a JS Date); the database keeps microseconds. Compare and sort at the cursor's precision,
  // or referrals requested in one transaction (one intake) would fall between pages.
  const requestedAtMs = sql<Date>`date_trunc('milliseconds', requested_at)`;
  if (after) {
    const [at, id] = decodeCursorParts(after, ['instant', 'id']);
    query = query.where(sql<boolean>`(${requestedAtMs}, id) < (${new Date(at!)}, ${id!})`);
  }
  return query
    .orderBy(requestedAtMs, 'desc')
    .orderBy('id', 'desc')
    .limit(size + 1)
    .execute();
}

const move = (name: Move) => async (_: unknown, args: { id: string; reason?: string; outcome?: string | null }, context: Context) => {
  assertCaseworker(context.identity, 'move referrals');
  const referral = await moveReferral(context.db, context.identity, args.id, name, args.reason ?? args.outcome);
  visibleReferrals(context, [referral]);
  return referral;
};

export const referralResolvers: Resolvers = {
  Query: {
    referral: async (_, { id }, context) => {
      const row = await context.loaders.referral.load(id);
      return row ? (visibleReferrals(context, [row])[0] ?? null) : null;
    },
    referrals: async (_, { filter, first, after }, context) => {
      assertCaseworker(context.identity, 'have a referral worklist');
      const size = pageSize(first);
      const rows = visibleReferrals(context, await worklist(context, filter ?? {}, size, after ?? null));
      return toConnection(rows, size, (r) => `${r.requestedAt.toISOString()}|${r.id}`);
    },
  },
  Participant: {
    referrals: async (row, _, context) => visibleReferrals(context, await context.loaders.referralsOfParticipant.load(row.id)),
  },
  Referral: {
    __resolveReference: async ({ id }, context) => {
      const row = await context.loaders.referral.load(id);
      return row ? (visibleReferrals(context, [row])[0] ?? null) : null;
    },
    participant: (row, _, { loaders }) => loaders.participant.load(row.participantId).then(required),
    center: (row, _, { loaders }) => loaders.center.load(row.centerId).then(required),
    overdue: async (row, _, { loaders }) => {
      const center = required(await loaders.center.load(row.centerId));
      return OPEN_STATUSES.includes(row.status) && row.requestedAt < overdueBefore(center.referralOverdueDays);
    },
    daysOpen: (row) => daysOpen(row),
    history: (row, _, { loaders }) => loaders.referralChanges.load(row.id),
  },
  ReferralChange: {
    from: (row) => row.fromStatus,
    to: (row) => row.toStatus,
    by: (row) => row.byStaff,
  },
  Mutation: {
    requestReferral: async (_, { input }, context) => {
      const { db, identity, loaders } = context;
      assertCaseworker(identity, 'send referrals');
      rejectProblems('Referral not sent', [...referralProblems(input, identity.agency), idempotencyKeyProblem(input.idempotencyKey)]);
      if (!(await loaders.participant.load(input.participantId))) throw fail(`No participant with ID ${input.participantId}`, 'NOT_FOUND');
      const referral = await createOnce(db, idempotentRequest('requestReferral', identity, input), {
        load: (trx, id) => trx.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst(),
        insert: (trx) => insertReferral(trx, identity, input),
        idOf: (row) => row.id,
        conflict: `A referral for ${input.service} is already open for this person`,
      });
      visibleReferrals(context, [referral]);
      return referral;
    },
    acceptReferral: move('accept'),
    startReferral: move('start'),
    completeReferral: move('complete'),
    declineReferral: move('decline'),
    cancelReferral: move('cancel'),
  },
};
