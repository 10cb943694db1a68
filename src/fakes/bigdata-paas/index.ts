/** The stateful fake of the CESGA BigData PaaS REST API (specs/bigdata-paas.yaml). */
import type { FakeDefinition } from "../runtime/types.js";
import { createBigdataState, type BigdataState } from "./model.js";
import { authenticate } from "./auth.js";
import { createErrorBody, replyInvalidRequest } from "./errors.js";
import { getProduct, listProducts, listProductVersions, registerProduct } from "./products.js";
import {
  RAW_UPLOADS,
  getProductLogoUrl,
  getProductOptions,
  getProductOrchestrator,
  getProductTemplate,
  setProductLogoUrl,
  setProductOptions,
  setProductOrchestrator,
  setProductTemplate,
} from "./product-documents.js";
import { getQueueJob, launchCluster, queueInvalidLaunch } from "./launch.js";
import {
  destroyCluster,
  getCluster,
  listClusterNodes,
  listClusters,
  listClusterServices,
  listUserClusters,
  listUserProductClusters,
  listUserProductVersionClusters,
} from "./clusters.js";
import { providerStates } from "./provider-states.js";
import { createSeedProducts } from "./seed.js";

export type { BigdataState } from "./model.js";

/** Lookups by a path value whose handlers answer an unknown path value as the server does (the spec's patterns are stricter). */
const PATH_LOOKUPS = new Set(["getCluster", "listClusterNodes", "listClusterServices", "destroyCluster", "getQueueJob"]);

export const definition: FakeDefinition<BigdataState> = {
  id: "bigdata-paas",
  createState: () => createBigdataState(createSeedProducts()),
  authenticate,
  errorBody: createErrorBody,
  // endpoints.py set_product_template stores request.get_data() as is: a jinja2 JSON template need not parse.
  rawBodyOperations: ["setProductTemplate"],
  invalidRequest: (findings, request, context) => {
    if (request.operationId === "launchCluster") return queueInvalidLaunch(request, context);
    const rawUpload = RAW_UPLOADS[request.operationId];
    if (rawUpload && findings.every((f) => !f.pointer.startsWith("/path/"))) return rawUpload(request, context);
    // Flask routes any segment text to <id>, <username>, ...: the handler looks it up and finds nothing.
    const handler = PATH_LOOKUPS.has(request.operationId) ? definition.handlers[request.operationId] : undefined;
    if (handler && findings.every((f) => f.pointer.startsWith("/path/"))) return handler(request, context);
    return replyInvalidRequest(findings, request, context);
  },
  handlers: {
    registerProduct,
    listProducts,
    listProductVersions,
    getProduct,
    launchCluster,
    getProductTemplate,
    setProductTemplate,
    getProductOptions,
    setProductOptions,
    getProductOrchestrator,
    setProductOrchestrator,
    getProductLogoUrl,
    setProductLogoUrl,
    getQueueJob,
    listClusters,
    listUserClusters,
    listUserProductClusters,
    listUserProductVersionClusters,
    getCluster,
    destroyCluster,
    listClusterNodes,
    listClusterServices,
  },
  providerStates,
};
