/**
 * Find and classify the changes between two prepared specs (src/diff/prepare-spec.ts). Optic's
 * `diff` (@useoptic/openapi-utilities) finds what changed, as JSON pointers into either
 * document (parameters matched by name + in, primitive arrays by value); this file says where
 * each pointer is (operation, parameter, body, response, schema keyword) and looks its meaning
 * up in src/diff/rules.ts.
 */
import { diff as objectDiff } from "@useoptic/openapi-utilities";
import type { OpenApiDocument } from "../spec/load-spec.js";
import { unescapePointer } from "../spec/resolve-ref.js";
import { HTTP_METHODS } from "./prepare-spec.js";
import { classOf, type ChangeClass, type ChangeRuleId, type Side } from "./rules.js";
import { classifyKeyword, type KeywordChange } from "./schema-change.js";

export interface SpecChange {
  rule: ChangeRuleId;
  class: ChangeClass;
  side: Side;
  /** operationId (head's, else base's) when the change is inside an operation. */
  operationId?: string;
  /** e.g. `PUT /app/v1/services/{service_name} request body (application/json) .state` */
  where: string;
  detail: string;
  /** The reason of the `x-breaking-changes` entry that covers it. */
  acknowledged?: string;
}

type Segments = string[];
const split = (pointer: string): Segments => pointer.split("/").slice(1).map(unescapePointer);
const at = (doc: unknown, segments: Segments): any => segments.reduce<any>((node, s) => (node == null ? undefined : node[s]), doc);
const isMethod = (s: string | undefined) => (HTTP_METHODS as readonly string[]).includes(s ?? "");
const COMPOSITIONS = new Set(["allOf", "oneOf", "anyOf"]);
const NESTED = new Set(["items", "additionalProperties", "not", "contains", "propertyNames", "unevaluatedProperties"]);

export function findChanges(base: OpenApiDocument, head: OpenApiDocument): SpecChange[] {
  const found = new Map<string, SpecChange>();
  const add = (key: string, change: Omit<SpecChange, "class">) => {
    if (!found.has(key)) found.set(key, { ...change, class: classOf(change.rule, change.side) });
  };
  for (const d of objectDiff(base, head)) {
    const kind = d.before === undefined ? "added" : d.after === undefined ? "removed" : "changed";
    const segments = split(d.after ?? d.before!);
    const doc = d.after !== undefined ? head : base;
    locate({ base, head, doc, kind, segments, add });
  }
  return sortChanges([...found.values()]);
}

const CLASS_ORDER = { both: 0, clients: 1, providers: 2, compatible: 3 } as const;

function sortChanges(changes: SpecChange[]): SpecChange[] {
  return changes.sort((a, b) => CLASS_ORDER[a.class] - CLASS_ORDER[b.class] || a.where.localeCompare(b.where) || a.detail.localeCompare(b.detail));
}

interface Locate {
  base: OpenApiDocument;
  head: OpenApiDocument;
  /** The document the pointer points into (head for added/changed, base for removed). */
  doc: OpenApiDocument;
  kind: "added" | "removed" | "changed";
  segments: Segments;
  add: (key: string, change: Omit<SpecChange, "class">) => void;
}

/** Containers that came or went whole (a first parameter, a headers map): one change per member. */
function isContainer(segments: Segments): boolean {
  const last = segments[segments.length - 1] ?? "";
  if (segments[0] !== "paths") return false;
  if (segments.length === 4) return last === "parameters" || last === "responses";
  if (segments.length === 5) return segments[3] === "requestBody" && last === "content";
  if (segments.length === 6) return segments[3] === "responses" && (last === "content" || last === "headers");
  return false;
}

