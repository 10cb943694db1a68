/**
 * Every payload of the YARN Service API seed document (Japanese YarnServiceAPI.md), the Quick
 * Start / Service Upgrade / Examples docs and the ApiServer answers named in api-facts.md,
 * checked against specs/yarn-service.yaml: valid, or rejected at the field the real server
 * (ServiceApiUtil) or the wire form refuses.
 */
import { describe, expect, test } from "vitest";
import { loadSpec } from "../../src/spec/load-spec.js";
import { createSpecValidator } from "../../src/validate/spec-validator.js";
import { testSeedCases, type SeedCase } from "../support/seed-cases.js";

const spec = await loadSpec("yarn-service");
const validator = createSpecValidator(spec.document);


const nginx = { id: "nginx:latest", type: "DOCKER" };
const small = { cpus: 1, memory: "256" };
const hello = (extra: Record<string, unknown> = {}) => ({
  name: "hello", number_of_containers: 2, artifact: nginx, launch_command: "./start_nginx.sh", resource: small, ...extra,
});
const helloWorld = (description: string, component: Record<string, unknown>) => ({
  name: "hello-world", version: "1.0.0", description, components: [component],
});
const emptyConfig = { properties: {}, env: {}, files: [] };
const container = (n: number, app: string, host: string, launch: number) => ({
  id: `container_e03_1503963985568_${app}_01_00000${n}`,
  ip: `10.22.8.${141 + n}`,
  hostname: `ctr-e03-1503963985568-${app}-01-00000${n}.example.site`,
  state: "READY",
  launch_time: launch,
  bare_host: host,
  component_instance_name: `hello-${n - 2}`,
});
const antiAffinityPolicy = {
  constraints: [{
    type: "ANTI_AFFINITY",
    scope: "NODE",
    node_attributes: { os: ["centos6", "centos7"], fault_domain: ["fd1", "fd2"] },
    node_partitions: ["gpu", "fast-disk"],
    target_tags: ["hello"],
  }],
};
const getHelloWorld = {
  name: "hello-world", version: "1.0.0", description: "hello world example", id: "application_1503963985568_0002",
  lifetime: -1, state: "STABLE",
  components: [{
    name: "hello", state: "STABLE", resource: small, configuration: emptyConfig, quicklinks: [],
    containers: [container(2, "0002", "host100.cloud.com", 1504051512412), container(3, "0002", "host100.cloud.com", 1504051536450)],
    launch_command: "./start_nginx.sh", number_of_containers: 1, run_privileged_container: false,
  }],
  configuration: emptyConfig, quicklinks: {},
};
const getAntiAffinity = {
  ...getHelloWorld,
  description: "hello world example with anti-affinity",
  id: "application_1503963985568_0003",
  components: [{
    ...getHelloWorld.components[0],
    placement_policy: antiAffinityPolicy,
    containers: [
      container(2, "0003", "host100.cloud.com", 1504051512412),
      container(3, "0003", "host101.cloud.com", 1504051536450),
      container(4, "0003", "host102.cloud.com", 1504051536450),
    ],
  }],
};
const hbaseSite = (extra: Record<string, string> = {}) => ({
  type: "XML", dest_file: "/etc/hbase/conf/hbase-site.xml",
  properties: {
    "hbase.cluster.distributed": "true", "hbase.zookeeper.quorum": "${CLUSTER_ZK_QUORUM}",
    "hbase.rootdir": "${SERVICE_HDFS_DIR}/hbase", "zookeeper.znode.parent": "${SERVICE_ZK_PATH}",
    "hbase.master.hostname": "hbasemaster.${SERVICE_NAME}.${USER}.${DOMAIN}", "hbase.master.info.port": "16010", ...extra,
  },
});
const hbaseComponent = (name: string, n: number, cmd: string, site: object) => ({
  name, number_of_containers: n, artifact: { id: "hbase:latest", type: "DOCKER" }, launch_command: cmd,
  resource: { cpus: 1, memory: "2048" },
  configuration: {
    env: { HBASE_LOG_DIR: "<LOG_DIR>" },
    files: [{ type: "XML", dest_file: "/etc/hadoop/conf/core-site.xml", properties: { "fs.defaultFS": "${CLUSTER_FS_URI}" } }, site],
  },
});
/** Verbatim from the seed, including `"lifetime": "3600"` as a string. */
const hbaseVerbatim = {
  name: "hbase-app-1", version: "1.0.0", description: "hbase service", lifetime: "3600",
  components: [
    hbaseComponent("hbasemaster", 1, "/usr/hdp/current/hbase-master/bin/hbase master start", hbaseSite()),
    hbaseComponent("regionserver", 3, "/usr/hdp/current/hbase-regionserver/bin/hbase regionserver start",
      hbaseSite({ "hbase.regionserver.hostname": "${COMPONENT_INSTANCE_NAME}.${SERVICE_NAME}.${USER}.${DOMAIN}" })),
  ],
  quicklinks: {
    "HBase Master Status UI": "http://hbasemaster0.${SERVICE_NAME}.${USER}.${DOMAIN}:16010/master-status",
    "Proxied HBase Master Status UI": "http://app-proxy/${DOMAIN}/${USER}/${SERVICE_NAME}/hbasemaster/16010/",
  },
};
/** Quick Start's sleeper: no version (the CLI fills it; REST create needs it). */
const sleeperVerbatim = {
  name: "sleeper-service",
  components: [{ name: "sleeper", number_of_containers: 1, launch_command: "sleep 900000", resource: small }],
};
const sleeperContainers = [
  { bare_host: "0.0.0.0", component_instance_name: "sleeper-0", hostname: "example.local", id: "container_1531508836237_0002_01_000002", ip: "0.0.0.0", launch_time: 1531941023675, state: "READY" },
  { bare_host: "0.0.0.0", component_instance_name: "sleeper-1", hostname: "example.local", id: "container_1531508836237_0002_01_000003", ip: "0.0.0.0", launch_time: 1531941024680, state: "READY" },
];
const validService = (patch: Record<string, unknown>, component: Record<string, unknown> = {}) => ({
  name: "hello-world", version: "1.0.0", components: [hello(component)], ...patch,
});

