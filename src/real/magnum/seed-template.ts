/**
 * NKS creates every cluster from the fixed template id `iaas_console` (specs/nhn-kubernetes.yaml,
 * "Required create-cluster labels"); a fresh Magnum has no templates. Create a public template
 * named `iaas_console` through Magnum's own API (admin role), so NKS-shaped create calls reach
 * the same code path they reach on NKS.
 */
export const NKS_TEMPLATE_NAME = "iaas_console";

export async function seedNksTemplate(url: string, token: string, projectId: string): Promise<void> {
  const response = await fetch(`${url}/v1/clustertemplates`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "OpenStack-API-Version": "container-infra 1.10",
      "X-Auth-Token": token,
      // none mode: the identity keystonemiddleware would set; keystone mode ignores these
      "X-Project-Id": projectId,
      "X-Roles": "admin",
    },
    body: JSON.stringify({
      name: NKS_TEMPLATE_NAME,
      public: true,
      coe: "kubernetes",
      image_id: "fedora-coreos-35",
      external_network_id: "public",
      network_driver: "calico",
      master_flavor_id: "m1.small",
      flavor_id: "m1.small",
    }),
  });
  if (response.status !== 201) throw new Error(`creating the ${NKS_TEMPLATE_NAME} template answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
}
