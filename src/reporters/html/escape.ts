/**
 * How text gets into the HTML page: masked through `Output.mask`, then HTML-escaped. Class
 * names built from untrusted text keep only letters, digits and dashes.
 */
import type { Output } from "../output.js";

/** Mask, then escape: the only way text gets into the page. Non-strings are shown as JSON. */
export type Text = (value: unknown) => string;

export function createText(out: Output): Text {
  return (value: unknown): string => escapeHtml(out.mask(typeof value === "string" ? value : value === undefined ? "" : JSON.stringify(value, null, 2) ?? String(value)));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/** A class name from untrusted text: letters, digits and dashes only. */
export const cls = (text: string) => text.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
