/**
 * Stateful fake of the Apache Hadoop YARN Service API (/app/v1/services), behaving like
 * ApiServer.java on a non-secure cluster: ServiceStatus bodies, the real status codes and
 * messages, services that go ACCEPTED -> STARTED -> STABLE over clock steps.
 */
import type { FakeDefinition } from "../runtime/types.js";
import { authenticateCaller } from "./auth.js";
import { flexComponent, upgradeComponents } from "./handlers/components.js";
import { listComponentInstances, updateComponentInstance, upgradeComponentInstances } from "./handlers/component-instances.js";
import { createService, destroyService, getService, getVersion, listServices } from "./handlers/services.js";
import { updateService } from "./handlers/update-service.js";
import { answerInvalidRequest } from "./invalid-request.js";
import { createYarnState, type YarnState } from "./model.js";
import { PROVIDER_STATES } from "./provider-states.js";
import { formatErrorBody } from "./replies.js";

export const definition: FakeDefinition<YarnState> = {
  id: "yarn-service",
  createState: (_credentials, context) => createYarnState(context.now()),
  authenticate: (request) => authenticateCaller(request),
  errorBody: formatErrorBody,
  invalidRequest: (findings, request) => answerInvalidRequest(findings, request),
  handlers: {
    listServices,
    createService,
    getVersion,
    getService,
    updateService,
    destroyService,
    upgradeComponents,
    flexComponent,
    listComponentInstances,
    upgradeComponentInstances,
    updateComponentInstance,
  },
  providerStates: PROVIDER_STATES,
};
