/**
 * The fake's Jackson table agrees with the spec's request schemas (the *Input records), and
 * reads and refuses values the way the Jackson* schemas admit them.
 */
import { describe, expect, test } from "vitest";
import { loadSpec } from "../../spec/load-spec.js";
import { findJacksonFailure, readJackson, RECORDS, type FieldKind, type RecordName } from "./jackson.js";

const spec = await loadSpec("yarn-service");
const schemas = (spec.document as any).components.schemas as Record<string, any>;
const refName = (schema: any): string | undefined =>
  (schema.$ref ?? schema.allOf?.[0]?.$ref)?.replace("#/components/schemas/", "");

/** The table's kind for a property schema of an *Input record. */
function kindOf(schema: any): unknown {
  const ref = refName(schema);
  const scalars: Record<string, string> = {
    JacksonInt64: "long", JacksonInt32: "int", JacksonBoolean: "boolean", JacksonString: "string", JacksonDate: "date",
    ServiceName: "string", ComponentName: "string",
  };
  if (ref && scalars[ref]) return scalars[ref];
  if (ref?.endsWith("Input")) return { record: ref.slice(0, -"Input".length) };
  if (ref) return { enum: schemas[ref].enum };
  if (schema.enum) return { enum: schema.enum.filter((v: string) => v !== "") };
  if (schema.type === "array") return { list: kindOf(schema.items) };
  if (schema.type === "object") return { map: kindOf(schema.additionalProperties) };
  return "string"; // version and memory: text fields with create rules
}

function tableKind(kind: FieldKind): unknown {
  if (typeof kind === "string") return kind;
  if ("enum" in kind) return { enum: [...kind.enum] };
  if ("list" in kind) return { list: tableKind(kind.list) };
  if ("map" in kind) return { map: tableKind(kind.map) };
  return kind;
}

describe("jackson table", () => {
  test.each(Object.keys(RECORDS) as RecordName[])("%s matches %sInput in the spec", (name) => {
    const input = schemas[`${name}Input`];
    expect(input.additionalProperties).toBe(false);
    const fromSpec = Object.fromEntries(Object.entries<any>(input.properties).map(([field, schema]) => [field, kindOf(schema)]));
    const fromTable = Object.fromEntries(Object.entries(RECORDS[name]).map(([field, kind]) => [field, tableKind(kind)]));
    // ResourceInformation.unit is a Java String the spec narrows to the documented units.
    if (name === "ResourceInformation") fromSpec.unit = "string";
    expect(fromTable).toEqual(fromSpec);
  });

  test("reads numeric strings, text for numbers and booleans as Jackson does", () => {
    const read = readJackson({ record: "Service" }, {
      name: "s", version: 1, lifetime: " 3600 ", description: null,
      components: [{ name: "c", number_of_containers: 2.9, run_privileged_container: "TRUE", resource: { cpus: "2", memory: 256 } }],
      configuration: { properties: { port: 8080, on: true } },
    });
    expect(read).toEqual({
      name: "s", version: "1", lifetime: 3600,
      components: [{ name: "c", number_of_containers: 2, run_privileged_container: true, resource: { cpus: 2, memory: "256" } }],
      configuration: { properties: { port: "8080", on: "true" } },
    });
  });

  test.each([
    [{ lifetime: "3600s" }, "InvalidFormatException"],
    [{ lifetime: [3600] }, "MismatchedInputException"],
    [{ components: [{ run_privileged_container: "yes" }] }, "InvalidFormatException"],
    [{ resource: { cpus: 2 ** 31 } }, "InvalidFormatException"],
    [{ description: { text: "x" } }, "MismatchedInputException"],
    [{ state: "RUNNING" }, "InvalidFormatException"],
    [{ components: [{ restartPolicy: "NEVER" }] }, "UnrecognizedPropertyException"],
  ])("refuses %j with %s", (body, exception) => {
    expect(findJacksonFailure({ record: "Service" }, body)?.exception).toBe(exception);
  });

  test.each([
    { lifetime: "", state: null, quicklinks: { a: 1 } },
    { components: [{ run_privileged_container: 0, number_of_containers: "null" }] },
    { state: 2 }, // an enum ordinal: Jackson takes it (the spec does not)
  ])("binds %j", (body) => {
    expect(findJacksonFailure({ record: "Service" }, body)).toBeUndefined();
  });
});
