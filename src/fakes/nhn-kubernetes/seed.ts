/**
 * The fake's starting state: no clusters, and the add-on catalogue of the spec's examples
 * (types cni and kube-dns; calico and coredns) plus one newer version of each add-on so that
 * an installed add-on can be moved to another version.
 */
import type { Credentials } from "../../spec/credentials.js";
import type { AddonTypeEntry, CatalogueAddon, NksState } from "./model.js";

export const PROJECT_ID = "1ffeaca9bbf94ab1aa9cffdec29a258a";
export const USER_ID = "12ba32bebc414c4992a2c9be3952a64c";

export const SUPPORTED_K8S = ["v1.29.3", "v1.30.3", "v1.31.4", "v1.32.3"] as const;

const ADDON_TYPES: AddonTypeEntry[] = [
  { uuid: "123e4567-e89b-12d3-a456-426614174001", name: "cni", mandatory: true },
  { uuid: "123e4567-e89b-12d3-a456-426614174003", name: "kube-dns", mandatory: true },
];

const CALICO_OPTIONS = [
  { name: "mode", data_type: "SELECT", default: "vxlan", updatable: false, mandatory: false, choices: ["vxlan", "ebpf"] },
];
const CALICO_DESCRIPTION = "Calico is a CNI plugin for Kubernetes that provides networking and network security.";
const COREDNS_DESCRIPTION = "CoreDNS is the default DNS server for Kubernetes clusters.";

const CATALOGUE: CatalogueAddon[] = [
  {
    uuid: "23454567-1234-12d3-a456-426614174001", type: "cni", version: "v3.28.2-nks1", name: "calico",
    option_schemas: CALICO_OPTIONS, k8s_min_version: "v1.26.0", k8s_max_version: null, description: CALICO_DESCRIPTION,
  },
  {
    uuid: "23454567-1234-12d3-a456-426614174002", type: "cni", version: "v3.29.3-nks1", name: "calico",
    option_schemas: CALICO_OPTIONS, k8s_min_version: "v1.28.0", k8s_max_version: null, description: CALICO_DESCRIPTION,
  },
  {
    uuid: "23454567-1234-12d3-a456-426614174005", type: "kube-dns", version: "1.8.4-nks1", name: "coredns",
    option_schemas: [], k8s_min_version: "v1.26.0", k8s_max_version: null, description: COREDNS_DESCRIPTION,
  },
  {
    uuid: "23454567-1234-12d3-a456-426614174006", type: "kube-dns", version: "1.11.3-nks1", name: "coredns",
    option_schemas: [], k8s_min_version: "v1.28.0", k8s_max_version: null, description: COREDNS_DESCRIPTION,
  },
];

/** Add-ons a cluster gets when its create request names none (the mandatory types). */
export const DEFAULT_ADDONS = [
  { name: "calico", version: "v3.28.2-nks1", options: { mode: "vxlan" } },
  { name: "coredns", version: "1.8.4-nks1", options: {} },
];

export function createInitialState(_credentials: Credentials): NksState {
  return {
    projectId: PROJECT_ID,
    userId: USER_ID,
    clusters: new Map(),
    addonTypes: structuredClone(ADDON_TYPES),
    catalogue: structuredClone(CATALOGUE),
    nextNodeGroupId: 1,
    nextEventId: 1,
    nextAddress: 10,
  };
}

export function findCatalogueAddon(state: NksState, name: string, version: string): CatalogueAddon | undefined {
  return state.catalogue.find((a) => a.name === name && a.version === version);
}
