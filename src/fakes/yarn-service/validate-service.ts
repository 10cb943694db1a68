/**
 * The real server's create validation (ServiceApiUtil.validateAndResolveService), in its order
 * and with its messages (RestApiErrorMessages), as if registry DNS were enabled (the spec's
 * choice: names max 63, component names max 44). Returns the first problem, or undefined.
 * It judges the body as the Java record holds it after Jackson read it (jackson.ts), so
 * `"lifetime": "3600"` or `"number_of_containers": "2"` count as the numbers they become.
 */
import { readJackson } from "./jackson.js";
import type { Json } from "./model.js";

const NAME_PATTERN = /^[a-z][a-z0-9-]*$/;
const MAX_NAME = 63;
const MAX_COMPONENT_NAME = 63 - String(2n ** 63n - 1n).length; // 44, as ServiceApiUtil computes it

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

/** ServiceApiUtil.validateNameFormat. */
export function checkNameFormat(name: unknown): string | undefined {
  if (isEmpty(name)) return "Name can not be empty!";
  const text = String(name);
  if (text.includes("_")) return `Invalid format: ${text}, can not use '_', as DNS hostname does not allow '_'. Use '-' Instead. `;
  if (text.length > MAX_NAME) return `Invalid format ${text}, must be no more than ${MAX_NAME} characters `;
  if (!NAME_PATTERN.test(text)) return `Invalid name ${text} does not match the pattern [a-z][a-z0-9-]* `;
  return undefined;
}

/** A create (or upgrade) body as the Java record `Service` holds it after Jackson's coercions. */
export function readServiceBody(body: unknown): Json {
  const read = readJackson({ record: "Service" }, body);
  return isObject(read) ? read : {};
}

export function validateServiceDefinition(body: unknown): string | undefined {
  const service = readServiceBody(body);
  const name = service.name;
  if (isEmpty(name)) return "Service name is either empty or not provided";
  if (isEmpty(service.version)) return `Version of service ${String(name)} is either empty or not provided`;
  const nameProblem = checkNameFormat(name);
  if (nameProblem) return nameProblem;
  const components = Array.isArray(service.components) ? service.components.filter(isObject) : [];
  if (components.length === 0) return `No component specified for ${String(name)}`;

  const names = new Set<string>();
  for (const component of components) {
    const compName = String(component.name ?? "");
    if (compName.length > MAX_COMPONENT_NAME) return `Component name must be no more than ${MAX_COMPONENT_NAME} characters: ${compName}`;
    if (compName === name) return `Component name ${compName} must not be same as service name ${String(name)}`;
    if (names.has(compName)) return `Component name collision: ${compName}`;
    names.add(compName);
  }
  for (const component of components) {
    const problem = checkDependencies(component, names) ?? checkComponent(resolveComponent(component, service));
    if (problem) return problem;
  }
  return checkPlacement(components) ?? checkCycles(components) ?? checkMemoryParses(components, service);
}

/**
 * ServiceClient.submitApp -> validateCompResourceSize -> Resource.getMemoryMB: Long.parseLong of
 * the memory text; its NumberFormatException is an IllegalArgumentException, so ApiServer
 * answers 400 with the exception's message.
 */
function checkMemoryParses(components: Json[], service: Json): string | undefined {
  for (const component of components) {
    const resource = resolveComponent(component, service).resource as Json;
    const memory = String(resource.memory);
    if (!/^[+-]?[0-9]+$/.test(memory)) return `For input string: "${memory}"`;
  }
  return undefined;
}

/** The component with the service-level artifact and resource filled in, as the server resolves it. */
export function resolveComponent(component: Json, service: Json): Json {
  const resolved: Json = { ...component };
  const globalArtifact = service.artifact;
  if (resolved.artifact === undefined && isObject(globalArtifact) && globalArtifact.type !== "SERVICE") resolved.artifact = globalArtifact;
  if (resolved.resource === undefined && service.resource !== undefined) resolved.resource = service.resource;
  return resolved;
}

