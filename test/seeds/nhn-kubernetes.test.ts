/**
 * Every payload of the NKS seed document (Korean "API v2 guide", toast.com era), the payloads the
 * current guide added (events, IP ACL, certificates, service gateways, control-plane log, node
 * stop/start, typed node-group PATCH, user script, add-ons) and the Magnum shapes named in
 * api-facts.md, checked against specs/nhn-kubernetes.yaml: valid, or rejected at the field the
 * guide's ranges or Magnum's controllers refuse.
 */
import { describe, expect, test } from "vitest";
import { loadSpec } from "../../src/spec/load-spec.js";
import { createSpecValidator } from "../../src/validate/spec-validator.js";
import { testSeedCases, type SeedCase } from "../support/seed-cases.js";

const spec = await loadSpec("nhn-kubernetes");
const validator = createSpecValidator(spec.document);


const OLD = "https://kr2-api-kubernetes.infrastructure.cloud.toast.com";
const NEW = "https://kr2-api-kubernetes-infrastructure.nhncloudservice.com";
const links = (host: string, rest: string) => [
  { href: `${host}/v1/${rest}`, rel: "self" },
  { href: `${host}/${rest}`, rel: "bookmark" },
];
const osLabels = { os_arch: "amd64", os_distro: "CentOS", os_type: "linux", os_version: "7.8", project_domain: "NORMAL" };
const clusterMeta = "k8s_2b778d83-8b67-45b1-920e-b0c5ad5c2f30_561c3f55-a23f-4e1a-b2fa-a5459b2c0575";
const seedCaLabels = {
  ca_enable: "false", ca_max_node_count: "10", ca_min_node_count: "1", ca_scale_down_delay_after_add: "3",
  ca_scale_down_enable: "true", ca_scale_down_unneeded_time: "3", ca_scale_down_util_thresh: "50",
};
const externalNet = {
  external_network_id: "751b8227-7b45-440a-9349-dbf829d0aba5",
  external_subnet_id_list: "59ddc195-76b1-431d-9693-f09880747dc6",
};

/** Seed: cluster list/detail labels (v1.17.6). */
const seedClusterLabels = {
  availability_zone: "kr2-pub-b", boot_volume_size: "20", boot_volume_type: "General HDD", ...seedCaLabels,
  cert_manager_api: "True", clusterautoscale: "nodegroupfeature", etcd_volume_size: "10", ...externalNet,
  flavor_type: "core", hypervisor_type: "qemu", kube_tag: "v1.17.6", kube_version_status: "NEED_UPGRADE",
  login_username: "centos", master_lb_floating_ip_enabled: "true", node_image: "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc",
  ...osLabels, server_group_meta: clusterMeta, user_script: "",
};
/** Current guide: cluster list labels (v1.23.3, pod network labels). */
const newListLabels = {
  availability_zone: "kr2-pub-b", cert_manager_api: "True", clusterautoscale: "nodegroupfeature", etcd_volume_size: "10",
  ...externalNet, flavor_type: "core", hypervisor_type: "qemu", kube_tag: "v1.23.3", login_username: "centos",
  master_lb_floating_ip_enabled: "true", strict_sg_rules: "True", node_image: "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc",
  ...osLabels, server_group_meta: clusterMeta, service_cluster_ip_range: "10.254.0.0/16",
  pods_network_cidr: "10.100.0.0/16", pods_network_subnet: "24",
};
const clusterSummary = (host: string, labels: Record<string, unknown>) => ({
  cluster_template_id: "b4503d97-6012-499d-a31a-5200f94a7890", create_timeout: 60, docker_volume_size: null,
  flavor_id: "6ef27f21-c774-4c0e-84ff-7dd4a762571f", health_status: "HEALTHY", keypair: "testkeypair", labels,
  links: links(host, "clusters/f0af4484-0a16-433a-a15c-295d9ba6537d"), name: "k8s-test", node_count: 1,
  stack_id: "7f497472-9729-4b89-9124-1c097335b856", status: "CREATE_COMPLETE", uuid: "2b778d83-8b67-45b1-920e-b0c5ad5c2f30",
});
/** The detail example's health_status_reason, with the extra braces that made it invalid JSON removed. */
const fixedHealthReason = { "test-k8s-default-w-bnga636xulqk-node-0.Ready": "True", api: "ok" };
const clusterDetail = (host: string, coe: string, labels: Record<string, unknown>) => ({
  api_address: "https://2b778d83-kr2-k8s.container.cloud.toast.com:6443",
  cluster_template_id: "b4503d97-6012-499d-a31a-5200f94a7890", coe_version: coe, container_version: "1.12.6",
  create_timeout: 60, created_at: "2021-08-05T01:48:39+00:00", docker_volume_size: null,
  fixed_network: "eb212079-b6ec-430c-ba57-14280a457bcb", fixed_subnet: "4fdf5b80-3d35-43f5-a5c1-010a3b6c8e90",
  flavor_id: "6ef27f21-c774-4c0e-84ff-7dd4a762571f", floating_ip_enabled: false, health_status: "HEALTHY",
  health_status_reason: fixedHealthReason, keypair: "test-keypair", labels,
  links: links(host, "clusters/2b778d83-8b67-45b1-920e-b0c5ad5c2f30"), name: "test-k8s", node_addresses: ["192.168.0.5"],
  node_count: 1, project_id: "1ffeaca9bbf94ab1aa9cffdec29a258a", stack_id: "7f497472-9729-4b89-9124-1c097335b856",
  status: "CREATE_COMPLETE", status_reason: null, updated_at: "2021-08-05T04:39:49+00:00",
  user_id: "12ba32bebc414c4992a2c9be3952a64c", uuid: "2b778d83-8b67-45b1-920e-b0c5ad5c2f30",
});
const newDetailLabels = { ...newListLabels, kube_version_status: "NEED_UPGRADE", platform_version: "1.202511.0" };