function locate(x: Locate): void {
  if (isContainer(x.segments)) {
    const node = at(x.doc, x.segments);
    if (node && typeof node === "object") for (const key of Object.keys(node)) locate({ ...x, segments: [...x.segments, key] });
    return;
  }
  const [root, pathName, method, ...rest] = x.segments;
  if (root === "components") return locateComponent(x);
  if (root !== "paths" || pathName === undefined) {
    const topic = root ?? "document";
    const rule: ChangeRuleId = ["info", "tags", "externalDocs", "openapi", "jsonSchemaDialect"].includes(topic) || topic.startsWith("x-") ? "documentation" : "unclassified";
    return x.add(`${topic}`, { rule, side: "request", where: topic, detail: `${topic} ${x.kind}` });
  }
  if (method === undefined) {
    // A whole path item came or went: one change per operation in it.
    for (const m of HTTP_METHODS) {
      const op = at(x.doc, ["paths", pathName, m]);
      if (op) addOperation(x, pathName, m, op);
    }
    return;
  }
  if (!isMethod(method)) return x.add(`${pathName} ${method}`, { rule: "documentation", side: "request", where: pathName, detail: `${method} ${x.kind}` });
  const opBase = at(x.base, ["paths", pathName, method]);
  const opHead = at(x.head, ["paths", pathName, method]);
  const op = opHead ?? opBase;
  const endpoint = `${method.toUpperCase()} ${pathName}`;
  const common = { operationId: op?.operationId as string | undefined };
  if (rest.length === 0) return addOperation(x, pathName, method, op);
  const [section, ...sub] = rest;
  const key = (...parts: string[]) => [endpoint, ...parts].join(" ");
  switch (section) {
    case "operationId":
      return x.add(key("operationId"), { ...common, rule: "operation-id-changed", side: "request", where: endpoint, detail: `operationId ${opBase?.operationId} -> ${opHead?.operationId}` });
    case "parameters":
      return locateParameter(x, endpoint, common, sub);
    case "requestBody":
      return locateRequestBody(x, endpoint, common, sub, opBase?.requestBody, opHead?.requestBody);
    case "responses":
      return locateResponse(x, endpoint, common, sub, opBase?.responses, opHead?.responses);
    case "security":
      return x.add(key("security"), { ...common, side: "request", where: `${endpoint} security`, ...compareSecurity(opBase?.security, opHead?.security) });
    case "summary":
    case "description":
    case "tags":
    case "deprecated":
    case "externalDocs":
      return x.add(key(section), { ...common, rule: "documentation", side: "request", where: endpoint, detail: `${section} ${x.kind}` });
    default:
      return x.add(key(section!), { ...common, rule: section!.startsWith("x-") ? "documentation" : "unclassified", side: "request", where: endpoint, detail: `${section} ${x.kind}` });
  }
}

function addOperation(x: Locate, pathName: string, method: string, op: any): void {
  const endpoint = `${method.toUpperCase()} ${pathName}`;
  const rule = x.kind === "added" ? "operation-added" : "operation-removed";
  x.add(endpoint, { operationId: op?.operationId, rule, side: "request", where: endpoint, detail: `${endpoint} (${op?.operationId ?? "no operationId"}) ${x.kind}` });
}

function locateParameter(x: Locate, endpoint: string, common: { operationId?: string }, sub: Segments): void {
  const [index, field, ...trail] = sub;
  const param = at(x.doc, [...x.segments.slice(0, 4), index!]);
  if (!param) return;
  // Optic matches parameters by name + in; their indexes may differ between the versions.
  const find = (doc: OpenApiDocument) => (at(doc, x.segments.slice(0, 4)) as any[] | undefined)?.find((p) => p?.name === param.name && p?.in === param.in);
  const before = find(x.base);
  const after = find(x.head);
  const name = `parameter ${param.in} ${param.name}`;
  const where = `${endpoint} ${name}`;
  const key = `${where} ${field ?? ""}`;
  if (field === undefined) {
    const rule = x.kind === "removed" ? "parameter-removed" : param.required ? "parameter-added-required" : "parameter-added-optional";
    return x.add(key, { ...common, rule, side: "request", where, detail: `${name} ${x.kind}` });
  }
  if (field === "required") {
    const now = after?.required === true;
    return x.add(key, { ...common, rule: now ? "parameter-now-required" : "parameter-now-optional", side: "request", where, detail: `required: ${!now} -> ${now}` });
  }
  if (field === "schema") return locateSchema(x, { ...common, side: "request", where }, before?.schema, after?.schema, trail);
  const rule = ["description", "example", "examples", "deprecated"].includes(field) || field.startsWith("x-") ? "documentation" : "unclassified";
  x.add(key, { ...common, rule, side: "request", where, detail: `${field} ${x.kind}` });
}

