/** Start one neighbour process and wait for the line that says it serves. */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

export interface Neighbour {
  name: string;
  child: ChildProcess;
  /** the capture groups of the ready line */
  ready: RegExpMatchArray;
  stop(): Promise<void>;
}

export interface NeighbourSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  readyLine: RegExp;
  logDir: string;
  timeoutMs: number;
}

/** The last non-empty line of a log, for one-line error messages. */
export function lastLogLine(file: string): string {
  try {
    const lines = readFileSync(file, "utf8").trim().split("\n").filter(Boolean);
    return lines.at(-1) ?? "";
  } catch {
    return "";
  }
}

export function spawnNeighbour(spec: NeighbourSpec): Promise<Neighbour> {
  const errLog = path.join(spec.logDir, `${spec.name}.stderr.log`);
  const child = spawn(spec.command, spec.args, { env: spec.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  child.stderr!.pipe(createWriteStream(errLog));
  const stop = () => stopChild(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${spec.name} did not start within ${spec.timeoutMs} ms ${lastLogLine(errLog)}`.trim()));
    }, spec.timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const ready = line.match(spec.readyLine);
      if (!ready) return;
      clearTimeout(timer);
      lines.removeAllListeners("line");
      child.stdout!.resume();
      resolve({ name: spec.name, child, ready, stop });
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`${spec.name} could not be started: ${error.message}`));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      // let the stderr pipe flush before reading it
      setTimeout(() => reject(new Error(`${spec.name} exited with ${code} before serving: ${lastLogLine(errLog)}`)), 50);
    });
  });
}

/** SIGTERM, then SIGKILL after 3 s; resolves when the process has gone. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
