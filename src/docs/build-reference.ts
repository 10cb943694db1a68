/**
 * `npm run docs`: one static, self-contained page per spec plus an index, rendered by Redoc's
 * standalone bundle (redoc 2.x), inlined into each page with the spec, so a page works from
 * file:// or any static host with no network access. Output goes to build/reference/
 * (gitignored; rebuilt by the tests).
 */
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { API_IDS, APIS, PROJECT_ROOT, type ApiId } from "../spec/apis.js";
import { loadSpec, type OpenApiDocument } from "../spec/load-spec.js";
import { OperatorError } from "../spec/operator-error.js";
import { collectStateMachines, readSourceNotes, renderExtras } from "./reference-extras.js";

export const DEFAULT_OUT_DIR = path.join(PROJECT_ROOT, "build", "reference");

export interface BuiltPage {
  api: ApiId | "index";
  file: string;
  bytes: number;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** No network at view time: scripts and styles inline, images and fonts as data:, workers from blob:. */
const CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data:";

const esc = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

/** JSON or JS placed inside <script>: nothing in it may end the element or open an HTML comment. */
const scriptSafe = (text: string) => text.replace(/<(\/?script|!--)/gi, "\\x3C$1");
const jsonSafe = (text: string) => text.replace(/</g, "\\u003c");

/** The one URL Redoc 2.x fetches by itself: the attribution logo. It becomes an inline image. */
const REDOCLY_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="6" fill="#8c8c8c"/></svg>')}`;

let bundle: Promise<string> | undefined;
function redocBundle(): Promise<string> {
  bundle ??= (async () => {
    const file = createRequire(import.meta.url).resolve("redoc/bundles/redoc.standalone.js");
    const text = await readFile(file, "utf8");
    if (!text.includes(REDOCLY_LOGO)) throw new Error(`the bundle no longer contains ${REDOCLY_LOGO}; check what it fetches before upgrading`);
    return scriptSafe(text.split(REDOCLY_LOGO).join(INLINE_LOGO));
  })().catch((error) => {
    bundle = undefined;
    throw new OperatorError("ENVIRONMENT", `cannot read Redoc's standalone bundle: ${(error as Error).message.split("\n")[0]}`, "run npm ci (redoc is a devDependency)");
  });
  return bundle;
}

export function countOperations(document: OpenApiDocument): number {
  return Object.values<any>(document.paths ?? {}).reduce((n, item) => n + HTTP_METHODS.filter((m) => item?.[m]).length, 0);
}

export function withExtras(document: OpenApiDocument): OpenApiDocument {
  const doc = structuredClone(document);
  const extras = renderExtras(doc);
  doc.info = { ...doc.info, description: `${doc.info?.description ?? ""}\n\n${extras}`.trim() };
  return doc;
}

const REDOC_OPTIONS = {
  scrollYOffset: 36,
  hideDownloadButton: true,
  expandResponses: "200,201,202",
  jsonSampleExpandLevel: 3,
  pathInMiddlePanel: true,
  theme: { typography: { fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif", headings: { fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif" } } },
};

export async function renderApiPage(api: ApiId, document: OpenApiDocument): Promise<string> {
  const doc = withExtras(document);
  const title = `${doc.info?.title ?? APIS[api].title} ${doc.info?.version ?? ""}`.trim();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} - API reference</title>
<style>body{margin:0}.topbar{position:fixed;top:0;left:0;right:0;height:36px;z-index:100;display:flex;align-items:center;gap:16px;padding:0 16px;background:#0d1117;color:#e6edf3;font:14px system-ui,sans-serif}.topbar a{color:#7ee787;text-decoration:none}#redoc{padding-top:36px}.state-graph-box{overflow-x:auto;margin:8px 0 12px}</style>
</head>
<body>
<nav class="topbar"><a href="index.html">← all APIs</a><span>${esc(title)}</span><span style="opacity:.7">specs/${esc(api)}.yaml</span></nav>
<div id="redoc"></div>
<script id="spec" type="application/json">${jsonSafe(JSON.stringify(doc))}</script>
<script>${await redocBundle()}</script>
<script>Redoc.init(JSON.parse(document.getElementById("spec").textContent), ${JSON.stringify(REDOC_OPTIONS)}, document.getElementById("redoc"));</script>
</body>
</html>
`;
}

export function renderIndexPage(entries: Array<{ api: ApiId; document: OpenApiDocument }>): string {
  const rows = entries
    .map(({ api, document }) => {
      const machines = collectStateMachines(document).length;
      const notes = readSourceNotes(document).length;
      return `<li><a href="${esc(api)}.html"><b>${esc(document.info?.title ?? APIS[api].title)}</b></a> <span class="v">${esc(String(document.info?.version ?? ""))}</span><br><small>specs/${esc(api)}.yaml · ${countOperations(document)} operations · ${machines} state machines · ${notes} source decisions</small></li>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cluster-api-contracts - API reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:40px auto;max-width:760px;padding:0 16px;color:#1f2328}li{margin:14px 0}a{color:#0969da}.v{color:#57606a}small{color:#57606a}</style>
</head>
<body>
<h1>API reference</h1>
<p>The four hand-written OpenAPI 3.1 specs of cluster-api-contracts, with their state machines and source decisions. Every page works offline.</p>
<ul>
${rows}
</ul>
</body>
</html>
`;
}

export async function buildReference(outDir = DEFAULT_OUT_DIR, apis: readonly ApiId[] = API_IDS): Promise<BuiltPage[]> {
  const entries = await Promise.all(apis.map(async (api) => ({ api, document: (await loadSpec(api)).document })));
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new OperatorError("FILE_UNWRITABLE", `cannot create ${outDir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const pages: BuiltPage[] = [];
  const write = async (api: BuiltPage["api"], name: string, html: string) => {
    const file = path.join(outDir, name);
    await writeFile(file, html, "utf8");
    pages.push({ api, file, bytes: Buffer.byteLength(html) });
  };
  for (const { api, document } of entries) await write(api, `${api}.html`, await renderApiPage(api, document));
  await write("index", "index.html", renderIndexPage(entries));
  return pages;
}
