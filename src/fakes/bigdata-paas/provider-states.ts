/**
 * Pact provider states, keyed by the exact given() text. Clusters a state creates are
 * frozen in their status (no lifecycle work is scheduled), so verification is deterministic.
 * Queue states take an optional `id` param (32 hex digits) instead of EXAMPLE_QUEUE_ID.
 */
import type { HandlerContext, ProviderStateHandler } from "../runtime/types.js";
import { clusterDn, clusterPath, productKey, type BigdataState, type ClusterStatus, type QueueStatus } from "./model.js";
import { CLUSTER_STATUSES } from "./cluster-lifecycle.js";
import { createSeedProduct, SEED_PRODUCT_NAME as NAME, SEED_PRODUCT_VERSION as VERSION } from "./seed.js";
import { planLaunch } from "./launch-options.js";
import { createCluster } from "./launch.js";
import { readTokenUser } from "./auth.js";

export const EXAMPLE_QUEUE_ID = "3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e";
const SEED = `${NAME} ${VERSION}`;

type State = ProviderStateHandler<BigdataState>;

function ensureSeedProduct(state: BigdataState): void {
  state.products.set(productKey(NAME, VERSION), createSeedProduct());
}

/** Put cluster `id` of the seed product, owned by the token's user, in `status`. */
function placeCluster(context: HandlerContext<BigdataState>, id: number, status: ClusterStatus) {
  ensureSeedProduct(context.state);
  const product = createSeedProduct();
  const plan = planLaunch(product, product.options!, { size: 1 });
  if (!plan.ok) throw new Error(plan.message);
  const user = readTokenUser(context.credentials);
  return createCluster(context.state, { user, product: NAME, version: VERSION, id, status, nodes: plan.nodes, services: plan.services });
}

function queueIdOf(params: Record<string, unknown>): string {
  const id = params.id ?? EXAMPLE_QUEUE_ID;
  if (typeof id !== "string" || !/^[0-9a-f]{32}$/.test(id)) throw new Error("param id must be 32 lowercase hex digits");
  return id;
}

function setJob(status: QueueStatus, withCluster: boolean): State {
  return (context, params) => {
    const id = queueIdOf(params);
    const path = withCluster ? clusterPath(placeCluster(context, 1, "registered")) : null;
    context.state.queue.set(id, { id, status, clusterPath: path });
  };
}

const clusterStates = Object.fromEntries(
  CLUSTER_STATUSES.map((status): [string, State] => [`cluster 1 of ${SEED} is ${status}`, (context) => void placeCluster(context, 1, status)]),
);

export const providerStates: Record<string, State> = {
  [`product ${SEED} exists`]: (context) => ensureSeedProduct(context.state),
  [`product ${SEED} does not exist`]: (context) => void context.state.products.delete(productKey(NAME, VERSION)),
  [`product ${SEED} is registered without template, options or orchestrator`]: (context) => {
    // As POST /products leaves it (registry.register): template '' and orchestrator '', options '' (unusable).
    const { name, version, description, logoUrl } = createSeedProduct();
    const template = { text: "", type: "json+jinja2" as const };
    context.state.products.set(productKey(NAME, VERSION), { name, version, description, logoUrl, template, orchestrator: "" });
  },
  "no clusters exist": (context) => {
    context.state.clusters.clear();
    context.state.sequences.clear();
  },
  ...clusterStates,
  [`cluster 1 of ${SEED} does not exist`]: (context) => {
    context.state.clusters.delete(clusterDn(readTokenUser(context.credentials), NAME, VERSION, 1));
  },
  [`queue job ${EXAMPLE_QUEUE_ID} is pending`]: setJob("pending", false),
  [`queue job ${EXAMPLE_QUEUE_ID} is done`]: setJob("registered", true),
  [`queue job ${EXAMPLE_QUEUE_ID} failed`]: setJob("error", false),
  [`queue job ${EXAMPLE_QUEUE_ID} does not exist`]: (context, params) => void context.state.queue.delete(queueIdOf(params)),
};
