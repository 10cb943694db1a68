/**
 * Evidence fixtures: upstream example payloads and recorded exchanges, each listed in a
 * manifest.yaml beside it with its source and the verdict the real server gives.
 */
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { OperatorError } from "../spec/operator-error.js";

export type FixtureKind = "request" | "response" | "exchange";
export type Verdict = "accepted" | "rejected";

export interface FixtureSource {
  /** "owner/name" of a public repository, "recorded" for a recording, "seeds" for a seed document. */
  repository: string;
  path?: string;
  commit?: string;
  date?: string;
}

export interface FixtureEntry {
  /** Path relative to the manifest's folder. */
  file: string;
  source: FixtureSource;
  operation: string;
  kind: FixtureKind;
  status: number;
  verdict: Verdict;
  reason: string;
  /** Set when the artifact itself is wrong upstream; the reason. */
  upstreamWrong?: string;
  params?: { path?: Record<string, string>; query?: Record<string, string> };
}

export interface Manifest {
  api: string;
  dir: string;
  fixtures: FixtureEntry[];
}

export interface RecordedExchange {
  request: {
    method: string;
    path: string;
    query?: Record<string, string | string[]>;
    headers?: Record<string, string | string[]>;
    body?: unknown;
  };
  response: { status: number; headers?: Record<string, string | string[]>; body?: unknown };
  timing?: { startedAt: string; durationMs: number };
}

export const UPSTREAM_FIXTURES_DIR = "test/fixtures/upstream";

const KINDS: readonly FixtureKind[] = ["request", "response", "exchange"];
const VERDICTS: readonly Verdict[] = ["accepted", "rejected"];

/** Problems with a manifest's own shape, one line each; an empty list means it is well formed. */
export function checkManifestShape(raw: unknown): string[] {
  const problems: string[] = [];
  const fixtures = (raw as any)?.fixtures;
  if (!Array.isArray(fixtures)) return ["manifest has no fixtures list"];
  fixtures.forEach((entry: any, i: number) => {
    const at = `fixtures[${i}]${entry?.file ? ` (${entry.file})` : ""}`;
    if (typeof entry?.file !== "string" || !entry.file) problems.push(`${at}: file is missing`);
    if (typeof entry?.operation !== "string" || !entry.operation) problems.push(`${at}: operation is missing`);
    if (!KINDS.includes(entry?.kind)) problems.push(`${at}: kind must be one of ${KINDS.join(", ")}`);
    if (!VERDICTS.includes(entry?.verdict)) problems.push(`${at}: verdict must be accepted or rejected`);
    if (!Number.isInteger(entry?.status)) problems.push(`${at}: status must be an integer`);
    if (typeof entry?.reason !== "string" || !entry.reason.trim()) problems.push(`${at}: reason is missing`);
    const source = entry?.source;
    if (typeof source?.repository !== "string" || !source.repository) problems.push(`${at}: source.repository is missing`);
    else if (source.repository === "recorded") {
      if (typeof source.date !== "string") problems.push(`${at}: a recording needs source.date`);
    } else if (source.repository !== "seeds") {
      if (typeof source.path !== "string") problems.push(`${at}: source.path is missing`);
      if (typeof source.commit !== "string" || !/^[0-9a-f]{40}$/.test(source.commit)) {
        problems.push(`${at}: source.commit must be a 40-hex commit`);
      }
    }
    if (entry?.upstreamWrong !== undefined && (typeof entry.upstreamWrong !== "string" || !entry.upstreamWrong.trim())) {
      problems.push(`${at}: upstreamWrong must be a reason`);
    }
  });
  return problems;
}

export async function loadManifest(dir: string, api = path.basename(dir)): Promise<Manifest> {
  const file = path.join(dir, "manifest.yaml");
  let raw: unknown;
  try {
    raw = parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new OperatorError("MANIFEST_INVALID", `cannot read ${file}: ${(error as Error).message.split("\n")[0]}`);
  }
  const problems = checkManifestShape(raw);
  if (problems.length > 0) {
    throw new OperatorError("MANIFEST_INVALID", `${file}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}`);
  }
  return { api, dir, fixtures: (raw as { fixtures: FixtureEntry[] }).fixtures };
}

/** Every manifest under the fixtures root, one per API folder that has one. */
export async function loadAllManifests(root: string): Promise<Manifest[]> {
  if (!existsSync(root)) return [];
  const manifests: Manifest[] = [];
  for (const name of (await readdir(root)).sort()) {
    if (existsSync(path.join(root, name, "manifest.yaml"))) manifests.push(await loadManifest(path.join(root, name), name));
  }
  return manifests;
}