function locateRequestBody(x: Locate, endpoint: string, common: { operationId?: string }, sub: Segments, before: any, after: any): void {
  const where = `${endpoint} request body`;
  const [field, mediaType, schemaKey, ...trail] = sub;
  if (field === undefined) {
    const body = after ?? before;
    const rule = x.kind === "removed" ? "request-body-removed" : body?.required ? "request-body-added-required" : "request-body-added-optional";
    return x.add(where, { ...common, rule, side: "request", where, detail: `request body ${x.kind}` });
  }
  if (field === "required") {
    const now = after?.required === true;
    return x.add(`${where} required`, { ...common, rule: now ? "request-body-now-required" : "request-body-now-optional", side: "request", where, detail: `required: ${!now} -> ${now}` });
  }
  if (field === "content" && mediaType !== undefined) {
    const mtWhere = `${where} (${mediaType})`;
    if (schemaKey === undefined) {
      return x.add(mtWhere, { ...common, rule: x.kind === "removed" ? "media-type-removed" : "media-type-added", side: "request", where: mtWhere, detail: `${mediaType} ${x.kind}` });
    }
    if (schemaKey === "schema") {
      return locateSchema(x, { ...common, side: "request", where: mtWhere }, before?.content?.[mediaType]?.schema, after?.content?.[mediaType]?.schema, trail);
    }
  }
  x.add(`${where} ${sub.join("/")}`, { ...common, rule: "documentation", side: "request", where, detail: `${sub.join("/")} ${x.kind}` });
}

function locateResponse(x: Locate, endpoint: string, common: { operationId?: string }, sub: Segments, before: any, after: any): void {
  const [status, field, name, next, ...trail] = sub;
  if (status === undefined) return;
  const where = `${endpoint} response ${status}`;
  if (field === undefined) {
    const rule = x.kind === "removed" ? "status-removed" : /^2/.test(status) ? "status-added-success" : "status-added-error";
    return x.add(where, { ...common, rule, side: "response", where, detail: `status ${status} ${x.kind}` });
  }
  if (field === "content" && name !== undefined) {
    const mtWhere = `${where} (${name})`;
    if (next === undefined) {
      return x.add(mtWhere, { ...common, rule: x.kind === "removed" ? "media-type-removed" : "media-type-added", side: "response", where: mtWhere, detail: `${name} ${x.kind}` });
    }
    if (next === "schema") {
      return locateSchema(x, { ...common, side: "response", where: mtWhere }, before?.[status]?.content?.[name]?.schema, after?.[status]?.content?.[name]?.schema, trail);
    }
  }
  if (field === "headers" && name !== undefined) {
    const hWhere = `${where} header ${name}`;
    const headerAfter = after?.[status]?.headers?.[name];
    if (next === undefined) {
      const rule = x.kind === "removed" ? "response-header-removed" : headerAfter?.required ? "response-header-added-required" : "response-header-added-optional";
      return x.add(hWhere, { ...common, rule, side: "response", where: hWhere, detail: `header ${name} ${x.kind}` });
    }
    if (next === "required") {
      const now = headerAfter?.required === true;
      return x.add(`${hWhere} required`, { ...common, rule: now ? "response-header-added-required" : "response-header-removed", side: "response", where: hWhere, detail: `required: ${!now} -> ${now}` });
    }
    if (next === "schema") {
      return locateSchema(x, { ...common, side: "response", where: hWhere }, before?.[status]?.headers?.[name]?.schema, headerAfter?.schema, trail);
    }
  }
  x.add(`${where} ${sub.join("/")}`, { ...common, rule: "documentation", side: "response", where, detail: `${sub.slice(1).join("/")} ${x.kind}` });
}

