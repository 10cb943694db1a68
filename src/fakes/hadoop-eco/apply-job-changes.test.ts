import { describe, expect, test } from "vitest";
import { readCredentials } from "../../spec/credentials.js";
import { applyJobChanges } from "./apply-job-changes.js";
import { buildJobCluster } from "./seed-state.js";

const base = buildJobCluster(readCredentials({})).settings; // 1 master, 2 workers, 0 task, replication 2

describe("applyJobChanges", () => {
  test.each([
    ["empty body keeps everything", {}, false, (s: any) => s.groups.WORKER.nodeCnt === 2 && s.config.hdfsReplication === 2],
    ["nested worker and task changes", { instanceSpecs: [{ type: "WORKER", nodeCnt: 4, volumeSize: 300 }, { type: "TASK", nodeCnt: 2 }] }, false,
      (s: any) => s.groups.WORKER.nodeCnt === 4 && s.groups.WORKER.volumeSize === 300 && s.groups.TASK.nodeCnt === 2],
    ["master count unchanged is fine", { instanceSpecs: [{ type: "MASTER", nodeCnt: 1, volumeSize: 200 }] }, false, (s: any) => s.groups.MASTER.volumeSize === 200],
    ["flat fields", { workerCnt: 5, workerVolumeSize: 50, configHdfsReplication: 4, userTaskDeployMode: "client" }, false,
      (s: any) => s.groups.WORKER.nodeCnt === 5 && s.groups.WORKER.volumeSize === 50 && s.config.hdfsReplication === 4 && s.userTask.deployMode === "client"],
    ["flat and nested twins that agree", { workerCnt: 3, instanceSpecs: [{ type: "WORKER", nodeCnt: 3 }] }, false, (s: any) => s.groups.WORKER.nodeCnt === 3],
    ["replication raised together with the workers", { instanceSpecs: [{ type: "WORKER", nodeCnt: 3 }], config: { hdfsReplication: 3 } }, false,
      (s: any) => s.config.hdfsReplication === 3],
    ["security groups replaced", { securityGroupIds: ["a", "b"] }, false, (s: any) => s.securityGroupIds.join() === "a,b"],
    ["v1 ignores nested fields", { instanceSpecs: [{ type: "WORKER", nodeCnt: 9 }], workerCnt: 3 }, true, (s: any) => s.groups.WORKER.nodeCnt === 3],
  ])("accepts: %s", (_name, body, flatOnly, check) => {
    const result = applyJobChanges(base, body, false, flatOnly);
    expect(result.ok).toBe(true);
    if (result.ok) expect(check(result.settings)).toBe(true);
    expect(base.groups.WORKER.nodeCnt).toBe(2); // the input is never changed
  });

  test.each([
    ["entry without a type", { instanceSpecs: [{ nodeCnt: 2 }] }, false, false, /instanceSpecs\[0\]\.type is required/],
    ["repeated type", { instanceSpecs: [{ type: "WORKER" }, { type: "WORKER" }] }, false, false, /WORKER more than once/],
    ["master count changed", { instanceSpecs: [{ type: "MASTER", nodeCnt: 3 }] }, false, false, /is 1 and cannot be changed/],
    ["master count below HA", { instanceSpecs: [{ type: "MASTER", nodeCnt: 1 }] }, true, false, /is 3 and cannot be changed/],
    ["twins disagree", { configHdfsBlockSize: 64, config: { hdfsBlockSize: 128 } }, false, false, /configHdfsBlockSize \(64\) and config\.hdfsBlockSize \(128\) disagree/],
    ["replication above workers", { config: { hdfsReplication: 3 } }, false, false, /hdfsReplication \(3\) cannot exceed the number of worker nodes \(2\)/],
    ["workers shrunk below replication", { workerCnt: 1 }, false, true, /cannot exceed the number of worker nodes \(1\)/],
  ])("refuses: %s", (_name, body, isHa, flatOnly, message) => {
    const result = applyJobChanges(base, body, isHa, flatOnly);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
  });
});
