/**
 * How ApiServer's Jackson (YarnJacksonJaxbJsonProvider: default features, JAXB names) reads a
 * request body into the Java records, as a table of record fields. `readJackson` applies the
 * scalar coercions Jackson applies (numeric strings to numbers, numbers and booleans to text,
 * "true"/"false" and integers to booleans, null/""/"null" = not given); `findJacksonFailure`
 * names what Jackson refuses (an unknown field, a value it cannot coerce, an unknown enum
 * constant), which the real server answers with 404 and a RemoteExceptionData body.
 * The table mirrors the request schemas of specs/yarn-service.yaml (see jackson.test.ts).
 */
import type { Json } from "./model.js";

export type Scalar = "long" | "int" | "boolean" | "string" | "date";
export type FieldKind =
  | Scalar
  | { enum: readonly string[]; java: string }
  | { record: RecordName }
  | { list: FieldKind }
  | { map: FieldKind };
export type RecordName =
  | "Service" | "Component" | "Resource" | "ResourceInformation" | "Artifact" | "Configuration" | "ConfigFile"
  | "ReadinessCheck" | "PlacementPolicy" | "PlacementConstraint" | "KerberosPrincipal" | "Container";

const PACKAGE = "org.apache.hadoop.yarn.service.api.records";
const text: FieldKind = "string";
const texts: FieldKind = { list: "string" };
const textMap: FieldKind = { map: "string" };
const record = (name: RecordName): FieldKind => ({ record: name });
const enumOf = (java: string, values: readonly string[]): FieldKind => ({ enum: values, java: `${PACKAGE}.${java}` });

export const SERVICE_STATES = ["ACCEPTED", "STARTED", "STABLE", "STOPPED", "FAILED", "FLEX", "UPGRADING",
  "UPGRADING_AUTO_FINALIZE", "EXPRESS_UPGRADING", "SUCCEEDED", "CANCEL_UPGRADING"] as const;

/** The fields of each record under the JAXB-only mapper (ServiceInput etc. in the spec). */
export const RECORDS: Record<RecordName, Record<string, FieldKind>> = {
  Service: {
    name: text, version: text, description: text, id: text, artifact: record("Artifact"), resource: record("Resource"),
    launch_time: "date", number_of_running_containers: "long", lifetime: "long", components: { list: record("Component") },
    configuration: record("Configuration"), state: enumOf("ServiceState", SERVICE_STATES), quicklinks: textMap, queue: text,
    kerberos_principal: record("KerberosPrincipal"), docker_client_config: text, dependencies: texts, uri: text,
  },
  Component: {
    name: text, state: enumOf("ComponentState", ["FLEXING", "STABLE", "NEEDS_UPGRADE", "UPGRADING", "SUCCEEDED", "FAILED"]),
    dependencies: texts, readiness_check: record("ReadinessCheck"), artifact: record("Artifact"), launch_command: text,
    resource: record("Resource"), number_of_containers: "long", decommissioned_instances: texts,
    containers: { list: record("Container") }, run_privileged_container: "boolean", placement_policy: record("PlacementPolicy"),
    configuration: record("Configuration"), quicklinks: texts,
    restart_policy: enumOf("Component$RestartPolicyEnum", ["ALWAYS", "ON_FAILURE", "NEVER"]),
  },
  Resource: { profile: text, cpus: "int", memory: text, additional: { map: record("ResourceInformation") }, uri: text },
  ResourceInformation: { value: "long", unit: text, tags: texts, attributes: textMap },
  Artifact: { id: text, type: enumOf("Artifact$TypeEnum", ["DOCKER", "TARBALL", "SERVICE"]), uri: text },
  Configuration: { properties: textMap, env: textMap, files: { list: record("ConfigFile") } },
  ConfigFile: {
    type: enumOf("ConfigFile$TypeEnum", ["XML", "PROPERTIES", "JSON", "YAML", "TEMPLATE", "HADOOP_XML", "STATIC", "ARCHIVE"]),
    dest_file: text, src_file: text, properties: textMap,
  },
  ReadinessCheck: { type: enumOf("ReadinessCheck$TypeEnum", ["DEFAULT", "HTTP", "PORT"]), properties: textMap, artifact: record("Artifact") },
  PlacementPolicy: { constraints: { list: record("PlacementConstraint") } },
  PlacementConstraint: {
    name: text, type: enumOf("PlacementType", ["AFFINITY", "ANTI_AFFINITY", "AFFINITY_WITH_CARDINALITY"]),
    scope: enumOf("PlacementScope", ["NODE", "RACK"]), target_tags: texts, node_attributes: { map: texts },
    node_partitions: texts, min_cardinality: "long", max_cardinality: "long",
  },
  KerberosPrincipal: { principal_name: text, keytab: text },
  Container: {
    id: text, launch_time: "date", ip: text, hostname: text, bare_host: text,
    state: enumOf("ContainerState", ["RUNNING_BUT_UNREADY", "READY", "STOPPED", "NEEDS_UPGRADE", "UPGRADING", "SUCCEEDED", "FAILED", "FAILED_UPGRADE"]),
    component_instance_name: text, resource: record("Resource"), artifact: record("Artifact"), privilegedContainer: "boolean", uri: text,
  },
};

