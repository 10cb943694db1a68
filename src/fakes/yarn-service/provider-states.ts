/**
 * Pact provider states, keyed by the exact given() text. Each builds its service with the same
 * functions the handlers use, owned by YARN_USER unless `params.user` says otherwise;
 * `params.name` replaces the service name "hello-world".
 */
import type { HandlerContext, ProviderStateHandler } from "../runtime/types.js";
import { allocateContainers, buildService, flexComponents, launchService, markReady, stopService } from "./lifecycle.js";
import type { Json, ServiceRecord, YarnState } from "./model.js";
import { initiateUpgrade } from "./upgrade.js";

type Context = HandlerContext<YarnState>;

export function helloWorldDefinition(name = "hello-world", containers = 2): Json {
  return {
    name,
    version: "1.0.0",
    description: "hello world example",
    components: [{
      name: "hello",
      number_of_containers: containers,
      artifact: { id: "nginx:latest", type: "DOCKER" },
      launch_command: "./start_nginx.sh",
      resource: { cpus: 1, memory: "256" },
    }],
  };
}

function addService(context: Context, params: Record<string, unknown>, saveOnly = false): ServiceRecord {
  const name = typeof params.name === "string" ? params.name : "hello-world";
  const owner = typeof params.user === "string" ? params.user : context.credentials.yarnUser;
  const service = buildService(helloWorldDefinition(name), owner, saveOnly);
  context.state.services.set(name, service);
  return service;
}

/** A launched service brought to STABLE at once (no pending clock work). */
function addStableService(context: Context, params: Record<string, unknown>): ServiceRecord {
  const service = addService(context, params);
  launchService(context, service);
  allocateContainers(context.state, service, context.now());
  markReady(service);
  return service;
}

export const PROVIDER_STATES: Record<string, ProviderStateHandler<YarnState>> = {
  "no services exist": (context) => context.state.services.clear(),
  "service hello-world exists": (context, params) => void addStableService(context, params),
  "service hello-world does not exist": (context, params) => void context.state.services.delete(typeof params.name === "string" ? params.name : "hello-world"),
  "service hello-world is being created": (context, params) => void launchService(context, addService(context, params)),
  "service hello-world is STOPPED": (context, params) => stopService(addStableService(context, params), "FINISHED"),
  "service hello-world is saved but not launched": (context, params) => void addService(context, params, true),
  "service hello-world is flexing": (context, params) => {
    const service = addStableService(context, params);
    flexComponents(context, service, new Map([[service.components[0]!, 3]]));
  },
  "service hello-world is upgrading": (context, params) => {
    const service = addStableService(context, params);
    initiateUpgrade(context, service, { ...helloWorldDefinition(service.name), version: "1.0.1" }, "UPGRADING");
  },
  "service hello-world is owned by another user": (context, params) => void addStableService(context, { user: "other-user", ...params }),
};
