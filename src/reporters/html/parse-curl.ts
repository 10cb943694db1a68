/** Read back the curl line of src/conform/http-request.ts (`-X`, `-H '...'`, `--data-raw '...'`, URL last). */
export function parseCurl(curl: string): { method: string; url: string; headers: string[]; body?: string } {
  const tokens = [...curl.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!));
  let method = "GET";
  let url = "";
  let body: string | undefined;
  const headers: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === "-X") method = tokens[++i] ?? method;
    else if (token === "-H") headers.push(tokens[++i] ?? "");
    else if (token === "--data-raw" || token === "-d") body = tokens[++i];
    else if (token !== "-i") url = token;
  }
  return { method, url, headers, body };
}
