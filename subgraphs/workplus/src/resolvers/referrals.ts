import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { required } from '../../../shared/loaders.js';
import { createOnce } from '../../../shared/idempotency.js';
import { decodeCursor, pageSize, toConnection } from '../../../shared/pagination.js';
import type { ReferralFilter, Resolvers } from '../../__generated__/resolvers-types.js';
import { assertCaseworker, visibleRecords } from '../case-access.js';
import type { Context } from '../context.js';
import { OPEN_STATUSES, type Move } from '../referrals/lifecycle.js';
import { insertReferral, moveReferral, referralInputProblems } from '../referrals/store.js';
import type { ReferralRow, WorkplusDB } from '../store/tables.js';

export type ReferralPage = ReturnType<typeof toConnection<ReferralRow>>;

const DAY = 86_400_000;

/** The referrals of `rows` the caller may see; each one seen is logged. */
export const visibleReferrals = (context: Context, rows: readonly ReferralRow[]) =>
  visibleRecords(context, rows, (r) => ({ participantId: r.participantId, centerId: r.centerId, parties: [r.fromAgency, r.toAgency], consentId: r.consentId }), 'referral');

const daysOpen = (r: ReferralRow) => Math.floor(((r.closedAt ?? new Date()).getTime() - r.requestedAt.getTime()) / DAY);

/** The caller's worklist, newest first: keyset pagination on (requested_at, id). */
async function worklist(db: Kysely<WorkplusDB>, context: Context, filter: ReferralFilter, size: number, after: string | null) {
  const { identity, loaders } = context;
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
    const overdueBefore = new Date(Date.now() - center.referralOverdueDays * DAY);
    query = query.where((eb) => {
      const overdue = eb.and([eb('status', 'in', OPEN_STATUSES), eb('requestedAt', '<', overdueBefore)]);
      return filter.overdue ? overdue : eb.not(overdue);
    });
  }
  if (after) {
    const [at, id] = decodeCursor(after).split('|');
    const cursorAt = new Date(at!);
    query = query.where((eb) => eb.or([eb('requestedAt', '<', cursorAt), eb.and([eb('requestedAt', '=', cursorAt), eb('id', '<', id!)])]));
  }
  return query.orderBy('requestedAt', 'desc').orderBy('id', 'desc').limit(size + 1).execute();
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
      const rows = visibleReferrals(context, await worklist(context.db, context, filter ?? {}, size, after ?? null));
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
      return OPEN_STATUSES.includes(row.status) && daysOpen(row) >= center.referralOverdueDays;
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
      const problems = referralInputProblems(input, identity.agency);
      if (problems.length) throw new GraphQLError(`Referral not sent: ${problems.join('; ')}`, { extensions: { code: 'BAD_USER_INPUT', problems } });
      if (!(await loaders.participant.load(input.participantId))) {
        throw new GraphQLError(`No participant with ID ${input.participantId}`, { extensions: { code: 'NOT_FOUND' } });
      }
      const sameRequest = async () => {
        const earlier = await db.selectFrom('referrals').selectAll().where('idempotencyKey', '=', input.idempotencyKey).executeTakeFirst();
        if (earlier && (earlier.participantId !== input.participantId || earlier.service !== input.service)) {
          throw new GraphQLError('This idempotencyKey was already used for a different referral', { extensions: { code: 'BAD_USER_INPUT' } });
        }
        return earlier;
      };
      const referral = await createOnce(
        sameRequest,
        () => db.transaction().execute((trx) => insertReferral(trx, identity, input)),
        `A referral for ${input.service} was opened for this person at the same moment`,
      );
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
