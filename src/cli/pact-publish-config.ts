/** What `npm run pact:publish` needs from the environment before it can reach a Pact Broker. */

/** The variables still to set, as the one-line message names them (empty when complete). */
export function missingBrokerConfig(env: NodeJS.ProcessEnv): string[] {
  const missing: string[] = [];
  if (!env.PACT_BROKER_BASE_URL) missing.push("PACT_BROKER_BASE_URL");
  const basic = env.PACT_BROKER_USERNAME && env.PACT_BROKER_PASSWORD;
  if (!env.PACT_BROKER_TOKEN && !basic) missing.push("PACT_BROKER_TOKEN (or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD)");
  return missing;
}

export function missingConfigMessage(missing: string[]): string {
  return `not published: set ${missing.join(" and ")} to publish to a Pact Broker`;
}
