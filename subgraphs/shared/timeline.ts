import type { AgencyCode } from '../../trust/identity.js';

/** What happened, as `TimelineEventKind` in every schema that declares it. */
export type TimelineEventKind = 'REGISTRATION' | 'INTAKE' | 'COUNSELLING' | 'REFERRAL' | 'BENEFIT_DECISION' | 'PLACEMENT' | 'TRAINING' | 'PROGRAM';

/** One event as an agency maps it from its own records: staff terms, minimal personal detail. */
export interface OwnEvent {
  /** An instant, ISO 8601 with offset; `startOfDay` for records kept by date. */
  at: string;
  kind: TimelineEventKind;
  title: string;
  detail?: string | null;
}

/** `TimelineEvent` in every schema that declares it. */
export interface TimelineEvent<Agency extends AgencyCode = AgencyCode> {
  at: string | Date;
  agency: Agency;
  kind: TimelineEventKind;
  title: string;
  detail: string | null;
}

/** An agency's events for one person from its own records, through its per-request loaders; [] when it does not know them. */
export type EventSource<Context> = (participantId: string, context: Context) => Promise<OwnEvent[]>;

/** A date kept without a time (most agency records) as an instant: the start of that day in Korea. */
export const startOfDay = (date: string): string => `${date}T00:00:00+09:00`;

/** Oldest first; events at the same instant keep the order they came in. */
export function inTimeOrder<E extends { at: string | Date }>(events: E[]): E[] {
  return events
    .map((event, index) => ({ event, index, time: new Date(event.at).getTime() }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ event }) => event);
}

/** Stamps events with the agency they come from, in time order. */
export async function eventsOf<Context, Agency extends AgencyCode>(
  agency: Agency,
  source: EventSource<Context>,
  participantId: string,
  context: Context,
): Promise<TimelineEvent<Agency>[]> {
  const events = await source(participantId, context);
  return inTimeOrder(events.map(({ at, kind, title, detail }) => ({ at, agency, kind, title, detail: detail ?? null })));
}

/**
 * The resolver of an agency's `<field>Timeline` on Participant, which Work-Plus
 * merges into Participant.timeline. List the field in the agency's
 * `policy.derivedFields` so the shared server guards and logs it like the
 * agency's own field.
 */
export function agencyTimeline<Context, Agency extends AgencyCode>(agency: Agency, source: EventSource<Context>) {
  return ({ id }: { id: string }, _: unknown, context: Context): Promise<TimelineEvent<Agency>[]> => eventsOf(agency, source, id, context);
}
