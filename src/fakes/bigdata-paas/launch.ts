/**
 * Launch (POST /products/{name}/{version}) and the job queue (GET /queue/{id}), as
 * app/decorators.py `asynchronous` runs `launch_cluster`: the route answers 202 with the job URL
 * before anything is checked (the token included) and runs the launch in a thread. The fake runs
 * that job one clock step later:
 * - the inner handler answers 201: the job is `registered` and its url names the new cluster;
 * - the inner handler answers something else (a 401 from `restricted`): the job is `error`, and
 *   reading the answer's missing Location header then raises, so the url key is never written;
 * - the inner handler raises (unknown product, options missing or not JSON, a required option
 *   missing, a template that does not render): the thread dies and the job stays `pending`.
 */
import { randomUUID } from "node:crypto";
import type { FakeReply, FakeRequest, Handler, HandlerContext } from "../runtime/types.js";
import { API_BASE, clusterDn, clusterPath, productKey, takeClusterId, type BigdataState, type Cluster, type ClusterNode, type QueueJob } from "./model.js";
import { scheduleClusterProgress } from "./cluster-lifecycle.js";
import { planLaunch } from "./launch-options.js";
import { readTokenUser, tokenRefusal } from "./auth.js";
import { replyKeyNotFound } from "./errors.js";

interface LaunchInput {
  token: string | undefined;
  name: string;
  version: string;
  /** The parsed body, or undefined when request.get_json() would not give an object. */
  options: Record<string, unknown> | undefined;
}

export const launchCluster: Handler<BigdataState> = (request, context) => queueLaunch(request, context, objectOrUndefined(request.body));

/** definition.invalidRequest for the launch: a body the spec rejects is still queued (and its job never ends). */
export function queueInvalidLaunch(request: FakeRequest, context: HandlerContext<BigdataState>): FakeReply {
  return queueLaunch(request, context, undefined);
}

function queueLaunch(request: FakeRequest, context: HandlerContext<BigdataState>, options: Record<string, unknown> | undefined): FakeReply {
  const id = randomUUID().replace(/-/g, "");
  const job: QueueJob = { id, status: "pending", clusterPath: null };
  context.state.queue.set(id, job);
  const input: LaunchInput = { token: request.headers["x-auth-token"], name: request.params.name ?? "", version: request.params.version ?? "", options };
  let cluster: Cluster | undefined;
  context.after(1, () => {
    cluster = runLaunchJob(context, job, input);
  });
  scheduleClusterProgress(() => cluster, 1, context);
  const url = `${context.origin}${API_BASE}/queue/${id}`;
  return { status: 202, body: { url }, headers: { location: url } };
}

/** The body of `launch_cluster` inside the job thread; answers the cluster it registered, if any. */
function runLaunchJob(context: HandlerContext<BigdataState>, job: QueueJob, input: LaunchInput): Cluster | undefined {
  // decorators.py restricted: a refused token is a 401 answer, so the job ends "error" (no url).
  if (tokenRefusal(input.token, context.credentials) !== undefined) {
    job.status = "error";
    return undefined;
  }
  // registry.instantiate: get_product(...).options raises KeyDoesNotExist for an unknown product and
  // json.loads raises for the '' of a product registered without options: the job stays pending.
  const product = context.state.products.get(productKey(input.name, input.version));
  if (!product?.options) return undefined;
  // registry.valid / dict.update on a body that is not a JSON object raise TypeError: pending.
  if (!input.options) return undefined;
  // registry.InvalidOptionsError (a required option missing) or a value the template cannot use: pending.
  const plan = planLaunch(product, product.options, input.options);
  if (!plan.ok) return undefined;
  // jinja2 renders the '' of a product without template and json.loads('') raises: pending.
  if (!product.template?.text.trim()) return undefined;
  const user = readTokenUser(context.credentials);
  const cluster = createCluster(context.state, { user, product: product.name, version: product.version, nodes: plan.nodes, services: plan.services });
  job.status = "registered";
  job.clusterPath = clusterPath(cluster);
  return cluster;
}

/** endpoints.py get_async_job_status: pending -> 200; otherwise it reads the url key and answers 303. */
export const getQueueJob: Handler<BigdataState> = (request, context) => {
  const id = request.params.id ?? "";
  const job = context.state.queue.get(id);
  // kv.get of the status key: kvstore.KeyDoesNotExist -> errors.py 404 "Key not found".
  if (!job) return replyKeyNotFound(context, `queue/${id}/status`);
  if (job.status === "pending") return { status: 200, body: { status: "pending" } };
  // A job that ended "error" never wrote its url key: kv.get raises -> 404 "Key not found".
  if (job.clusterPath === null) return replyKeyNotFound(context, `queue/${id}/url`);
  const url = `${context.origin}${job.clusterPath}`;
  return { status: 303, body: { status: job.status, url }, headers: { location: url } };
};

function objectOrUndefined(body: unknown): Record<string, unknown> | undefined {
  return body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

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