/** What each operation's body is bound to. */
export const BODY_TYPES: Record<string, FieldKind> = {
  createService: record("Service"),
  updateService: record("Service"),
  flexComponent: record("Component"),
  upgradeComponents: { list: record("Component") },
  upgradeComponentInstances: { list: record("Container") },
  updateComponentInstance: record("Container"),
};

export interface JacksonFailure {
  exception: string;
  message: string;
  javaClassName: string;
}

const LONG_TEXT = /^[+-]?[0-9]+$/;
const BOOLEAN_TEXT = /^(true|True|TRUE|false|False|FALSE)$/;
const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ].*)?$/;
const JAVA_TYPES: Record<Scalar, string> = { long: "java.lang.Long", int: "java.lang.Integer", boolean: "java.lang.Boolean", string: "java.lang.String", date: "java.util.Date" };
const INT_RANGE = 2 ** 31;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
/** Java's String.trim(): code points up to U+0020. */
const javaTrim = (value: string) => value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
const isNotGiven = (value: unknown) => value === null || (typeof value === "string" && ["", "null"].includes(javaTrim(value)));

/** The body as the Java record sees it; values Jackson would refuse are left as they are. */
export function readJackson(kind: FieldKind, value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof kind === "string") return readScalar(kind, value);
  if ("enum" in kind) return value;
  if ("list" in kind) return Array.isArray(value) ? value.map((item) => readJackson(kind.list, item)) : value;
  if ("map" in kind) return isObject(value) ? mapValues(value, (item) => readJackson(kind.map, item)) : value;
  if (!isObject(value)) return value;
  const fields = RECORDS[kind.record];
  const out: Json = {};
  for (const [name, raw] of Object.entries(value)) {
    const field = fields[name];
    const read = field ? readJackson(field, raw) : raw;
    if (read !== undefined) out[name] = read;
  }
  return out;
}

function readScalar(kind: Scalar, value: unknown): unknown {
  if (isNotGiven(value) && kind !== "string") return undefined;
  switch (kind) {
    case "long":
    case "int":
      if (typeof value === "number") return Math.trunc(value);
      if (typeof value === "string" && LONG_TEXT.test(javaTrim(value))) return Number(javaTrim(value));
      return value;
    case "boolean":
      if (typeof value === "number" && Number.isInteger(value)) return value !== 0;
      if (typeof value === "string" && BOOLEAN_TEXT.test(javaTrim(value))) return javaTrim(value).toLowerCase() === "true";
      return value;
    case "string":
      return typeof value === "number" || typeof value === "boolean" ? String(value) : value;
    case "date":
      if (typeof value === "string" && LONG_TEXT.test(javaTrim(value))) return Number(javaTrim(value));
      if (typeof value === "string" && ISO_DATE.test(value)) return Date.parse(value);
      return value;
  }
}

