/**
 * The fixed list of calls recorded against the real Magnum: a template (Magnum-only set-up),
 * the cluster and node-group life cycle, actions, certificates, and the error cases.
 * `{name}` in a path is filled from earlier answers (see record-answers.ts).
 * `operation` names the NKS operation the call shares, or "magnum-only" for set-up calls NKS
 * does not have.
 */
export type AuthMode = "none" | "keystone";

export interface PlannedCall {
  name: string;
  operation: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
  /** header overrides; null drops a default header */
  headers?: Record<string, string | null>;
  /** before sending: poll GET <path> until the JSON `status` matches (or the answer is 404 for "gone") */
  waitFor?: { path: string; status: RegExp | "gone"; settle?: boolean };
  /** remember fields of the answer for later paths */
  remember?: Record<string, string>;
  modes: AuthMode[];
}

const BOTH: AuthMode[] = ["none", "keystone"];
const NONE: AuthMode[] = ["none"];
const KEYSTONE: AuthMode[] = ["keystone"];
const CLUSTER_DONE = /_COMPLETE$|_FAILED$/;

export const RECORDING_PLAN: PlannedCall[] = [
  {
    name: "create-template", operation: "magnum-only", method: "POST", path: "/v1/clustertemplates", modes: BOTH,
    body: { name: "nks-like", coe: "kubernetes", image_id: "fedora-coreos-35", keypair_id: "default", flavor_id: "m1.small",
      master_flavor_id: "m1.small", external_network_id: "public", network_driver: "calico", labels: { kube_tag: "v1.21.6" } },
    remember: { template: "uuid" },
  },
  {
    name: "create-cluster", operation: "createCluster", method: "POST", path: "/v1/clusters", modes: BOTH,
    body: { name: "real-cluster", cluster_template_id: "{template}", node_count: 1, master_count: 1, keypair: "default",
      flavor_id: "m1.small", labels: { availability_zone: "kr-pub-a" } },
    remember: { cluster: "uuid" },
  },
  { name: "get-cluster-by-name", operation: "getCluster", method: "GET", path: "/v1/clusters/real-cluster", modes: BOTH,
    waitFor: { path: "/v1/clusters/{cluster}", status: CLUSTER_DONE } },
  { name: "get-cluster-by-uuid", operation: "getCluster", method: "GET", path: "/v1/clusters/{cluster}", modes: NONE },
  { name: "list-clusters", operation: "listClusters", method: "GET", path: "/v1/clusters", modes: BOTH },
  { name: "list-node-groups", operation: "listNodeGroups", method: "GET", path: "/v1/clusters/{cluster}/nodegroups", modes: NONE },
  { name: "get-default-worker", operation: "getNodeGroup", method: "GET", path: "/v1/clusters/{cluster}/nodegroups/default-worker", modes: NONE },
  {
    name: "create-node-group", operation: "createNodeGroup", method: "POST", path: "/v1/clusters/{cluster}/nodegroups", modes: NONE,
    body: { name: "extra-group", node_count: 1, flavor_id: "m1.small", labels: { availability_zone: "kr-pub-a" } },
  },
  { name: "get-new-node-group", operation: "getNodeGroup", method: "GET", path: "/v1/clusters/{cluster}/nodegroups/extra-group", modes: NONE,
    waitFor: { path: "/v1/clusters/{cluster}", status: CLUSTER_DONE } },
  {
    name: "update-node-group", operation: "updateNodeGroup", method: "PATCH", path: "/v1/clusters/{cluster}/nodegroups/extra-group", modes: NONE,
    body: [{ op: "replace", path: "/max_node_count", value: 4 }],
  },
  {
    name: "resize-cluster", operation: "resizeCluster", method: "POST", path: "/v1/clusters/{cluster}/actions/resize", modes: NONE,
    waitFor: { path: "/v1/clusters/{cluster}", status: CLUSTER_DONE },
    body: { node_count: 2, nodegroup: "default-worker" },
  },
  { name: "get-cluster-while-resizing", operation: "getCluster", method: "GET", path: "/v1/clusters/{cluster}", modes: NONE,
    waitFor: { path: "/v1/clusters/{cluster}", status: /^UPDATE_IN_PROGRESS$/, settle: false } },
  {
    name: "create-node-group-while-updating", operation: "createNodeGroup", method: "POST", path: "/v1/clusters/{cluster}/nodegroups", modes: NONE,
    body: { name: "during-resize", node_count: 1 },
  },
  {
    name: "update-cluster", operation: "updateCluster", method: "PATCH", path: "/v1/clusters/{cluster}", modes: NONE,
    waitFor: { path: "/v1/clusters/{cluster}", status: CLUSTER_DONE },
    body: [{ op: "replace", path: "/node_count", value: 1 }],
  },
  { name: "renew-certificate", operation: "renewClusterCertificate", method: "PATCH", path: "/v1/certificates/{cluster}", modes: NONE,
    waitFor: { path: "/v1/clusters/{cluster}", status: CLUSTER_DONE } },
  { name: "get-ca-certificate", operation: "magnum-only", method: "GET", path: "/v1/certificates/{cluster}", modes: NONE },
  { name: "kubeconfig", operation: "getClusterKubeconfig", method: "GET", path: "/v1/clusters/{cluster}/config", modes: NONE },
  { name: "delete-node-group", operation: "deleteNodeGroup", method: "DELETE", path: "/v1/clusters/{cluster}/nodegroups/extra-group", modes: NONE,
    waitFor: { path: "/v1/clusters/{cluster}", status: CLUSTER_DONE } },
  // Magnum's cluster upgrade (NKS upgrades per node group instead: upgradeNodeGroup, NKS-only)
  {
    name: "create-upgrade-template", operation: "magnum-only", method: "POST", path: "/v1/clustertemplates", modes: NONE,
    body: { name: "nks-like-next", coe: "kubernetes", image_id: "fedora-coreos-35", keypair_id: "default", flavor_id: "m1.small",
      master_flavor_id: "m1.small", external_network_id: "public", network_driver: "calico", labels: { kube_tag: "v1.22.9" } },
  },
  { name: "upgrade-cluster", operation: "magnum-only", method: "POST", path: "/v1/clusters/{cluster}/actions/upgrade", modes: NONE,
    waitFor: { path: "/v1/clusters/{cluster}", status: CLUSTER_DONE },
    body: { cluster_template: "nks-like-next", max_batch_size: 1, nodegroup: "default-worker" } },
  { name: "get-cluster-after-upgrade", operation: "getCluster", method: "GET", path: "/v1/clusters/{cluster}", modes: NONE,
    waitFor: { path: "/v1/clusters/{cluster}", status: CLUSTER_DONE } },
  // error cases
  { name: "get-cluster-not-found", operation: "getCluster", method: "GET", path: "/v1/clusters/no-such-cluster", modes: BOTH },
  { name: "get-node-group-not-found", operation: "getNodeGroup", method: "GET", path: "/v1/clusters/{cluster}/nodegroups/no-such-group", modes: NONE },
  { name: "create-cluster-bad-template", operation: "createCluster", method: "POST", path: "/v1/clusters", modes: NONE,
    body: { name: "bad", cluster_template_id: "no-such-template", node_count: 1 } },
  { name: "create-cluster-bad-count", operation: "createCluster", method: "POST", path: "/v1/clusters", modes: NONE,
    body: { name: "bad", cluster_template_id: "{template}", node_count: -1 } },
  { name: "resize-bad-count", operation: "resizeCluster", method: "POST", path: "/v1/clusters/{cluster}/actions/resize", modes: NONE,
    body: { node_count: -3 } },
  { name: "microversion-too-new", operation: "listClusters", method: "GET", path: "/v1/clusters", modes: NONE,
    headers: { "OpenStack-API-Version": "container-infra 1.99" } },
  { name: "node-groups-old-microversion", operation: "listNodeGroups", method: "GET", path: "/v1/clusters/{cluster}/nodegroups", modes: NONE,
    headers: { "OpenStack-API-Version": "container-infra 1.8" } },
  { name: "no-token", operation: "listClusters", method: "GET", path: "/v1/clusters", modes: KEYSTONE, headers: { "X-Auth-Token": null } },
  { name: "wrong-token", operation: "listClusters", method: "GET", path: "/v1/clusters", modes: KEYSTONE, headers: { "X-Auth-Token": "not-a-valid-token" } },
  { name: "delete-cluster", operation: "deleteCluster", method: "DELETE", path: "/v1/clusters/{cluster}", modes: BOTH },
  { name: "get-deleted-cluster", operation: "getCluster", method: "GET", path: "/v1/clusters/{cluster}", modes: BOTH,
    waitFor: { path: "/v1/clusters/{cluster}", status: "gone" } },
];
