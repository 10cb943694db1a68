"""The smallest Keystone, Glance, Nova and Neutron that Magnum 15.0.1 needs on loopback.

Standard library only. It answers exactly the calls Magnum (and keystonemiddleware) make:

  Keystone  GET / and /v3 (version discovery), POST /v3/auth/tokens (password or token, any
            scope: the trustee-domain lookup of every policy check, the service user, the
            caller's token), GET /v3/auth/tokens (keystonemiddleware's validation; only tokens
            listed with --valid-token are valid), POST /v3/users and /v3/OS-TRUST/trusts and
            their DELETE (the cluster trustee and trust of cluster create/delete)
  Glance    GET /image/v2/images/<id>, /image/v2/images?name=, /image/v2/schemas/image
  Nova      GET /compute/v2.1/flavors/detail, /compute/v2.1/os-keypairs/<name>
  Neutron   GET /network/v2.0/networks

Anything else is answered 404 and printed to stderr as "stand-in: unanswered <method> <path>".
Prints "stand-in listening on <port>" once it serves.
"""
import argparse
import ctypes
import json
import signal
import sys
import uuid
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

IMAGE = {"id": "a6b1b4c2-7d0e-4a43-9a7c-2f7f9b0c5d10", "name": "fedora-coreos-35", "os_distro": "fedora-coreos",
         "status": "active", "visibility": "public", "disk_format": "qcow2", "container_format": "bare",
         "min_disk": 0, "min_ram": 0, "size": 1, "tags": [], "protected": False}
# m1.*: for hand-made calls; 6ef27f21-...: the flavor of the NKS guide's examples (specs/nhn-kubernetes.yaml)
FLAVORS = [{"id": "m1-small", "name": "m1.small", "ram": 2048, "vcpus": 1, "disk": 20},
           {"id": "m1-medium", "name": "m1.medium", "ram": 4096, "vcpus": 2, "disk": 40},
           {"id": "6ef27f21-c774-4c0e-84ff-7dd4a762571f", "name": "m2.c4m8", "ram": 8192, "vcpus": 4, "disk": 20}]
KEYPAIRS = {name: {"name": name, "type": "ssh", "fingerprint": "00:00", "public_key": "ssh-ed25519 AAAA stand-in"}
            for name in ("default", "test-keypair", "testkeypair")}
NETWORKS = [{"id": "9f0b6d3e-4d4c-4e4e-9a4a-0d6c4f8a1e01", "name": "public", "router:external": True, "status": "ACTIVE"},
            {"id": "3a1f5c9e-2b7d-4c8e-8f1a-6d2e9b4c7a02", "name": "private", "router:external": False, "status": "ACTIVE"}]
DEFAULT_PROJECT = "0d0d5b7d8f6f4c0e9a0b1c2d3e4f5a6b"


