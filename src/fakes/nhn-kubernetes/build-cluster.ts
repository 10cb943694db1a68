/**
 * Building clusters and node groups from request bodies (also used by the provider states):
 * label values normalised to strings as NKS returns them, a `default-master` (1 node) and a
 * `default-worker` node group, the requested (or the mandatory default) add-ons.
 */
import type { HandlerContext } from "../runtime/types.js";
import { DEFAULT_MASTER, DEFAULT_WORKER, isoTime, type Cluster, type NksState, type NodeGroup } from "./model.js";
import { newUuid } from "./nodes.js";
import { DEFAULT_ADDONS, findCatalogueAddon } from "./seed.js";

type Context = HandlerContext<NksState>;

/** NKS label values are strings; lists and objects are kept as JSON text. */
export function normaliseLabels(labels: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels ?? {})) {
    out[key] = typeof value === "string" ? value : typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  }
  return out;
}

/** What a new node group is made from: the fields a caller chooses. */
export type NodeGroupInput = Pick<
  NodeGroup,
  "name" | "role" | "isDefault" | "flavorId" | "imageId" | "nodeCount" | "minNodeCount" | "maxNodeCount" | "labels" | "version" | "status"
>;

export function buildNodeGroup(context: Context, input: NodeGroupInput): NodeGroup {
  return {
    id: context.state.nextNodeGroupId++,
    uuid: newUuid(),
    ...input,
    nodes: [],
    statusReason: null,
    stackId: newUuid(),
    createdAt: isoTime(context.now()),
    updatedAt: null,
  };
}

export function buildCluster(context: Context, body: Record<string, any>): Cluster {
  const labels: Record<string, string> = { clusterautoscale: "nodegroupfeature", ...normaliseLabels(body.labels) };
  const kubeTag = labels.kube_tag ?? "v1.29.3";
  const now = isoTime(context.now());
  const common = { flavorId: String(body.flavor_id), imageId: labels.node_image ?? newUuid(), version: kubeTag, status: "CREATE_IN_PROGRESS" as const };
  const master = buildNodeGroup(context, {
    ...common, name: DEFAULT_MASTER, role: "master", isDefault: true, nodeCount: 1, minNodeCount: 1, maxNodeCount: null, labels: { ...labels },
  });
  const worker = buildNodeGroup(context, {
    ...common, name: DEFAULT_WORKER, role: "worker", isDefault: true, nodeCount: Number(body.node_count ?? 1),
    minNodeCount: 1, maxNodeCount: 10, labels: { ...labels },
  });
  const requested = (body.addons as Array<{ name: string; version: string; options?: Record<string, unknown> }> | undefined) ?? DEFAULT_ADDONS;
  const addons = requested.flatMap((spec) => {
    const entry = findCatalogueAddon(context.state, spec.name, spec.version);
    if (!entry) return [];
    return [{ uuid: newUuid(), name: entry.name, type: entry.type, version: entry.version, options: { ...(spec.options ?? {}) }, status: "CREATE_IN_PROGRESS", createdAt: now, updatedAt: null }];
  });
  return {
    uuid: newUuid(),
    name: String(body.name),
    status: "CREATE_IN_PROGRESS",
    statusReason: null,
    healthStatus: null,
    keypair: String(body.keypair),
    flavorId: String(body.flavor_id),
    fixedNetwork: String(body.fixed_network),
    fixedSubnet: String(body.fixed_subnet),
    createTimeout: typeof body.create_timeout === "number" ? body.create_timeout : 60,
    labels,
    apiAddress: null,
    coeVersion: kubeTag,
    stackId: newUuid(),
    nodeGroups: [master, worker],
    events: [],
    addons,
    ipAcl: { enable: false },
    operation: 0,
    createdAt: now,
    updatedAt: null,
  };
}

/** A create body that passes the spec, for provider states and tests. */
export function sampleCreateBody(name: string, nodeCount = 1): Record<string, unknown> {
  return {
    name,
    cluster_template_id: "iaas_console",
    keypair: "test-keypair",
    node_count: nodeCount,
    flavor_id: "6ef27f21-c774-4c0e-84ff-7dd4a762571f",
    fixed_network: "eb212079-b6ec-430c-ba57-14280a457bcb",
    fixed_subnet: "4fdf5b80-3d35-43f5-a5c1-010a3b6c8e90",
    labels: {
      availability_zone: "kr2-pub-b", node_image: "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc", boot_volume_type: "General HDD",
      boot_volume_size: "20", cert_manager_api: "True", ca_enable: "false", kube_tag: "v1.29.3", master_lb_floating_ip_enabled: "false",
    },
  };
}
