/**
 * Errors in Magnum's ParsableErrorMiddleware format:
 * `{"errors": [{request_id: "", code: "client"|"server", status, title, detail, links: []}]}`,
 * where `title` is the message up to its first period (Magnum splits the faultstring at the
 * first ".") and `detail` the whole message. Messages are Magnum's exception texts.
 */

export const MESSAGES = {
  unauthorized: "The request you have made requires authentication.",
  clusterNotFound: (ident: string) => `Cluster ${ident} could not be found.`,
  nodeGroupNotFound: (ident: string) => `Nodegroup ${ident} could not be found.`,
  eventNotFound: (ident: string) => `Event ${ident} could not be found.`,
  addonNotFound: (ident: string) => `Addon ${ident} could not be found.`,
  addonTypeNotFound: (ident: string) => `Addon type ${ident} could not be found.`,
  clusterNameAmbiguous: "Multiple clusters exist with same name. Please use the cluster uuid instead.",
  nodeGroupNameTaken: (name: string, cluster: string) => `A node group with name ${name} already exists in the cluster ${cluster}.`,
  clusterBusy: (name: string) => `Cluster ${name} already has an operation in progress.`,
  nodeGroupBusy: (name: string) => `Nodegroup ${name} already has an operation in progress.`,
  notSupportedInStatus: (what: string, status: string) => `${what} when cluster status is "${status}" is not supported.`,
  apiAddressUnavailable: "Cluster API address is not available yet",
  deleteDefaultNodeGroup: "Deleting a default nodegroup is not supported.",
  createMasterNodeGroup: "Creating master nodegroups is currently not supported.",
  resizeMaster: "Resizing the master nodegroup is not supported by this driver.",
  resizeOutOfBounds: (ng: string, min: number, max: number | null) =>
    `Resizing ${ng} outside the allowed range: min_node_count = ${min}, max_node_count = ${max ?? "None"}`,
  nodeGroupInvalidInput: (attr: string, ng: string, expl: string) => `${attr} for ${ng} is invalid (${expl}).`,
  unknownMimetype: (type: string) => `Unknown mimetype: ${type}`,
} as const;

export interface MagnumError {
  request_id: string;
  code: string;
  status: number;
  title: string;
  detail: string;
  links: unknown[];
  [extra: string]: unknown;
}

/** Magnum's title: the faultstring up to its first "." (ParsableErrorMiddleware). */
export function titleOf(message: string): string {
  return message.split(".", 1)[0] ?? message;
}

export function buildErrorBody(status: number, message: string, extra?: Record<string, unknown>): { errors: MagnumError[] } {
  const error: MagnumError = {
    request_id: "",
    code: status >= 500 ? "server" : "client",
    status,
    title: titleOf(message),
    detail: message,
    links: [],
  };
  if (extra?.fields && typeof extra.fields === "object") Object.assign(error, extra.fields);
  return { errors: [error] };
}
