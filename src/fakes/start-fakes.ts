/** Start the fakes of several APIs (the library entry point behind `npm run fake`). */
import type { ApiId } from "../spec/apis.js";
import type { FakeDefinition } from "./runtime/types.js";
import { startFake, type FakeServerOptions, type RunningFake } from "./runtime/create-fake-server.js";

/** Each API's definition, loaded on demand so starting one fake does not load the others. */
export const FAKE_DEFINITIONS: Record<ApiId, () => Promise<FakeDefinition<any>>> = {
  "hadoop-eco": () => import("./hadoop-eco/index.js").then((m) => m.definition),
  "yarn-service": () => import("./yarn-service/index.js").then((m) => m.definition),
  "nhn-kubernetes": () => import("./nhn-kubernetes/index.js").then((m) => m.definition),
  "bigdata-paas": () => import("./bigdata-paas/index.js").then((m) => m.definition),
};

/** Start one API's fake, e.g. in a test: `await startApiFake("yarn-service", { port: 0, clock: "manual" })`. */
export async function startApiFake(id: ApiId, options: FakeServerOptions = {}): Promise<RunningFake<any>> {
  return startFake(await FAKE_DEFINITIONS[id](), options);
}

export interface FakeSet {
  fakes: RunningFake<any>[];
  close(): Promise<void>;
}

export async function startFakes(apis: Array<{ id: ApiId; port: number }>, options: Omit<FakeServerOptions, "port"> = {}): Promise<FakeSet> {
  const fakes: RunningFake<any>[] = [];
  try {
    for (const api of apis) fakes.push(await startApiFake(api.id, { ...options, port: api.port }));
  } catch (error) {
    await Promise.allSettled(fakes.map((f) => f.close()));
    throw error;
  }
  return { fakes, close: async () => void (await Promise.allSettled(fakes.map((f) => f.close()))) };
}
