/** The clients package reads the same variables, with the same local defaults, as the tool. */
import { expect, test } from "vitest";
import { CLIENT_CREDENTIAL_VARS, readClientCredentials } from "@cluster-api-contracts/clients";
import { CREDENTIAL_VARS, readCredentials } from "../src/spec/credentials.js";

test("every client credential variable is the tool's, with the tool's default", () => {
  for (const v of CLIENT_CREDENTIAL_VARS) {
    const tool = CREDENTIAL_VARS.find((t) => t.name === v.name);
    expect(tool, v.name).toBeDefined();
    expect({ field: v.field, fallback: v.fallback }).toEqual({ field: tool!.field, fallback: tool!.fallback });
  }
});

test("both read a set variable and fall back on an empty one alike", () => {
  const env = { YARN_USER: "alice", BIGDATA_PAAS_TOKEN: "" };
  const client = readClientCredentials(env);
  const tool = readCredentials(env);
  for (const v of CLIENT_CREDENTIAL_VARS) expect(client[v.field], v.name).toBe(tool[v.field]);
  expect(client.yarnUser).toBe("alice");
  expect(client.bigdataPaasToken).toBe("local-paas-token");
});
