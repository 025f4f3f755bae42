import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createOnce, idempotentRequest } from '../idempotency.js';
import { isoToday } from '../policy/disclosure.js';
import { fail, rejectProblems } from '../errors.js';
import { doesCasework, type AgencyCode, type ForwardedIdentity } from '../../../trust/identity.js';
import { normalizeBrn } from './brn.js';
import { recordChange, relayNow } from './outbox.js';
import { occupationName, postingProblems, type JobPostingInput, type JobPostingRow, type JobPostingTables } from './posting.js';

/** Only the owning agency's counselling staff register and close its postings. */
function assertOwnerStaff(owner: AgencyCode, identity: ForwardedIdentity): void {
  if (identity.agency !== owner || !doesCasework(identity)) {
    throw fail(`Only ${owner} counsellors and supervisors register and close ${owner} job postings`, 'FORBIDDEN');
  }
}

interface MutationContext {
  db: Kysely<any>;
  identity: ForwardedIdentity;
}

/**
 * register<Agency>JobPosting: validates everything first, then writes the
 * posting and its event in one transaction. A retry with the same
 * idempotencyKey returns the posting the first request created. An owner
 * may write its own rows in the same transaction (`alsoWrite`).
 */
export function registerJobPosting(owner: AgencyCode, alsoWrite?: (trx: Kysely<any>, posting: JobPostingRow) => Promise<void>) {
  return async (_: unknown, { input }: { input: JobPostingInput }, { db: anyDb, identity }: MutationContext): Promise<JobPostingRow> => {
    assertOwnerStaff(owner, identity);
    const db = anyDb as Kysely<JobPostingTables>;
    rejectProblems('Job posting not registered', postingProblems(input, isoToday()));
    const request = idempotentRequest(`register${owner}JobPosting`, identity, input);
    const now = new Date();
    const posting = {
      id: `job-${owner.toLowerCase().replace('_', '')}-${randomUUID()}`,
      agency: owner,
      title: input.title.trim(),
      employerName: input.employerName.trim(),
      businessRegistrationNumber: normalizeBrn(input.businessRegistrationNumber),
      occupationCode: input.occupationCode,
      occupationName: occupationName(input.occupationCode),
      workMunicipalityCode: input.workMunicipalityCode,
      monthlyWageKrw: input.monthlyWageKrw,
      employmentType: input.employmentType,
      openings: input.openings,
      openOn: input.openOn,
      closeOn: input.closeOn,
      status: 'OPEN' as const,
      closedReason: null,
      version: 1,
      registeredBy: identity.subject,
      changedAt: now,
      idempotencyKey: input.idempotencyKey,
      requestFingerprint: request.fingerprint,
    };
    const row = await createOnce(db, request, {
      load: (trx, id) => trx.selectFrom('job_postings').selectAll().where('id', '=', id).executeTakeFirst(),
      insert: async (trx) => {
        const inserted = await trx.insertInto('job_postings').values(posting).returningAll().executeTakeFirstOrThrow();
        await recordChange(trx, posting);
        await alsoWrite?.(trx, inserted);
        return inserted;
      },
      idOf: (inserted) => inserted.id,
      conflict: 'The job posting could not be registered: a conflicting posting exists',
    });
    await relayNow(anyDb);
    return row;
  };
}

/** close<Agency>JobPosting: the posting leaves the board. Closing again changes nothing and returns it as is. */
export function closeJobPosting(owner: AgencyCode) {
  return async (_: unknown, { id, reason }: { id: string; reason: string }, { db: anyDb, identity }: MutationContext): Promise<JobPostingRow> => {
    assertOwnerStaff(owner, identity);
    const db = anyDb as Kysely<JobPostingTables>;
    const why = reason.trim();
    if (why.length < 1 || why.length > 500) throw fail('Job posting not closed: reason must be 1 to 500 characters', 'BAD_USER_INPUT');
    const row = await db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('job_postings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!current) throw fail(`${owner} holds no job posting with ID ${id}`, 'NOT_FOUND');
      if (current.status === 'CLOSED') return current;
      const closed = await trx
        .updateTable('job_postings')
        .set({ status: 'CLOSED', closedReason: why, version: current.version + 1, changedAt: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordChange(trx, closed);
      return closed;
    });
    await relayNow(anyDb);
    return row;
  };
}
