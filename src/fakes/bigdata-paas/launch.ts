/**
 * Launch (POST /products/{name}/{version}) and the job queue (GET /queue/{id}). The fake
 * checks the product and the options before queuing (404 / 400 "invalid options" at once,
 * which the spec allows); a job it accepts always ends `registered` one step later, with
 * the new cluster in `registered` and walking on from there.
 */
import { randomUUID } from "node:crypto";
import type { Handler } from "../runtime/types.js";
import { API_BASE, clusterDn, clusterPath, productKey, takeClusterId, type BigdataState, type Cluster, type ClusterNode } from "./model.js";
import { scheduleClusterProgress } from "./cluster-lifecycle.js";
import { planLaunch } from "./launch-options.js";
import { findProduct } from "./products.js";
import { readTokenUser } from "./auth.js";
import { replyInvalidOptions, replyKeyNotFound } from "./errors.js";

export const launchCluster: Handler<BigdataState> = (request, context) => {
  const product = findProduct(context.state, request.params);
  const key = productKey(request.params.name ?? "", request.params.version ?? "");
  if (!product?.template) return replyKeyNotFound(context, `${key}/template`);
  if (!product.options) return replyKeyNotFound(context, `${key}/options`);
  const plan = planLaunch(product, product.options, request.body as Record<string, unknown>);
  if (!plan.ok) return replyInvalidOptions(context, plan.message);

  const id = randomUUID().replace(/-/g, "");
  context.state.queue.set(id, { id, status: "pending", clusterPath: null });
  const user = readTokenUser(context.credentials);
  let cluster: Cluster | undefined;
  context.after(1, () => {
    cluster = createCluster(context.state, { user, product: product.name, version: product.version, nodes: plan.nodes, services: plan.services });
    context.state.queue.set(id, { id, status: "registered", clusterPath: clusterPath(cluster) });
  });
  scheduleClusterProgress(() => cluster, 1, context);
  const url = `${context.origin}${API_BASE}/queue/${id}`;
  return { status: 202, body: { url }, headers: { location: url } };
};

export const getQueueJob: Handler<BigdataState> = (request, context) => {
  const id = request.params.id ?? "";
  const job = context.state.queue.get(id);
  if (!job) return replyKeyNotFound(context, `queue/${id}/status`);
  if (job.status === "pending") return { status: 200, body: { status: "pending" } };
  const url = job.clusterPath === null ? null : `${context.origin}${job.clusterPath}`;
  return { status: 303, body: { status: job.status, url }, headers: url ? { location: url } : {} };
};

interface NewCluster {
  user: string;
  product: string;
  version: string;
  nodes: ClusterNode[];
  services: string[];
  /** Take this id instead of the next of the sequence (provider states). */
  id?: number;
  status?: Cluster["status"];
}

/** Register a cluster in the registry under the next id of its user/product/version. */
export function createCluster(state: BigdataState, spec: NewCluster): Cluster {
  const id = spec.id ?? takeClusterId(state, spec.user, spec.product, spec.version);
  if (spec.id !== undefined) {
    const key = `${spec.user}/${spec.product}/${spec.version}`;
    state.sequences.set(key, Math.max(state.sequences.get(key) ?? 0, spec.id));
  }
  const cluster: Cluster = {
    user: spec.user,
    product: spec.product,
    version: spec.version,
    id,
    status: spec.status ?? "registered",
    nodes: spec.nodes,
    services: spec.services,
  };
  state.clusters.set(clusterDn(cluster.user, cluster.product, cluster.version, id), cluster);
  return cluster;
}