const seedCreate = {
  cluster_template_id: "iaas_console", create_timeout: 60, fixed_network: "eb212079-b6ec-430c-ba57-14280a457bcb",
  fixed_subnet: "4fdf5b80-3d35-43f5-a5c1-010a3b6c8e90", flavor_id: "6ef27f21-c774-4c0e-84ff-7dd4a762571f", keypair: "test-keypair",
  labels: {
    availability_zone: "kr2-pub-b", boot_volume_size: "20", boot_volume_type: "General HDD", ...seedCaLabels,
    cert_manager_api: "True", clusterautoscale: "nodegroupfeature", ...externalNet, kube_tag: "v1.17.6",
    master_lb_floating_ip_enabled: "true", node_image: "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc", user_script: "",
  },
  name: "test-k8s", node_count: 1,
};
const newCreate = {
  ...seedCreate,
  labels: {
    availability_zone: "kr2-pub-b", boot_volume_size: "20", boot_volume_type: "General HDD", ...seedCaLabels, ca_pod_replicas: "1",
    cert_manager_api: "True", clusterautoscale: "nodegroupfeature", ...externalNet, kube_tag: "v1.23.3",
    master_lb_floating_ip_enabled: "true", strict_sg_rules: "True", node_image: "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc",
    user_script_v2: "",
    extra_security_groups: [{
      target_subnet: "4fdf5b80-3d35-43f5-a5c1-010a3b6c8e90",
      security_group_ids: "8669cca4-7904-4dc6-b1be-db49661cedb6,fa69d78d-bd04-4ab0-9ce6-c92a84b899c2",
    }],
    extra_volumes: [{ volume_type: "General HDD", volume_size: 100 }],
  },
  addons: [
    { name: "calico", version: "v3.28.2-nks1", options: { mode: "vxlan" } },
    { name: "coredns", version: "1.8.4-nks1" },
  ],
};
const withLabels = (extra: Record<string, unknown>) => ({ ...newCreate, labels: { ...newCreate.labels, ...extra } });
const without = <T extends Record<string, unknown>>(obj: T, key: string) => {
  const copy: Record<string, unknown> = { ...obj };
  delete copy[key];
  return copy;
};