/** The first thing Jackson refuses in a body of this kind, or undefined when it binds. */
export function findJacksonFailure(kind: FieldKind, value: unknown, javaClass = "java.lang.Object"): JacksonFailure | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof kind === "string") return checkScalar(kind, value);
  if ("enum" in kind) {
    if (typeof value === "string" && (kind.enum.includes(value) || isNotGiven(value))) return undefined;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < kind.enum.length) return undefined; // an ordinal
    return invalidFormat(kind.java, value, `not one of the values accepted for Enum class: [${kind.enum.join(", ")}]`);
  }
  if ("list" in kind) {
    if (!Array.isArray(value)) return mismatch(`java.util.ArrayList<${javaClass}>`, value);
    for (const item of value) {
      const failure = findJacksonFailure(kind.list, item);
      if (failure) return failure;
    }
    return undefined;
  }
  if ("map" in kind) {
    if (!isObject(value)) return mismatch("java.util.HashMap", value);
    for (const item of Object.values(value)) {
      const failure = findJacksonFailure(kind.map, item);
      if (failure) return failure;
    }
    return undefined;
  }
  const className = `${PACKAGE}.${kind.record}`;
  if (!isObject(value)) return mismatch(className, value);
  const fields = RECORDS[kind.record];
  for (const [name, raw] of Object.entries(value)) {
    const field = fields[name];
    if (!field) {
      return {
        exception: "UnrecognizedPropertyException",
        message: `Unrecognized field "${name}" (class ${className}), not marked as ignorable`,
        javaClassName: "com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException",
      };
    }
    const failure = findJacksonFailure(field, raw);
    if (failure) return failure;
  }
  return undefined;
}

function checkScalar(kind: Scalar, value: unknown): JacksonFailure | undefined {
  const java = JAVA_TYPES[kind];
  if (Array.isArray(value) || isObject(value)) return mismatch(java, value);
  if (kind === "string" || isNotGiven(value)) return undefined;
  if (kind === "long" || kind === "int") {
    const read = readScalar(kind, value);
    if (typeof read !== "number") return typeof value === "boolean" ? mismatch(java, value) : invalidFormat(java, value, `not a valid \`${java}\` value`);
    if (kind === "int" && (read >= INT_RANGE || read < -INT_RANGE)) return invalidFormat(java, value, "Numeric value out of range of int");
    return undefined;
  }
  if (kind === "boolean") {
    return typeof readScalar(kind, value) === "boolean" ? undefined : invalidFormat(java, value, 'only "true" or "false" recognized');
  }
  return typeof readScalar(kind, value) === "number" ? undefined : invalidFormat(java, value, "not a valid representation");
}

function invalidFormat(java: string, value: unknown, why: string): JacksonFailure {
  return {
    exception: "InvalidFormatException",
    message: `Cannot deserialize value of type \`${java}\` from ${typeof value === "string" ? `String ${JSON.stringify(value)}` : `value ${JSON.stringify(value)}`}: ${why}`,
    javaClassName: "com.fasterxml.jackson.databind.exc.InvalidFormatException",
  };
}

function mismatch(java: string, value: unknown): JacksonFailure {
  const token = Array.isArray(value) ? "START_ARRAY"
    : isObject(value) ? "START_OBJECT"
    : typeof value === "boolean" ? `VALUE_${String(value).toUpperCase()}`
    : typeof value === "number" ? (Number.isInteger(value) ? "VALUE_NUMBER_INT" : "VALUE_NUMBER_FLOAT")
    : "VALUE_STRING";
  return {
    exception: "MismatchedInputException",
    message: `Cannot deserialize value of type \`${java}\` from ${token} token`,
    javaClassName: "com.fasterxml.jackson.databind.exc.MismatchedInputException",
  };
}

function mapValues(value: Json, fn: (item: unknown) => unknown): Json {
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    const read = fn(item);
    if (read !== undefined) out[key] = read;
  }
  return out;
}
