import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fail, rejectProblems } from '../../../shared/errors.js';
import { createOnce, idempotencyKeyProblem, idempotentRequest } from '../../../shared/idempotency.js';
import { required } from '../../../shared/loaders.js';
import type { ForwardedIdentity } from '../../../../trust/identity.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { RoomRow, WorkplusDB } from '../store/tables.js';

const HOUR = 3_600_000;
/** How far ahead a room can be booked: a center plans its programmes a year ahead at most. */
const BOOKING_HORIZON_DAYS = 366;

/** Bookings that start on `date` in Korea, for one room or a whole center. */
function bookingsOn(db: Kysely<WorkplusDB>, where: { roomId?: string; centerId?: string }, date: string) {
  const from = new Date(`${date}T00:00:00+09:00`);
  let query = db
    .selectFrom('room_bookings as b')
    .innerJoin('rooms as r', 'r.id', 'b.roomId')
    .selectAll('b')
    .where('b.startsAt', '>=', from)
    .where('b.startsAt', '<', new Date(from.getTime() + 24 * HOUR));
  if (where.roomId) query = query.where('b.roomId', '=', where.roomId);
  if (where.centerId) query = query.where('r.centerId', '=', where.centerId);
  return query.orderBy('b.startsAt').orderBy('b.roomId').execute();
}

/** Staff book and cancel only their own center's rooms. */
function assertCenterStaff(identity: ForwardedIdentity, room: RoomRow): void {
  if (identity.roles.includes('CITIZEN') || identity.center !== room.centerId) {
    throw fail(`Only staff of ${room.centerId} book its rooms`, 'FORBIDDEN');
  }
}

export const roomResolvers: Resolvers = {
  Query: {
    roomBookings: (_, { centerId, date }, { db }) => bookingsOn(db, { centerId }, date),
  },
  Center: {
    rooms: (row, _, { loaders }) => loaders.roomsOfCenter.load(row.id),
  },
  Room: {
    __resolveReference: ({ id }, { loaders }) => loaders.room.load(id),
    center: (row, _, { loaders }) => loaders.center.load(row.centerId).then(required),
    bookings: (row, { date }, { db }) => bookingsOn(db, { roomId: row.id }, date),
  },
  RoomBooking: {
    room: (row, _, { loaders }) => loaders.room.load(row.roomId).then(required),
    cancelled: (row) => row.cancelledAt !== null,
  },
  Mutation: {
    bookRoom: async (_, { input }, { db, identity, loaders }) => {
      const startsAt = new Date(input.startsAt);
      const endsAt = new Date(input.endsAt);
      const purpose = input.purpose.trim();
      rejectProblems('Room not booked', [
        endsAt <= startsAt && 'endsAt must be after startsAt',
        endsAt.getTime() - startsAt.getTime() > 8 * HOUR && 'a booking lasts at most 8 hours',
        startsAt.getTime() < Date.now() - 60_000 && 'startsAt is in the past',
        startsAt.getTime() > Date.now() + BOOKING_HORIZON_DAYS * 24 * HOUR && `rooms are booked at most ${BOOKING_HORIZON_DAYS} days ahead`,
        (purpose.length < 1 || purpose.length > 200) && 'purpose must be 1 to 200 characters',
        idempotencyKeyProblem(input.idempotencyKey),
      ]);
      const room = await loaders.room.load(input.roomId);
      if (!room) throw fail(`No room with ID ${input.roomId}`, 'NOT_FOUND');
      assertCenterStaff(identity, room);

      return createOnce(db, idempotentRequest('bookRoom', identity, input), {
        load: (trx, id) => trx.selectFrom('room_bookings').selectAll().where('id', '=', id).executeTakeFirst(),
        insert: (trx) =>
          trx
            .insertInto('room_bookings')
            .values({
              id: `bkg-${randomUUID()}`,
              roomId: room.id,
              startsAt,
              endsAt,
              purpose,
              bookedBy: identity.subject,
              idempotencyKey: input.idempotencyKey,
              cancelledAt: null,
              cancelReason: null,
            })
            .returningAll()
            .executeTakeFirstOrThrow(),
        idOf: (row) => row.id,
        conflict: `${room.name} is already booked for part of that time`,
      });
    },
    cancelRoomBooking: async (_, { id, reason }, { db, identity, loaders }) => {
      const booking = await db.selectFrom('room_bookings').selectAll().where('id', '=', id).executeTakeFirst();
      if (!booking) throw fail(`No booking with ID ${id}`, 'NOT_FOUND');
      assertCenterStaff(identity, (await loaders.room.load(booking.roomId))!);
      if (!reason.trim()) throw fail('Give a reason for cancelling', 'BAD_USER_INPUT');
      return db
        .updateTable('room_bookings')
        .set((eb) => ({ cancelledAt: eb.fn.coalesce('cancelledAt', eb.val(new Date())), cancelReason: eb.fn.coalesce('cancelReason', eb.val(reason.trim())) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  },
};
