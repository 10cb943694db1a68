/** The Open API calls: create a cluster (Initializing -> Running) and list a cluster's VMs. */
import { randomUUID } from "node:crypto";
import type { Handler } from "../runtime/types.js";
import { listVms } from "./describe-cluster.js";
import { MESSAGES } from "./errors.js";
import { scheduleCreation } from "./lifecycle.js";
import type { HadoopEcoState } from "./model.js";
import { buildOpenApiCluster, type OpenApiClusterInput } from "./seed-state.js";

export const createCluster: Handler<HadoopEcoState> = (request, context) => {
  const input = request.body as OpenApiClusterInput;
  for (const cluster of context.state.clusters.values()) {
    if (cluster.name === input.name) return context.error(400, `request information error: ${MESSAGES.nameTaken}: ${input.name}`);
  }
  const cluster = buildOpenApiCluster(randomUUID(), input, "user@example.com");
  context.state.clusters.set(cluster.id, cluster);
  scheduleCreation(context, cluster, 0);
  return { status: 200, body: { clusterId: cluster.id, clusterName: cluster.name, status: cluster.status } };
};

export const listClusterVms: Handler<HadoopEcoState> = (request, context) => {
  const cluster = context.state.clusters.get(request.params["cluster-id"] ?? "");
  if (!cluster) return context.error(404, MESSAGES.clusterNotFound);
  // The list sits under `content`, the key a KakaoCloud lab reads (kakaocloud-edu/tutorial
  // DataAnalyzeCourse/PracticalTextbook/Day3/Lab06.md); `clusterId` beside it is inferred.
  return { status: 200, body: { clusterId: cluster.id, content: listVms(cluster) } };
};
