/**
 * The in-memory registry of the BigData PaaS fake: products, clusters and launch jobs. Types
 * and keys only: behaviour (lifecycle, launch, seed) imports this module, never the reverse.
 */

export type TemplateType = "json+jinja2" | "yaml+jinja2";

export interface OptionsDocument {
  required: Record<string, unknown>;
  optional: Record<string, unknown>;
  advanced: Record<string, unknown>;
  descriptions: Record<string, string>;
}

export interface Product {
  name: string;
  version: string;
  /** Null for a product version whose keys only a document PUT created (no POST /products). */
  description: string | null;
  logoUrl: string | null;
  template?: { text: string; type: TemplateType };
  options?: OptionsDocument;
  orchestrator?: string;
}

/** Cluster statuses of the README's lifecycle (the spec's ClusterStatus). */
export type ClusterStatus = "registered" | "scheduling" | "scheduled" | "configuring" | "configured" | "ready" | "destroyed";

export interface ClusterNode {
  name: string;
  cpu: string;
  mem: string;
  disks: string[];
}

export interface Cluster {
  user: string;
  product: string;
  version: string;
  id: number;
  status: ClusterStatus;
  nodes: ClusterNode[];
  services: string[];
}

export type QueueStatus = "pending" | "registered" | "error";

export interface QueueJob {
  id: string;
  /** The queue/<id>/status key; "pending" forever when the job thread died (decorators.py). */
  status: QueueStatus;
  /** The queue/<id>/url key (a path; the URL is built with the poller's origin); null: never written. */
  clusterPath: string | null;
}

export interface BigdataState {
  /** Keyed by productKey(name, version), in registration order. */
  products: Map<string, Product>;
  /** Keyed by clusterDn(...), in creation order. */
  clusters: Map<string, Cluster>;
  /** Last cluster id per user/product/version. */
  sequences: Map<string, number>;
  queue: Map<string, QueueJob>;
}

export const API_BASE = "/bigdata/api/v1";

export function createBigdataState(seedProducts: Product[] = []): BigdataState {
  const products = new Map<string, Product>();
  for (const product of seedProducts) products.set(productKey(product.name, product.version), product);
  return { products, clusters: new Map(), sequences: new Map(), queue: new Map() };
}

export function productKey(name: string, version: string): string {
  return `products/${name}/${version}`;
}

export function clusterDn(user: string, product: string, version: string, id: number | string): string {
  return `clusters/${user}/${product}/${version}/${id}`;
}

export function clusterDnOf(cluster: Cluster): string {
  return clusterDn(cluster.user, cluster.product, cluster.version, cluster.id);
}

/** Path of a cluster, as url_for builds it (prefix with the origin for the absolute URL). */
export function clusterPath(cluster: Cluster): string {
  const parts = [cluster.user, cluster.product, cluster.version, String(cluster.id)].map(encodeURIComponent);
  return `${API_BASE}/clusters/${parts.join("/")}`;
}

/** Take the next id of a user/product/version sequence (1, 2, ...). */
export function takeClusterId(state: BigdataState, user: string, product: string, version: string): number {
  const key = `${user}/${product}/${version}`;
  const next = (state.sequences.get(key) ?? 0) + 1;
  state.sequences.set(key, next);
  return next;
}
