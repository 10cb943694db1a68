/**
 * Write proxied exchanges as recordings: one masked JSON file per call, numbered so a folder
 * sorts in call order (`000001-createService.json`), and a manifest.yaml in the shared format
 * beside them (source "recorded", kind exchange, verdict accepted). A folder that already holds
 * recordings is continued, never overwritten.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { Document, Scalar, visit } from "yaml";
import { OperatorError } from "../spec/operator-error.js";
import { loadManifest, type FixtureEntry, type RecordedExchange } from "./manifest.js";
import type { ExchangeMasker } from "./mask-exchange.js";
import { UNROUTED } from "./validate-exchange.js";

const NUMBERED = /^(\d{6,})-.*\.json$/;

/** Call numbers shared by every folder of one session, so folders of several APIs interleave in order. */
export interface Sequence {
  next(): number;
}

export function createSequence(after: number): Sequence {
  let n = after;
  return { next: () => ++n };
}

/** The highest call number already used in these folders (0 when none). */
export async function lastRecordingNumber(dirs: string[]): Promise<number> {
  let max = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of await readdir(dir)) max = Math.max(max, Number(name.match(NUMBERED)?.[1] ?? 0));
  }
  return max;
}

export interface RecordingFolder {
  dir: string;
  /** Mask and write one exchange: the file name at once, and when it is on disk. */
  write(exchange: RecordedExchange, operationId: string | undefined): { file: string; written: Promise<void> };
  /** Wait until every pending write is on disk. */
  flush(): Promise<void>;
}

export interface RecordingOptions {
  /** Where the traffic went, for the manifest's reason ("recorded from <host>"). */
  upstreamHost: string;
  masker: ExchangeMasker;
  sequence: Sequence;
}

export async function openRecordingFolder(dir: string, options: RecordingOptions): Promise<RecordingFolder> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new OperatorError("FILE_UNWRITABLE", `cannot create recording folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const entries: FixtureEntry[] = existsSync(path.join(dir, "manifest.yaml")) ? (await loadManifest(dir)).fixtures : [];
  let pending: Promise<unknown> = Promise.resolve();
  const writeManifest = async () => {
    const file = path.join(dir, "manifest.yaml");
    const header = "# Recorded by `npm run mock -- --proxy ... --record ...`; add to the fixtures with `npm run fixtures:add`.\n";
    await writeFile(`${file}.tmp`, header + quoteDates(new Document({ fixtures: entries })).toString({ lineWidth: 0 }), "utf8");
    await rename(`${file}.tmp`, file);
  };
  return {
    dir,
    write(exchange, operationId) {
      const number = options.sequence.next();
      const name = `${String(number).padStart(6, "0")}-${safeName(operationId ?? UNROUTED)}.json`;
      const text = options.masker.maskExchange(exchange);
      const date = (exchange.timing?.startedAt ?? new Date().toISOString()).slice(0, 10);
      const step = pending.then(async () => {
        await writeFile(path.join(dir, name), text, "utf8");
        // An exchange no operation matches is kept for replay, but cannot be a fixture.
        if (operationId === undefined) return;
        entries.push({
          file: name,
          source: { repository: "recorded", date },
          operation: operationId,
          kind: "exchange",
          status: exchange.response.status,
          verdict: "accepted",
          reason: `recorded from ${options.upstreamHost}`,
        });
        await writeManifest();
      });
      pending = step.catch(() => undefined);
      return { file: name, written: step };
    },
    flush: () => pending.then(() => undefined),
  };
}

/** Dates as quoted strings, as the shared manifest format writes them (YAML 1.1 readers would make them dates). */
export function quoteDates(document: Document): Document {
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document;
}

function safeName(operationId: string): string {
  return operationId.replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^_+|_+$/g, "") || "call";
}
