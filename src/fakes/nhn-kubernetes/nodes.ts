/** Node bookkeeping: ids, addresses, and bringing a node group's nodes to its wanted size. */
import { randomUUID } from "node:crypto";
import type { Cluster, Node, NodeGroup, NksState } from "./model.js";

export function newUuid(): string {
  return randomUUID();
}

function newAddress(state: NksState): string {
  const n = state.nextAddress++;
  return `192.168.${Math.floor(n / 250) % 256}.${(n % 250) + 4}`;
}

/**
 * Add nodes, or remove them until `nodeCount` is reached: first the ones named in
 * `toRemove`, then the newest (NKS picks at random; the fake picks deterministically).
 */
export function reconcileNodes(state: NksState, group: NodeGroup, toRemove: readonly string[] = []): void {
  const named = new Set(toRemove);
  while (group.nodes.length > group.nodeCount) {
    const index = group.nodes.findIndex((node) => named.has(node.uuid));
    group.nodes.splice(index >= 0 ? index : group.nodes.length - 1, 1);
  }
  while (group.nodes.length < group.nodeCount) {
    const node: Node = { uuid: newUuid(), address: newAddress(state), stopped: false };
    group.nodes.push(node);
  }
}

export function nodeName(cluster: Cluster, group: NodeGroup, index: number): string {
  return `${cluster.name}-${group.name}-node-${index}`;
}

/** Magnum's string map: the API state and each worker node's Ready condition. */
export function healthReason(cluster: Cluster): Record<string, string> {
  const reason: Record<string, string> = { api: "ok" };
  for (const group of cluster.nodeGroups) {
    if (group.role !== "worker") continue;
    group.nodes.forEach((node, index) => {
      reason[`${nodeName(cluster, group, index)}.Ready`] = node.stopped ? "False" : "True";
    });
  }
  return reason;
}

/** Node UUIDs of a `node_list` ("uuid:uuid:...") that are not in the node group. */
export function unknownNodes(group: NodeGroup, nodeList: string): string[] {
  const known = new Set(group.nodes.map((node) => node.uuid));
  return nodeList.split(":").filter((id) => !known.has(id));
}
