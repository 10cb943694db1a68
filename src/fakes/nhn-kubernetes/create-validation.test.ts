import { describe, expect, test } from "vitest";
import { sampleCreateBody } from "./build-cluster.js";
import { checkCreateRules, parseCidr } from "./create-validation.js";
import { createInitialState } from "./seed.js";

const state = createInitialState({} as never);
const withLabels = (labels: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const body = sampleCreateBody("x") as Record<string, any>;
  return { ...body, ...extra, labels: { ...body.labels, ...labels } };
};

describe("parseCidr", () => {
  test.each([
    ["10.100.0.0/16", { start: 10 * 2 ** 24 + 100 * 2 ** 16, prefix: 16 }],
    ["10.100.7.9/24", { start: 10 * 2 ** 24 + 100 * 2 ** 16 + 7 * 256, prefix: 24 }],
  ])("%s", (text, expected) => expect(parseCidr(text)).toMatchObject(expected));

  test.each(["10.0.0.0", "300.0.0.0/8", "10.0.0.0/33", "a.b.c.d/8"])("%s is not a CIDR", (text) => expect(parseCidr(text)).toBeUndefined());
});

describe("checkCreateRules", () => {
  test.each([
    ["the sample body", withLabels({}), undefined],
    ["a public endpoint with an external network", withLabels({ master_lb_floating_ip_enabled: "True", external_network_id: "n", external_subnet_id_list: "s" }), undefined],
    ["a public endpoint without one", withLabels({ master_lb_floating_ip_enabled: "true" }), /external_network_id/],
    ["a /25 pod network", withLabels({ pods_network_cidr: "10.100.0.0/25" }), /smaller than \/24/],
    ["198.18.0.0/16 for services", withLabels({ service_cluster_ip_range: "198.18.0.0/16" }), /reserved range/],
    ["172.17.0.0/16 up to v1.23.3", withLabels({ kube_tag: "v1.23.3", pods_network_cidr: "172.17.0.0/16" }), /reserved range/],
    ["172.17.0.0/16 after v1.23.3", withLabels({ kube_tag: "v1.24.3", pods_network_cidr: "172.17.0.0/16" }), undefined],
    ["pods overlapping services", withLabels({ service_cluster_ip_range: "10.254.0.0/16", pods_network_cidr: "10.254.0.0/20" }), /overlaps service_cluster_ip_range/],
    ["a pod subnet too close to the CIDR", withLabels({ pods_network_cidr: "10.100.0.0/23", pods_network_subnet: 24 }), /at least 2 larger/],
    ["a pod subnet 2 larger", withLabels({ pods_network_cidr: "10.100.0.0/16", pods_network_subnet: "24" }), undefined],
    ["a catalogue add-on", withLabels({}, { addons: [{ name: "calico", version: "v3.28.2-nks1" }] }), undefined],
    ["an unknown add-on", withLabels({}, { addons: [{ name: "cilium", version: "1" }] }), /No such add-on version/],
  ])("%s", (_name, body, expected) => {
    const result = checkCreateRules(body, state);
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(expected);
  });
});
