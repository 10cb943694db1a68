import { describe, expect, test } from "vitest";
import { planLaunch, readWholeNumber } from "./launch-options.js";
import { createSeedProduct } from "./seed.js";
import type { OptionsDocument, Product } from "./model.js";

const seed = createSeedProduct();
const seedOptions = seed.options!;
const plainTemplate: Product = {
  ...seed,
  template: { type: "json+jinja2", text: JSON.stringify({ dnsname: "x", nodes: { master: {}, worker: {} }, services: { hdfs: {}, yarn: {} } }) },
};
const noRequired: OptionsDocument = { required: {}, optional: { cpu: 2 }, advanced: { mem: 4096 }, descriptions: {} };

describe("planLaunch", () => {
  test.each([
    ["required key missing", seed, seedOptions, {}, "required option missing: size"],
    ["size zero", seed, seedOptions, { size: 0 }, "size must be a whole number from 1 to 64"],
    ["size too large", seed, seedOptions, { size: 65 }, "size must be a whole number from 1 to 64"],
    ["size not a number", seed, seedOptions, { size: "two" }, "size must be a whole number from 1 to 64"],
    ["size fractional", seed, seedOptions, { size: 1.5 }, "size must be a whole number from 1 to 64"],
    ["disks negative", seed, seedOptions, { size: 1, disks: -1 }, "disks must be a whole number from 1 to 16"],
  ])("%s is invalid options", (_name, product, options, values, message) => {
    expect(planLaunch(product, options, values)).toEqual({ ok: false, message });
  });

  test.each([
    ["size as a number", { size: 2 }, ["node0", "node1"]],
    ["size as text (README)", { size: "3" }, ["node0", "node1", "node2"]],
  ])("%s gives that many nodes with the defaults", (_name, values, names) => {
    const plan = planLaunch(seed, seedOptions, values);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.nodes.map((n) => n.name)).toEqual(names);
    expect(plan.nodes[0]).toMatchObject({ cpu: "1", mem: "1024", disks: ["disk1"] });
    expect(plan.services).toEqual(["reference"]);
  });

  test("launch values override optional and advanced defaults", () => {
    const plan = planLaunch(seed, seedOptions, { size: 1, cpu: 4, disks: "2" });
    expect(plan.ok && plan.nodes[0]).toEqual({ name: "node0", cpu: "4", mem: "1024", disks: ["disk1", "disk2"] });
  });

  test("without size, a plain JSON template names the nodes and services", () => {
    const plan = planLaunch(plainTemplate, noRequired, {});
    expect(plan.ok && plan.nodes.map((n) => [n.name, n.cpu, n.mem])).toEqual([["master", "2", "4096"], ["worker", "2", "4096"]]);
    expect(plan.ok && plan.services).toEqual(["hdfs", "yarn"]);
  });
});

test.each([
  [3, 3], ["3", 3], [" 4 ", 4], [0, undefined], ["-1", undefined], ["1e2", undefined], [true, undefined], [null, undefined],
])("readWholeNumber(%j) in 1..10 is %j", (value, expected) => {
  expect(readWholeNumber(value, 1, 10)).toBe(expected);
});
