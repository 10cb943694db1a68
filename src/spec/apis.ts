/** The four APIs this kit covers: fixed ids, spec files, default ports, credentials. */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const API_IDS = ["hadoop-eco", "yarn-service", "nhn-kubernetes", "bigdata-paas"] as const;
export type ApiId = (typeof API_IDS)[number];

export interface ApiInfo {
  id: ApiId;
  title: string;
  mockPort: number;
  fakePort: number;
  /** Environment variables this API's credentials come from. */
  credentialVars: readonly string[];
}

export const APIS: Readonly<Record<ApiId, ApiInfo>> = {
  "hadoop-eco": {
    id: "hadoop-eco",
    title: "KakaoCloud Hadoop Eco",
    mockPort: 4010,
    fakePort: 4020,
    credentialVars: [
      "HADOOP_ECO_CREDENTIAL_ID",
      "HADOOP_ECO_CREDENTIAL_SECRET",
      "HADOOP_ECO_API_KEY",
      "HADOOP_ECO_CLUSTER_ID",
    ],
  },
  "yarn-service": {
    id: "yarn-service",
    title: "Apache Hadoop YARN Service API",
    mockPort: 4011,
    fakePort: 4021,
    credentialVars: ["YARN_USER"],
  },
  "nhn-kubernetes": {
    id: "nhn-kubernetes",
    title: "NHN Cloud Kubernetes (NKS)",
    mockPort: 4012,
    fakePort: 4022,
    credentialVars: ["NHN_KUBERNETES_TOKEN"],
  },
  "bigdata-paas": {
    id: "bigdata-paas",
    title: "BigData PaaS REST API",
    mockPort: 4013,
    fakePort: 4023,
    credentialVars: ["BIGDATA_PAAS_TOKEN"],
  },
};

/** The package root (the folder holding package.json and specs/), from src/ or a build in dist/. */
export const PROJECT_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "specs"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, "../..");
  }
}

export function isApiId(value: string): value is ApiId {
  return (API_IDS as readonly string[]).includes(value);
}

export function specPathFor(id: ApiId): string {
  return path.join(PROJECT_ROOT, "specs", `${id}.yaml`);
}
