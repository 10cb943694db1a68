/**
 * Apply the body of a job-cluster call to a cluster's settings. Ranges are the spec's (checked
 * by the runtime before this runs); these are the rules between fields, all answered with 400:
 * - an `instanceSpecs` entry needs a `type`, and each type appears at most once;
 * - the master count follows high availability (1, or 3 with HA) and cannot be changed;
 * - a flat field (older body) and its nested twin may both be sent only with the same value;
 * - `hdfsReplication` cannot exceed the number of worker nodes after the change.
 */
import { masterCountOf, type ClusterSettings, type NodeType } from "./model.js";

export type ChangeResult = { ok: true; settings: ClusterSettings } | { ok: false; message: string };

interface InstanceSpecBody {
  type?: NodeType;
  nodeCnt?: number;
  volumeSize?: number;
}

/** Flat field -> where its nested twin lives (read from the body) and where it lands in settings. */
const FLAT_FIELDS = [
  { flat: "workerCnt", twin: "instanceSpecs[WORKER].nodeCnt", nested: (b: any) => specOf(b, "WORKER")?.nodeCnt,
    apply: (s: ClusterSettings, v: any) => void (s.groups.WORKER.nodeCnt = v) },
  { flat: "workerVolumeSize", twin: "instanceSpecs[WORKER].volumeSize", nested: (b: any) => specOf(b, "WORKER")?.volumeSize,
    apply: (s: ClusterSettings, v: any) => void (s.groups.WORKER.volumeSize = v) },
  { flat: "configHdfsReplication", twin: "config.hdfsReplication", nested: (b: any) => b.config?.hdfsReplication,
    apply: (s: ClusterSettings, v: any) => void (s.config.hdfsReplication = v) },
  { flat: "configHdfsBlockSize", twin: "config.hdfsBlockSize", nested: (b: any) => b.config?.hdfsBlockSize,
    apply: (s: ClusterSettings, v: any) => void (s.config.hdfsBlockSize = v) },
  { flat: "userTaskDeployMode", twin: "userTaskInfo.deployMode", nested: (b: any) => b.userTaskInfo?.deployMode,
    apply: (s: ClusterSettings, v: any) => void (s.userTask.deployMode = v) },
  { flat: "userTaskExecOpts", twin: "userTaskInfo.execOpts", nested: (b: any) => b.userTaskInfo?.execOpts,
    apply: (s: ClusterSettings, v: any) => void (s.userTask.execOpts = v) },
  { flat: "userTaskExecParams", twin: "userTaskInfo.execParams", nested: (b: any) => b.userTaskInfo?.execParams,
    apply: (s: ClusterSettings, v: any) => void (s.userTask.execParams = v) },
] as const;

function specOf(body: any, type: NodeType): InstanceSpecBody | undefined {
  return Array.isArray(body?.instanceSpecs) ? body.instanceSpecs.find((s: InstanceSpecBody) => s?.type === type) : undefined;
}

/**
 * The settings after the change, or the rule the body breaks. `flatOnly` (legacy v1) reads only
 * the flat fields of the overview model.
 */
export function applyJobChanges(current: ClusterSettings, body: unknown, isHa: boolean, flatOnly = false): ChangeResult {
  const input = (body && typeof body === "object" ? body : {}) as Record<string, any>;
  const settings = structuredClone(current);
  if (!flatOnly) {
    const specs: InstanceSpecBody[] = Array.isArray(input.instanceSpecs) ? input.instanceSpecs : [];
    const seen = new Set<NodeType>();
    for (const [index, spec] of specs.entries()) {
      if (!spec.type) return { ok: false, message: `instanceSpecs[${index}].type is required (MASTER, WORKER or TASK)` };
      if (seen.has(spec.type)) return { ok: false, message: `instanceSpecs lists type ${spec.type} more than once` };
      seen.add(spec.type);
      if (spec.type === "MASTER" && spec.nodeCnt !== undefined && spec.nodeCnt !== masterCountOf(isHa)) {
        return { ok: false, message: `the master node count of this cluster is ${masterCountOf(isHa)} and cannot be changed` };
      }
      const group = settings.groups[spec.type];
      if (spec.nodeCnt !== undefined) group.nodeCnt = spec.nodeCnt;
      if (spec.volumeSize !== undefined) group.volumeSize = spec.volumeSize;
    }
    if (input.config?.hdfsBlockSize !== undefined) settings.config.hdfsBlockSize = input.config.hdfsBlockSize;
    if (input.config?.hdfsReplication !== undefined) settings.config.hdfsReplication = input.config.hdfsReplication;
    for (const key of ["deployMode", "execOpts", "execParams"] as const) {
      if (input.userTaskInfo?.[key] !== undefined) settings.userTask[key] = input.userTaskInfo[key];
    }
    if (Array.isArray(input.securityGroupIds)) settings.securityGroupIds = [...input.securityGroupIds];
  }
  for (const field of FLAT_FIELDS) {
    const value = input[field.flat];
    if (value === undefined) continue;
    const twin = flatOnly ? undefined : field.nested(input);
    if (twin !== undefined && twin !== value) {
      return { ok: false, message: `${field.flat} (${value}) and ${field.twin} (${twin}) disagree` };
    }
    field.apply(settings, value);
  }
  const workers = settings.groups.WORKER.nodeCnt;
  if (settings.config.hdfsReplication > workers) {
    return { ok: false, message: `hdfsReplication (${settings.config.hdfsReplication}) cannot exceed the number of worker nodes (${workers})` };
  }
  return { ok: true, settings };
}
