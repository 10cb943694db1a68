/** YARN-style identifiers: application and container ids, container host names and addresses. */
import type { ContainerRecord, ServiceRecord, YarnState } from "./model.js";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** A new YARN application (one per launch or start): `application_<rm start>_<seq>`. */
export function assignApplication(state: YarnState, service: ServiceRecord): string {
  service.appSeq = state.nextAppSeq++;
  service.nextContainer = 2; // container 000001 is the service AM
  service.appId = `application_${state.clusterTimestamp}_${pad(service.appSeq, 4)}`;
  return service.appId;
}

/** A container for one component instance of the current application attempt. */
export function createContainer(state: YarnState, service: ServiceRecord, instanceName: string, now: number): ContainerRecord {
  const number = service.nextContainer++;
  const id = `container_e01_${state.clusterTimestamp}_${pad(service.appSeq, 4)}_01_${pad(number, 6)}`;
  const host = state.nextHost++;
  return {
    id,
    instanceName,
    ip: `10.22.${Math.floor(host / 250) % 256}.${(host % 250) + 2}`,
    hostname: `ctr-e01-${state.clusterTimestamp}-${pad(service.appSeq, 4)}-01-${pad(number, 6)}.example.site`,
    bareHost: `host${100 + (host % 3)}.cloud.com`,
    launchTime: now,
    state: "RUNNING_BUT_UNREADY",
    version: service.version,
  };
}

/** The lowest instance index of a component not in use and never decommissioned (`hello-0`, `hello-1`, ...). */
export function nextInstanceName(component: { name: string; containers: ContainerRecord[]; decommissioned: string[] }): string {
  const taken = new Set([...component.containers.map((c) => c.instanceName), ...component.decommissioned]);
  for (let i = 0; ; i++) {
    const name = `${component.name}-${i}`;
    if (!taken.has(name)) return name;
  }
}
