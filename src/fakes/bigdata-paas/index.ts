/** The stateful fake of the CESGA BigData PaaS REST API (specs/bigdata-paas.yaml). */
import type { FakeDefinition } from "../runtime/types.js";
import { createBigdataState, type BigdataState } from "./model.js";
import { authenticate } from "./auth.js";
import { createErrorBody, replyInvalidRequest } from "./errors.js";
import { getProduct, listProducts, listProductVersions, registerProduct } from "./products.js";
import {
  getProductLogoUrl,
  getProductOptions,
  getProductOrchestrator,
  getProductTemplate,
  setProductLogoUrl,
  setProductOptions,
  setProductOrchestrator,
  setProductTemplate,
} from "./product-documents.js";
import { getQueueJob, launchCluster } from "./launch.js";
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

export type { BigdataState } from "./model.js";

export const definition: FakeDefinition<BigdataState> = {
  id: "bigdata-paas",
  createState: () => createBigdataState(),
  authenticate,
  errorBody: createErrorBody,
  invalidRequest: replyInvalidRequest,
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