const ngLabels = (extra: Record<string, unknown>) => ({
  availability_zone: "", boot_volume_size: "20", boot_volume_type: "General HDD", ca_enable: "True",
  ca_max_node_count: "10", ca_min_node_count: "2", ca_scale_down_delay_after_add: "10", ca_scale_down_enable: "True",
  ca_scale_down_unneeded_time: "10", ca_scale_down_util_thresh: "50", cert_manager_api: "true",
  clusterautoscale: "nodegroupfeature", ...externalNet, flavor_type: "memory", hypervisor_type: "qemu",
  kube_tag: "v1.19.13", kube_version_status: "LATEST", login_username: "centos", master_lb_floating_ip_enabled: "true",
  node_image: "96aff4ab-d221-4688-8364-2fcf02d50547", ...osLabels,
  server_group_meta: "k8s_96742ac4-02e7-4b1d-a242-02876c0bd3f8_018b06c5-1293-4081-8242-167a1cb9f262", ...extra,
});
const ngPath = "clusters/96742ac4-02e7-4b1d-a242-02876c0bd3f8/nodegroups/018b06c5-1293-4081-8242-167a1cb9f262";
const nodeGroupDetail = (host: string, labels: Record<string, unknown>) => ({
  cluster_id: "96742ac4-02e7-4b1d-a242-02876c0bd3f8", created_at: "2021-10-23T10:06:19+00:00", docker_volume_size: null,
  flavor_id: "069bdcff-e9b6-42c8-83ce-4c743ea30394", id: 2697, image_id: "96aff4ab-d221-4688-8364-2fcf02d50547",
  is_default: false, labels, links: links(host, ngPath), max_node_count: 10, min_node_count: 2, name: "default-worker",
  node_addresses: ["192.168.0.40", "192.168.0.19"], node_count: 2, project_id: "1ffeaca9bbf94ab1aa9cffdec29a258a",
  role: "worker", stack_id: "f04c157a-78e3-4bfc-a83e-fbe7c01ab616", status: "UPDATE_COMPLETE",
  status_reason: "Stack UPDATE completed successfully", updated_at: "2021-10-28T02:13:15+00:00",
  uuid: "018b06c5-1293-4081-8242-167a1cb9f262", version: null,
});
const nodeGroupSummary = {
  flavor_id: "069bdcff-e9b6-42c8-83ce-4c743ea30394", image_id: "96aff4ab-d221-4688-8364-2fcf02d50547", is_default: false,
  max_node_count: 10, min_node_count: 1, name: "default-worker", node_count: 2, role: "worker",
  stack_id: "f04c157a-78e3-4bfc-a83e-fbe7c01ab616", status: "UPDATE_COMPLETE", uuid: "018b06c5-1293-4081-8242-167a1cb9f262",
};
const createNodeGroup = {
  name: "added-nodegroup", node_count: 1, flavor_id: "6ef27f21-c774-4c0e-84ff-7dd4a762571f",
  image_id: "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc",
  labels: { availability_zone: "kr2-pub-b", boot_volume_size: "20", boot_volume_type: "General HDD", ca_enable: "false" },
};
const createdNodeGroup = (host: string, script: Record<string, string>, extra: Record<string, string> = {}) => ({
  cluster_id: "96742ac4-02e7-4b1d-a242-02876c0bd3f8", flavor_id: "6ef27f21-c774-4c0e-84ff-7dd4a762571f",
  image_id: "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc",
  labels: {
    availability_zone: "kr2-pub-b", boot_volume_size: "20", boot_volume_type: "General HDD", ca_enable: "false", ...extra,
    ca_max_node_count: "10", ca_min_node_count: "1", ca_scale_down_enable: "true", ca_scale_down_unneeded_time: "10",
    ca_scale_down_util_thresh: "50", clusterautoscale: "nodegroupfeature", ...script,
  },
  links: links(host, "clusters/96742ac4-02e7-4b1d-a242-02876c0bd3f8/nodegroups/a3366f2f-a1f3-45ef-8390-10536e8060ff"),
  max_node_count: null, min_node_count: 1, name: "added-nodegroup", node_count: 1,
  project_id: "1ffeaca9bbf94ab1aa9cffdec29a258a", role: "worker", uuid: "a3366f2f-a1f3-45ef-8390-10536e8060ff",
});
const autoscaleGet = {
  ca_enable: true, ca_max_node_count: 10, ca_min_node_count: 2, ca_scale_down_delay_after_add: 10,
  ca_scale_down_enable: true, ca_scale_down_unneeded_time: 10, ca_scale_down_util_thresh: 50, clusterautoscale: "nodegroupfeature",
};
const autoscaleSet = {
  ca_enable: true, ca_max_node_count: 10, ca_min_node_count: 1, ca_scale_down_delay_after_add: 30,
  ca_scale_down_enable: true, ca_scale_down_unneeded_time: 20, ca_scale_down_util_thresh: 40,
};
const mbaEnable = {
  type: "metric_base_autoscale",
  mba_scale_out: {
    enable: "True", max_node_count: 6, rules_operator: "or", delay: 10, adjustment_count: 2,
    rules: [{ metric: "GROUP_CPU_USAGE", threshold: 80, duration: 2 }],
  },
  mba_scale_in: {
    enable: "True", min_node_count: 2, rules_operator: "or", delay: 5, adjustment_count: 1,
    rules: [{ metric: "GROUP_CPU_USAGE", threshold: 50, duration: 2 }],
  },
};
const scaleOut = (patch: Record<string, unknown>) => ({ ...mbaEnable, mba_scale_out: { ...mbaEnable.mba_scale_out, ...patch } });
const cpLogLncs = {
  type: "control_plane_log",
  control_plane_log: {
    enable: true, type: "lncs", sgw: "b6f68830-e688-4d89-ac0a-2f1a5594177a", upload_interval: 10, lncs_appkey: "3e4jP4LlMGXitafx",
  },
};
const event = {
  id: 3683, uuid: "868f218a-9446-4500-b6b3-8c1a95e3d7c3", project_id: "5d8cc67593754d5581f7e8986badf358",
  cluster_uuid: "388794e6-14dc-48ee-9a4f-9c40df5d97ec", cluster_name: "nks-cluster",
  resource_uuid: "388794e6-14dc-48ee-9a4f-9c40df5d97ec", resource_name: "nks-cluster", resource_type: "cluster",
  type: "CLUSTER_CREATE", state: "SUCCESS", contents: null,
  created_at: "2024-01-30T01:31:06+00:00", updated_at: "2024-01-30T01:42:39+00:00",
};
const calicoOption = { name: "mode", data_type: "SELECT", default: "vxlan", updatable: false, mandatory: false, choices: ["vxlan", "ebpf"] };
const calicoAddon = {
  uuid: "23454567-1234-12d3-a456-426614174001", type: "cni", version: "v3.28.2-nks1", name: "calico",
  option_schemas: [calicoOption], k8s_min_version: "v1.26.0", k8s_max_version: null,
  description: "Calico is a CNI plugin for Kubernetes that provides networking and network security.",
};
const installedCalico = {
  uuid: "0b29e253-fb0d-4888-a8fe-d287c65ba76b", project_id: "1ffeaca9bbf94ab1aa9cffdec29a258a",
  cluster_uuid: "6c1284e2-8ead-46a7-ace9-c19d6eec76b3", cluster_name: "tw-addon3", type: "cni", version: "v3.28.2-nks1",
  options: { mode: "vxlan" }, name: "calico", status: "UPDATE_COMPLETE", status_reason: null, scope: "cluster",
  target_uuid: "6c1284e2-8ead-46a7-ace9-c19d6eec76b3",
  created_at: "2025-04-25T15:11:48+00:00", updated_at: "2025-04-25T15:17:16+00:00",
};
const magnumError = (status: number, title: string) => ({
  errors: [{ request_id: "", code: "client", status, title, detail: title, links: [] }],
});
const uuid = (value: string) => ({ uuid: value });
const req = { request: true } as const;

