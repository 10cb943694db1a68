/** Wire shapes of GET answers: Service, the list projection and ComponentContainers. */
import { countRunning, isLive, type ComponentRecord, type ContainerRecord, type ContainerState, type Json, type ServiceRecord } from "./model.js";

const EMPTY_CONFIGURATION = { properties: {}, env: {}, files: [] };

export function renderContainer(container: ContainerRecord): Json {
  return {
    id: container.id,
    ip: container.ip,
    hostname: container.hostname,
    state: container.state,
    launch_time: container.launchTime,
    bare_host: container.bareHost,
    component_instance_name: container.instanceName,
  };
}

/**
 * Copy the client's own fields (those the fake does not compute) onto a rendered object.
 * Computed fields win. Cheaper than spreading the definition first: V8 handles an object
 * that a spread built and then many assignments reshape in a slow mode.
 */
function withClientFields(out: Json, definition: Json): Json {
  for (const key in definition) {
    if (out[key] === undefined && definition[key] !== undefined) out[key] = definition[key];
  }
  return out;
}

function renderComponent(component: ComponentRecord): Json {
  const d = component.definition;
  const out: Json = {
    name: component.name,
    state: component.state,
    dependencies: d.dependencies ?? [],
    configuration: d.configuration ?? EMPTY_CONFIGURATION,
    quicklinks: d.quicklinks ?? [],
    containers: component.containers.map(renderContainer),
    number_of_containers: component.desired,
    run_privileged_container: d.run_privileged_container ?? false,
    restart_policy: d.restart_policy ?? "ALWAYS",
  };
  if (component.decommissioned.length > 0) out.decommissioned_instances = [...component.decommissioned];
  return withClientFields(out, d);
}

/** Remaining lifetime in seconds while the application runs; the configured lifetime (or -1) otherwise. */
export function lifetimeOf(service: ServiceRecord, now: number): number {
  if (isLive(service) && service.expiresAt !== undefined) return Math.max(0, Math.ceil((service.expiresAt - now) / 1000));
  return service.lifetimeSeconds ?? -1;
}

/** GET /app/v1/services/{service_name}. */
export function renderService(service: ServiceRecord, now: number): Json {
  const out: Json = {
    name: service.name,
    version: service.version,
    state: service.state,
    lifetime: lifetimeOf(service, now),
    number_of_running_containers: countRunning(service),
    components: service.components.map(renderComponent),
    configuration: service.definition.configuration ?? EMPTY_CONFIGURATION,
    quicklinks: service.definition.quicklinks ?? {},
    kerberos_principal: service.definition.kerberos_principal ?? {},
  };
  if (service.appId) {
    out.id = service.appId;
    out.launch_time = service.launchTime;
  }
  return withClientFields(out, service.definition);
}

/** GET /app/v1/services (served by the fake only): the documented minimal projection. */
export function renderListItem(service: ServiceRecord, now: number): Json {
  const out: Json = { name: service.name, version: service.version, state: service.state, lifetime: lifetimeOf(service, now) };
  if (typeof service.definition.description === "string") out.description = service.definition.description;
  if (service.appId) out.id = service.appId;
  out.components = service.components.map((c) => ({ name: c.name, state: c.state, number_of_containers: c.desired }));
  return out;
}

export interface InstanceFilter {
  componentNames: string[];
  version?: string;
  states: ContainerState[];
}

/** GET .../component-instances: containers grouped by component, filtered like ServiceClient.getContainers. */
export function renderComponentInstances(service: ServiceRecord, filter: InstanceFilter): Json[] {
  return service.components
    .filter((c) => filter.componentNames.length === 0 || filter.componentNames.includes(c.name))
    .map((c) => ({
      component_name: c.name,
      containers: c.containers
        .filter((k) => filter.version === undefined || k.version === filter.version)
        .filter((k) => filter.states.length === 0 || filter.states.includes(k.state))
        .map(renderContainer),
    }));
}
