/**
 * Start-up cost: Prism's mocker requires @faker-js/faker (about 300 ms, every locale) when it
 * is imported, and json-schema-faker takes the faker instance at once, yet only reads its
 * properties while generating dynamic data. We hand Prism a stand-in module whose `default`
 * (and `faker`) are stand-ins too: the real module loads on the first property read, so
 * static mocking starts faster and `--dynamic` behaves exactly as before.
 */
import Module from "node:module";

let installed = false;

/** An object that forwards every read to `load()`'s result, loading it on first use. */
function lazyObject(load: () => any): any {
  return new Proxy(
    {},
    {
      get: (_target, key) => load()[key],
      has: (_target, key) => key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
        return descriptor ? { ...descriptor, configurable: true } : undefined;
      },
    },
  );
}

export function deferFakerLoading(): void {
  if (installed) return;
  installed = true;
  const loader = Module as unknown as { _load: (request: string, parent: any, isMain: boolean) => any };
  const original = loader._load;
  loader._load = function deferredLoad(request: string, parent: any, isMain: boolean) {
    if (request === "@faker-js/faker" && String(parent?.filename ?? "").includes("@stoplight")) {
      let real: any;
      const load = () => (real ??= original.call(loader, request, parent, isMain));
      const instances = new Map<PropertyKey, any>();
      // The target stays a plain empty object: a proxy's invariant checks read the target's
      // own properties, and a lazy target would load faker on the first read of `default`.
      return new Proxy(
        {},
        {
          get: (_target, key) => {
            if (key !== "default" && key !== "faker") return load()[key];
            if (!instances.has(key)) instances.set(key, lazyObject(() => load()[key]));
            return instances.get(key);
          },
          has: (_target, key) => key in load(),
          ownKeys: () => Reflect.ownKeys(load()),
          getOwnPropertyDescriptor: (_target, key) => {
            const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
            return descriptor ? { ...descriptor, configurable: true } : undefined;
          },
        },
      );
    }
    return original.call(loader, request, parent, isMain);
  };
}
