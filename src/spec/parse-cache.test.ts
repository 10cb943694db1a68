import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { expect, test, vi } from "vitest";
import { parseYamlCached } from "./parse-cache.js";

const YAML = "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /a: { get: { responses: { '200': { description: ok } } } }\n";

test("the first read parses and keeps JSON; the next one reads it back without parsing", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "parse-cache-"));
  const parser = vi.fn((text: string) => parse(text));
  const first = parseYamlCached(YAML, parser, dir);
  expect(first).toEqual(parse(YAML));
  expect(readdirSync(dir)).toHaveLength(1);
  const second = parseYamlCached(YAML, parser, dir);
  expect(second).toEqual(first);
  expect(second).not.toBe(first);
  expect(parser).toHaveBeenCalledTimes(1);
  // other text, other entry
  parseYamlCached(`${YAML}# edited\n`, parser, dir);
  expect(parser).toHaveBeenCalledTimes(2);
  expect(readdirSync(dir)).toHaveLength(2);
});

test("a document JSON cannot hold exactly is not kept, and a broken entry is parsed afresh", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "parse-cache-"));
  const withInfinity = "x: .inf\n";
  expect(parseYamlCached(withInfinity, parse, dir)).toEqual({ x: Infinity });
  expect(readdirSync(dir)).toEqual([]);
  parseYamlCached(YAML, parse, dir);
  const [entry] = readdirSync(dir);
  writeFileSync(path.join(dir, entry!), "{ not json");
  const parser = vi.fn((text: string) => parse(text));
  expect(parseYamlCached(YAML, parser, dir)).toEqual(parse(YAML));
  expect(parser).toHaveBeenCalledTimes(1);
});
