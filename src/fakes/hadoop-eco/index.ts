/**
 * Stateful fake of the KakaoCloud Hadoop Eco API (specs/hadoop-eco.yaml): a seeded job cluster
 * that can be re-run through the job-cluster API (v2 and legacy v1), request polling with the
 * short and verbose views, Open API cluster creation and VM listing. Every operation of the
 * spec has a handler; nothing is answered from examples.
 */
import type { FakeDefinition } from "../runtime/types.js";
import { authenticateRequest } from "./authenticate.js";
import { answerInvalidRequest, buildErrorBody } from "./errors.js";
import { createJobCluster, createLegacyJobCluster, getJobClusterRequest } from "./job-cluster-handlers.js";
import type { HadoopEcoState } from "./model.js";
import { createCluster, listClusterVms } from "./open-api-handlers.js";
import { PROVIDER_STATES } from "./provider-states.js";
import { createInitialState } from "./seed-state.js";

export type { HadoopEcoState } from "./model.js";

export const definition: FakeDefinition<HadoopEcoState> = {
  id: "hadoop-eco",
  createState: (credentials) => createInitialState(credentials),
  authenticate: authenticateRequest,
  errorBody: buildErrorBody,
  invalidRequest: answerInvalidRequest,
  handlers: { createJobCluster, createLegacyJobCluster, getJobClusterRequest, createCluster, listClusterVms },
  providerStates: PROVIDER_STATES,
};
