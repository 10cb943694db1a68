/** Before serving: does the --proxy upstream accept connections at all? */
import { connect } from "node:net";
import type { ApiId } from "../spec/apis.js";
import { OperatorError } from "../spec/operator-error.js";

/** An upstream nobody listens on is an operator problem, found before the first request. */
export async function checkUpstream(id: ApiId, raw: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OperatorError("USAGE", `${id}: --proxy ${raw} is not a URL`, "pass e.g. --proxy http://127.0.0.1:9511");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OperatorError("USAGE", `${id}: --proxy ${raw} must be an http or https URL`);
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host: url.hostname.replace(/^\[|\]$/g, ""), port, timeout: 5000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve();
    });
    const fail = (reason: string) => {
      socket.destroy();
      reject(new OperatorError("TARGET_UNREACHABLE", `${id}: upstream ${url.host} does not accept connections (${reason})`, "start the upstream first, or check --proxy"));
    };
    socket.once("timeout", () => fail("no answer within 5 s"));
    socket.once("error", (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
  });
}
