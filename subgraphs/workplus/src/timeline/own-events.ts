import type { EventSource, OwnEvent } from '../../../shared/timeline.js';
import type { Context } from '../context.js';

/** The person's registration at the center (최초 등록), from Work-Plus's participant record. */
const registration: EventSource<Context> = async (participantId, { loaders }) => {
  const person = await loaders.participant.load(participantId);
  if (!person) return [];
  const center = await loaders.center.load(person.centerId);
  return [{ at: new Date(person.registeredAt).toISOString(), kind: 'REGISTRATION', title: '고용복지플러스센터 최초 등록', detail: center?.name ?? null }];
};

/** Each of Work-Plus's own kinds of event; a new kind (intake, referral, placement) is one more source here. */
const SOURCES: EventSource<Context>[] = [registration];

/** Work-Plus's own events for the person, through the request's loaders: one statement per kind, whatever the number of people. */
export async function workplusEvents(participantId: string, context: Context): Promise<OwnEvent[]> {
  return (await Promise.all(SOURCES.map((source) => source(participantId, context)))).flat();
}