/** Walk a schema trail (properties, items, compositions) down to the keyword that changed. */
function locateSchema(x: Locate, base: Omit<SpecChange, "rule" | "class" | "detail">, schemaBefore: any, schemaAfter: any, trail: Segments): void {
  let b = schemaBefore;
  let a = schemaAfter;
  let field = "";
  const emit = (key: string, changes: KeywordChange[]) => {
    const where = `${base.where}${field ? ` ${field.trimStart()}` : ""}`;
    changes.forEach((c, i) => x.add(`${where} ${key} ${i} ${c.detail}`, { ...base, where, rule: c.rule, detail: c.detail }));
  };
  for (let i = 0; i <= trail.length; i++) {
    const seg = trail[i];
    if (seg === undefined) {
      // The whole schema came or went.
      return emit("schema", [{ rule: b === undefined ? "bound-narrowed" : a === undefined ? "bound-widened" : "unclassified", detail: `schema ${x.kind}` }]);
    }
    if (seg === "properties" && trail[i + 1] !== undefined) {
      const name = trail[i + 1]!;
      if (i + 2 === trail.length) {
        const removed = a?.properties?.[name] === undefined;
        return emit(`property ${name}`, [{ rule: removed ? "property-removed" : "property-added", detail: `property "${name}" ${removed ? "removed" : "added"}` }]);
      }
      b = b?.properties?.[name];
      a = a?.properties?.[name];
      field += `.${name}`;
      i++;
      continue;
    }
    if (seg === "properties" && i + 1 === trail.length) {
      // The whole `properties` keyword came or went: one change per property.
      const names = new Set([...Object.keys(b?.properties ?? {}), ...Object.keys(a?.properties ?? {})]);
      const changes: KeywordChange[] = [];
      for (const name of names) {
        const inBefore = b?.properties?.[name] !== undefined;
        const inAfter = a?.properties?.[name] !== undefined;
        if (inBefore !== inAfter) changes.push({ rule: inAfter ? "property-added" : "property-removed", detail: `property "${name}" ${inAfter ? "added" : "removed"}` });
      }
      return emit("properties", changes);
    }
    if (COMPOSITIONS.has(seg)) {
      const index = trail[i + 1];
      if (index === undefined || i + 2 === trail.length) {
        const branchAdded = index === undefined ? a?.[seg] !== undefined : a?.[seg]?.[index] !== undefined && (b?.[seg]?.length ?? 0) < (a?.[seg]?.length ?? 0);
        const narrows = index === undefined ? branchAdded : seg === "allOf" ? branchAdded : !branchAdded;
        return emit(`${seg} ${index ?? ""}`, [{ rule: narrows ? "composition-narrowed" : "composition-widened", detail: `${seg}${index === undefined ? "" : ` branch ${index}`} ${x.kind}` }]);
      }
      b = b?.[seg]?.[index];
      a = a?.[seg]?.[index];
      field += ` (${seg} ${index})`;
      i++;
      continue;
    }
    if (NESTED.has(seg) && i + 1 < trail.length && typeof (a ?? b)?.[seg] === "object") {
      b = b?.[seg];
      a = a?.[seg];
      field += seg === "items" ? "[]" : ` (${seg})`;
      continue;
    }
    if (seg === "items" && i + 1 === trail.length) {
      return emit("items", [{ rule: a?.items === undefined ? "bound-widened" : b?.items === undefined ? "bound-narrowed" : "unclassified", detail: `items ${x.kind}` }]);
    }
    return emit(seg, classifyKeyword(seg, b?.[seg], a?.[seg]));
  }
}

function compareSecurity(before: unknown, after: unknown): { rule: ChangeRuleId; detail: string } {
  // No requirement at all means anyone may call.
  const alternatives = (value: unknown) => {
    const list = (value as Array<Record<string, unknown>> | undefined) ?? [];
    return new Set(list.length === 0 ? ["(anonymous)"] : list.map((req) => Object.keys(req).sort().join("+") || "(anonymous)"));
  };
  const b = alternatives(before);
  const a = alternatives(after);
  const detail = `security: ${[...b].join(" | ") || "(none)"} -> ${[...a].join(" | ") || "(none)"}`;
  if ([...b].every((alt) => a.has(alt)) || a.has("(anonymous)")) return { rule: "security-removed", detail };
  return { rule: "security-added", detail };
}

function locateComponent(x: Locate): void {
  const [, group, name, field] = x.segments;
  if (group !== "securitySchemes" || name === undefined) return;
  const where = `security scheme ${name}`;
  if (field === undefined) return x.add(where, { rule: "documentation", side: "request", where, detail: `scheme ${x.kind} (operations that use it are reported themselves)` });
  const rule = field === "description" || field.startsWith("x-") ? "documentation" : "security-scheme-changed";
  x.add(`${where} ${field}`, { rule, side: "request", where, detail: `${field} ${x.kind}` });
}