const CASES: SeedCase[] = [
  // --- createService: seed and docs payloads
  { name: "create: simple single-component service", operationId: "createService", kind: { request: true },
    payload: helloWorld("hello world example", hello()) },
  { name: "create: HBase, verbatim (lifetime is the string \"3600\", which Jackson coerces)", operationId: "createService", kind: { request: true },
    payload: hbaseVerbatim },
  { name: "create: HBase, lifetime fixed to an integer", operationId: "createService", kind: { request: true },
    payload: { ...hbaseVerbatim, lifetime: 3600 } },
  { name: "create: GPU via resource.additional", operationId: "createService", kind: { request: true },
    payload: helloWorld("hello world example with GPUs",
      hello({ resource: { ...small, additional: { "yarn.io/gpu": { value: 4, unit: "" } } } })) },
  { name: "create: anti-affinity placement policy", operationId: "createService", kind: { request: true },
    payload: helloWorld("hello world example with anti-affinity", hello({ number_of_containers: 3, placement_policy: antiAffinityPolicy })) },
  { name: "create: health threshold monitor", operationId: "createService", kind: { request: true },
    payload: helloWorld("hello world example with health threshold monitor", hello({
      number_of_containers: 100,
      configuration: { properties: {
        "yarn.service.container-health-threshold.percent": "90",
        "yarn.service.container-health-threshold.window-secs": "400",
        "yarn.service.container-health-threshold.init-delay-secs": "800",
      } },
    })) },
  { name: "create: Quick Start sleeper, verbatim (no version)", operationId: "createService", kind: { request: true },
    payload: sleeperVerbatim, rejectedAt: "required:version" },
  { name: "create: sleeper with version", operationId: "createService", kind: { request: true },
    payload: { ...sleeperVerbatim, version: "1.0.0" } },
  { name: "create: save only (state STOPPED)", operationId: "createService", kind: { request: true },
    payload: { ...sleeperVerbatim, version: "1.0.0", state: "STOPPED" } },
  { name: "create: Quick Start kerberos_principal", operationId: "createService", kind: { request: true },
    payload: { ...sleeperVerbatim, version: "1.0.0", name: "sample-service",
      kerberos_principal: { principal_name: "hdfs-demo@EXAMPLE.COM", keytab: "hdfs:///etc/security/keytabs/hdfs.headless.keytab" } } },
  // --- createService: what the real server refuses at the schema level
  { name: "create: '_' in the service name", operationId: "createService", kind: { request: true },
    payload: validService({ name: "hello_world" }), rejectedAt: "/name" },
  { name: "create: upper-case service name", operationId: "createService", kind: { request: true },
    payload: validService({ name: "Hello-World" }), rejectedAt: "/name" },
  { name: "create: service name starting with a digit", operationId: "createService", kind: { request: true },
    payload: validService({ name: "1hello" }), rejectedAt: "/name" },
  { name: "create: 63-character service name", operationId: "createService", kind: { request: true },
    payload: validService({ name: `s${"a".repeat(62)}` }) },
  { name: "create: 64-character service name", operationId: "createService", kind: { request: true },
    payload: validService({ name: `s${"a".repeat(63)}` }), rejectedAt: "/name" },
  { name: "create: 44-character component name", operationId: "createService", kind: { request: true },
    payload: validService({}, { name: `c${"a".repeat(43)}` }) },
  { name: "create: 45-character component name", operationId: "createService", kind: { request: true },
    payload: validService({}, { name: `c${"a".repeat(44)}` }), rejectedAt: "/components/0/name" },
  { name: "create: '_' in a component name", operationId: "createService", kind: { request: true },
    payload: validService({}, { name: "hello_1" }), rejectedAt: "/components/0/name" },
  { name: "create: negative number_of_containers", operationId: "createService", kind: { request: true },
    payload: validService({}, { number_of_containers: -1 }), rejectedAt: "/components/0/number_of_containers" },
  { name: "create: zero number_of_containers is allowed", operationId: "createService", kind: { request: true },
    payload: validService({}, { number_of_containers: 0 }) },
  { name: "create: cpus 0", operationId: "createService", kind: { request: true },
    payload: validService({}, { resource: { cpus: 0, memory: "256" } }), rejectedAt: "/components/0/resource/cpus" },
  { name: "create: memory with a unit", operationId: "createService", kind: { request: true },
    payload: validService({}, { resource: { cpus: 1, memory: "256M" } }), rejectedAt: "/components/0/resource/memory" },
  { name: "create: memory as a number (Jackson reads 256 as \"256\")", operationId: "createService", kind: { request: true },
    payload: validService({}, { resource: { cpus: 1, memory: 256 } }) },
  { name: "create: memory as a fraction (\"256.5\" fails Long.parseLong: 400)", operationId: "createService", kind: { request: true },
    payload: validService({}, { resource: { cpus: 1, memory: 256.5 } }), rejectedAt: "/components/0/resource/memory" },
  { name: "create: no components", operationId: "createService", kind: { request: true },
    payload: { name: "hello-world", version: "1.0.0" }, rejectedAt: "required:components" },
  { name: "create: empty components", operationId: "createService", kind: { request: true },
    payload: { name: "hello-world", version: "1.0.0", components: [] }, rejectedAt: "/components" },
  { name: "create: no name", operationId: "createService", kind: { request: true },
    payload: { version: "1.0.0", components: [hello()] }, rejectedAt: "required:name" },
  { name: "create: artifact type not in the enum", operationId: "createService", kind: { request: true },
    payload: validService({}, { artifact: { id: "x", type: "OCI" } }), rejectedAt: "/components/0/artifact/type" },
  { name: "create: placement type as the Swagger wrapper object", operationId: "createService", kind: { request: true },
    payload: validService({}, { placement_policy: { constraints: [{ type: { type: "ANTI_AFFINITY" }, scope: "NODE", target_tags: ["hello"] }] } }),
    rejectedAt: "/components/0/placement_policy/constraints/0/type" },
  { name: "create: restart_policy NEVER", operationId: "createService", kind: { request: true },
    payload: validService({}, { restart_policy: "NEVER" }) },
  { name: "create: restart_policy outside the enum", operationId: "createService", kind: { request: true },
    payload: validService({}, { restart_policy: "SOMETIMES" }), rejectedAt: "/components/0/restart_policy" },
  // --- createService answers
  { name: "create 202: accepted", operationId: "createService", kind: { response: 202 },
    payload: { diagnostics: "Application ID: application_1503963985568_0002", state: "ACCEPTED", uri: "/v1/services/hello-world" } },
  { name: "create 202: saved (state STOPPED)", operationId: "createService", kind: { response: 202 },
    payload: { diagnostics: "Service sleeper-service version 1.0.0 saved.", state: "ACCEPTED", uri: "/v1/services/sleeper-service" } },
  { name: "create 400: validation message", operationId: "createService", kind: { response: 400 },
    payload: { diagnostics: "No component specified for hello-world" } },
  { name: "create 500: name already taken", operationId: "createService", kind: { response: 500 },
    payload: { diagnostics: "Service name hello-world is already taken." } },
  { name: "create 202: state as the Swagger wrapper object", operationId: "createService", kind: { response: 202 },
    payload: { diagnostics: "x", state: { state: "ACCEPTED" } }, rejectedAt: "/state" },
  // --- getService / listServices / getVersion
  { name: "get 200: hello-world with two containers", operationId: "getService", kind: { response: 200 }, payload: getHelloWorld },
  { name: "get 200: anti-affinity service", operationId: "getService", kind: { response: 200 }, payload: getAntiAffinity },
  { name: "get 200: Service Upgrade doc's my-sleeper", operationId: "getService", kind: { response: 200 },
    payload: {
      components: [{ configuration: emptyConfig, containers: sleeperContainers, dependencies: [], launch_command: "sleep 900000",
        name: "sleeper", number_of_containers: 2, quicklinks: [], resource: small, restart_policy: "ALWAYS",
        run_privileged_container: false, state: "STABLE" }],
      configuration: emptyConfig, id: "application_1531508836237_0002", kerberos_principal: {}, lifetime: -1,
      name: "my-sleeper", quicklinks: {}, state: "STABLE", version: "1.0.0",
    } },
  { name: "get 200: container launch_time as the docs' date string", operationId: "getService", kind: { response: 200 },
    payload: { ...getHelloWorld, components: [{ ...getHelloWorld.components[0], containers: [{ ...container(2, "0002", "h", 0), launch_time: "2016-03-16T01:01:49.000Z" }] }] },
    rejectedAt: "/components/0/containers/0/launch_time" },
  { name: "get 200: container state INIT (3.1 docs only)", operationId: "getService", kind: { response: 200 },
    payload: { ...getHelloWorld, components: [{ ...getHelloWorld.components[0], containers: [{ ...container(2, "0002", "h", 0), state: "INIT" }] }] },
    rejectedAt: "/components/0/containers/0/state" },
  { name: "get 404: service not found", operationId: "getService", kind: { response: 404 },
    payload: { diagnostics: "Service hello-world not found", code: 404004 } },
  { name: "list 200: documented array shape", operationId: "listServices", kind: { response: 200 }, payload: [getHelloWorld] },
  { name: "version 200", operationId: "getVersion", kind: { response: 200 }, payload: { hadoop_version: "3.3.6" } },
  // --- updateService
  { name: "update: lifetime 3600", operationId: "updateService", kind: { request: true }, payload: { lifetime: 3600 } },
  { name: "update: stop", operationId: "updateService", kind: { request: true }, payload: { state: "STOPPED" } },
  { name: "update: start", operationId: "updateService", kind: { request: true }, payload: { state: "STARTED" } },
  { name: "update: Quick Start stop with name", operationId: "updateService", kind: { request: true },
    payload: { name: "sleeper-service", state: "STOPPED" } },
  { name: "update: flex via the components section", operationId: "updateService", kind: { request: true },
    payload: { state: "FLEX", components: [{ name: "hello", number_of_containers: 3 }] } },
  { name: "update: initiate upgrade", operationId: "updateService", kind: { request: true },
    payload: { version: "1.0.1", state: "UPGRADING",
      components: [{ name: "sleeper", number_of_containers: 1, launch_command: "sleep 1200000", resource: small }] } },
  { name: "update: cancel upgrade", operationId: "updateService", kind: { request: true }, payload: { state: "CANCEL_UPGRADING" } },
  { name: "update: decommission an instance", operationId: "updateService", kind: { request: true },
    payload: { components: [{ name: "hello", decommissioned_instances: ["hello-1"] }] } },
  { name: "update: state outside the enum", operationId: "updateService", kind: { request: true },
    payload: { state: "RUNNING" }, rejectedAt: "/state" },
  { name: "update: FLEX with a negative count (a relative decrease: parseNumberOfContainers)", operationId: "updateService", kind: { request: true },
    payload: { state: "FLEX", components: [{ name: "hello", number_of_containers: -2 }] } },
  { name: "update 200: stopped", operationId: "updateService", kind: { response: 200 },
    payload: { diagnostics: "Successfully stopped service hello-world" } },
  { name: "update 200: started", operationId: "updateService", kind: { response: 200 },
    payload: { diagnostics: "Service hello-world is successfully started with ApplicationId: application_1503963985568_0004", state: "ACCEPTED" } },
  { name: "update 202: flexed", operationId: "updateService", kind: { response: 202 },
    payload: { diagnostics: "Service hello-world is successfully flexed.", state: "ACCEPTED" } },
  { name: "update 204: no-op, no body", operationId: "updateService", kind: { response: 204 }, payload: undefined },
  { name: "update 400: already stopped", operationId: "updateService", kind: { response: 400 },
    payload: { diagnostics: "Service hello-world is already stopped" } },
  // --- destroyService
  { name: "destroy 200: with a body", operationId: "destroyService", kind: { response: 200 },
    payload: { diagnostics: "Successfully destroyed service hello-world" } },
  { name: "destroy 400: doesn't exist", operationId: "destroyService", kind: { response: 400 },
    payload: { diagnostics: "Service hello-world doesn't exist" } },
  // --- flexComponent
  { name: "flex: number_of_containers 3", operationId: "flexComponent", kind: { request: true }, payload: { number_of_containers: 3 } },
  { name: "flex: Quick Start body with name", operationId: "flexComponent", kind: { request: true },
    payload: { name: "sleeper", number_of_containers: 2 } },
  { name: "flex: upgrade the component", operationId: "flexComponent", kind: { request: true }, payload: { state: "UPGRADING" } },
  { name: "flex: no count", operationId: "flexComponent", kind: { request: true }, payload: {}, rejectedAt: "required:number_of_containers" },
  { name: "flex: negative count", operationId: "flexComponent", kind: { request: true },
    payload: { number_of_containers: -1 }, rejectedAt: "/number_of_containers" },
  { name: "flex 200: size change", operationId: "flexComponent", kind: { response: 200 },
    payload: { diagnostics: "Updating component (hello) size from 2 to 3" } },
  // --- upgrades and component instances
  { name: "upgrade components: sleeper", operationId: "upgradeComponents", kind: { request: true },
    payload: [{ name: "sleeper", state: "UPGRADING" }] },
  { name: "upgrade components: empty list", operationId: "upgradeComponents", kind: { request: true }, payload: [], rejectedAt: "" },
  { name: "upgrade components 202", operationId: "upgradeComponents", kind: { response: 202 },
    payload: { diagnostics: "Upgrading components sleeper." } },
  { name: "upgrade instances: sleeper-0 and sleeper-1", operationId: "upgradeComponentInstances", kind: { request: true },
    payload: [{ component_instance_name: "sleeper-0", state: "UPGRADING" }, { component_instance_name: "sleeper-1", state: "UPGRADING" }] },
  { name: "upgrade instances: empty list", operationId: "upgradeComponentInstances", kind: { request: true }, payload: [], rejectedAt: "" },
  { name: "upgrade instances 400: not initiated", operationId: "upgradeComponentInstances", kind: { response: 400 },
    payload: { diagnostics: "The upgrade of service my-sleeper has not been initiated." } },
  { name: "update instance: upgrade sleeper-0", operationId: "updateComponentInstance", kind: { request: true },
    payload: { component_instance_name: "sleeper-0", state: "UPGRADING" } },
  { name: "list instances 200: grouped by component", operationId: "listComponentInstances", kind: { response: 200 },
    payload: [{ component_name: "sleeper", containers: sleeperContainers }] },
  { name: "list instances 200: component_name missing", operationId: "listComponentInstances", kind: { response: 200 },
    payload: [{ containers: sleeperContainers }], rejectedAt: "required:component_name" },
];