const CASES: SeedCase[] = [
  // ---- clusters: seed ----
  { name: "listClusters 200: seed example", operationId: "listClusters", kind: { response: 200 },
    payload: { clusters: [clusterSummary(OLD, seedClusterLabels)] } },
  { name: "getCluster 200: seed example (health_status_reason fixed)", operationId: "getCluster", kind: { response: 200 },
    payload: clusterDetail(OLD, "v1.17.6", { ...seedClusterLabels }) },
  { name: "createCluster: seed example", operationId: "createCluster", kind: req, payload: seedCreate },
  { name: "createCluster 202: seed example", operationId: "createCluster", kind: { response: 202 },
    payload: uuid("5801ef8a-3760-4858-b467-fc4c1201241d") },
  { name: "resizeCluster: seed scale-out", operationId: "resizeCluster", kind: req, payload: { node_count: 3, nodegroup: "default-worker" } },
  { name: "resizeCluster: seed scale-in with nodes_to_remove", operationId: "resizeCluster", kind: req,
    payload: { node_count: 1, nodegroup: "default-worker",
      nodes_to_remove: ["593e4aee-697f-4808-aa5b-d3c8703795ff", "ce2e2d2a-ddf5-41da-a338-72e7f5237088"] } },
  { name: "resizeCluster 202: seed example", operationId: "resizeCluster", kind: { response: 202 },
    payload: uuid("5bac7acd-58b7-4cf5-95f5-a25d67da13a2") },
  { name: "getClusterKubeconfig 200: seed example", operationId: "getClusterKubeconfig", kind: { response: 200 },
    payload: { config: "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRU... \n    server: https://96742ac4-kr2-k8s.container.cloud.toast.com:6443\n  name: \"toast-robot-e2e-1-18\"\ncontexts:\n- context:\n    cluster: \"toast-robot-e2e-1-18\"\n    user: admin\n  name: default\ncurrent-context: default\nkind: Config\npreferences: {}\nusers:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRU...\n    client-key-data: LS0tLS1CRU...\n" } },

  // ---- node groups: seed ----
  { name: "listNodeGroups 200: seed example", operationId: "listNodeGroups", kind: { response: 200 }, payload: { nodegroups: [nodeGroupSummary] } },
  { name: "getNodeGroup 200: seed example", operationId: "getNodeGroup", kind: { response: 200 },
    payload: nodeGroupDetail(OLD, ngLabels({ ca_image: "k8s.gcr.io/autoscaling/cluster-autoscaler:v1.19.0" })) },
  { name: "createNodeGroup: seed example", operationId: "createNodeGroup", kind: req, payload: createNodeGroup },
  { name: "createNodeGroup 202: seed example (NodeGroup body)", operationId: "createNodeGroup", kind: { response: 202 },
    payload: createdNodeGroup(OLD, { user_script: "" }) },
  { name: "getNodeGroupAutoscale 200: seed example (booleans and integers)", operationId: "getNodeGroupAutoscale", kind: { response: 200 },
    payload: { ...autoscaleGet, ca_image: "k8s.gcr.io/autoscaling/cluster-autoscaler:v1.19.0" } },
  { name: "setNodeGroupAutoscale: seed example", operationId: "setNodeGroupAutoscale", kind: req, payload: autoscaleSet },
  { name: "setNodeGroupAutoscale 202: seed example", operationId: "setNodeGroupAutoscale", kind: { response: 202 },
    payload: uuid("018b06c5-1293-4081-8242-167a1cb9f262") },
  { name: "upgradeNodeGroup: seed example", operationId: "upgradeNodeGroup", kind: req, payload: { version: "v1.19.13" } },
  { name: "upgradeNodeGroup 202: seed example", operationId: "upgradeNodeGroup", kind: { response: 202 },
    payload: uuid("018b06c5-1293-4081-8242-167a1cb9f262") },
  { name: "getSupports 200: seed example", operationId: "getSupports", kind: { response: 200 },
    payload: { supported_k8s: { "v1.17.6": true, "v1.18.19": true, "v1.19.13": true } } },

  // ---- clusters: current guide ----
  { name: "listClusters 200: current guide example", operationId: "listClusters", kind: { response: 200 },
    payload: { clusters: [clusterSummary(NEW, newListLabels)] } },
  { name: "getCluster 200: current guide example (health_status_reason fixed)", operationId: "getCluster", kind: { response: 200 },
    payload: clusterDetail(NEW, "v1.23.3", newDetailLabels) },
  { name: "getCluster 200: NHN table's FRESH health status", operationId: "getCluster", kind: { response: 200 },
    payload: { ...clusterDetail(NEW, "v1.23.3", newDetailLabels), health_status: "FRESH",
      health_status_reason: { timestamp: "2025-01-01T00:00:00+00:00", api: "OK" } } },
  { name: "createCluster: current guide example (extra groups, volumes, add-ons)", operationId: "createCluster", kind: req, payload: newCreate },
  { name: "createCluster: node_count as the table's String type", operationId: "createCluster", kind: req, payload: { ...seedCreate, node_count: "1" } },
  { name: "createCluster: pods_network_subnet 24 as integer", operationId: "createCluster", kind: req,
    payload: withLabels({ pods_network_cidr: "10.100.0.0/22", pods_network_subnet: 24 }) },
  { name: "listClusterEvents 200: current guide example", operationId: "listClusterEvents", kind: { response: 200 }, payload: { events: [event] } },
  { name: "getClusterEvent 200: current guide example", operationId: "getClusterEvent", kind: { response: 200 }, payload: event },
  { name: "setApiEndpointIpAcl: current guide example", operationId: "setApiEndpointIpAcl", kind: req,
    payload: { enable: "True", action: "ALLOW",
      ipacl_targets: [{ cidr_address: "192.168.0.5" }, { cidr_address: "10.10.22.3/24", description: "Your Friends" }] } },
  { name: "setApiEndpointIpAcl 202: current guide example", operationId: "setApiEndpointIpAcl", kind: { response: 202 },
    payload: uuid("0641db9f-5e71-4df9-9571-089c7964d82e") },
  { name: "getApiEndpointIpAcl 200: enabled", operationId: "getApiEndpointIpAcl", kind: { response: 200 },
    payload: { cluster_uuid: "8be87215-9db7-45ed-a03c-38e6db939915", enable: "true", action: "ALLOW",
      ipacl_targets: [{ cidr_address: "192.168.0.5", description: "My Friend" }, { cidr_address: "10.10.22.3/24" }] } },
  { name: "getApiEndpointIpAcl 200: disabled", operationId: "getApiEndpointIpAcl", kind: { response: 200 },
    payload: { cluster_uuid: "8be87215-9db7-45ed-a03c-38e6db939915", enable: "false" } },
  { name: "renewClusterCertificate: current guide example", operationId: "renewClusterCertificate", kind: req, payload: { term_of_validity: 5 } },
  { name: "renewClusterCertificate 202: current guide example", operationId: "renewClusterCertificate", kind: { response: 202 },
    payload: uuid("5f6af7da-df9b-4edd-8284-02317b11e061") },
  { name: "updateServiceGateway: current guide example", operationId: "updateServiceGateway", kind: req,
    payload: { ncr_sgw: "48f4ff38-d14b-4f34-a40c-705524e6a755", obs_sgw: "23c550cb-6a5b-4eaa-903a-711c13316d91" } },
  { name: "updateServiceGateway 202: current guide example", operationId: "updateServiceGateway", kind: { response: 202 },
    payload: uuid("5bac7acd-58b7-4cf5-95f5-a25d67da13a2") },
  { name: "updateCluster: control-plane log to Log & Crash Search (trailing comma removed)", operationId: "updateCluster", kind: req, payload: cpLogLncs },
  { name: "updateCluster: control-plane log to Object Storage", operationId: "updateCluster", kind: req,
    payload: { type: "control_plane_log", control_plane_log: {
      enable: true, type: "obs", sgw: "b6f68830-e688-4d89-ac03-2f1155a4177a", upload_interval: 60,
      obs_api_url: "https://kr1-api-object-storage.nhncloudservice.com/v1/AUTH_d5b58ab0bb9340909bd7ff5a24f44313/iksoon-obs-container/testpath",
      obs_store_as: "gzip" } } },
  { name: "updateCluster: control-plane log off (trailing comma removed)", operationId: "updateCluster", kind: req,
    payload: { type: "control_plane_log", control_plane_log: { enable: false } } },
  { name: "updateCluster: Magnum JSON-Patch (api-facts 2.2)", operationId: "updateCluster", kind: req,
    payload: [{ op: "replace", path: "/node_count", value: 2 }] },
  { name: "updateCluster 202: current guide example", operationId: "updateCluster", kind: { response: 202 },
    payload: uuid("018b06c5-1293-4081-8242-167a1cb9f262") },

  // ---- node groups: current guide ----
  { name: "getNodeGroup 200: current guide example", operationId: "getNodeGroup", kind: { response: 200 },
    payload: nodeGroupDetail(NEW, ngLabels({ ca_pod_replicas: "1", platform_version: "1.202511.0", strict_sg_rules: "True" })) },
  { name: "createNodeGroup 202: current guide example", operationId: "createNodeGroup", kind: { response: 202 },
    payload: createdNodeGroup(NEW, { user_script_v2: "" }, { ca_pod_replicas: "1" }) },
  { name: "stopNodes: current guide example", operationId: "stopNodes", kind: req,
    payload: { node_list: "bdaa560c-7a30-4249-9438-2df27fa1e9d38:68ff49ee-4111-4212-8e9e-88835cb0ebaa" } },
  { name: "stopNodes 202: current guide example", operationId: "stopNodes", kind: { response: 202 }, payload: uuid("439aa682-398f-4061-a4d1-116da6b1154e") },
  { name: "startNodes: current guide example", operationId: "startNodes", kind: req, payload: { node_list: "bdaa560c-7a30-4249-9438-2df27fa1e9d38" } },
  { name: "startNodes 202: current guide example", operationId: "startNodes", kind: { response: 202 }, payload: uuid("439aa682-398f-4061-a4d1-116da6b1154e") },
  { name: "getNodeGroupAutoscale 200: current guide example", operationId: "getNodeGroupAutoscale", kind: { response: 200 },
    payload: { ...autoscaleGet, ca_pod_replicas: 1 } },
  { name: "getNodeGroupAutoscale 200: table's string types", operationId: "getNodeGroupAutoscale", kind: { response: 200 },
    payload: { ca_enable: "True", ca_max_node_count: "10", ca_min_node_count: "2", ca_scale_down_enable: "False" } },
  { name: "setNodeGroupAutoscale: current guide example", operationId: "setNodeGroupAutoscale", kind: req, payload: { ...autoscaleSet, ca_pod_replicas: 1 } },
  { name: "updateNodeGroup: metric-based autoscaler on (\"True\", \"or\")", operationId: "updateNodeGroup", kind: req, payload: mbaEnable },
  { name: "updateNodeGroup: metric-based autoscaler off", operationId: "updateNodeGroup", kind: req,
    payload: { type: "metric_base_autoscale", mba_scale_out: { enable: false }, mba_scale_in: { enable: false } } },
  { name: "updateNodeGroup: flavor", operationId: "updateNodeGroup", kind: req,
    payload: { type: "flavor_id", flavor_id: "1d0d6983-8e9d-44dc-810e-d7689afa372c", num_buffer_nodes: 1, num_max_unavailable_nodes: 1 } },
  { name: "updateNodeGroup: floating IP auto bind", operationId: "updateNodeGroup", kind: req,
    payload: { type: "fip_auto_bind", fip_auto_bind_update_info: {
      fip_auto_bind_enable: true, fip_selector: "nks-fip", fip_bind_subnet: "7f3237f6-ce05-4e9c-bce8-bbaabd22e83a" } } },
  { name: "updateNodeGroup: Kubernetes node labels", operationId: "updateNodeGroup", kind: req,
    payload: { type: "k8s_node_labels", k8s_node_labels: { node_type: "production", pod_type: "opt" } } },
  { name: "updateNodeGroup 202: current guide example", operationId: "updateNodeGroup", kind: { response: 202 },
    payload: uuid("018b06c5-1293-4081-8242-167a1cb9f262") },
  { name: "setNodeGroupUserScript: current guide example", operationId: "setNodeGroupUserScript", kind: req,
    payload: { contents: "user script contents here..." } },
  { name: "setNodeGroupUserScript 202: current guide example", operationId: "setNodeGroupUserScript", kind: { response: 202 },
    payload: uuid("018b06c5-1293-4081-8242-167a1cb9f262") },

  // ---- add-ons and supports: current guide ----
  { name: "getAddonType 200", operationId: "getAddonType", kind: { response: 200 },
    payload: { uuid: "123e4567-e89b-12d3-a456-426614174001", name: "cni", mandatory: true } },
  { name: "listAddonTypes 200", operationId: "listAddonTypes", kind: { response: 200 },
    payload: { addon_types: [
      { uuid: "123e4567-e89b-12d3-a456-426614174001", name: "cni", mandatory: true },
      { uuid: "123e4567-e89b-12d3-a456-426614174003", name: "kube-dns", mandatory: true }] } },
  { name: "getAddon 200", operationId: "getAddon", kind: { response: 200 }, payload: calicoAddon },
  { name: "listAddons 200", operationId: "listAddons", kind: { response: 200 },
    payload: { addons: [calicoAddon, {
      uuid: "23454567-1234-12d3-a456-426614174005", type: "kube-dns", version: "1.8.4-nks1", name: "coredns", option_schemas: [],
      k8s_min_version: "v1.26.0", k8s_max_version: null, description: "CoreDNS is the default DNS server for Kubernetes clusters." }] } },
  { name: "getClusterAddon 200", operationId: "getClusterAddon", kind: { response: 200 }, payload: installedCalico },
  { name: "listClusterAddons 200", operationId: "listClusterAddons", kind: { response: 200 },
    payload: { addons: [installedCalico, {
      ...installedCalico, uuid: "be71a120-7596-4b25-bee5-d5317e5134ee", type: "kube-dns", version: "1.8.4-nks1", options: {},
      name: "coredns", status: "UPDATE_FAILED", created_at: "2025-05-02T06:16:39+00:00", updated_at: "2025-05-08T01:03:19+00:00" }] } },
  { name: "installClusterAddon", operationId: "installClusterAddon", kind: req,
    payload: { version: "1.8.4-nks1", name: "coredns", resolve_conflicts: "overwrite" } },
  { name: "installClusterAddon 202", operationId: "installClusterAddon", kind: { response: 202 }, payload: uuid("6c1284e2-8ead-46a7-ace9-c19d6eec76b3") },
  { name: "updateClusterAddon", operationId: "updateClusterAddon", kind: req, payload: { version: "1.8.4-nks1", resolve_conflicts: "none" } },
  { name: "updateClusterAddon 202", operationId: "updateClusterAddon", kind: { response: 202 }, payload: uuid("6c1284e2-8ead-46a7-ace9-c19d6eec76b3") },
  { name: "deleteClusterAddon 202 (returns a uuid body)", operationId: "deleteClusterAddon", kind: { response: 202 },
    payload: uuid("6c1284e2-8ead-46a7-ace9-c19d6eec76b3") },
  { name: "getSupports 200: flat event types (current guide)", operationId: "getSupports", kind: { response: 200 },
    payload: { supported_k8s: { "v1.28.3": false, "v1.29.3": true, "v1.32.3": true },
      supported_event_type: { CLUSTER_CREATE: "클러스터 생성", AUTO_HEALING: "오토 힐링" } } },
  { name: "getSupports 200: grouped event types (earlier revision)", operationId: "getSupports", kind: { response: 200 },
    payload: { supported_k8s: { "v1.31.4": true },
      supported_event_type: { cluster_events: { CLUSTER_CNI_UPDATE: "CNI 변경" }, nodegroup_events: { NODEGROUP_NODE_ACTION_NODE_STOP: "워커 노드 중지" } } } },

  // ---- Magnum error bodies (api-facts 2.1) ----
  { name: "getCluster 404: Magnum error body", operationId: "getCluster", kind: { response: 404 },
    payload: magnumError(404, "Cluster test-k8s could not be found.") },
  { name: "resizeCluster 400: Magnum error body", operationId: "resizeCluster", kind: { response: 400 },
    payload: magnumError(400, "Resizing default-worker outside the allowed range: min_node_count = 1, max_node_count = 10") },
  { name: "createNodeGroup 409: Magnum error body", operationId: "createNodeGroup", kind: { response: 409 },
    payload: magnumError(409, "A node group with name added-nodegroup already exists in the cluster 96742ac4-02e7-4b1d-a242-02876c0bd3f8.") },
  { name: "getCluster 404: a bare message is not Magnum's format", operationId: "getCluster", kind: { response: 404 },
    payload: { message: "not found" }, rejectedAt: "required:errors" },

  // ---- rejected by the API ----
  { name: "createCluster: missing keypair", operationId: "createCluster", kind: req, payload: without(seedCreate, "keypair"), rejectedAt: "required:keypair" },
  { name: "createCluster: missing fixed_subnet", operationId: "createCluster", kind: req, payload: without(seedCreate, "fixed_subnet"), rejectedAt: "required:fixed_subnet" },
  { name: "createCluster: missing labels.kube_tag", operationId: "createCluster", kind: req,
    payload: { ...seedCreate, labels: without(seedCreate.labels, "kube_tag") }, rejectedAt: "required:kube_tag" },
  { name: "createCluster: missing labels.node_image", operationId: "createCluster", kind: req,
    payload: { ...seedCreate, labels: without(seedCreate.labels, "node_image") }, rejectedAt: "required:node_image" },
  { name: "createCluster: cluster_template_id other than iaas_console", operationId: "createCluster", kind: req,
    payload: { ...seedCreate, cluster_template_id: "b4503d97-6012-499d-a31a-5200f94a7890" }, rejectedAt: "/cluster_template_id" },
  { name: "createCluster: cert_manager_api False", operationId: "createCluster", kind: req,
    payload: withLabels({ cert_manager_api: "False" }), rejectedAt: "/labels/cert_manager_api" },
  { name: "createCluster: pods_network_subnet 29", operationId: "createCluster", kind: req,
    payload: withLabels({ pods_network_subnet: 29 }), rejectedAt: "/labels/pods_network_subnet" },
  { name: "createCluster: pods_network_subnet \"19\"", operationId: "createCluster", kind: req,
    payload: withLabels({ pods_network_subnet: "19" }), rejectedAt: "/labels/pods_network_subnet" },
  { name: "createCluster: node_count not a number", operationId: "createCluster", kind: req,
    payload: { ...seedCreate, node_count: "one" }, rejectedAt: "/node_count" },
  { name: "resizeCluster: node_count 0", operationId: "resizeCluster", kind: req,
    payload: { node_count: 0, nodegroup: "default-worker" }, rejectedAt: "/node_count" },
  { name: "resizeCluster: nodegroup missing", operationId: "resizeCluster", kind: req, payload: { node_count: 3 }, rejectedAt: "required:nodegroup" },
  { name: "renewClusterCertificate: term_of_validity 6", operationId: "renewClusterCertificate", kind: req,
    payload: { term_of_validity: 6 }, rejectedAt: "/term_of_validity" },
  { name: "renewClusterCertificate: term_of_validity 0", operationId: "renewClusterCertificate", kind: req,
    payload: { term_of_validity: 0 }, rejectedAt: "/term_of_validity" },
  { name: "updateServiceGateway: obs_sgw missing", operationId: "updateServiceGateway", kind: req,
    payload: { ncr_sgw: "48f4ff38-d14b-4f34-a40c-705524e6a755" }, rejectedAt: "required:obs_sgw" },
  { name: "setApiEndpointIpAcl: enabled without action", operationId: "setApiEndpointIpAcl", kind: req,
    payload: { enable: "True", ipacl_targets: [{ cidr_address: "192.168.0.5" }] }, rejectedAt: "required:action" },
  { name: "setApiEndpointIpAcl: action REJECT", operationId: "setApiEndpointIpAcl", kind: req,
    payload: { enable: "true", action: "REJECT", ipacl_targets: [{ cidr_address: "192.168.0.5" }] }, rejectedAt: "/action" },
  { name: "updateCluster: upload_interval 61", operationId: "updateCluster", kind: req,
    payload: { ...cpLogLncs, control_plane_log: { ...cpLogLncs.control_plane_log, upload_interval: 61 } },
    rejectedAt: "/control_plane_log/upload_interval" },
  { name: "updateCluster: lncs without app key", operationId: "updateCluster", kind: req,
    payload: { ...cpLogLncs, control_plane_log: without(cpLogLncs.control_plane_log, "lncs_appkey") }, rejectedAt: "required:lncs_appkey" },
  { name: "updateNodeGroup: unknown type", operationId: "updateNodeGroup", kind: req,
    payload: { type: "node_taints", node_taints: [] }, rejectedAt: "/type" },
  { name: "updateNodeGroup: missing type", operationId: "updateNodeGroup", kind: req,
    payload: { flavor_id: "1d0d6983-8e9d-44dc-810e-d7689afa372c" }, rejectedAt: "required:type" },
  { name: "updateNodeGroup: Magnum JSON-Patch not accepted on node groups", operationId: "updateNodeGroup", kind: req,
    payload: [{ op: "replace", path: "/max_node_count", value: 5 }], rejectedAt: "" },
  { name: "updateNodeGroup: mba delay 61", operationId: "updateNodeGroup", kind: req, payload: scaleOut({ delay: 61 }), rejectedAt: "/mba_scale_out/delay" },
  { name: "updateNodeGroup: mba adjustment_count 11", operationId: "updateNodeGroup", kind: req,
    payload: scaleOut({ adjustment_count: 11 }), rejectedAt: "/mba_scale_out/adjustment_count" },
  { name: "updateNodeGroup: mba rule duration 1", operationId: "updateNodeGroup", kind: req,
    payload: scaleOut({ rules: [{ metric: "GROUP_CPU_USAGE", threshold: 80, duration: 1 }] }), rejectedAt: "/mba_scale_out/rules/0/duration" },
  { name: "updateNodeGroup: mba unknown metric", operationId: "updateNodeGroup", kind: req,
    payload: scaleOut({ rules: [{ metric: "GROUP_GPU_USAGE", threshold: 80, duration: 2 }] }), rejectedAt: "/mba_scale_out/rules/0/metric" },
  { name: "updateNodeGroup: mba enabled without rules", operationId: "updateNodeGroup", kind: req,
    payload: { type: "metric_base_autoscale", mba_scale_out: { enable: true, delay: 10 } }, rejectedAt: "required:rules" },
  { name: "updateNodeGroup: 21 Kubernetes node labels", operationId: "updateNodeGroup", kind: req,
    payload: { type: "k8s_node_labels", k8s_node_labels: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`key${i}`, "v"])) },
    rejectedAt: "/k8s_node_labels" },
  { name: "updateNodeGroup: flavor change without flavor_id", operationId: "updateNodeGroup", kind: req,
    payload: { type: "flavor_id", num_buffer_nodes: 1 }, rejectedAt: "required:flavor_id" },
  { name: "updateNodeGroup: fip auto bind enabled without subnet", operationId: "updateNodeGroup", kind: req,
    payload: { type: "fip_auto_bind", fip_auto_bind_update_info: { fip_auto_bind_enable: true } }, rejectedAt: "required:fip_bind_subnet" },
  { name: "createNodeGroup: missing image_id", operationId: "createNodeGroup", kind: req,
    payload: without(createNodeGroup, "image_id"), rejectedAt: "required:image_id" },
  { name: "createNodeGroup: missing labels.ca_enable", operationId: "createNodeGroup", kind: req,
    payload: { ...createNodeGroup, labels: without(createNodeGroup.labels, "ca_enable") }, rejectedAt: "required:ca_enable" },
  { name: "setNodeGroupAutoscale: missing ca_enable", operationId: "setNodeGroupAutoscale", kind: req,
    payload: without(autoscaleSet, "ca_enable"), rejectedAt: "required:ca_enable" },
  { name: "stopNodes: missing node_list", operationId: "stopNodes", kind: req, payload: {}, rejectedAt: "required:node_list" },
  { name: "upgradeNodeGroup: version without the v prefix", operationId: "upgradeNodeGroup", kind: req,
    payload: { version: "1.19.13" }, rejectedAt: "/version" },
  { name: "upgradeNodeGroup: num_max_unavailable_nodes 0", operationId: "upgradeNodeGroup", kind: req,
    payload: { version: "v1.19.13", num_max_unavailable_nodes: 0 }, rejectedAt: "/num_max_unavailable_nodes" },
  { name: "installClusterAddon: resolve_conflicts merge", operationId: "installClusterAddon", kind: req,
    payload: { version: "1.8.4-nks1", name: "coredns", resolve_conflicts: "merge" }, rejectedAt: "/resolve_conflicts" },
  { name: "getCluster 200: status outside Magnum's enum", operationId: "getCluster", kind: { response: 200 },
    payload: { ...clusterDetail(NEW, "v1.23.3", newDetailLabels), status: "RUNNING" }, rejectedAt: "/status" },
];

