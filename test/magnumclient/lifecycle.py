"""A cluster life cycle through python-magnumclient, the way an automation would drive it.

Runs against the real Magnum (npm run real:magnum -- --auth keystone) and against the NKS fake
(npm run fake), and prints what a user observes as JSON lines, one per step, so both runs can
be compared (test/real/magnumclient.real.ts, test/magnumclient-fake.test.ts).

  lifecycle.py --url URL --token TOKEN [--advance-url URL/__fake/advance]

--advance-url: the fake's control route; each poll then moves the fake's manual clock one step
instead of sleeping. Without it the script polls every --poll-seconds (real time).
Microversion: pinned to 1.10 (node groups need 1.9+; api_version='latest' makes magnumclient ask
for its own newest version, which Magnum 15.0.1 refuses with 406).
"""
import argparse
import json
import sys
import time
import urllib.request

from magnumclient import client as magnum_client
from magnumclient.common.apiclient import exceptions as api_exc
from magnumclient import exceptions as magnum_exc

API_VERSION = "1.10"
NAME = "mc-lifecycle"
# an NKS-shaped create body (specs/nhn-kubernetes.yaml createCluster, the guide's example values)
CREATE = {
    "name": NAME,
    "cluster_template_id": "iaas_console",
    "node_count": 1,
    "keypair": "test-keypair",
    "flavor_id": "6ef27f21-c774-4c0e-84ff-7dd4a762571f",
    "fixed_network": "eb212079-b6ec-430c-ba57-14280a457bcb",
    "fixed_subnet": "4fdf5b80-3d35-43f5-a5c1-010a3b6c8e90",
    "labels": {
        "availability_zone": "kr-pub-a", "node_image": "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc",
        "boot_volume_type": "General HDD", "boot_volume_size": "50", "cert_manager_api": "True",
        "ca_enable": "False", "kube_tag": "v1.30.3", "master_lb_floating_ip_enabled": "False",
    },
}
NG_FLAVOR = "6ef27f21-c774-4c0e-84ff-7dd4a762571f"
NG_IMAGE = "f462a2a5-ba24-46d6-b7a1-9a9febcd3cfc"
NG_LABELS = {"availability_zone": "kr-pub-a", "boot_volume_type": "General HDD", "boot_volume_size": "50", "ca_enable": "False"}


def emit(step, **observed):
    print(json.dumps({"step": step, **observed}, sort_keys=True), flush=True)


def error_of(exc):
    return {"error": type(exc).__name__, "http_status": getattr(exc, "http_status", None) or getattr(exc, "code", None)}


class Clock:
    def __init__(self, advance_url, poll_seconds, token):
        self.advance_url, self.poll_seconds, self.token = advance_url, poll_seconds, token

    def settle(self):
        # the real Magnum casts the work to its conductor: give it a moment to pick it up, so an
        # old *_COMPLETE is not taken for the end of the new operation (the fake acts at once)
        if not self.advance_url:
            time.sleep(0.4)

    def tick(self):
        if not self.advance_url:
            time.sleep(self.poll_seconds)
            return
        request = urllib.request.Request(self.advance_url, data=b'{"steps": 1}', method="POST",
                                         headers={"Content-Type": "application/json"})
        urllib.request.urlopen(request).read()


def status_sequence(read, clock, limit=120, gone_ends=False):
    """Poll read() until it answers a status that is not *_IN_PROGRESS (or not found).

    A first "not found" is taken for a row not written yet (after a create), unless gone_ends:
    after a delete it is the end, the resource went before the first read."""
    seen = []
    clock.settle()
    for _ in range(limit):
        try:
            status = read().status
        except (magnum_exc.NotFound, api_exc.NotFound):
            status = "NOT_FOUND"
        if not seen or seen[-1] != status:
            seen.append(status)
        if not status.endswith("_IN_PROGRESS") and (gone_ends or not (status == "NOT_FOUND" and len(seen) == 1)):
            return seen
        clock.tick()
    seen.append("TIMEOUT")
    return seen


