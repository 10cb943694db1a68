/** The JSON the API sends: clusters (summary and detail), node groups, events, add-ons, kubeconfig. */
import { healthReason } from "./nodes.js";
import { workerGroups, type Cluster, type ClusterEvent, type InstalledAddon, type NksState, type NodeGroup } from "./model.js";

/** NKS shows an internal template UUID where create took `iaas_console`. */
export const TEMPLATE_UUID = "b4503d97-6012-499d-a31a-5200f94a7890";

function links(origin: string, rest: string) {
  return [
    { href: `${origin}/v1/${rest}`, rel: "self" },
    { href: `${origin}/${rest}`, rel: "bookmark" },
  ];
}

export function renderClusterSummary(cluster: Cluster, origin: string, state: NksState) {
  return {
    uuid: cluster.uuid,
    name: cluster.name,
    cluster_template_id: TEMPLATE_UUID,
    keypair: cluster.keypair,
    flavor_id: cluster.flavorId,
    master_flavor_id: null,
    docker_volume_size: null,
    node_count: workerGroups(cluster).reduce((sum, ng) => sum + ng.nodeCount, 0),
    master_count: cluster.nodeGroups.find((ng) => ng.role === "master")?.nodeCount ?? 1,
    create_timeout: cluster.createTimeout,
    stack_id: cluster.stackId,
    status: cluster.status,
    status_reason: cluster.statusReason,
    health_status: cluster.healthStatus,
    health_status_reason: cluster.healthStatus === "HEALTHY" ? healthReason(cluster) : null,
    labels: { ...cluster.labels },
    project_id: state.projectId,
    links: links(origin, `clusters/${cluster.uuid}`),
  };
}

export function renderCluster(cluster: Cluster, origin: string, state: NksState) {
  const workers = workerGroups(cluster);
  return {
    ...renderClusterSummary(cluster, origin, state),
    api_address: cluster.apiAddress,
    coe_version: cluster.apiAddress ? cluster.coeVersion : null,
    container_version: "1.12.6",
    fixed_network: cluster.fixedNetwork,
    fixed_subnet: cluster.fixedSubnet,
    floating_ip_enabled: false,
    master_lb_enabled: true,
    node_addresses: workers.flatMap((ng) => ng.nodes.map((node) => node.address)),
    master_addresses: [],
    user_id: state.userId,
    created_at: cluster.createdAt,
    updated_at: cluster.updatedAt,
  };
}

export function renderNodeGroupSummary(group: NodeGroup) {
  return {
    uuid: group.uuid,
    name: group.name,
    flavor_id: group.flavorId,
    image_id: group.imageId,
    node_count: group.nodeCount,
    min_node_count: group.minNodeCount,
    max_node_count: group.maxNodeCount,
    role: group.role,
    is_default: group.isDefault,
    stack_id: group.stackId,
    status: group.status,
  };
}

export function renderNodeGroup(group: NodeGroup, cluster: Cluster, origin: string, state: NksState) {
  return {
    ...renderNodeGroupSummary(group),
    id: group.id,
    cluster_id: cluster.uuid,
    project_id: state.projectId,
    labels: { ...group.labels },
    node_addresses: group.nodes.map((node) => node.address),
    docker_volume_size: null,
    status_reason: group.statusReason,
    version: group.version,
    links: links(origin, `clusters/${cluster.uuid}/nodegroups/${group.uuid}`),
    created_at: group.createdAt,
    updated_at: group.updatedAt,
  };
}

export function renderEvent(event: ClusterEvent, cluster: Cluster, state: NksState) {
  return {
    id: event.id,
    uuid: event.uuid,
    project_id: state.projectId,
    cluster_uuid: cluster.uuid,
    cluster_name: cluster.name,
    resource_uuid: event.resourceUuid,
    resource_name: event.resourceName,
    resource_type: event.resourceType,
    type: event.type,
    state: event.state,
    contents: event.state === "FAIL" ? (event.contents ?? "superseded by another operation") : null,
    details: event.details,
    created_at: event.createdAt,
    updated_at: event.updatedAt,
  };
}

export function renderInstalledAddon(addon: InstalledAddon, cluster: Cluster, state: NksState) {
  return {
    uuid: addon.uuid,
    project_id: state.projectId,
    cluster_uuid: cluster.uuid,
    cluster_name: cluster.name,
    type: addon.type,
    version: addon.version,
    options: { ...addon.options },
    name: addon.name,
    status: addon.status,
    status_reason: null,
    scope: "cluster",
    target_uuid: cluster.uuid,
    created_at: addon.createdAt,
    updated_at: addon.updatedAt,
  };
}

const FAKE_PEM = Buffer.from("-----BEGIN CERTIFICATE-----\nZmFrZQ==\n-----END CERTIFICATE-----\n").toString("base64");

/** A kubeconfig naming the cluster and its API address, as NKS's config call returns it. */
export function renderKubeconfig(cluster: Cluster): string {
  return [
    "apiVersion: v1",
    "clusters:",
    "- cluster:",
    `    certificate-authority-data: ${FAKE_PEM}`,
    `    server: ${cluster.apiAddress}`,
    `  name: "${cluster.name}"`,
    "contexts:",
    "- context:",
    `    cluster: "${cluster.name}"`,
    "    user: admin",
    "  name: default",
    "current-context: default",
    "kind: Config",
    "preferences: {}",
    "users:",
    "- name: admin",
    "  user:",
    `    client-certificate-data: ${FAKE_PEM}`,
    `    client-key-data: ${Buffer.from(`fake-key-${cluster.uuid}`).toString("base64")}`,
    "",
  ].join("\n");
}
