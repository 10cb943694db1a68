/** The product the fake starts with, so a launch works out of the box. */
import type { Product } from "./model.js";

export const SEED_PRODUCT_NAME = "reference";
export const SEED_PRODUCT_VERSION = "1.0.0";

/** A jinja2 JSON template in the style of tests/templates/minimal.json. */
export const SEED_TEMPLATE = `{
  "dnsname": "{{ user }}-{{ product }}-{{ clusterid }}",
  "nodes": {
    {% for n in range(opts['size']) %}
    "node{{ n }}": {"docker_image": "docker-registry.cesga.es:5000/minimal:0.1.0", "cpu": {{ opts['cpu'] }}, "mem": {{ opts['mem'] }}}{% if not loop.last %},{% endif %}
    {% endfor %}
  },
  "services": {"minimal": {"nodes": [{% for n in range(opts['size']) %}"node{{ n }}"{% if not loop.last %}, {% endif %}{% endfor %}]}}
}
`;

export const SEED_ORCHESTRATOR = "from fabric.api import task, run\n\n@task\ndef start():\n    run('echo started')\n";

export function createSeedProduct(): Product {
  return {
    name: SEED_PRODUCT_NAME,
    version: SEED_PRODUCT_VERSION,
    description: "Reference product: minimal",
    logoUrl: "http://hadoop.cesga.es/img/reference.png",
    template: { text: SEED_TEMPLATE, type: "json+jinja2" },
    options: {
      required: { size: 1 },
      optional: {},
      advanced: { cpu: 1, mem: 1024, disks: 1 },
      descriptions: {
        size: "Number of nodes",
        cpu: "Number of CPUs per node",
        mem: "Memory per node (MB)",
        disks: "Number of disks per node",
      },
    },
    orchestrator: SEED_ORCHESTRATOR,
  };
}

export function createSeedProducts(): Product[] {
  return [createSeedProduct()];
}
