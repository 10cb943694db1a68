/** The NKS operations (specs/nhn-kubernetes.yaml) that Magnum 15.0.1 serves too, and where. */
export const MAGNUM_SHARED_OPERATIONS = {
  listClusters: "magnum/api/controllers/v1/cluster.py ClustersController.get_all",
  createCluster: "magnum/api/controllers/v1/cluster.py ClustersController.post",
  getCluster: "magnum/api/controllers/v1/cluster.py ClustersController.get_one",
  updateCluster: "magnum/api/controllers/v1/cluster.py ClustersController.patch",
  deleteCluster: "magnum/api/controllers/v1/cluster.py ClustersController.delete",
  resizeCluster: "magnum/api/controllers/v1/cluster_actions.py ActionsController.resize",
  listNodeGroups: "magnum/api/controllers/v1/nodegroup.py NodeGroupController.get_all",
  createNodeGroup: "magnum/api/controllers/v1/nodegroup.py NodeGroupController.post",
  getNodeGroup: "magnum/api/controllers/v1/nodegroup.py NodeGroupController.get_one",
  updateNodeGroup: "magnum/api/controllers/v1/nodegroup.py NodeGroupController.patch",
  deleteNodeGroup: "magnum/api/controllers/v1/nodegroup.py NodeGroupController.delete",
  renewClusterCertificate: "magnum/api/controllers/v1/certificate.py CertificateController.patch",
} as const;

export type SharedOperationId = keyof typeof MAGNUM_SHARED_OPERATIONS;