function checkDependencies(component: Json, names: Set<string>): string | undefined {
  for (const dependency of Array.isArray(component.dependencies) ? component.dependencies : []) {
    if (!names.has(String(dependency))) {
      return `Dependency ${String(dependency)} for component ${String(component.name)} is invalid, does not exist as a component`;
    }
  }
  return undefined;
}

function checkComponent(component: Json): string | undefined {
  const name = String(component.name ?? "");
  const nameProblem = checkNameFormat(component.name);
  if (nameProblem) return nameProblem;
  const artifact = isObject(component.artifact) ? component.artifact : undefined;
  if (component.artifact !== undefined && (!artifact || isEmpty(artifact.id))) {
    return "Artifact id (like docker image name) is either empty or not provided";
  }
  const type = artifact ? (artifact.type ?? "DOCKER") : undefined;
  if (isEmpty(component.launch_command) && type !== "DOCKER") return "launch_command is required when type is not DOCKER";
  const resourceProblem = checkResource(component.resource, name);
  if (resourceProblem) return resourceProblem;
  const count = component.number_of_containers;
  if (typeof count !== "number" || count < 0) {
    return `Invalid no of containers specified for component ${name} (nor at the global level): ${count === undefined ? "null" : String(count)}`;
  }
  return undefined;
}

function checkResource(value: unknown, component: string): string | undefined {
  if (!isObject(value)) return `Resource is not provided for component ${component} (nor at the global level)`;
  const hasProfile = !isEmpty(value.profile);
  if (hasProfile && (value.cpus !== undefined || !isEmpty(value.memory))) return `Cannot specify cpus/memory along with profile for component ${component}`;
  if (hasProfile) return "Resource profile is not supported yet. Please specify cpus/memory.";
  if (isEmpty(value.memory)) return `Service resource or memory not provided for component ${component} (nor at the global level)`;
  if (value.cpus === undefined || value.cpus === null) return `Service resource or cpus not provided for component ${component} (nor at the global level)`;
  if (typeof value.cpus !== "number" || value.cpus <= 0) {
    return `Unacceptable no of cpus specified, either zero or negative for component ${component} (or at the global level)`;
  }
  return undefined;
}

/** RestApiErrorMessages' placement messages ("%sin" is the optional constraint name plus a space). */
function checkPlacement(components: Json[]): string | undefined {
  for (const component of components) {
    const name = String(component.name);
    const policy = component.placement_policy;
    const constraints = isObject(policy) && Array.isArray(policy.constraints) ? policy.constraints : [];
    for (const raw of constraints) {
      const constraint = isObject(raw) ? raw : {};
      const label = isEmpty(constraint.name) ? "" : `${String(constraint.name)} `;
      if (isEmpty(constraint.type)) return `Type not specified for constraint ${label}in placement policy of component ${name}.`;
      if (isEmpty(constraint.scope)) return `Scope not specified for constraint ${label}in placement policy of component ${name}.`;
      const tags = Array.isArray(constraint.target_tags) ? constraint.target_tags : [];
      if (tags.length === 0) return `Tag(s) not specified for constraint ${label}in placement policy of component ${name}.`;
      const other = tags.find((tag) => tag !== name);
      if (other !== undefined) {
        return `Invalid target tag ${String(other)} specified in placement policy of component ${name}. For now, target tags support self reference only. Specifying anything other than its component name is not supported. Set target tag of component ${name} to ${name}.`;
      }
    }
  }
  return undefined;
}

/** ServiceApiUtil.sortByDependencies: peel off components whose dependencies are resolved. */
function checkCycles(components: Json[]): string | undefined {
  const remaining = new Map(components.map((c) => [String(c.name), (Array.isArray(c.dependencies) ? c.dependencies : []).map(String)]));
  const done = new Set<string>();
  let progressed = true;
  while (remaining.size > 0 && progressed) {
    progressed = false;
    for (const [name, deps] of remaining) {
      if (deps.every((d) => done.has(d))) {
        done.add(name);
        remaining.delete(name);
        progressed = true;
      }
    }
  }
  return remaining.size > 0 ? `Invalid dependencies, a cycle may exist: [${[...remaining.keys()].join(", ")}]` : undefined;
}
