/**
 * One HTTP request to a local server for the tests that send hundreds of them (the fakes'
 * tests, the fault proxy), through the runner's own node:http transport
 * (src/conform/http-transport.ts): about a third of the CPU that fetch spends per request. It
 * adds what fetch would add for these calls: `accept: *\/*` and, for a string body without a
 * content type, `text/plain;charset=UTF-8`. Redirects are not followed (fetch's
 * `redirect: "manual"`).
 */
import { sendOverHttp } from "../../src/conform/http-transport.js";

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export interface HttpCall {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export async function httpCall(url: string, init: HttpCall = {}): Promise<HttpAnswer> {
  const headers: Record<string, string> = { accept: "*/*" };
  for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
  if (init.body !== undefined) headers["content-type"] ??= "text/plain;charset=UTF-8";
  const answer = await sendOverHttp({ method: init.method ?? "GET", url, headers, body: init.body }, new AbortController().signal);
  return { status: answer.status, headers: new Headers(Object.entries(answer.headers)), text: answer.text };
}
