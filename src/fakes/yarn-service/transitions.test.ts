import { describe, expect, test } from "vitest";
import { loadSpec } from "../../spec/load-spec.js";
import { COMPONENT_TRANSITIONS, CONTAINER_TRANSITIONS, SERVICE_TRANSITIONS, moveService } from "./transitions.js";
import type { ServiceRecord } from "./model.js";

const spec = await loadSpec("yarn-service");
const schemas = (spec.document as any).components.schemas;

describe("yarn-service state tables", () => {
  test.each([
    ["ServiceState", SERVICE_TRANSITIONS],
    ["ComponentState", COMPONENT_TRANSITIONS],
    ["ContainerState", CONTAINER_TRANSITIONS],
  ] as const)("%s matches the spec's x-state-transitions", (name, table) => {
    expect(table).toEqual(schemas[name]["x-state-transitions"]);
    expect(Object.keys(table).sort()).toEqual([...schemas[name].enum].sort());
  });

  test("a move outside the table throws, a move inside it is applied", () => {
    const service = { state: "STOPPED" } as ServiceRecord;
    expect(() => moveService(service, "CANCEL_UPGRADING")).toThrow(/STOPPED -> CANCEL_UPGRADING/);
    moveService(service, "ACCEPTED");
    expect(service.state).toBe("ACCEPTED");
  });
});