testSeedCases("nhn-kubernetes seed payloads", validator, CASES);

describe("nhn-kubernetes examples the documents print as invalid JSON", () => {
  // As printed in the seed and the current guide: the object sits inside a second pair of braces.
  const healthReasonAsPrinted = `{"health_status_reason": {
        {"test-k8s-default-w-bnga636xulqk-node-0.Ready": "True", "api": "ok"}
    }}`;
  // As printed in the current guide: a trailing comma before the closing brace.
  const controlPlaneLogOffAsPrinted = `{"type": "control_plane_log", "control_plane_log" : {"enable": false,}}`;

  test("the printed health_status_reason does not parse; the minimal fix validates", () => {
    expect(() => JSON.parse(healthReasonAsPrinted)).toThrow();
    const fixed = JSON.parse(healthReasonAsPrinted.replace(/\{\s*\{/, "{").replace(/\}\s*\}\}$/, "}}"));
    expect(fixed.health_status_reason).toEqual(fixedHealthReason);
    const cluster = { ...clusterDetail(OLD, "v1.17.6", seedClusterLabels), ...fixed };
    expect(validator.validateResponseBody("getCluster", 200, cluster)).toEqual([]);
  });

  test("the printed control_plane_log body does not parse; without the trailing comma it validates", () => {
    expect(() => JSON.parse(controlPlaneLogOffAsPrinted)).toThrow();
    const fixed = JSON.parse(controlPlaneLogOffAsPrinted.replace(/,\s*\}/, "}"));
    expect(validator.validateRequestBody("updateCluster", fixed)).toEqual([]);
  });
});

