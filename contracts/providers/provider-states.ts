/**
 * Provider states as a table per API: the exact given() text -> how to set it up on the fake.
 * Every handler starts from a reset fake. The states come from the fakes themselves, so a
 * state added to a fake is available to every consumer's pact at once.
 */
import type { ApiId } from "../../src/spec/apis.js";
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";
import { FAKE_DEFINITIONS } from "../../src/fakes/start-fakes.js";

export type StateSetup = (fake: RunningFake<any>, params: Record<string, unknown>) => void | Promise<void>;
export type StateTable = Record<string, StateSetup>;

/** The fake's own provider state of the same text. */
export const sameState =
  (text: string): StateSetup =>
  (fake, params) =>
    fake.applyProviderState(text, params);

/** A table of states the fake implements under the same texts. */
export function fakeStates(texts: readonly string[]): StateTable {
  return Object.fromEntries(texts.map((text) => [text, sameState(text)]));
}

/** Every provider state an API's fake defines, under its own text. */
export async function statesOfFake(api: ApiId): Promise<StateTable> {
  const definition = await FAKE_DEFINITIONS[api]();
  return fakeStates(Object.keys(definition.providerStates ?? {}));
}

/** The Verifier's `stateHandlers`: reset, then set up; teardown is the next reset. */
export function stateHandlersFor(fake: RunningFake<any>, table: StateTable) {
  return Object.fromEntries(
    Object.entries(table).map(([text, setup]) => [
      text,
      async (params?: unknown) => {
        fake.reset();
        await setup(fake, (params ?? {}) as Record<string, unknown>);
        return undefined;
      },
    ]),
  );
}
