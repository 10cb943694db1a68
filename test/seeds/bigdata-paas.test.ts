/**
 * Every payload shown in the BigData PaaS seed README (seeds/003_ea841062baf3b41f.txt) and in
 * api-facts.md section 4, checked against specs/bigdata-paas.yaml. README payloads that are not
 * valid JSON (trailing commas) are written here with only that comma removed.
 */
import { describe, expect, test } from "vitest";
import { loadSpec } from "../../src/spec/load-spec.js";
import { createSpecValidator } from "../../src/validate/spec-validator.js";
import type { Finding } from "../../src/validate/finding.js";

const spec = await loadSpec("bigdata-paas");
const validator = createSpecValidator(spec.document);

interface SeedCase {
  name: string;
  operationId: string;
  /** "request" or the response status. */
  kind: "request" | number;
  contentType?: string;
  payload: unknown;
  /** undefined = valid; otherwise the field whose value makes the payload invalid. */
  rejects?: string;
}

const QUEUE_URL = "http://127.0.0.1:5000/bigdata/api/v1/queue/3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e";
const CLUSTER_URL = "http://127.0.0.1:5000/bigdata/api/v1/clusters/test/reference/1.0.0/1";

const README_OPTIONS = {
  required: { "slaves.number": 4 },
  optional: { "slaves.cpu": 2, "slaves.mem": 2048, "slaves.disks": 11 },
  advanced: { "datanode.heap": 1024 },
  descriptions: {
    "slaves.number": "Number of slave nodes",
    "slaves.cpu": "Number of cores per slave node",
    "slaves.mem": "Memory per slave node (MB)",
    "slaves.disks": "Number of disks per slave node",
    "datanode.heap": "Max heap memory for the datanode service",
  },
};
const SIZE_OPTIONS = { required: {}, optional: { size: 2 }, advanced: {}, descriptions: { size: "number of worker nodes" } };

const error = (status: number, error: string, message: string | null) => ({ status, error, message });

