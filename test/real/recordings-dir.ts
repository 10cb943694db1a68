import path from "node:path";

/** Committed answers of the real Magnum 15.0.1, one folder per auth mode. */
export const RECORDINGS_DIR = path.join(import.meta.dirname, "recordings");
