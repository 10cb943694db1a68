/**
 * Per-API settings as data: which credential fills which security scheme, extra headers an
 * API always needs, parameters filled from the environment, and operations whose 400 can
 * come from the resource's state rather than the input (positive_accepted skips those).
 */
import type { Credentials } from "../spec/credentials.js";

export interface SchemeCredential {
  /** The credential field that fills this scheme (one of the four APIs' variables). */
  field?: keyof Credentials;
  /** A value given directly (-H, CONFORM_AUTH_<SCHEME>); wins over `field`. */
  value?: string;
  /** Where `value` came from, for messages ("-H X-Auth-Token", "CONFORM_AUTH_BEARER"). */
  source?: string;
  /** A wrong value is detectable (a secret); false for identities such as a user name. */
  wrongIsMeaningful: boolean;
}

export interface ApiProfile {
  /**
   * Security scheme name (or "<in>:<lower-case parameter name>") -> credential. Schemes not
   * listed (e.g. SPNEGO) are never used.
   */
  schemes: Record<string, SchemeCredential>;
  /** Headers sent with every request (not credentials; never removed by auth probes). */
  headers: Record<string, string>;
  /** Path or query parameter name -> credential field that supplies its value. */
  parameters: Record<string, keyof Credentials>;
  /**
   * Operations that may answer 400 to valid input because of the resource's current state
   * (already stopped, cluster busy, upgrade not enabled): positive_accepted does not judge them.
   */
  stateDependent: string[];
}

export const API_PROFILES: Record<string, ApiProfile> = {
  "hadoop-eco": {
    schemes: {
      CredentialId: { field: "hadoopEcoCredentialId", wrongIsMeaningful: true },
      CredentialSecret: { field: "hadoopEcoCredentialSecret", wrongIsMeaningful: true },
      HadoopEcoApiKey: { field: "hadoopEcoApiKey", wrongIsMeaningful: true },
    },
    headers: {},
    parameters: { "cluster-id": "hadoopEcoClusterId" },
    stateDependent: ["createJobCluster", "createLegacyJobCluster"],
  },
  "yarn-service": {
    schemes: { userName: { field: "yarnUser", wrongIsMeaningful: false } },
    headers: {},
    parameters: {},
    stateDependent: ["createService", "updateService", "flexComponent", "upgradeComponents", "upgradeComponentInstances", "updateComponentInstance", "destroyService"],
  },
  "nhn-kubernetes": {
    schemes: { "header:x-auth-token": { field: "nhnKubernetesToken", wrongIsMeaningful: true } },
    headers: { "OpenStack-API-Version": "container-infra latest" },
    parameters: {},
    // Node names, the default worker group and upgrade versions depend on the cluster at hand;
    // Magnum refuses a certificate rotation with 400 outside a *_COMPLETE state.
    stateDependent: ["stopNodes", "startNodes", "upgradeNodeGroup", "deleteNodeGroup", "renewClusterCertificate"],
  },
  "bigdata-paas": {
    schemes: { authToken: { field: "bigdataPaasToken", wrongIsMeaningful: true } },
    headers: {},
    parameters: {},
    stateDependent: ["launchCluster"],
  },
};

/** A spec outside the four: no known credentials, nothing state-dependent. */
export const EMPTY_PROFILE: ApiProfile = { schemes: {}, headers: {}, parameters: {}, stateDependent: [] };

export function profileFor(apiId: string): ApiProfile {
  return API_PROFILES[apiId] ?? EMPTY_PROFILE;
}
