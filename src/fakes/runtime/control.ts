/**
 * The control interface of every fake, under /__fake/ (not part of any API):
 *   POST /__fake/reset                          back to the initial state
 *   POST /__fake/state   {"state": "...", "params": {...}}   set up a Pact provider state
 *   POST /__fake/advance {"steps": n}           move the fake's clock n lifecycle steps
 *   GET  /__fake/states                         the provider states this fake knows
 *   GET  /__fake/clock                          the fake's current time
 */

export interface ControlActions {
  reset(): void;
  advance(steps: number): void;
  applyProviderState(name: string, params: Record<string, unknown>): void;
  providerStates(): string[];
  now(): number;
}

export interface ControlReply {
  status: number;
  body: unknown;
}

export function handleControl(pathname: string, method: string, bodyText: string, actions: ControlActions): ControlReply {
  let body: any = {};
  if (bodyText.trim().length > 0) {
    try {
      body = JSON.parse(bodyText);
    } catch {
      return { status: 400, body: { error: "control body must be JSON" } };
    }
  }
  const route = `${method} ${pathname}`;
  switch (route) {
    case "POST /__fake/reset":
      actions.reset();
      return { status: 200, body: { reset: true } };
    case "POST /__fake/advance": {
      const steps = body.steps ?? 1;
      if (!Number.isInteger(steps) || steps < 0 || steps > 10_000) return { status: 400, body: { error: "steps must be an integer from 0 to 10000" } };
      actions.advance(steps);
      return { status: 200, body: { now: actions.now() } };
    }
    case "POST /__fake/state": {
      if (typeof body.state !== "string") return { status: 400, body: { error: 'body needs "state": "<provider state text>"' } };
      try {
        actions.applyProviderState(body.state, body.params ?? {});
      } catch (error) {
        return { status: 400, body: { error: (error as Error).message, known: actions.providerStates() } };
      }
      return { status: 200, body: { state: body.state } };
    }
    case "GET /__fake/states":
      return { status: 200, body: { states: actions.providerStates() } };
    case "GET /__fake/clock":
      return { status: 200, body: { now: actions.now() } };
    default:
      return { status: 404, body: { error: `unknown control route ${route}` } };
  }
}
