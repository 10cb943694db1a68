import { describe, expect, test } from "vitest";
import { createExchangeMasker, credentialNames, findSecretsInRecording, recordingSecrets } from "./mask-exchange.js";
import type { RecordedExchange } from "./manifest.js";

const names = credentialNames({ components: { securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Api-Key" }, user: { type: "apiKey", in: "query", name: "user.name" } } } });

const exchange: RecordedExchange = {
  request: {
    method: "GET",
    path: "/v1/things/env-cluster-1234",
    query: { "user.name": "seen-user", page: "2" },
    headers: { "X-Api-Key": "seen-key-value", authorization: "Bearer seen-bearer-token", accept: "application/json" },
  },
  response: {
    status: 200,
    headers: { "content-type": "application/json", "set-cookie": ["session=abc123456"] },
    body: { owner: "seen-user", note: "key=seen-key-value", token: "seen-bearer-token", url: "/x?u=env%20secret%2Fvalue" },
  },
};

describe("exchange masking", () => {
  const masker = createExchangeMasker(names, ["env-cluster-1234", "env secret/value"]);
  const text = masker.maskExchange(exchange);
  const masked = JSON.parse(text) as RecordedExchange;

  test("credential headers and query values become *** by name", () => {
    expect(masked.request.headers).toEqual({ "X-Api-Key": "***", authorization: "***", accept: "application/json" });
    expect(masked.request.query).toEqual({ "user.name": "***", page: "2" });
    expect(masked.response.headers!["set-cookie"]).toEqual(["***"]);
  });

  test("each value masked by name, and each known secret, is masked wherever else it appears, in any encoding", () => {
    expect(masked.request.path).toBe("/v1/things/***");
    expect(masked.response.body).toEqual({ owner: "***", note: "key=***", token: "***", url: "/x?u=***" });
    for (const value of ["seen-user", "seen-key-value", "seen-bearer-token", "env-cluster-1234", "env%20secret%2Fvalue", "abc123456"]) expect(text).not.toContain(value);
  });

  test("a request target is masked as recordings store it (for replay matching)", () => {
    expect(masker.maskTarget("/v1/things/env-cluster-1234", { "user.name": "someone-else", page: "2" })).toEqual({ path: "/v1/things/***", query: { "user.name": "***", page: "2" } });
  });

  test("a stored file is refused for a secret value or an unmasked credential", () => {
    expect(findSecretsInRecording(text, masked, names, ["seen-key-value"])).toEqual([]);
    expect(findSecretsInRecording(JSON.stringify(exchange), exchange, names, ["seen-key-value"])).toEqual([
      "contains the value of a credential variable (or an encoding of it)",
      "request header X-Api-Key is not masked",
      "request header authorization is not masked",
      "request query parameter user.name is not masked",
      "response header set-cookie is not masked",
    ]);
  });

  test("recording secrets: the secret credentials in force and every credential variable that is set", () => {
    const secrets = recordingSecrets({ YARN_USER: "set-user", HADOOP_ECO_CLUSTER_ID: "set-cluster-id" });
    expect(secrets).toEqual(expect.arrayContaining(["set-user", "set-cluster-id", "local-nks-token"]));
    expect(secrets).not.toContain("yarn-user");
  });
});
