import { describe, expect, it } from "vitest";
import { renderApiPage, renderIndexPage } from "./build-reference.js";
import { collectStateMachines, renderExtras } from "./reference-extras.js";
import { layoutColumns, renderStateGraphSvg } from "./state-graph-svg.js";

const doc = {
  openapi: "3.1.0",
  info: { title: "T </script><script>alert(1)</script>", version: "1" },
  paths: { "/x": { get: { operationId: "getX", responses: { "200": { description: "ok" } } } } },
  components: {
    schemas: {
      Job: { type: "object", properties: { state: { type: "string", enum: ["NEW", "RUN", "DONE"], "x-state-transitions": { NEW: ["RUN"], RUN: ["DONE", "NEW"], DONE: [] } } } },
    },
  },
  "x-source-notes": [{ topic: "a | b <i>", sources: ["seed 1"], decision: "kept <b>x</b>" }],
};

describe("API reference extras", () => {
  it("finds nested state machines and lays them out by distance from the first state", () => {
    expect(collectStateMachines(doc)).toEqual([{ name: "Job.state", transitions: { NEW: ["RUN"], RUN: ["DONE", "NEW"], DONE: [] } }]);
    expect(Object.fromEntries(layoutColumns({ NEW: ["RUN"], RUN: ["DONE", "NEW"], DONE: [] }))).toEqual({ NEW: 0, RUN: 1, DONE: 2 });
    const svg = renderStateGraphSvg("Job.state", { NEW: ["RUN"], RUN: ["DONE", "NEW"], DONE: [] });
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg.match(/class="e"/g)).toHaveLength(2); // NEW->RUN, RUN->DONE forward
    expect(svg.match(/class="e back"/g)).toHaveLength(1); // RUN->NEW back
    expect(svg).toContain('class="n final"');
  });

  it("renders the source notes and transitions as escaped Markdown tables", () => {
    const md = renderExtras(doc);
    expect(md).toContain("| a \\| b &lt;i&gt; | kept &lt;b&gt;x&lt;/b&gt; | seed 1 |");
    expect(md).toContain("| RUN | DONE, NEW |");
    expect(md).toContain("| DONE | _(final)_ |");
  });

  it("puts the spec in a page where nothing can close the script element", async () => {
    const html = await renderApiPage("yarn-service", doc);
    expect(html).not.toContain("</script><script>alert(1)");
    expect(html).toContain("\\u003c/script>\\u003cscript>alert(1)");
    expect(html).not.toContain("https://cdn.redoc.ly");
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(renderIndexPage([{ api: "yarn-service", document: doc }])).toContain("T &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
