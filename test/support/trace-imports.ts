/** Reading what test/support/trace-imports-hook.mjs recorded. */

/** The npm packages among loaded module URLs (`@scope/name` or `name`). */
export function packagesOf(urls: readonly string[]): Set<string> {
  return new Set(urls.flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []));
}