const CASES: SeedCase[] = [
  // Launching clusters (README "Launching clusters", commands.md)
  { name: "README launch body, size as a string", operationId: "launchCluster", kind: "request", payload: { size: "2" } },
  { name: "README curl/httpie launch body, size as a number", operationId: "launchCluster", kind: "request", payload: { size: 2 } },
  { name: "commands.md launch body", operationId: "launchCluster", kind: "request", payload: { size: 1 } },
  { name: "commands.md launch without options", operationId: "launchCluster", kind: "request", payload: {} },
  { name: "launch body that is not an object", operationId: "launchCluster", kind: "request", payload: ["size", 2], rejects: "type" },
  { name: "launch accepted (facts 4.2)", operationId: "launchCluster", kind: 202, payload: { url: QUEUE_URL } },
  { name: "launch accepted without url", operationId: "launchCluster", kind: 202, payload: {}, rejects: "url" },

  // Registering products (README "Registering products"; code requires logo_url)
  {
    name: "README cdh registration (trailing comma removed) lacks logo_url",
    operationId: "registerProduct",
    kind: "request",
    payload: { name: "cdh", version: "5.7.0", description: "Hadoop cluster based on Cloudera CDH 5.7.0" },
    rejects: "logo_url",
  },
  {
    name: "README httpie reference registration lacks logo_url",
    operationId: "registerProduct",
    kind: "request",
    payload: { name: "reference", version: "1.0.0", description: "Reference product: minimal" },
    rejects: "logo_url",
  },
  {
    name: "README curl gluster registration lacks logo_url",
    operationId: "registerProduct",
    kind: "request",
    payload: { name: "gluster", version: "3.7.11", description: "GlusterFS parallel filesystem cluster" },
    rejects: "logo_url",
  },
  {
    name: "tests/mongodb/register.sh registration with logo_url",
    operationId: "registerProduct",
    kind: "request",
    payload: {
      name: "mongodb",
      version: "3.2.8",
      description: "MongoDB is a free and open-source cross-platform document-oriented database.",
      logo_url: "http://hadoop.cesga.es/img/mongodb-for-giant-ideas-bbab5c3cf8.png",
    },
  },

  // Template, options, orchestrator, logo_url
  {
    name: "template upload as application/json",
    operationId: "setProductTemplate",
    kind: "request",
    payload: { dnsname: "{{ user }}-{{ product }}-{{ clusterid }}", nodes: {}, services: {} },
  },
  { name: "template upload as application/yaml text", operationId: "setProductTemplate", kind: "request", contentType: "application/yaml", payload: "dnsname: x\n" },
  { name: "template upload as text/plain is not accepted", operationId: "setProductTemplate", kind: "request", contentType: "text/plain", payload: "x", rejects: "content-type" },
  { name: "README options document (trailing comma removed)", operationId: "setProductOptions", kind: "request", payload: README_OPTIONS },
  { name: "tests/options/size.json", operationId: "setProductOptions", kind: "request", payload: SIZE_OPTIONS },
  { name: "options descriptions must be text", operationId: "setProductOptions", kind: "request", payload: { ...SIZE_OPTIONS, descriptions: { size: 2 } }, rejects: "descriptions" },
  { name: "options as returned by GET", operationId: "getProductOptions", kind: 200, payload: README_OPTIONS },
  { name: "orchestrator fabfile as text/plain", operationId: "setProductOrchestrator", kind: "request", contentType: "text/plain", payload: "from fabric.api import run\n" },
  { name: "orchestrator script as README's application/json", operationId: "setProductOrchestrator", kind: "request", payload: "from fabric.api import run\n" },
  { name: "orchestrator script returned as a JSON string", operationId: "getProductOrchestrator", kind: 200, payload: "from fabric.api import run\n" },
  { name: "template returned as a JSON string", operationId: "getProductTemplate", kind: 200, payload: "{\"dnsname\": \"{{ user }}\"}" },
  { name: "logo_url update", operationId: "setProductLogoUrl", kind: "request", payload: { logo_url: "http://hadoop.cesga.es/img/x.png" } },
  { name: "logo_url update without logo_url", operationId: "setProductLogoUrl", kind: "request", payload: {}, rejects: "logo_url" },
  { name: "logo_url returned as a JSON string", operationId: "getProductLogoUrl", kind: 200, payload: "http://hadoop.cesga.es/img/x.png" },

  // Product reads (facts 4.2)
  { name: "product names", operationId: "listProducts", kind: 200, payload: { products: ["reference", "gluster"] } },
  { name: "product versions", operationId: "listProductVersions", kind: 200, payload: { versions: ["1.0.0", "1.0.0-yaml"] } },
  {
    name: "product version",
    operationId: "getProduct",
    kind: 200,
    payload: { dn: "products/gluster/3.7.11", name: "gluster", version: "3.7.11", description: "GlusterFS parallel filesystem cluster", logo_url: "http://x/y.png" },
  },
  { name: "unknown product version gives nulls", operationId: "getProduct", kind: 200, payload: { dn: null, name: null, version: null, description: null, logo_url: null } },

  // Queue (facts 4.2)
  { name: "job pending", operationId: "getQueueJob", kind: 200, payload: { status: "pending" } },
  { name: "job done: registered", operationId: "getQueueJob", kind: 303, payload: { status: "registered", url: CLUSTER_URL } },
  { name: "job done: error", operationId: "getQueueJob", kind: 303, payload: { status: "error", url: null } },
  { name: "303 cannot say pending", operationId: "getQueueJob", kind: 303, payload: { status: "pending", url: CLUSTER_URL }, rejects: "status" },
  { name: "200 cannot say registered", operationId: "getQueueJob", kind: 200, payload: { status: "registered" }, rejects: "status" },

  // Clusters (facts 4.3, README statuses)
  ...["registered", "scheduling", "scheduled", "configuring", "configured", "ready", "destroyed"].map((status): SeedCase => ({
    name: `cluster summary with README status ${status}`,
    operationId: "getCluster",
    kind: 200,
    payload: { result: "success", uri: "clusters/test/reference/1.0.0/1", data: { name: "test-reference-1", dn: "clusters/test/reference/1.0.0/1", status } },
  })),
  {
    name: "cluster summary with a status outside the README list",
    operationId: "getCluster",
    kind: 200,
    payload: { result: "success", uri: "clusters/test/reference/1.0.0/1", data: { name: "n", dn: "clusters/test/reference/1.0.0/1", status: "running" } },
    rejects: "status",
  },
  { name: "cluster summary, failure form", operationId: "getCluster", kind: 200, payload: { result: "failure", uri: "clusters/test/reference/1.0.0/9", message: "clusters/test/reference/1.0.0/9/dnsname" } },
  {
    name: "cluster list",
    operationId: "listUserProductVersionClusters",
    kind: 200,
    payload: { clusters: [{ result: "success", uri: "clusters/test/reference/1.0.0/1", data: { name: "a", dn: "clusters/test/reference/1.0.0/1", status: "ready" } }] },
  },
  { name: "empty cluster list", operationId: "listClusters", kind: 200, payload: { clusters: [] } },
  {
    name: "cluster nodes",
    operationId: "listClusterNodes",
    kind: 200,
    payload: {
      nodes: [{ dn: "clusters/test/reference/1.0.0/1/nodes/node0", name: "node0", cpu: "1", mem: "1024", host: "c13-1", status: "running", disks: [{ name: "disk1", host: "c13-1" }], networks: [{ name: "eth0", address: "10.112.251.101" }] }],
    },
  },
  {
    name: "node without networks",
    operationId: "listClusterNodes",
    kind: 200,
    payload: { nodes: [{ dn: "d", name: "node0", cpu: "1", mem: "1024", host: "h", status: "s", disks: [] }] },
    rejects: "networks",
  },
  { name: "cluster services", operationId: "listClusterServices", kind: 200, payload: { services: [{ dn: "clusters/test/reference/1.0.0/1/services/minimal", name: "minimal", status: "configured" }] } },
  { name: "destroy success", operationId: "destroyCluster", kind: 200, payload: { message: "success" } },

  // Error bodies (app/errors.py, app/decorators.py)
  { name: "401 no token", operationId: "listClusters", kind: 401, payload: error(401, "unauthorized", "no token has been provided") },
  { name: "401 bad signature", operationId: "getCluster", kind: 401, payload: error(401, "unauthorized", "please provide a valid authentication token") },
  { name: "401 invalid role", operationId: "registerProduct", kind: 401, payload: error(401, "unauthorized", "invalid role") },
  { name: "401 expired", operationId: "getQueueJob", kind: 401, payload: error(401, "unauthorized", "token has expired") },
  { name: "400 invalid options", operationId: "launchCluster", kind: 400, payload: error(400, "invalid options", "size") },
  { name: "400 bad request", operationId: "registerProduct", kind: 400, payload: error(400, "bad request", "missing field") },
  { name: "404 invalid resource URI", operationId: "getProduct", kind: 404, payload: error(404, "not found", "invalid resource URI") },
  { name: "404 Key not found", operationId: "getProductTemplate", kind: 404, payload: error(404, "Key not found", "products/x/1/template") },
  { name: "405 method not supported", operationId: "destroyCluster", kind: 405, payload: error(405, "method not supported", "the method is not supported") },
  { name: "500 internal server error", operationId: "destroyCluster", kind: 500, payload: error(500, "internal server error", null) },
  { name: "error body without error name", operationId: "listClusters", kind: 401, payload: { status: 401, message: "invalid role" }, rejects: "error" },
];

function validate(c: SeedCase): Finding[] {
  return c.kind === "request"
    ? validator.validateRequestBody(c.operationId, c.payload, c.contentType)
    : validator.validateResponseBody(c.operationId, c.kind, c.payload, c.contentType);
}

function mentions(finding: Finding, field: string): boolean {
  return finding.pointer.split("/").includes(field) || finding.keyword === field || JSON.stringify(finding.expected ?? {}).includes(`"${field}"`);
}

describe("bigdata-paas seed payloads", () => {
  test.each(CASES.map((c) => [`${c.operationId} ${c.kind}: ${c.name}`, c] as const))("%s", (_label, c) => {
    const findings = validate(c);
    if (c.rejects === undefined) {
      expect(findings).toEqual([]);
    } else {
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.some((f) => mentions(f, c.rejects!)), JSON.stringify(findings)).toBe(true);
    }
  });
});
