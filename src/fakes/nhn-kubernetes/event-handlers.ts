/** Events: the operation history of a cluster and its node groups (by cluster UUID only). */
import type { Handler } from "../runtime/types.js";
import { MESSAGES } from "./errors.js";
import { findCluster, isUuidLike } from "./lookup.js";
import type { NksState } from "./model.js";
import { renderEvent } from "./views.js";

type NksHandler = Handler<NksState>;

export const listClusterEvents: NksHandler = (request, context) => {
  const ident = request.params.CLUSTER_UUID!;
  if (!isUuidLike(ident)) return context.error(404, MESSAGES.clusterNotFound(ident));
  const { found, reply } = findCluster(context, ident);
  return reply ?? { status: 200, body: { events: found.events.map((e) => renderEvent(e, found, context.state)) } };
};

export const getClusterEvent: NksHandler = (request, context) => {
  const ident = request.params.CLUSTER_UUID!;
  if (!isUuidLike(ident)) return context.error(404, MESSAGES.clusterNotFound(ident));
  const { found, reply } = findCluster(context, ident);
  if (reply) return reply;
  const eventId = request.params.EVENT_UUID!.toLowerCase();
  const event = found.events.find((e) => e.uuid === eventId);
  return event ? { status: 200, body: renderEvent(event, found, context.state) } : context.error(404, MESSAGES.eventNotFound(eventId));
};
