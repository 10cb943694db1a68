/**
 * Credentials for the fakes and the conformance runner, always from these environment
 * variables, each with a documented default for local use. Secrets are never printed.
 */

export interface Credentials {
  hadoopEcoCredentialId: string;
  hadoopEcoCredentialSecret: string;
  hadoopEcoApiKey: string;
  hadoopEcoClusterId: string;
  nhnKubernetesToken: string;
  yarnUser: string;
  bigdataPaasToken: string;
}

/** Variable name, the field it fills, its local default, and whether it is a secret. */
export const CREDENTIAL_VARS = [
  { name: "HADOOP_ECO_CREDENTIAL_ID", field: "hadoopEcoCredentialId", fallback: "local-credential-id", secret: true },
  { name: "HADOOP_ECO_CREDENTIAL_SECRET", field: "hadoopEcoCredentialSecret", fallback: "local-credential-secret", secret: true },
  { name: "HADOOP_ECO_API_KEY", field: "hadoopEcoApiKey", fallback: "local-hadoop-eco-api-key", secret: true },
  { name: "HADOOP_ECO_CLUSTER_ID", field: "hadoopEcoClusterId", fallback: "58ceed05-a4bc-4d7b-a0a0-4c2c2b8e1f0a", secret: false },
  { name: "NHN_KUBERNETES_TOKEN", field: "nhnKubernetesToken", fallback: "local-nks-token", secret: true },
  { name: "YARN_USER", field: "yarnUser", fallback: "yarn-user", secret: true },
  { name: "BIGDATA_PAAS_TOKEN", field: "bigdataPaasToken", fallback: "local-paas-token", secret: true },
] as const satisfies ReadonlyArray<{ name: string; field: keyof Credentials; fallback: string; secret: boolean }>;

export function readCredentials(env: NodeJS.ProcessEnv = process.env): Credentials {
  const out = {} as Credentials;
  for (const v of CREDENTIAL_VARS) out[v.field] = env[v.name] && env[v.name]!.length > 0 ? env[v.name]! : v.fallback;
  return out;
}

/** The secret values in force, longest first; src/reporters/output.ts masks them and their encodings. */
export function secretValues(credentials: Credentials): string[] {
  return CREDENTIAL_VARS.filter((v) => v.secret)
    .map((v) => credentials[v.field])
    .filter((s) => s.length >= 4)
    .sort((a, b) => b.length - a.length);
}
