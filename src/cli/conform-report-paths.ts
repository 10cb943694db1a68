/**
 * Report files are checked before the first request: a run of many minutes must not end in
 * "cannot write the report". The parent folder is created; the file itself is not.
 */
import { constants } from "node:fs";
import { access, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { OperatorError } from "../spec/operator-error.js";

export async function checkReportPaths(paths: ReadonlyArray<{ option: string; file: string | undefined }>): Promise<void> {
  for (const { option, file } of paths) {
    if (!file) continue;
    const resolved = path.resolve(file);
    const fail = (why: string) => {
      throw new OperatorError("FILE_UNWRITABLE", `--${option} ${file} is not writable (${why})`, "choose another path; nothing was sent");
    };
    try {
      const existing = await stat(resolved).catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? undefined : Promise.reject(error)));
      if (existing?.isDirectory()) fail("it is a directory");
      if (existing) {
        await access(resolved, constants.W_OK);
        continue;
      }
      await mkdir(path.dirname(resolved), { recursive: true });
      await access(path.dirname(resolved), constants.W_OK);
    } catch (error) {
      if (error instanceof OperatorError) throw error;
      fail((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  }
}
