/** The JSON shapes of clusters, nodes and services, as utils.print_instance and Node.to_dict build them. */
import { clusterDnOf, type Cluster } from "./model.js";
import { isPlaced, nodeStatusOf, serviceStatusOf } from "./cluster-lifecycle.js";
import { keyMissingMessage } from "./errors.js";

export function describeClusterSummary(cluster: Cluster) {
  const dn = clusterDnOf(cluster);
  return { result: "success", uri: dn, data: { name: `${cluster.user}-${cluster.product}-${cluster.id}`, dn, status: cluster.status } };
}

/** utils.print_full_instance's failure form: instance.dnsname raised registry.KeyDoesNotExist. */
export function describeMissingCluster(dn: string) {
  return { result: "failure", uri: dn, message: keyMissingMessage(`${dn}/dnsname`) };
}

export function describeNodes(cluster: Cluster) {
  const dn = clusterDnOf(cluster);
  const placed = isPlaced(cluster);
  return cluster.nodes.map((node, index) => {
    const host = placed ? `c13-${(index % 16) + 1}` : null;
    return {
      dn: `${dn}/nodes/${node.name}`,
      name: node.name,
      cpu: node.cpu,
      mem: node.mem,
      host,
      status: nodeStatusOf(cluster),
      disks: node.disks.map((name) => ({ name, host })),
      networks: [{ name: "eth0", address: placed ? `10.112.${cluster.id % 256}.${index + 101}` : null }],
    };
  });
}

export function describeServices(cluster: Cluster) {
  const dn = clusterDnOf(cluster);
  return cluster.services.map((name) => ({ dn: `${dn}/services/${name}`, name, status: serviceStatusOf(cluster) }));
}