class StandIn(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    valid_tokens = {}  # token -> project id (keystonemiddleware validation)

    def log_message(self, *args):  # quiet: Magnum's own log shows the calls
        pass

    @property
    def base(self):
        return f"http://{self.headers.get('Host')}"

    def _send(self, status, body=None, headers=None):
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"{}") if length else {}

    def _catalog(self):
        def service(kind, name, path):
            url = self.base + path
            return {"type": kind, "name": name, "id": name,
                    "endpoints": [{"id": f"{name}-{i}", "interface": i, "region": "RegionOne", "region_id": "RegionOne", "url": url}
                                  for i in ("public", "internal", "admin")]}
        return [service("identity", "keystone", "/v3"), service("image", "glance", "/image"),
                service("compute", "nova", "/compute/v2.1"), service("network", "neutron", "/network"),
                service("container-infra", "magnum", "/magnum/v1")]

    def _token(self, project_id, scope_domain=None, user_name="stand-in-user"):
        now = datetime.now(timezone.utc)
        token = {"methods": ["password"], "audit_ids": [uuid.uuid4().hex[:22]],
                 "issued_at": now.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
                 "expires_at": (now + timedelta(hours=12)).strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
                 "user": {"id": "u-" + user_name, "name": user_name, "domain": {"id": "default", "name": "Default"}},
                 "roles": [{"id": "r-admin", "name": "admin"}, {"id": "r-member", "name": "member"}],
                 "catalog": self._catalog()}
        if scope_domain:
            token["domain"] = {"id": scope_domain, "name": scope_domain}
        else:
            token["project"] = {"id": project_id, "name": "project-" + project_id[:8], "domain": {"id": "default", "name": "Default"}}
        return token

    def _versions(self):
        return {"id": "v3.14", "status": "stable", "updated": "2020-04-07T00:00:00Z",
                "links": [{"rel": "self", "href": self.base + "/v3/"}],
                "media-types": [{"base": "application/json", "type": "application/vnd.openstack.identity-v3+json"}]}

    def do_GET(self):
        url = urlsplit(self.path)
        path, query = url.path.rstrip("/") or "/", parse_qs(url.query)
        if path == "/":
            return self._send(300, {"versions": {"values": [self._versions()]}})
        if path == "/v3":
            return self._send(200, {"version": self._versions()})
        if path == "/v3/auth/tokens":
            subject = self.headers.get("X-Subject-Token", "")
            if subject not in self.valid_tokens:
                return self._send(404, {"error": {"code": 404, "title": "Not Found", "message": "Could not find token."}})
            return self._send(200, {"token": self._token(self.valid_tokens[subject])}, {"X-Subject-Token": subject})
        if path == "/image/v2/schemas/image":
            return self._send(200, {"name": "image", "properties": {"id": {"type": "string"}, "name": {"type": ["null", "string"]}},
                                    "additionalProperties": {"type": "string"}, "links": []})
        if path == "/image/v2/images":
            names = query.get("name")
            return self._send(200, {"images": [IMAGE] if not names or IMAGE["name"] in names else []})
        if path.startswith("/image/v2/images/"):
            wanted = path.rsplit("/", 1)[1]
            if wanted in (IMAGE["id"], IMAGE["name"]):
                return self._send(200, IMAGE)
            return self._send(404, {"message": "No image found with ID " + wanted, "code": "404 Not Found"})
        if path in ("/compute/v2.1/flavors/detail", "/compute/v2.1/flavors"):
            return self._send(200, {"flavors": FLAVORS})
        if path.startswith("/compute/v2.1/os-keypairs/"):
            name = path.rsplit("/", 1)[1]
            if name in KEYPAIRS:
                return self._send(200, {"keypair": KEYPAIRS[name]})
            return self._send(404, {"itemNotFound": {"code": 404, "message": f"Keypair {name} not found"}})
        if path == "/network/v2.0/networks":
            nets = NETWORKS
            if "router:external" in query:
                nets = [n for n in nets if str(n["router:external"]) == query["router:external"][0]]
            return self._send(200, {"networks": nets})
        self._unanswered()

    def do_POST(self):
        path = urlsplit(self.path).path.rstrip("/")
        body = self._body()
        if path == "/v3/auth/tokens":
            auth = body.get("auth", {})
            scope = auth.get("scope", {})
            domain = scope.get("domain", {}).get("id") or scope.get("domain", {}).get("name")
            identity = auth.get("identity", {})
            presented = identity.get("token", {}).get("id")
            user = identity.get("password", {}).get("user", {}).get("name") or "token-user"
            project = self.valid_tokens.get(presented, DEFAULT_PROJECT) if presented else DEFAULT_PROJECT
            token_id = presented or "stand-in-" + uuid.uuid4().hex
            return self._send(201, {"token": self._token(project, domain, user)}, {"X-Subject-Token": token_id})
        if path == "/v3/users":
            user = dict(body.get("user", {}), id=uuid.uuid4().hex)
            user.pop("password", None)
            return self._send(201, {"user": user})
        if path == "/v3/OS-TRUST/trusts":
            return self._send(201, {"trust": dict(body.get("trust", {}), id=uuid.uuid4().hex)})
        self._unanswered()

    def do_DELETE(self):
        path = urlsplit(self.path).path
        if path.startswith("/v3/users/") or path.startswith("/v3/OS-TRUST/trusts/"):
            return self._send(204)
        self._unanswered()

    def _unanswered(self):
        sys.stderr.write(f"stand-in: unanswered {self.command} {self.path}\n")
        sys.stderr.flush()
        self._send(404, {"error": {"code": 404, "title": "Not Found", "message": "not answered by the stand-in"}})


def main():
    try:  # Linux: stop when the process that started us goes away (PR_SET_PDEATHSIG)
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
    except OSError:
        pass
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--valid-token", action="append", default=[], help="TOKEN=PROJECT_ID accepted by GET /v3/auth/tokens")
    args = parser.parse_args()
    StandIn.valid_tokens = dict(pair.split("=", 1) for pair in args.valid_token)
    server = ThreadingHTTPServer((args.host, args.port), StandIn)
    server.daemon_threads = True
    print(f"stand-in listening on {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
