import { describe, expect, test } from "vitest";
import { checkNameFormat, validateServiceDefinition } from "./validate-service.js";

const hello = (extra: Record<string, unknown> = {}) => ({
  name: "hello", number_of_containers: 2, artifact: { id: "nginx:latest", type: "DOCKER" }, resource: { cpus: 1, memory: "256" }, ...extra,
});
const service = (extra: Record<string, unknown> = {}, components: unknown[] = [hello()]) => ({ name: "hello-world", version: "1.0.0", components, ...extra });

describe("validateServiceDefinition (ServiceApiUtil order and messages)", () => {
  test.each([
    ["valid docker service", service(), undefined],
    ["no launch_command is fine for DOCKER", service({}, [hello({ launch_command: undefined })]), undefined],
    ["service-level resource fills in", service({ resource: { cpus: 2, memory: "512" } }, [hello({ resource: undefined })]), undefined],
    ["zero containers is allowed", service({}, [hello({ number_of_containers: 0 })]), undefined],
    ["no name", { version: "1" }, "Service name is either empty or not provided"],
    ["no version", { name: "s" }, "Version of service s is either empty or not provided"],
    ["'_' in the name", service({ name: "hello_world" }), "Invalid format: hello_world, can not use '_', as DNS hostname does not allow '_'. Use '-' Instead. "],
    ["64 characters", service({ name: `s${"a".repeat(63)}` }), `Invalid format s${"a".repeat(63)}, must be no more than 63 characters `],
    ["upper case", service({ name: "Hello" }), "Invalid name Hello does not match the pattern [a-z][a-z0-9-]* "],
    ["no components", service({ components: [] }), "No component specified for hello-world"],
    ["45-character component", service({}, [hello({ name: `c${"a".repeat(44)}` })]), `Component name must be no more than 44 characters: c${"a".repeat(44)}`],
    ["component named like the service", service({}, [hello({ name: "hello-world" })]), "Component name hello-world must not be same as service name hello-world"],
    ["duplicate components", service({}, [hello(), hello()]), "Component name collision: hello"],
    ["unknown dependency", service({}, [hello({ dependencies: ["db"] })]), "Dependency db for component hello is invalid, does not exist as a component"],
    ["bad component name", service({}, [hello({ name: "Hello" })]), "Invalid name Hello does not match the pattern [a-z][a-z0-9-]* "],
    ["empty artifact id", service({}, [hello({ artifact: { id: "" } })]), "Artifact id (like docker image name) is either empty or not provided"],
    ["no artifact, no launch_command", service({}, [hello({ artifact: undefined })]), "launch_command is required when type is not DOCKER"],
    ["tarball without launch_command", service({}, [hello({ artifact: { id: "x.tgz", type: "TARBALL" } })]), "launch_command is required when type is not DOCKER"],
    ["no resource anywhere", service({}, [hello({ resource: undefined })]), "Resource is not provided for component hello (nor at the global level)"],
    ["profile with cpus", service({}, [hello({ resource: { profile: "small", cpus: 1 } })]), "Cannot specify cpus/memory along with profile for component hello"],
    ["profile alone", service({}, [hello({ resource: { profile: "small" } })]), "Resource profile is not supported yet. Please specify cpus/memory."],
    ["no memory", service({}, [hello({ resource: { cpus: 1 } })]), "Service resource or memory not provided for component hello (nor at the global level)"],
    ["no cpus", service({}, [hello({ resource: { memory: "256" } })]), "Service resource or cpus not provided for component hello (nor at the global level)"],
    ["zero cpus", service({}, [hello({ resource: { cpus: 0, memory: "256" } })]), "Unacceptable no of cpus specified, either zero or negative for component hello (or at the global level)"],
    ["no count", service({}, [hello({ number_of_containers: undefined })]), "Invalid no of containers specified for component hello (nor at the global level): null"],
    ["negative count", service({}, [hello({ number_of_containers: -1 })]), "Invalid no of containers specified for component hello (nor at the global level): -1"],
    ["placement tag of another component", service({}, [hello({ placement_policy: { constraints: [{ type: "AFFINITY", scope: "NODE", target_tags: ["db"] }] } })]),
      "Invalid target tag db specified in placement policy of component hello. For now, target tags support self reference only. Specifying anything other than its component name is not supported. Set target tag of component hello to hello."],
    ["placement without tags", service({}, [hello({ placement_policy: { constraints: [{ name: "c1", type: "AFFINITY", scope: "NODE" }] } })]),
      "Tag(s) not specified for constraint c1 in placement policy of component hello."],
    ["dependency cycle", service({}, [hello({ name: "a", dependencies: ["b"] }), hello({ name: "b", dependencies: ["a"] }), hello({ name: "c" })]),
      "Invalid dependencies, a cycle may exist: [a, b]"],
  ])("%s", (_name, body, message) => {
    expect(validateServiceDefinition(JSON.parse(JSON.stringify(body)))).toBe(message);
  });

  test("name format: empty names are refused first", () => {
    expect(checkNameFormat("")).toBe("Name can not be empty!");
    expect(checkNameFormat("ok-name")).toBeUndefined();
  });
});
