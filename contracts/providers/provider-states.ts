/**
 * Provider states as a table per API: the exact given() text -> how to set it up on the fake.
 * Every handler starts from a reset fake. Most states exist in the fake under the same text;
 * the others are built from the closest fake state plus ordinary API calls.
 */
import type { RunningFake } from "../../src/fakes/runtime/create-fake-server.js";

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
