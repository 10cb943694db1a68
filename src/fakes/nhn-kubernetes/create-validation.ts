/**
 * NKS's create-cluster rules that a schema cannot say (the guide's label table), checked after
 * the spec's own validation. The guide gives the rules but no messages; the messages here are
 * the fake's own, in Magnum's "Invalid input" style. Returns the first broken rule, if any.
 */
import type { NksState } from "./model.js";
import { findCatalogueAddon } from "./seed.js";

const RESERVED: Array<{ cidr: string; until?: string }> = [
  { cidr: "169.254.0.0/16" },
  { cidr: "198.18.0.0/19" },
  { cidr: "172.17.0.0/16", until: "v1.23.3" },
];

interface Block {
  start: number;
  end: number;
  prefix: number;
}

export function parseCidr(text: string): Block | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  const start = address - (address % size);
  return { start, end: start + size - 1, prefix };
}

const overlaps = (a: Block, b: Block) => a.start <= b.end && b.start <= a.end;

function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, "").split(".").map(Number);
  const pb = b.replace(/^v/, "").split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

const isTrue = (value: unknown) => value === true || value === "True" || value === "true";

export function checkCreateRules(body: Record<string, any>, state: NksState): string | undefined {
  const labels: Record<string, any> = body.labels ?? {};
  // guide "Create a Cluster", labels.master_lb_floating_ip_enabled: True only with external_network_id and external_subnet_id_list
  if (isTrue(labels.master_lb_floating_ip_enabled) && (!labels.external_network_id || !labels.external_subnet_id_list)) {
    return "Invalid input for field/attribute labels.master_lb_floating_ip_enabled. Value: 'True'. It can be True only when external_network_id and external_subnet_id_list are set.";
  }
  // guide "Create a Cluster" CIDR notes: no overlap with 169.254.0.0/16, 198.18.0.0/19, (<= v1.23.3) 172.17.0.0/16
  // or each other; no block smaller than /24
  const blocks: Array<[string, Block]> = [];
  for (const key of ["service_cluster_ip_range", "pods_network_cidr"]) {
    if (labels[key] === undefined) continue;
    const block = parseCidr(String(labels[key]));
    const problem = !block
      ? "It is not a valid CIDR."
      : block.prefix > 24
        ? "Blocks smaller than /24 are not allowed."
        : RESERVED.find((r) => (!r.until || compareVersions(String(labels.kube_tag), r.until) <= 0) && overlaps(block, parseCidr(r.cidr)!))
          ? "It overlaps a reserved range (169.254.0.0/16, 198.18.0.0/19 or, up to v1.23.3, 172.17.0.0/16)."
          : blocks.some(([, other]) => overlaps(block, other))
            ? "It overlaps service_cluster_ip_range."
            : undefined;
    if (problem) return `Invalid input for field/attribute labels.${key}. Value: '${labels[key]}'. ${problem}`;
    blocks.push([key, block!]);
  }
  // guide "Create a Cluster": pods_network_subnet at least 2 larger than the pods_network_cidr prefix
  const pods = labels.pods_network_cidr === undefined ? undefined : parseCidr(String(labels.pods_network_cidr));
  if (pods && labels.pods_network_subnet !== undefined && Number(labels.pods_network_subnet) < pods.prefix + 2) {
    return `Invalid input for field/attribute labels.pods_network_subnet. Value: '${labels.pods_network_subnet}'. It must be at least 2 larger than the prefix of pods_network_cidr (/${pods.prefix}).`;
  }
  // inferred: add-on versions come from the catalogue (GET /v1/addons); NHN documents no message
  for (const addon of (body.addons ?? []) as Array<{ name: string; version: string }>) {
    if (!findCatalogueAddon(state, addon.name, addon.version)) {
      return `Invalid input for field/attribute addons. Value: '${addon.name} ${addon.version}'. No such add-on version.`;
    }
  }
  return undefined;
}
