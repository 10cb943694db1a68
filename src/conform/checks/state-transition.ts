/** state_transition: statuses read from a resource only move along its x-state-transitions. */
import { deref } from "../../spec/resolve-ref.js";
import { pickMediaType } from "../../validate/media-type.js";
import { findStateFields } from "../state-graph.js";
import type { ExchangeCheck } from "./check-types.js";

export const stateTransition: ExchangeCheck = (x, ctx) => {
  if (!x.response || x.method !== "GET" || x.operation.method !== "get") return null;
  const resource = new URL(x.request.url).pathname;
  const { status } = x.response;
  if (status === 404 || status === 410) {
    ctx.states.forget(resource);
    return null;
  }
  if (status < 200 || status >= 300 || x.response.body === undefined) return null;
  const found = ctx.validator.responseFor(x.operation.operationId, status);
  const content = found?.response?.content;
  const mediaType = pickMediaType(content, x.response.contentType);
  const schema = mediaType ? deref(ctx.validator.document, content[mediaType])?.schema : undefined;
  if (!schema) return null;
  const fields = findStateFields(ctx.validator.document, schema, x.response.body);
  if (fields.length === 0) return null;
  return ctx.states.observe(resource, fields, x.sentAt, x.receivedAt);
};
