/**
 * The credentials the clients fall back to when an option is not given: each from its
 * environment variable, else the local default the fakes accept. The same names and defaults
 * as the tool's src/spec/credentials.ts (a test in the tool keeps the two equal).
 */
export interface ClientCredentials {
  hadoopEcoCredentialId: string;
  hadoopEcoCredentialSecret: string;
  hadoopEcoApiKey: string;
  nhnKubernetesToken: string;
  yarnUser: string;
  bigdataPaasToken: string;
}

export const CLIENT_CREDENTIAL_VARS = [
  { name: "HADOOP_ECO_CREDENTIAL_ID", field: "hadoopEcoCredentialId", fallback: "local-credential-id" },
  { name: "HADOOP_ECO_CREDENTIAL_SECRET", field: "hadoopEcoCredentialSecret", fallback: "local-credential-secret" },
  { name: "HADOOP_ECO_API_KEY", field: "hadoopEcoApiKey", fallback: "local-hadoop-eco-api-key" },
  { name: "NHN_KUBERNETES_TOKEN", field: "nhnKubernetesToken", fallback: "local-nks-token" },
  { name: "YARN_USER", field: "yarnUser", fallback: "yarn-user" },
  { name: "BIGDATA_PAAS_TOKEN", field: "bigdataPaasToken", fallback: "local-paas-token" },
] as const satisfies ReadonlyArray<{ name: string; field: keyof ClientCredentials; fallback: string }>;

/** Read from `env` (default `process.env` when it exists, so the clients also run in browsers). */
export function readClientCredentials(env: Record<string, string | undefined> = processEnv()): ClientCredentials {
  const out = {} as ClientCredentials;
  for (const v of CLIENT_CREDENTIAL_VARS) {
    const value = env[v.name];
    out[v.field] = value !== undefined && value.length > 0 ? value : v.fallback;
  }
  return out;
}

function processEnv(): Record<string, string | undefined> {
  return (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
}
