/**
 * Credentials written into pact files instead of real ones. Consumer tests build their clients
 * with these; the provider verification swaps each one for the real value from the
 * environment (see contracts/providers/inject-credentials.ts). None of them is a secret, and
 * none may equal a real credential: contracts/pacts-contain-no-secrets.test.ts checks both.
 */
export const PLACEHOLDERS = {
  hadoopEcoCredentialId: "pact-placeholder-credential-id",
  hadoopEcoCredentialSecret: "pact-placeholder-credential-secret",
  hadoopEcoApiKey: "pact-placeholder-hadoop-eco-api-key",
  /** Not a secret, but each environment has its own: the verification rewrites it in paths. */
  hadoopEcoClusterId: "00000000-0000-4000-8000-00000000c1d0",
  nhnKubernetesToken: "pact-placeholder-nks-token",
  yarnUser: "pact-placeholder-user",
  bigdataPaasToken: "pact-placeholder-paas-token",
} as const;

/** A credential that is wrong on purpose (auth-failure interactions); never replaced. */
export const WRONG_CREDENTIAL = "pact-wrong-credential";
