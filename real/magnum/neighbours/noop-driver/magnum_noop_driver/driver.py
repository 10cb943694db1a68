"""A Magnum cluster driver that builds nothing.

Magnum's conductor (the real handlers in magnum/conductor/handlers/*.py) does the bookkeeping:
rows, node groups, trusts, certificates, status *_IN_PROGRESS. A real driver then asks Heat to
build servers and Magnum's periodic job (magnum/service/periodic.py ClusterUpdateJob) polls it
until the status is *_COMPLETE. This driver builds nothing; after each operation it runs that
same ClusterUpdateJob for the one cluster after MAGNUM_NOOP_STEP_SECONDS (default 1), instead of
waiting for the 10-second periodic task, and its update_cluster_status moves every
*_IN_PROGRESS status of the cluster and its node groups to *_COMPLETE (DELETE: trust,
certificates and rows go, as the Heat driver's _delete_complete and the job do, the cluster row
first; see update_cluster_status).
"""
import os

import eventlet
from oslo_log import log as logging
from oslo_service import loopingcall

from magnum.common import clients
from magnum.common import exception
from magnum.common import context as magnum_context
from magnum.conductor.handlers.common import cert_manager
from magnum.conductor.handlers.common import trust_manager
from magnum.drivers.common import driver
from magnum import objects
from magnum.objects import fields

LOG = logging.getLogger(__name__)
STEP_SECONDS = float(os.environ.get("MAGNUM_NOOP_STEP_SECONDS", "1"))
IN_PROGRESS = "_IN_PROGRESS"


def _complete(status):
    return status[: -len(IN_PROGRESS)] + "_COMPLETE"


def _sync_later(cluster_uuid, attempts=5):
    def run():
        from magnum.service import periodic
        ctx = magnum_context.make_admin_context(all_tenants=True)
        try:
            cluster = objects.Cluster.get_by_uuid(ctx, cluster_uuid)
        except exception.ClusterNotFound:
            return
        try:
            periodic.ClusterUpdateJob(ctx, cluster).update_status()
        except loopingcall.LoopingCallDone:
            pass
        except Exception:
            LOG.exception("noop driver: status sync of %s failed", cluster_uuid)
        # two operations close together can overlap (a job saving an older copy of the
        # cluster); sync again until nothing is left in progress
        if attempts > 1 and _still_in_progress(ctx, cluster_uuid):
            _sync_later(cluster_uuid, attempts - 1)

    eventlet.spawn_after(STEP_SECONDS, run)


def _still_in_progress(ctx, cluster_uuid):
    try:
        cluster = objects.Cluster.get_by_uuid(ctx, cluster_uuid)
    except exception.ClusterNotFound:
        return False
    statuses = [cluster.status] + [ng.status for ng in objects.NodeGroup.list(ctx, cluster_uuid)]
    return any(s and s.endswith(IN_PROGRESS) for s in statuses)


def _destroy_node_groups(cluster_uuid):
    ctx = magnum_context.make_admin_context(all_tenants=True)
    for ng in objects.NodeGroup.list(ctx, cluster_uuid):
        ng.destroy()


class Driver(driver.Driver):
    @property
    def provides(self):
        return [{"server_type": "vm", "os": "fedora-coreos", "coe": "kubernetes"}]

    def update_cluster_status(self, context, cluster, use_admin_ctx=False):
        deleting = cluster.status == fields.ClusterStatus.DELETE_IN_PROGRESS
        for ng in objects.NodeGroup.list(context, cluster.uuid):
            if ng.status == fields.ClusterStatus.DELETE_IN_PROGRESS and not deleting:
                ng.destroy()
            elif ng.status and ng.status.endswith(IN_PROGRESS):
                ng.status = _complete(ng.status)
                ng.status_reason = None
                ng.save()
        if deleting:
            osc = clients.OpenStackClients(context)
            trust_manager.delete_trustee_and_trust(osc, context, cluster)
            cert_manager.delete_certificates_from_cluster(cluster, context=context)
            # Magnum's ClusterUpdateJob destroys the node groups first and the cluster after; a
            # GET that reads the cluster before and its node groups after answers 400 ("Invalid
            # input for field/attribute master_count"), an upstream race that makes runs
            # irreproducible. Remove the cluster row first (404 at once) and its node groups one
            # step later, when no GET can still hold the cluster; the job then has nothing to do.
            objects.Cluster.get_by_uuid(context, cluster.uuid).destroy()
            eventlet.spawn_after(STEP_SECONDS, _destroy_node_groups, cluster.uuid)
            return
        if cluster.status.endswith(IN_PROGRESS):
            cluster.status = _complete(cluster.status)
            cluster.status_reason = None
            cluster.save()

    def create_cluster(self, context, cluster, cluster_create_timeout):
        # what the Heat driver reads from the stack outputs; Magnum refuses node-group create
        # and the CA rotation before a cluster has an API address
        cluster.stack_id = cluster.uuid
        cluster.api_address = "https://192.0.2.10:6443"
        cluster.coe_version = "v1.21.6"
        _sync_later(cluster.uuid)

    def rotate_ca_certificate(self, context, cluster):
        # Magnum's ca_conductor has already re-generated the certificates; nothing to deploy
        return None

    def update_cluster(self, context, cluster, scale_manager=None, rollback=False):
        _sync_later(cluster.uuid)

    def upgrade_cluster(self, context, cluster, cluster_template, max_batch_size, nodegroup, scale_manager=None, rollback=False):
        _sync_later(cluster.uuid)

    def delete_cluster(self, context, cluster):
        _sync_later(cluster.uuid)

    def resize_cluster(self, context, cluster, resize_manager, node_count, nodes_to_remove, nodegroup=None):
        _sync_later(cluster.uuid)

    def create_federation(self, context, federation):
        raise NotImplementedError("federations are not built by the noop driver")

    def update_federation(self, context, federation):
        raise NotImplementedError("federations are not built by the noop driver")

    def delete_federation(self, context, federation):
        raise NotImplementedError("federations are not built by the noop driver")

    def create_nodegroup(self, context, cluster, nodegroup):
        nodegroup.stack_id = cluster.stack_id
        _sync_later(cluster.uuid)

    def update_nodegroup(self, context, cluster, nodegroup):
        _sync_later(cluster.uuid)

    def delete_nodegroup(self, context, cluster, nodegroup):
        # the handler set DELETE_IN_PROGRESS without saving it (the Heat driver's poller later
        # finds the stack gone); keep it, so the sync below removes the node group
        nodegroup.save()
        _sync_later(cluster.uuid)
