/**
 * The safety gate for real endpoints: against a host that is not loopback (127.0.0.0/8,
 * ::1, localhost) only GET, HEAD and OPTIONS are sent unless mutations are allowed.
 */
import { isMutatingMethod } from "../generate/test-case.js";

export function isLoopbackUrl(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  host = host.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "::1" || host === "0:0:0:0:0:0:0:1") return true;
  if (/^::ffff:127\./.test(host)) return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export interface SafetyGate {
  loopback: boolean;
  allowMutations: boolean;
  /** undefined when the method may be sent; otherwise the reason it is not. */
  refuse(method: string): string | undefined;
}

export function createSafetyGate(baseUrl: string, allowMutations: boolean, readOnly = false): SafetyGate {
  const loopback = isLoopbackUrl(baseUrl);
  return {
    loopback,
    allowMutations: allowMutations && !readOnly,
    refuse: (method) => {
      if (!isMutatingMethod(method)) return undefined;
      if (readOnly) return `${method.toUpperCase()} is a mutation and the run is --read-only`;
      return !loopback && !allowMutations ? `${method.toUpperCase()} is a mutation and ${new URL(baseUrl).host} is not a loopback host (pass --allow-mutations to send it)` : undefined;
    },
  };
}
