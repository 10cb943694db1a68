/**
 * --api X --spec Y: Y must be a version of X's spec (same info.title, or a server URL in
 * common); otherwise the run would test another API under X's credentials and workflows.
 * --force skips this.
 */
import { loadSpec, type OpenApiDocument } from "../spec/load-spec.js";
import { OperatorError } from "../spec/operator-error.js";

export async function checkSpecMatchesApi(api: string, specPath: string, document: OpenApiDocument): Promise<void> {
  const own = (await loadSpec(api)).document;
  const title = (d: OpenApiDocument) => String(d.info?.title ?? "").trim().toLowerCase();
  const servers = (d: OpenApiDocument) => new Set<string>((d.servers ?? []).map((s: { url?: string }) => String(s.url ?? "").replace(/\/+$/, "").toLowerCase()));
  if (title(own) !== "" && title(own) === title(document)) return;
  const ours = servers(own);
  if ([...servers(document)].some((url) => url !== "" && ours.has(url))) return;
  throw new OperatorError(
    "USAGE",
    `--spec ${specPath} ("${document.info?.title ?? "untitled"}") does not look like --api ${api} ("${own.info?.title ?? ""}"): different title and no server in common`,
    `drop --api to test ${specPath} on its own, or add --force`,
  );
}
