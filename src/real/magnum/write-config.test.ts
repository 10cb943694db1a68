import { describe, expect, test } from "vitest";
import { OperatorError } from "../../spec/operator-error.js";
import { pastePipeline } from "./write-config.js";

// Debian's /etc/magnum/api-paste.ini pipeline line (magnum-api 15.0.1)
const DEBIAN = `[pipeline:api]\npipeline = cors http_proxy_to_wsgi request_id osprofiler authtoken api_v1\n\n[filter:authtoken]\nacl_public_routes = /, /v1, /healthcheck\n`;

describe("the paste pipeline of each auth mode", () => {
  test("keystone keeps Debian's file unchanged", () => {
    expect(pastePipeline(DEBIAN, "keystone")).toBe(DEBIAN);
  });

  test("none drops only the authtoken filter from the pipeline", () => {
    const none = pastePipeline(DEBIAN, "none");
    expect(none).toContain("pipeline = cors http_proxy_to_wsgi request_id osprofiler api_v1\n");
    expect(none).toContain("[filter:authtoken]");
  });

  test("a pipeline without authtoken is an operator error, not a silent keystone server", () => {
    expect(() => pastePipeline("[pipeline:api]\npipeline = api_v1\n", "none")).toThrow(OperatorError);
  });
});