def ignore_leading_not_found(seq):
    # Magnum's create is an RPC cast: a read right after the 202 may not find the row yet
    return seq[1:] if seq[:1] == ["NOT_FOUND"] and len(seq) > 1 else seq


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--advance-url")
    parser.add_argument("--poll-seconds", type=float, default=0.5)
    args = parser.parse_args()
    mc = magnum_client.Client("1", endpoint_override=args.url, auth_token=args.token, api_version=API_VERSION)
    clock = Clock(args.advance_url, args.poll_seconds, args.token)

    created = mc.clusters.create(**CREATE)
    emit("create-cluster", has_uuid=bool(getattr(created, "uuid", None)))
    uuid = created.uuid
    seq = ignore_leading_not_found(status_sequence(lambda: mc.clusters.get(uuid), clock))
    emit("wait-create", statuses=seq)

    listed = [c.name for c in mc.clusters.list()]
    emit("list-clusters", contains_ours=NAME in listed)
    by_name = mc.clusters.get(NAME)
    emit("get-by-name", same_uuid=by_name.uuid == uuid, node_count=by_name.node_count, master_count=by_name.master_count,
         labels_kept=all(by_name.labels.get(k) == v for k, v in CREATE["labels"].items()))

    groups = mc.nodegroups.list(uuid)
    emit("list-node-groups", groups=sorted((g.name, g.role, g.node_count) for g in groups))
    worker = mc.nodegroups.get(uuid, "default-worker")
    emit("get-default-worker", role=worker.role, node_count=worker.node_count, is_default=worker.is_default)

    ng = mc.nodegroups.create(uuid, name="extra-group", node_count=1, flavor_id=NG_FLAVOR, image_id=NG_IMAGE, labels=NG_LABELS)
    emit("create-node-group", name=ng.name)
    seq = status_sequence(lambda: mc.nodegroups.get(uuid, "extra-group"), clock)
    emit("wait-node-group", statuses=seq, cluster_status=mc.clusters.get(uuid).status)

    mc.clusters.resize(uuid, 2, nodegroup="default-worker")
    emit("resize", accepted=True)
    # wait (without moving the fake's clock) until the resize shows, so the next create really
    # happens while the cluster is UPDATE_IN_PROGRESS
    status = mc.clusters.get(uuid).status
    for _ in range(50):
        if status == "UPDATE_IN_PROGRESS":
            break
        time.sleep(0.1)
        status = mc.clusters.get(uuid).status
    emit("cluster-during-resize", status=status)
    try:
        during = mc.nodegroups.create(uuid, name="during-resize", node_count=1, flavor_id=NG_FLAVOR, image_id=NG_IMAGE, labels=NG_LABELS)
        emit("create-node-group-during-resize", accepted=True, name=during.name)
    except Exception as exc:  # noqa: BLE001 - the refusal itself is the observation
        emit("create-node-group-during-resize", accepted=False, **error_of(exc))
    seq = status_sequence(lambda: mc.clusters.get(uuid), clock)
    emit("wait-resize", final=seq[-1], worker_nodes=mc.nodegroups.get(uuid, "default-worker").node_count)
    status_sequence(lambda: mc.nodegroups.get(uuid, "during-resize"), clock)

    for name in ("during-resize", "extra-group"):
        mc.nodegroups.delete(uuid, name)
        seq = status_sequence(lambda: mc.nodegroups.get(uuid, name), clock, gone_ends=True)
        emit("delete-node-group", name=name, final=seq[-1])
        # one change at a time, as an automation waiting for the cluster would do
        status_sequence(lambda: mc.clusters.get(uuid), clock)
    emit("node-groups-after-delete", groups=sorted(g.name for g in mc.nodegroups.list(uuid)))

    mc.clusters.delete(uuid)
    seq = status_sequence(lambda: mc.clusters.get(uuid), clock, gone_ends=True)
    emit("delete-cluster", statuses=seq)

    try:
        mc.clusters.get("no-such-cluster")
        emit("not-found", error=None)
    except Exception as exc:  # noqa: BLE001
        emit("not-found", **error_of(exc))

    wrong = magnum_client.Client("1", endpoint_override=args.url, auth_token="not-" + args.token, api_version=API_VERSION)
    try:
        wrong.clusters.list()
        emit("wrong-token", error=None)
    except Exception as exc:  # noqa: BLE001
        emit("wrong-token", **error_of(exc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
