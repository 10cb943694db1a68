/**
 * Start-up cost: Prism's mocker requires @faker-js/faker (about 300 ms, every locale) when it
 * is imported, yet only reads it through a callback when generating dynamic data. Until then
 * we hand Prism a stand-in that loads the real module on first property access, so static
 * mocking starts faster and `--dynamic` behaves exactly as before.
 */
import Module from "node:module";

let installed = false;

export function deferFakerLoading(): void {
  if (installed) return;
  installed = true;
  const loader = Module as unknown as { _load: (request: string, parent: any, isMain: boolean) => any };
  const original = loader._load;
  loader._load = function deferredLoad(request: string, parent: any, isMain: boolean) {
    if (request === "@faker-js/faker" && String(parent?.filename ?? "").includes(`${"@stoplight"}`)) {
      let real: any;
      const load = () => (real ??= original.call(loader, request, parent, isMain));
      return new Proxy({}, {
        get: (_target, key) => load()[key],
        has: (_target, key) => key in load(),
        ownKeys: () => Reflect.ownKeys(load()),
        getOwnPropertyDescriptor: (_target, key) => {
          const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
          return descriptor ? { ...descriptor, configurable: true } : undefined;
        },
      });
    }
    return original.call(loader, request, parent, isMain);
  };
}