describe("nhn-kubernetes lifecycle status", () => {
  const status = spec.document.components.schemas.ClusterStatus;

  test("ClusterStatus holds Magnum's 18 values and a transition for each", () => {
    expect(status.enum).toHaveLength(18);
    expect(Object.keys(status["x-state-transitions"]).sort()).toEqual([...status.enum].sort());
    for (const next of Object.values(status["x-state-transitions"]) as string[][]) {
      for (const state of next) expect(status.enum).toContain(state);
    }
  });

  test.each([
    ["CREATE_IN_PROGRESS", "CREATE_COMPLETE"],
    ["CREATE_IN_PROGRESS", "CREATE_FAILED"],
    ["UPDATE_IN_PROGRESS", "UPDATE_COMPLETE"],
    ["UPDATE_IN_PROGRESS", "UPDATE_FAILED"],
    ["DELETE_IN_PROGRESS", "DELETE_COMPLETE"],
    ["DELETE_IN_PROGRESS", "DELETE_FAILED"],
    ["CREATE_COMPLETE", "UPDATE_IN_PROGRESS"],
    ["UPDATE_COMPLETE", "DELETE_IN_PROGRESS"],
  ])("%s may move to %s", (from, to) => {
    expect(status["x-state-transitions"][from]).toContain(to);
  });

  test("DELETE_COMPLETE is terminal and a finished create cannot fail afterwards", () => {
    expect(status["x-state-transitions"].DELETE_COMPLETE).toEqual([]);
    expect(status["x-state-transitions"].CREATE_COMPLETE).not.toContain("CREATE_FAILED");
  });
});
