import { expect, test } from "vitest";
import { createOutput } from "./output.js";

test("every way a secret can be written is masked", async () => {
  const secret = `p'a"ss w/rd&<x>`;
  let printed = "";
  const files: string[] = [];
  const out = createOutput([secret], { stdout: (t) => void (printed += t), stderr: (t) => void (printed += t), writeFile: async (_p, c) => void files.push(c) });
  const shell = `'${secret.replace(/'/g, `'\\''`)}'`;
  out.line(`raw ${secret} shell ${shell} url ${encodeURIComponent(secret)} json ${JSON.stringify(secret)}`);
  out.error(`form ${new URLSearchParams({ q: secret }).toString()}`);
  await out.file("x", JSON.stringify({ curl: `curl -H ${shell}` }));
  for (const text of [printed, ...files]) {
    expect(text).not.toContain("ss w/rd");
    expect(text).not.toContain("ss%20w");
    expect(text).not.toContain("ss+w");
  }
  expect(printed).toContain("***");
});