testSeedCases("yarn-service seed payloads", validator, CASES);

/**
 * The Jackson rule (x-source-notes "Jackson reads request bodies"): request schemas admit what
 * YarnJacksonJaxbJsonProvider's ObjectMapper admits and refuse what it refuses; responses stay
 * strict because the server writes them from typed fields.
 */
const withLifetime = (lifetime: unknown) => ({ ...validService({}), lifetime });
const withComponent = (patch: Record<string, unknown>) => validService({}, patch);
const unreadable = {
  exception: "UnrecognizedPropertyException",
  message: 'Unrecognized field "versions" (class org.apache.hadoop.yarn.service.api.records.Service), not marked as ignorable',
  javaClassName: "com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException",
};

const JACKSON_CASES: SeedCase[] = [
  // --- accepted: Jackson coerces these scalars
  ...(["3600", " 3600 ", "+3600", "-1", 3600.7, null, "", "null"] as const).map((lifetime): SeedCase => ({
    name: `create: lifetime ${JSON.stringify(lifetime)} (Long)`, operationId: "createService", kind: { request: true },
    payload: withLifetime(lifetime),
  })),
  { name: "create: number_of_containers \"2\" and cpus \"2\"", operationId: "createService", kind: { request: true },
    payload: withComponent({ number_of_containers: "2", resource: { cpus: "2", memory: "256" } }) },
  ...(["true", "FALSE", " True ", 1, 0, false] as const).map((flag): SeedCase => ({
    name: `create: run_privileged_container ${JSON.stringify(flag)} (Boolean)`, operationId: "createService", kind: { request: true },
    payload: withComponent({ run_privileged_container: flag }),
  })),
  { name: "create: numbers and booleans for strings (version, description, property values)", operationId: "createService", kind: { request: true },
    payload: { ...validService({}, { configuration: { properties: { timeout: 1000, enabled: true }, env: { PORT: 8080 } } }), version: 1, description: 42 } },
  { name: "create: resource.additional value \"4\", placement cardinality \"2\"", operationId: "createService", kind: { request: true },
    payload: withComponent({
      resource: { cpus: 1, memory: "256", additional: { "yarn.io/gpu": { value: "4", unit: "", tags: ["t"], attributes: { a: "b" } } } },
      placement_policy: { constraints: [{ type: "AFFINITY_WITH_CARDINALITY", scope: "NODE", target_tags: ["hello"], min_cardinality: "2", max_cardinality: 3 }] },
    }) },
  { name: "update: lifetime \"7200\"", operationId: "updateService", kind: { request: true }, payload: { lifetime: "7200" } },
  { name: "flex: number_of_containers \"3\"", operationId: "flexComponent", kind: { request: true }, payload: { number_of_containers: "3" } },
  { name: "upgrade instances: privilegedContainer \"false\" (the JAXB-derived name)", operationId: "upgradeComponentInstances", kind: { request: true },
    payload: [{ component_instance_name: "sleeper-0", state: "UPGRADING", privilegedContainer: "false" }] },
  { name: "create: record fields the server fills in (id, uri, launch_time) are known to Jackson", operationId: "createService", kind: { request: true },
    payload: { ...validService({}), id: "application_1_0001", uri: "/v1/services/hello-world", launch_time: "1504051512412" } },
  // --- refused: Jackson cannot bind these (404 with RemoteExceptionData on the real server)
  ...([["3600s", "not a number"], ["36.5", "a fraction in a string"], [true, "a boolean"], [[3600], "an array (UNWRAP_SINGLE_VALUE_ARRAYS off)"], [{}, "an object"]] as const)
    .map(([lifetime, what]): SeedCase => ({
      name: `create: lifetime ${JSON.stringify(lifetime)} (${what})`, operationId: "createService", kind: { request: true },
      payload: withLifetime(lifetime), rejectedAt: "/lifetime",
    })),
  ...(["yes", 1.5, "1"] as const).map((flag): SeedCase => ({
    name: `create: run_privileged_container ${JSON.stringify(flag)}`, operationId: "createService", kind: { request: true },
    payload: withComponent({ run_privileged_container: flag }), rejectedAt: "/components/0/run_privileged_container",
  })),
  { name: "create: an object for a string", operationId: "createService", kind: { request: true },
    payload: { ...validService({}), description: { text: "x" } }, rejectedAt: "/description" },
  { name: "create: an array for a property value", operationId: "createService", kind: { request: true },
    payload: withComponent({ configuration: { properties: { k: ["x"] } } }), rejectedAt: "/components/0/configuration/properties/k" },
  { name: "create: unknown top-level field (FAIL_ON_UNKNOWN_PROPERTIES)", operationId: "createService", kind: { request: true },
    payload: { ...validService({}), versions: "1.0.0" }, rejectedAt: "" },
  { name: "create: version inside a component (ServiceUpgrade.md's mistake)", operationId: "createService", kind: { request: true },
    payload: withComponent({ version: "1.0.0" }), rejectedAt: "/components/0" },
  { name: "create: Swagger's restartPolicy spelling is an unknown field", operationId: "createService", kind: { request: true },
    payload: withComponent({ restartPolicy: "NEVER" }), rejectedAt: "/components/0" },
  { name: "upgrade instances: privileged_container is unknown to the JAXB-only mapper", operationId: "upgradeComponentInstances", kind: { request: true },
    payload: [{ component_instance_name: "sleeper-0", state: "UPGRADING", privileged_container: false }], rejectedAt: "/0" },
  { name: "create: enum ordinal (Jackson takes it; the spec deliberately does not)", operationId: "createService", kind: { request: true },
    payload: { ...validService({}), state: 3 }, rejectedAt: "/state" },
  // --- responses stay strict
  { name: "get 200: lifetime as a string is never written", operationId: "getService", kind: { response: 200 },
    payload: { ...getHelloWorld, lifetime: "-1" }, rejectedAt: "/lifetime" },
  { name: "get 200: run_privileged_container as a string is never written", operationId: "getService", kind: { response: 200 },
    payload: { ...getHelloWorld, components: [{ ...getHelloWorld.components[0], run_privileged_container: "false" }] },
    rejectedAt: "/components/0/run_privileged_container" },
  // --- error answers with their real bodies
  { name: "create 404: body Jackson cannot read (RemoteExceptionData)", operationId: "createService", kind: { response: 404 }, payload: unreadable },
  { name: "update 404: body Jackson cannot read", operationId: "updateService", kind: { response: 404 }, payload: unreadable },
  { name: "update 404: service not found", operationId: "updateService", kind: { response: 404 },
    payload: { diagnostics: "Service hello-world not found", code: 404004 } },
  { name: "update 400: no body at all (flex/cancel/decommission exit code)", operationId: "updateService", kind: { response: 400 }, payload: undefined },
  { name: "update 400: a ServiceClient YarnException's message", operationId: "updateService", kind: { response: 400 },
    payload: { diagnostics: "Service my-sleeper is not upgrading, so nothing to cancel." } },
  { name: "update 500: NullPointerException without a message", operationId: "updateService", kind: { response: 500 }, payload: {} },
  { name: "create 400: an empty body is not documented here", operationId: "createService", kind: { response: 400 }, payload: undefined, rejectedAt: "" },
  { name: "flex 500: missing service on the component call", operationId: "flexComponent", kind: { response: 500 },
    payload: { diagnostics: "File does not exist: /user/alice/.yarn/services/hello-world/hello-world.json" } },
];

testSeedCases("yarn-service Jackson rule and error bodies", validator, JACKSON_CASES);
