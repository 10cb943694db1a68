"""Magnum's API and conductor in one Python process, on oslo.messaging's in-memory bus.

Why one process: Magnum's cluster and node-group create/update/delete are RPC casts to the
conductor. Across processes oslo.messaging needs a broker (RabbitMQ, Kafka or AMQP 1.0); none
runs offline here, and the only broker-less transport, `fake:/`, is in-memory and so works only
inside one process. So this launcher does, in one eventlet process, exactly what the two
Debian entry points do, using Magnum's code unmodified:

  * /usr/bin/magnum-api-wsgi: magnum.common.service.prepare_service + magnum.api.app.load_app
    (objects talk to the database directly; no indirection API, as under uwsgi), served by
    eventlet.wsgi instead of uwsgi;
  * /usr/bin/magnum-conductor: the endpoint list and rpc_service.Service of
    magnum/cmd/conductor.py main(), with its periodic tasks.

Before serving it builds the SQLite schema the way Magnum's unit tests do
(magnum/tests/unit/db/base.py: models.Base.metadata.create_all + migration stamp 'head'),
because `magnum-db-manage upgrade` fails on SQLite.

Usage: launcher.py --config-file magnum.conf   (prints "magnum listening on <host>:<port>")
"""
import ctypes
import signal
import sys

import magnum.cmd  # noqa: F401  eventlet.monkey_patch(), as every magnum-* command does

import eventlet
import eventlet.wsgi
from oslo_log import log as logging
from oslo_service import service as oslo_service

from magnum.api import app as api_app
from magnum.common import rpc_service
from magnum.common import service as magnum_service
from magnum.common import short_id
from magnum.conductor.handlers import ca_conductor
from magnum.conductor.handlers import cluster_conductor
from magnum.conductor.handlers import conductor_listener
from magnum.conductor.handlers import federation_conductor
from magnum.conductor.handlers import indirection_api
from magnum.conductor.handlers import nodegroup_conductor
import magnum.conf
from magnum.db.sqlalchemy import api as sqla_api
from magnum.db.sqlalchemy import migration
from magnum.db.sqlalchemy import models

CONF = magnum.conf.CONF
LOG = logging.getLogger("magnum-real-launcher")


def build_schema():
    engine = sqla_api.get_engine()
    if migration.version():
        return
    models.Base.metadata.create_all(engine)
    migration.stamp("head")


def start_conductor():
    # magnum/cmd/conductor.py main(), minus prepare_service (already done once for both)
    endpoints = [
        indirection_api.Handler(),
        cluster_conductor.Handler(),
        conductor_listener.Handler(),
        ca_conductor.Handler(),
        federation_conductor.Handler(),
        nodegroup_conductor.Handler(),
    ]
    server = rpc_service.Service.create(CONF.conductor.topic, short_id.generate_id(), endpoints, binary="magnum-conductor")
    launcher = oslo_service.launch(CONF, server, workers=1)
    server.create_periodic_tasks()
    server.start()
    return launcher


class _AccessLog:
    def write(self, line):
        LOG.info(line.rstrip())


def die_with_parent():
    """Linux: stop when the process that started us (npm run real:magnum) goes away."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def main():
    die_with_parent()
    magnum_service.prepare_service(["magnum-api"] + sys.argv[1:])
    build_schema()
    app = api_app.load_app()
    start_conductor()
    # no SO_REUSEPORT (eventlet's default): a second server on the port must fail, not share it
    sock = eventlet.listen((CONF.api.host, CONF.api.port), reuse_port=False)
    host, port = sock.getsockname()[:2]
    print(f"magnum listening on {host}:{port}", flush=True)
    eventlet.wsgi.server(sock, app, log=_AccessLog(), debug=False)


if __name__ == "__main__":
    main()
