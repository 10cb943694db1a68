/** `real:magnum --record <dir>`: record the call list, write it, print each answer's judgement. */
import { EXIT } from "../../cli/exit.js";
import { loadSpec } from "../../spec/load-spec.js";
import { createSpecValidator } from "../../validate/spec-validator.js";
import { formatJudgement, judgeRecordings } from "./judge-recordings.js";
import { recordAnswers } from "./record-answers.js";
import type { RealMagnum } from "./start-real-magnum.js";
import { writeRecordings } from "./write-recordings.js";

export async function recordAndJudge(magnum: RealMagnum, dir: string, token: string): Promise<number> {
  const recordings = await recordAnswers(magnum.url, { mode: magnum.auth, token, projectId: magnum.projectId });
  const target = writeRecordings(dir, magnum.auth, recordings);
  const validator = createSpecValidator((await loadSpec("nhn-kubernetes")).document);
  const judgements = judgeRecordings(validator, recordings);
  for (const j of judgements) console.log(formatJudgement(j));
  const failing = judgements.filter((j) => j.findings && j.findings.length > 0).length;
  console.log(`real-magnum: ${recordings.length} answers recorded in ${target}; ${failing} do not fit specs/nhn-kubernetes.yaml`);
  return failing > 0 ? EXIT.findings : EXIT.ok;
}
