/**
 * Generated from specs/nhn-kubernetes.yaml by `npm run generate`. Do not edit by hand;
 * change the spec and run the generator again.
 */

export type paths = {
    "/v1/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clusters
         * @description Lists the project's clusters with summary fields (Magnum summary view plus NKS labels).
         */
        get: operations["listClusters"];
        put?: never;
        /**
         * Create a cluster
         * @description Creates a cluster with its default worker node group. `cluster_template_id` must be `iaas_console`;
         *     the worker settings go in `labels` (string values). The call is asynchronous: it answers 202 with
         *     the new cluster's UUID and the cluster starts in `CREATE_IN_PROGRESS`. CIDR rules the server checks but
         *     the schema cannot: `fixed_subnet`, `pods_network_cidr` and `service_cluster_ip_range` must not overlap each
         *     other, 169.254.0.0/16, 198.18.0.0/19 or (clusters <= v1.23.3) 172.17.0.0/16, and must not be smaller than
         *     /24; `pods_network_subnet` must exceed the pods CIDR prefix by at least 2.
         */
        post: operations["createCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        /**
         * Show a cluster
         * @description Returns one cluster with its detail fields, labels, health status and addresses.
         */
        get: operations["getCluster"];
        put?: never;
        post?: never;
        /**
         * Delete a cluster
         * @description Deletes the cluster and all of its node groups. Asynchronous; the cluster passes through `DELETE_IN_PROGRESS` and then disappears (404).
         */
        delete: operations["deleteCluster"];
        options?: never;
        head?: never;
        /**
         * Update a cluster (control-plane log upload)
         * @description NKS uses this Magnum path for typed updates; the guide documents one: `type: control_plane_log`, which turns
         *     the upload of the control plane's Kubernetes component logs to Log & Crash Search (`lncs`) or Object Storage
         *     (`obs`) on or off. Magnum's own JSON-Patch array (e.g. `[{"op": "replace", "path": "/node_count", "value": 2}]`)
         *     is accepted by the schema as a second form; NHN does not document it (inferred from Magnum).
         *     Answers 202 with the cluster UUID; the cluster moves to `UPDATE_IN_PROGRESS`.
         */
        patch: operations["updateCluster"];
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/actions/resize": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resize a worker node group
         * @description Changes the node count of one worker node group. When shrinking, `nodes_to_remove` names the nodes to delete;
         *     otherwise nodes are picked at random. NKS allows node_count from 1 up to 10 (the maximum can be raised by
         *     quota, so it is not enforced here). Magnum's minimum microversion for resize is 1.7, so the
         *     `OpenStack-API-Version` header is required.
         */
        post: operations["resizeCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/config": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        /**
         * Get the cluster's kubeconfig
         * @description Returns the cluster's kubeconfig file as one YAML string.
         */
        get: operations["getClusterKubeconfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_UUID}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID (the events API takes the UUID only).
                 * @example 388794e6-14dc-48ee-9a4f-9c40df5d97ec
                 */
                CLUSTER_UUID: components["parameters"]["ClusterUuid"];
            };
            cookie?: never;
        };
        /**
         * List a cluster's events
         * @description Lists the operation history of a cluster and its node groups. The guide takes the cluster UUID here, not a name.
         */
        get: operations["listClusterEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_UUID}/events/{EVENT_UUID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID (the events API takes the UUID only).
                 * @example 388794e6-14dc-48ee-9a4f-9c40df5d97ec
                 */
                CLUSTER_UUID: components["parameters"]["ClusterUuid"];
                /**
                 * @description Event UUID.
                 * @example 868f218a-9446-4500-b6b3-8c1a95e3d7c3
                 */
                EVENT_UUID: components["parameters"]["EventUuid"];
            };
            cookie?: never;
        };
        /**
         * Show a cluster event
         * @description Returns one event of the cluster's operation history.
         */
        get: operations["getClusterEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/api_ep_ipacl": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        /**
         * Show the API endpoint IP access control
         * @description Returns the IP access control applied to the cluster's Kubernetes API endpoint. When it is off, only `cluster_uuid` and `enable` come back.
         */
        get: operations["getApiEndpointIpAcl"];
        put?: never;
        /**
         * Apply or remove API endpoint IP access control
         * @description Turns IP access control on the cluster's Kubernetes API endpoint on or off. With `enable` true, `action`
         *     (ALLOW or DENY) and `ipacl_targets` are required; with false, the other fields are ignored.
         *     Status code 202 is inferred (NHN documents none).
         */
        post: operations["setApiEndpointIpAcl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{CLUSTER_ID_OR_NAME}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Renew the cluster's certificates
         * @description Renews the cluster's Kubernetes certificates for `term_of_validity` years (1 to 5). During renewal the
         *     cluster is `UPDATE_IN_PROGRESS`, then `UPDATE_COMPLETE` or `UPDATE_FAILED`. NHN's body replaces Magnum's
         *     body-less CA rotation on the same path; Magnum answers 202 `{uuid}`.
         */
        patch: operations["renewClusterCertificate"];
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/actions/update_sgw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the cluster's service gateways
         * @description Replaces the NCR and OBS service gateways chosen at creation. Both must be in the cluster's VPC. Status code 202 is inferred.
         */
        post: operations["updateServiceGateway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/nodegroups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        /**
         * List node groups
         * @description Lists the cluster's node groups, the control plane (`default-master`) included, with summary fields.
         */
        get: operations["listNodeGroups"];
        put?: never;
        /**
         * Create a worker node group
         * @description Adds a worker node group. Magnum answers 202 with the NodeGroup object (not just a UUID); the node group
         *     starts in `CREATE_IN_PROGRESS`. Magnum refuses a duplicate name and a cluster without an API address yet
         *     with 409, and `role: master` with 400.
         */
        post: operations["createNodeGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/nodegroups/{NODEGROUP_ID_OR_NAME}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        /**
         * Show a node group
         * @description Returns one node group with its labels, addresses and status.
         */
        get: operations["getNodeGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a node group
         * @description Deletes a worker node group. Magnum refuses to delete a default node group (400). Answers 204 without a body (Magnum; inferred for NKS).
         */
        delete: operations["deleteNodeGroup"];
        options?: never;
        head?: never;
        /**
         * Update a node group (typed change)
         * @description NKS's typed node-group update; the body's `type` selects the change:
         *     `metric_base_autoscale` (metric-based autoscaler policies), `flavor_id` (instance type, rolled with buffer
         *     nodes), `fip_auto_bind` (automatic floating IP binding) or `k8s_node_labels` (at most 20 Kubernetes labels).
         *     Any other `type` is rejected. Magnum's JSON-Patch array is not accepted here (see `x-source-notes`).
         *     Answers 202 with the node group UUID.
         */
        patch: operations["updateNodeGroup"];
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/nodegroups/{NODEGROUP_ID_OR_NAME}/stop_node": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop worker nodes
         * @description Stops the listed worker node instances of the node group. Status code 202 is inferred.
         */
        post: operations["stopNodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/nodegroups/{NODEGROUP_ID_OR_NAME}/start_node": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start worker nodes
         * @description Starts the listed (stopped) worker node instances of the node group. Status code 202 is inferred.
         */
        post: operations["startNodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/nodegroups/{NODEGROUP_ID_OR_NAME}/autoscale": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        /**
         * Show the node group's cluster-autoscaler settings
         * @description Returns the cluster-autoscaler settings of the node group. The guide types every value as a string but its examples return booleans and integers; both are accepted.
         */
        get: operations["getNodeGroupAutoscale"];
        put?: never;
        /**
         * Change the node group's cluster-autoscaler settings
         * @description Changes the cluster-autoscaler settings of the node group; `ca_enable` is required. Status code 202 is inferred.
         */
        post: operations["setNodeGroupAutoscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/nodegroups/{NODEGROUP_ID_OR_NAME}/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upgrade a node group's Kubernetes version
         * @description Upgrades one node group. Upgrade the control plane first (node group name `default-master`), then each
         *     worker node group. This NHN call differs from Magnum's `POST /v1/clusters/{id}/actions/upgrade`
         *     (cluster_template, max_batch_size), which NHN does not document. Status code 202 is inferred.
         */
        post: operations["upgradeNodeGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/nodegroups/{NODEGROUP_ID_OR_NAME}/userscript": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the node group's user script
         * @description Replaces the user script run on the node group's nodes. Status code 202 is inferred.
         */
        post: operations["setNodeGroupUserScript"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/addon_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List add-on types
         * @description Lists the add-on types NHN Cloud offers (the guide writes the path with a trailing slash).
         */
        get: operations["listAddonTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/addon_types/{ADDON_TYPE_UUID_OR_NAME}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Add-on type UUID or name (e.g. `cni`).
                 * @example cni
                 */
                ADDON_TYPE_UUID_OR_NAME: string;
            };
            cookie?: never;
        };
        /**
         * Show an add-on type
         * @description Returns one add-on type and whether every cluster must have it.
         */
        get: operations["getAddonType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/addons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List add-ons
         * @description Lists the add-ons (with versions and option schemas) NHN Cloud offers.
         */
        get: operations["listAddons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/addons/{ADDON_UUID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Add-on UUID.
                 * @example 23454567-1234-12d3-a456-426614174001
                 */
                ADDON_UUID: string;
            };
            cookie?: never;
        };
        /**
         * Show an add-on
         * @description Returns one add-on of the catalogue with its option schemas.
         */
        get: operations["getAddon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/addons": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        /**
         * List the add-ons installed in a cluster
         * @description Lists the add-ons installed in the cluster with their versions, options and status.
         */
        get: operations["listClusterAddons"];
        put?: never;
        /**
         * Install an add-on in a cluster
         * @description Installs an add-on version in the cluster. `resolve_conflicts` says how to treat existing resources. Status code 202 is inferred; the body holds the cluster UUID.
         */
        post: operations["installClusterAddon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clusters/{CLUSTER_ID_OR_NAME}/addons/{ADDON_UUID_OR_NAME}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Installed add-on UUID or add-on name (e.g. `coredns`).
                 * @example coredns
                 */
                ADDON_UUID_OR_NAME: string;
            };
            cookie?: never;
        };
        /**
         * Show an add-on installed in a cluster
         * @description Returns one installed add-on with its options and status.
         */
        get: operations["getClusterAddon"];
        put?: never;
        post?: never;
        /**
         * Remove an add-on from a cluster
         * @description Uninstalls the add-on. Unlike cluster and node-group deletion, the guide shows a `{uuid}` body (the cluster UUID); status code 202 is inferred.
         */
        delete: operations["deleteClusterAddon"];
        options?: never;
        head?: never;
        /**
         * Update an add-on installed in a cluster
         * @description Moves an installed add-on to another version. Status code 202 is inferred; the body holds the cluster UUID.
         */
        patch: operations["updateClusterAddon"];
        trace?: never;
    };
    "/v1/supports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List supported Kubernetes versions and event types
         * @description Returns the Kubernetes versions NKS offers (true = still available for new clusters) and the event types the events API reports.
         */
        get: operations["getSupports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description `container-infra latest` or `container-infra <major>.<minor>`.
         * @example container-infra latest
         * @example container-infra 1.14
         */
        MicroversionHeaderValue: string;
        /**
         * @description Magnum's `ClusterStatus` (18 values), used for cluster and node-group `status`. NHN examples show
         *     CREATE_COMPLETE, UPDATE_COMPLETE, UPDATE_IN_PROGRESS and UPDATE_FAILED. Asynchronous calls move a
         *     resource to the matching *_IN_PROGRESS state; pollers wait for *_COMPLETE or *_FAILED.
         * @enum {string}
         */
        ClusterStatus: "CREATE_IN_PROGRESS" | "CREATE_FAILED" | "CREATE_COMPLETE" | "UPDATE_IN_PROGRESS" | "UPDATE_FAILED" | "UPDATE_COMPLETE" | "DELETE_IN_PROGRESS" | "DELETE_FAILED" | "DELETE_COMPLETE" | "RESUME_COMPLETE" | "RESUME_FAILED" | "RESTORE_COMPLETE" | "ROLLBACK_IN_PROGRESS" | "ROLLBACK_FAILED" | "ROLLBACK_COMPLETE" | "SNAPSHOT_COMPLETE" | "CHECK_COMPLETE" | "ADOPT_COMPLETE";
        /**
         * @description Health of the cluster's Kubernetes API and nodes. Every NHN example shows Magnum's values
         *     (HEALTHY, UNHEALTHY, UNKNOWN); the current NHN table describes FRESH (data valid), STALE (not refreshed
         *     for a while) and ROTTEN (not refreshed for long, untrustworthy). Both sets are accepted; null before the
         *     first health check.
         * @enum {string|null}
         */
        HealthStatus: "HEALTHY" | "UNHEALTHY" | "UNKNOWN" | "FRESH" | "STALE" | "ROTTEN" | null;
        /**
         * @description Details behind `health_status`. Magnum fills a string map such as `{"api": "ok", "<node>.Ready": "True"}`;
         *     the current NHN table describes `timestamp`, `api` (OK / NOT_OK), `cluster.api_status`
         *     (NORMAL / STALED_DATA / ROTTEN_DATA / K8S_API_NOT_WORKING), `cluster.node_status` and
         *     `nodegroup.node_status.<NG>` (NORMAL / STALED_DATA / ROTTEN_DATA / NOT_READY_NODE_EXIST /
         *     ALL_NODES_NOT_READY) and `nodegroup-stats.<NG>` ("<ready>:<not ready>"). Kept open.
         */
        HealthStatusReason: ({
            /** @description Time the health data was refreshed (UTC). */
            timestamp?: string;
            /** @description Kubernetes API state (`OK`/`NOT_OK` in NHN's table, `ok` in Magnum's examples). */
            api?: string;
        } & {
            [key: string]: unknown;
        }) | null;
        Link: {
            /** Format: uri */
            href: string;
            /**
             * @example self
             * @example bookmark
             */
            rel: string;
        };
        /**
         * @description Boolean written as a string; the guide and its examples use both capitalisations.
         * @enum {string}
         */
        BoolString: "True" | "False" | "true" | "false";
        /** @description Non-negative integer written as a string (NKS label values are strings). */
        DigitString: string;
        /**
         * @description A boolean, or the same value as "True"/"False" in either case (the guide's tables say String, its examples send booleans).
         * @enum {boolean|string}
         */
        FlexibleBoolean: true | false | "True" | "False" | "true" | "false";
        /** @description A non-negative integer, or the same value as a digit string (the guide's tables say String, its examples send integers). */
        FlexibleInteger: number | string;
        /**
         * @description Cluster labels as returned. Values are strings in every NHN example; the guide also lists internal labels
         *     (flavor_type, os_*, server_group_meta, ...) that may change without notice. Open map.
         */
        ClusterLabels: {
            /** @description Control-plane Kubernetes version. */
            kube_tag?: string;
            availability_zone?: string;
            node_image?: string;
            boot_volume_type?: string;
            boot_volume_size?: string;
            external_network_id?: string;
            /** @description Colon-separated subnet UUIDs. */
            external_subnet_id_list?: string;
            cert_manager_api?: string;
            master_lb_floating_ip_enabled?: string;
            strict_sg_rules?: string;
            /** @description Stringified JSON `{"key_id": "<SKM key id>"}` used for etcd encryption. */
            skm?: string;
            additional_network_id_list?: string;
            additional_subnet_id_list?: string;
            cni_driver?: string;
            service_cluster_ip_range?: string;
            pods_network_cidr?: string;
            pods_network_subnet?: string;
            ncr_sgw?: string;
            obs_sgw?: string;
            /** @description Certificate validity in years. */
            term_of_validity?: string;
            certificate_expiry?: string;
            platform_version?: string;
            /** @description e.g. NEED_UPGRADE or LATEST. */
            kube_version_status?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A cluster (Magnum Cluster with NKS labels). Summary objects in lists carry a subset of these fields. */
        Cluster: {
            /** Format: uuid */
            uuid: string;
            name: string;
            /** @description Template id; NKS clusters show an internal UUID here (create takes `iaas_console`). */
            cluster_template_id?: string;
            /** @description Key pair name of the default worker node group. */
            keypair?: string | null;
            /** @description Instance type of the default worker node group. */
            flavor_id?: string | null;
            master_flavor_id?: string | null;
            /** @description Total number of worker nodes. */
            node_count?: number;
            master_count?: number;
            docker_volume_size?: number | null;
            create_timeout?: number | null;
            /** @description Heat stack of the control plane (Magnum < 1.13; `cluster_id` from 1.13). */
            stack_id?: string | null;
            cluster_id?: string | null;
            status: components["schemas"]["ClusterStatus"];
            status_reason?: string | null;
            health_status?: components["schemas"]["HealthStatus"];
            health_status_reason?: components["schemas"]["HealthStatusReason"];
            /** @description Kubernetes API endpoint. */
            api_address?: string | null;
            coe_version?: string | null;
            container_version?: string | null;
            project_id?: string;
            user_id?: string;
            fixed_network?: string | null;
            fixed_subnet?: string | null;
            floating_ip_enabled?: boolean | null;
            master_lb_enabled?: boolean | null;
            node_addresses?: string[];
            master_addresses?: string[];
            labels?: components["schemas"]["ClusterLabels"];
            links?: components["schemas"]["Link"][];
            /** Format: date-time */
            created_at?: string | null;
            /** Format: date-time */
            updated_at?: string | null;
        } & {
            [key: string]: unknown;
        };
        ClusterList: {
            clusters: components["schemas"]["Cluster"][];
            /** @description Magnum pagination link (not documented by NHN). */
            next?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Answer of asynchronous calls; the UUID of the cluster or node group the action runs on. */
        UuidResponse: {
            /** Format: uuid */
            uuid: string;
        } & {
            [key: string]: unknown;
        };
        ExtraSecurityGroup: {
            /**
             * Format: uuid
             * @description Subnet whose ports get the extra security groups.
             */
            target_subnet?: string;
            /** @description Comma-separated security group UUIDs. */
            security_group_ids?: string;
        } & {
            [key: string]: unknown;
        };
        ExtraVolume: {
            /** @description Block storage type, e.g. "General HDD". */
            volume_type?: string;
            /** @description Size in GB. */
            volume_size?: number;
            /** @description Symmetric key id for an encrypted volume. */
            volume_key_id?: string;
            /** @description App key of that symmetric key. */
            volume_appkey?: string;
            /** @description Mount path of the extra volume. */
            volume_mount_path?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Worker settings shared by the cluster-create and node-group-create labels. Values are strings unless noted. */
        WorkerLabels: {
            /** @description Availability zone, e.g. kr2-pub-b. */
            availability_zone?: string;
            /** @description Block storage type, e.g. "General HDD". */
            boot_volume_type?: string;
            /** @description Boot volume size in GB. */
            boot_volume_size?: components["schemas"]["DigitString"];
            boot_volume_key_id?: string;
            boot_volume_appkey?: string;
            /** @description Cluster autoscaler on/off. */
            ca_enable?: components["schemas"]["BoolString"];
            ca_pod_replicas?: components["schemas"]["DigitString"];
            ca_max_node_count?: components["schemas"]["DigitString"];
            ca_min_node_count?: components["schemas"]["DigitString"];
            ca_scale_down_enable?: components["schemas"]["BoolString"];
            /** @description Minutes. */
            ca_scale_down_unneeded_time?: components["schemas"]["DigitString"];
            /** @description Percent. */
            ca_scale_down_util_thresh?: components["schemas"]["DigitString"];
            /** @description Minutes. */
            ca_scale_down_delay_after_add?: components["schemas"]["DigitString"];
            /** @description Metric-based scale-out policy (table says String, no example; an object as in the node-group PATCH is accepted too). */
            mba_scale_out?: string | Record<string, never>;
            /** @description Metric-based scale-in policy (see mba_scale_out). */
            mba_scale_in?: string | Record<string, never>;
            /** @description User script (old form). */
            user_script?: string;
            /** @description User script. */
            user_script_v2?: string;
            /** @description Colon-separated VPC network UUIDs. */
            additional_network_id_list?: string;
            /** @description Colon-separated subnet UUIDs. */
            additional_subnet_id_list?: string;
            extra_security_groups?: components["schemas"]["ExtraSecurityGroup"][];
            extra_volumes?: components["schemas"]["ExtraVolume"][];
            fip_auto_bind_enable?: components["schemas"]["BoolString"];
            fip_bind_subnet?: string;
            fip_selector?: string;
            /** @description Kubernetes node labels (table says String, no example; an object as in the node-group PATCH is accepted too). */
            k8s_node_labels?: string | Record<string, never>;
        } & {
            [key: string]: unknown;
        };
        /** @description Labels of a new cluster (default worker node group settings plus cluster settings). */
        CreateClusterLabels: components["schemas"]["WorkerLabels"] & {
            /**
             * Format: uuid
             * @description Base image UUID.
             */
            node_image: string;
            /** @description Kubernetes version, e.g. v1.23.3. */
            kube_tag: string;
            /**
             * @description Must be "True" (CSR API on).
             * @enum {string}
             */
            cert_manager_api: "True" | "true";
            /** @description Public address for the API endpoint; "True" only with external_network_id and external_subnet_id_list. */
            master_lb_floating_ip_enabled: components["schemas"]["BoolString"];
            /** Format: uuid */
            external_network_id?: string;
            /** @description Colon-separated subnet UUIDs. */
            external_subnet_id_list?: string;
            /** @default False */
            strict_sg_rules?: components["schemas"]["BoolString"];
            service_cluster_ip_range?: string;
            pods_network_cidr?: string;
            /** @description Pod subnet prefix length, 20-28 (table Integer, responses show a string). */
            pods_network_subnet?: number | string;
            /** Format: uuid */
            ncr_sgw?: string;
            /** Format: uuid */
            obs_sgw?: string;
            /** @description calico (default) or calico-ebpf (older guide revisions). */
            cni_driver?: string;
            /** @description Control-plane log upload on/off. */
            control_plane_log?: string;
            /** @description Stringified JSON `{"key_id": "<SKM key id>"}` for etcd encryption. */
            skm?: string;
        };
        /** @description An add-on to install while creating the cluster. */
        ClusterAddonSpec: {
            name: string;
            version: string;
            options?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        CreateClusterRequest: {
            /** @description Cluster name (Magnum's name rule). */
            name: string;
            /**
             * @description Must be "iaas_console".
             * @constant
             */
            cluster_template_id: "iaas_console";
            /** @description Key pair name for the default worker node group. */
            keypair: string;
            /** @description Nodes in the default worker node group (table String, examples integer; both accepted). */
            node_count: number | string;
            /**
             * Format: uuid
             * @description Instance type of the default worker node group.
             */
            flavor_id: string;
            /**
             * Format: uuid
             * @description VPC network UUID.
             */
            fixed_network: string;
            /**
             * Format: uuid
             * @description VPC subnet UUID.
             */
            fixed_subnet: string;
            /**
             * @description Minutes (shown only in examples).
             * @default 60
             */
            create_timeout?: number;
            labels: components["schemas"]["CreateClusterLabels"];
            addons?: components["schemas"]["ClusterAddonSpec"][];
        } & {
            [key: string]: unknown;
        };
        ResizeRequest: {
            /** @description Worker node group name or UUID (required by NKS). */
            nodegroup: string;
            /** @description New node count: at least 1; at most 10 unless the quota was raised. */
            node_count: number;
            /** @description Node UUIDs to delete when shrinking; random nodes otherwise. */
            nodes_to_remove?: string[];
        } & {
            [key: string]: unknown;
        };
        Kubeconfig: {
            /** @description kubeconfig file body (YAML). */
            config: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description State of an event.
         * @enum {string}
         */
        EventState: "IN_PROGRESS" | "SUCCESS" | "FAIL";
        ClusterEvent: {
            id?: number;
            /** Format: uuid */
            uuid: string;
            project_id?: string;
            /** Format: uuid */
            cluster_uuid: string;
            cluster_name?: string;
            /** Format: uuid */
            resource_uuid?: string;
            resource_name?: string;
            /** @enum {string} */
            resource_type: "cluster" | "nodegroup";
            /** @description Event type, e.g. CLUSTER_CREATE (see getSupports). */
            type: string;
            state: components["schemas"]["EventState"];
            /** @description Progress or failure text; null on success. */
            contents?: string | null;
            /** @description Request details (current guide). */
            details?: string | null;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string | null;
        } & {
            [key: string]: unknown;
        };
        ClusterEventList: {
            events: components["schemas"]["ClusterEvent"][];
        } & {
            [key: string]: unknown;
        };
        IpAclTarget: {
            /** @description An IPv4 address or CIDR range. */
            cidr_address: string;
            /** @description Free text (the guide's table misspells it `descripion`). */
            description?: string;
        } & {
            [key: string]: unknown;
        };
        ApiEndpointIpAclRequest: {
            /**
             * @description Turn IP access control on or off (table String 'true'/'false', example "True"; booleans accepted).
             * @default false
             * @enum {string|boolean}
             */
            enable: "True" | "False" | "true" | "false" | true | false;
            /** @enum {string} */
            action?: "ALLOW" | "DENY";
            ipacl_targets?: components["schemas"]["IpAclTarget"][];
        } & {
            [key: string]: unknown;
        };
        ApiEndpointIpAcl: {
            /** Format: uuid */
            cluster_uuid: string;
            /** @enum {string|boolean} */
            enable: "true" | "false" | "True" | "False" | true | false;
            /** @enum {string} */
            action?: "ALLOW" | "DENY";
            ipacl_targets?: components["schemas"]["IpAclTarget"][];
        } & {
            [key: string]: unknown;
        };
        CertificateRenewalRequest: {
            /** @description New certificate validity in years. */
            term_of_validity: number;
        } & {
            [key: string]: unknown;
        };
        ServiceGatewayUpdateRequest: {
            /**
             * Format: uuid
             * @description NCR-type service gateway in the cluster's VPC.
             */
            ncr_sgw: string;
            /**
             * Format: uuid
             * @description OBS-type service gateway in the cluster's VPC.
             */
            obs_sgw: string;
        } & {
            [key: string]: unknown;
        };
        ControlPlaneLog: ({
            /** @description Upload control-plane logs. */
            enable: boolean;
            /**
             * @description lncs: Log & Crash Search; obs: Object Storage. Required when enabled.
             * @enum {string}
             */
            type?: "lncs" | "obs";
            /**
             * Format: uuid
             * @description Service gateway for the chosen target. Required when enabled.
             */
            sgw?: string;
            /**
             * @description Upload period in minutes (Object Storage).
             * @default 10
             */
            upload_interval?: number;
            /** @description Log & Crash Search app key (type lncs). */
            lncs_appkey?: string;
            /**
             * Format: uri
             * @description Full Object Storage container path (type obs).
             */
            obs_api_url?: string;
            /** @enum {string} */
            obs_store_as?: "gzip" | "text";
        } & {
            [key: string]: unknown;
        }) & (unknown & unknown & unknown);
        ControlPlaneLogUpdate: {
            /** @constant */
            type: "control_plane_log";
            control_plane_log: components["schemas"]["ControlPlaneLog"];
        } & {
            [key: string]: unknown;
        };
        JsonPatchOperation: {
            /** @enum {string} */
            op: "add" | "replace" | "remove";
            path: string;
            value?: unknown;
        } & {
            [key: string]: unknown;
        };
        /** @description Magnum's JSON-Patch cluster update (inferred; not documented by NHN). */
        MagnumJsonPatch: components["schemas"]["JsonPatchOperation"][];
        /** @description NHN's typed cluster update (control_plane_log) or Magnum's JSON-Patch array. */
        UpdateClusterRequest: components["schemas"]["ControlPlaneLogUpdate"] | components["schemas"]["MagnumJsonPatch"];
        /** @description Node-group labels as returned; string values, internal keys included. Open map. */
        NodeGroupLabels: {
            [key: string]: unknown;
        };
        /** @description Node group fields in the list view. */
        NodeGroupSummary: {
            /** Format: uuid */
            uuid: string;
            name: string;
            flavor_id?: string | null;
            image_id?: string | null;
            node_count?: number;
            min_node_count?: number | null;
            max_node_count?: number | null;
            /**
             * @example worker
             * @example master
             */
            role?: string;
            is_default?: boolean;
            stack_id?: string | null;
            status?: components["schemas"]["ClusterStatus"];
        } & {
            [key: string]: unknown;
        };
        /** @description A node group (Magnum NodeGroup with NKS labels). The create answer omits status and timestamps. */
        NodeGroup: components["schemas"]["NodeGroupSummary"] & {
            id?: number;
            /** Format: uuid */
            cluster_id?: string;
            project_id?: string;
            labels?: components["schemas"]["NodeGroupLabels"];
            node_addresses?: string[];
            docker_volume_size?: number | null;
            status_reason?: string | null;
            version?: string | null;
            links?: components["schemas"]["Link"][];
            /** Format: date-time */
            created_at?: string | null;
            /** Format: date-time */
            updated_at?: string | null;
        };
        NodeGroupList: {
            nodegroups: components["schemas"]["NodeGroupSummary"][];
            /** @description Magnum pagination link (not documented by NHN). */
            next?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Labels of a new worker node group. */
        CreateNodeGroupLabels: components["schemas"]["WorkerLabels"] & Record<string, never>;
        CreateNodeGroupRequest: {
            name: string;
            /** @default 1 */
            node_count?: number;
            /** Format: uuid */
            flavor_id: string;
            /** Format: uuid */
            image_id: string;
            labels: components["schemas"]["CreateNodeGroupLabels"];
            /** @description Magnum refuses master node groups (400). */
            role?: string;
        } & {
            [key: string]: unknown;
        };
        NodeListRequest: {
            /** @description Node instance UUIDs joined by colons. */
            node_list: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Cluster-autoscaler settings of a node group (booleans/integers in the examples, strings in the table). */
        AutoscaleSettings: {
            ca_enable?: components["schemas"]["FlexibleBoolean"];
            ca_pod_replicas?: components["schemas"]["FlexibleInteger"];
            ca_max_node_count?: components["schemas"]["FlexibleInteger"];
            ca_min_node_count?: components["schemas"]["FlexibleInteger"];
            ca_scale_down_enable?: components["schemas"]["FlexibleBoolean"];
            ca_scale_down_unneeded_time?: components["schemas"]["FlexibleInteger"];
            ca_scale_down_util_thresh?: components["schemas"]["FlexibleInteger"];
            ca_scale_down_delay_after_add?: components["schemas"]["FlexibleInteger"];
            ca_image?: string;
            clusterautoscale?: string;
        } & {
            [key: string]: unknown;
        };
        AutoscaleUpdateRequest: components["schemas"]["AutoscaleSettings"] & Record<string, never>;
        MbaRule: {
            /** @enum {string} */
            metric: "GROUP_CPU_USAGE" | "GROUP_MEMORY_USAGE" | "GROUP_DISK_READ_BYTES" | "GROUP_DISK_WRITE_BYTES" | "GROUP_NETWORK_SENT_BYTES" | "GROUP_NETWORK_RECV_BYTES";
            threshold: number;
            /** @description Minutes the threshold must hold. */
            duration: number;
        } & {
            [key: string]: unknown;
        };
        MbaPolicy: {
            enable?: components["schemas"]["FlexibleBoolean"];
            /** @enum {string} */
            rules_operator?: "AND" | "OR" | "and" | "or";
            /** @description Minutes to wait before acting. */
            delay?: number;
            /** @description Nodes added or removed per action. */
            adjustment_count?: number;
            rules?: components["schemas"]["MbaRule"][];
        } & {
            [key: string]: unknown;
        };
        MbaScaleOut: components["schemas"]["MbaPolicy"] & {
            max_node_count?: number;
        };
        MbaScaleIn: components["schemas"]["MbaPolicy"] & {
            min_node_count?: number;
        };
        MetricBaseAutoscaleUpdate: {
            /** @constant */
            type: "metric_base_autoscale";
            mba_scale_out?: components["schemas"]["MbaScaleOut"];
            mba_scale_in?: components["schemas"]["MbaScaleIn"];
        } & {
            [key: string]: unknown;
        };
        FlavorUpdate: {
            /** @constant */
            type: "flavor_id";
            /** Format: uuid */
            flavor_id: string;
            /** @default 1 */
            num_buffer_nodes?: number;
            /** @default 1 */
            num_max_unavailable_nodes?: number;
        } & {
            [key: string]: unknown;
        };
        FipAutoBindUpdate: {
            /** @constant */
            type: "fip_auto_bind";
            fip_auto_bind_update_info: {
                fip_auto_bind_enable: boolean;
                /**
                 * Format: uuid
                 * @description Cluster subnet or node-group additional subnet; required when enabled.
                 */
                fip_bind_subnet?: string;
                fip_selector?: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Kubernetes node labels, at most 20. Values follow Kubernetes label-value syntax (inferred from Kubernetes). */
        K8sNodeLabels: {
            [key: string]: string;
        };
        K8sNodeLabelsUpdate: {
            /** @constant */
            type: "k8s_node_labels";
            k8s_node_labels: components["schemas"]["K8sNodeLabels"];
        } & {
            [key: string]: unknown;
        };
        /** @description Typed node-group update; `type` picks exactly one branch. */
        UpdateNodeGroupRequest: {
            /** @enum {string} */
            type: "metric_base_autoscale" | "flavor_id" | "fip_auto_bind" | "k8s_node_labels";
        } & (components["schemas"]["MetricBaseAutoscaleUpdate"] | components["schemas"]["FlavorUpdate"] | components["schemas"]["FipAutoBindUpdate"] | components["schemas"]["K8sNodeLabelsUpdate"]);
        UpgradeNodeGroupRequest: {
            /** @description Target Kubernetes version, e.g. v1.19.13. */
            version: string;
            /** @default 1 */
            num_buffer_nodes?: number;
            /** @default 1 */
            num_max_unavailable_nodes?: number;
        } & {
            [key: string]: unknown;
        };
        UserScriptRequest: {
            /** @description User script body. */
            contents: string;
        } & {
            [key: string]: unknown;
        };
        AddonType: {
            /** Format: uuid */
            uuid: string;
            /**
             * @example cni
             * @example kube-dns
             */
            name: string;
            /** @description Every cluster must have an add-on of this type. */
            mandatory?: boolean;
        } & {
            [key: string]: unknown;
        };
        AddonTypeList: {
            addon_types: components["schemas"]["AddonType"][];
        } & {
            [key: string]: unknown;
        };
        AddonOptionSchema: {
            name: string;
            /** @enum {string} */
            data_type: "STRING" | "INTEGER" | "SELECT";
            /** @description Default value (the guide types it String). */
            default?: unknown;
            updatable?: boolean;
            mandatory?: boolean;
            choices?: string[];
        } & {
            [key: string]: unknown;
        };
        Addon: {
            /** Format: uuid */
            uuid: string;
            /** @description Add-on type name. */
            type: string;
            version: string;
            name: string;
            /** @description Internal. */
            deploy_target?: string | null;
            /** @description Internal. */
            k8s_min_version?: string | null;
            /** @description Internal. */
            k8s_max_version?: string | null;
            description?: string | null;
            option_schemas?: components["schemas"]["AddonOptionSchema"][];
        } & {
            [key: string]: unknown;
        };
        AddonList: {
            addons: components["schemas"]["Addon"][];
        } & {
            [key: string]: unknown;
        };
        ClusterAddon: {
            /** Format: uuid */
            uuid: string;
            project_id?: string;
            /** Format: uuid */
            cluster_uuid?: string;
            cluster_name?: string;
            type?: string;
            version: string;
            options?: {
                [key: string]: unknown;
            };
            name: string;
            /** @description Add-on status, e.g. UPDATE_COMPLETE or UPDATE_FAILED (no enum documented). */
            status: string;
            status_reason?: string | null;
            /** @example cluster */
            scope?: string;
            /** Format: uuid */
            target_uuid?: string;
            /** Format: date-time */
            created_at?: string | null;
            /** Format: date-time */
            updated_at?: string | null;
        } & {
            [key: string]: unknown;
        };
        ClusterAddonList: {
            addons: components["schemas"]["ClusterAddon"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description How to treat resources that already exist in the cluster.
         * @enum {string}
         */
        ResolveConflicts: "none" | "overwrite" | "preserve";
        InstallAddonRequest: {
            name: string;
            version: string;
            resolve_conflicts: components["schemas"]["ResolveConflicts"];
            /** @description Add-on options (not in the install table; inferred from cluster create). */
            options?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        UpdateAddonRequest: {
            version: string;
            resolve_conflicts: components["schemas"]["ResolveConflicts"];
        } & {
            [key: string]: unknown;
        };
        Supports: {
            /** @description Kubernetes version -> still offered for new clusters. */
            supported_k8s: {
                [key: string]: true | false | "True" | "False" | "true" | "false";
            };
            /** @description Event type -> description, either flat (current) or grouped under cluster_events / nodegroup_events (earlier revisions). */
            supported_event_type?: {
                [key: string]: string | {
                    [key: string]: string;
                };
            };
        } & {
            [key: string]: unknown;
        };
        MagnumError: {
            /** @description Always the empty string in Magnum's middleware. */
            request_id?: string;
            /** @description Fault code, lower-cased (client or server). */
            code: string;
            status: number;
            /** @description First sentence of the message. */
            title: string;
            /** @description Full message. */
            detail?: string;
            links?: unknown[];
        } & {
            [key: string]: unknown;
        };
        /** @description Magnum's error body (inferred for NKS; NHN documents no error format). */
        MagnumErrorBody: {
            errors: components["schemas"]["MagnumError"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The error object of Magnum's microversion range check (magnum/api/controllers/v1/__init__.py Controller._check_version). */
        MagnumMicroversionError: {
            /** @constant */
            code: "magnum.microversion-unsupported";
            title: string;
            description?: string;
            max_version: string;
            min_version: string;
            links?: unknown[];
        } & {
            [key: string]: unknown;
        };
        /** @description 406 body; Magnum's error middleware format or, for an out-of-range version, the microversion check's own object. */
        MagnumNotAcceptableBody: {
            errors: (components["schemas"]["MagnumError"] | components["schemas"]["MagnumMicroversionError"])[];
        } & {
            [key: string]: unknown;
        };
        /** @description keystonemiddleware's error body (keystonemiddleware/auth_token, the `authtoken` filter of Magnum's api-paste.ini). */
        KeystoneErrorBody: {
            error: {
                code: number;
                title: string;
                message: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Invalid input (Magnum `Invalid`, `NotSupported`, `OperationInProgress`, WSME type errors). Body format inferred from Magnum. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MagnumErrorBody"];
            };
        };
        /** @description Missing, invalid or expired `X-Auth-Token`. Answered by keystonemiddleware's auth_token filter in Magnum's paste pipeline, before Magnum's own error middleware, so the body is Keystone's `{"error": {...}}`, not Magnum's `{"errors": [...]}`, with `WWW-Authenticate: Keystone uri="..."` (recorded from Magnum 15.0.1). */
        Unauthorized: {
            headers: {
                /** @description Where to get a token, e.g. `Keystone uri="https://identity.example/v3"`. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KeystoneErrorBody"];
            };
        };
        /** @description The token's project or role may not do this, or a quota is exceeded (Magnum `NotAuthorized`, `PolicyNotAuthorized`, `ResourceLimitExceeded`). Body format inferred from Magnum. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MagnumErrorBody"];
            };
        };
        /** @description The cluster, node group, event or add-on does not exist (Magnum `ClusterNotFound`, `NodeGroupNotFound`). Body format inferred from Magnum. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MagnumErrorBody"];
            };
        };
        /** @description State conflict (Magnum `Conflict`: node-group name already exists, a cluster name that names several clusters, API address not ready yet, invalid min/max node counts). Body format inferred from Magnum. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MagnumErrorBody"];
            };
        };
        /** @description The `OpenStack-API-Version` header cannot be read, asks for a version outside 1.1-1.14, or asks for a version below the operation's floor (node groups 1.9, resize 1.7; a missing header means 1.1). Magnum's version hook and `Controller.api_version` answer 406. An out-of-range version is answered by Magnum's version check with its own error object (`code`, `title`, `description`, `max_version`, `min_version`, `links`; no `status` or `detail`), the other cases by Magnum's error middleware (recorded from Magnum 15.0.1). */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MagnumNotAcceptableBody"];
            };
        };
        /** @description The request body is larger than the server accepts (inferred; the limit is not documented, the local fake uses 1 MiB). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MagnumErrorBody"];
            };
        };
        /** @description The body is not JSON (WSME's "Unknown mimetype"). Inferred from Magnum. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MagnumErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
         *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
         * @example container-infra latest
         */
        OpenStackApiVersion: components["schemas"]["MicroversionHeaderValue"];
        /**
         * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
         *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
         * @example container-infra latest
         */
        OpenStackApiVersionRequired: components["schemas"]["MicroversionHeaderValue"];
        /**
         * @description Cluster UUID or cluster name.
         * @example test-k8s
         */
        ClusterIdOrName: string;
        /**
         * @description Cluster UUID (the events API takes the UUID only).
         * @example 388794e6-14dc-48ee-9a4f-9c40df5d97ec
         */
        ClusterUuid: string;
        /**
         * @description Event UUID.
         * @example 868f218a-9446-4500-b6b3-8c1a95e3d7c3
         */
        EventUuid: string;
        /**
         * @description Node group UUID or name; `default-master` names the control plane (upgrade).
         * @example default-worker
         */
        NodeGroupIdOrName: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Lowest container-infra microversion the server supports (Magnum; not documented by NHN).
         * @example container-infra 1.1
         */
        OpenStackApiMinimumVersion: string;
        /**
         * @description Highest container-infra microversion the server supports (Magnum; not documented by NHN).
         * @example container-infra 1.14
         */
        OpenStackApiMaximumVersion: string;
        /**
         * @description The microversion the server used for this request, echoed when the request named one
         *     (Magnum's version negotiation; not documented by NHN). `latest` is answered with the
         *     concrete version.
         * @example container-infra 1.14
         */
        OpenStackApiVersion: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listClusters: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clusters of the project. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
        };
    };
    createCluster: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClusterRequest"];
            };
        };
        responses: {
            /** @description Creation accepted; the body holds the new cluster's UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getCluster: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteCluster: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion accepted; no body (Magnum status code, inferred for NKS). */
            204: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    updateCluster: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClusterRequest"];
            };
        };
        responses: {
            /** @description Update accepted; the body holds the cluster UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    resizeCluster: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResizeRequest"];
            };
        };
        responses: {
            /** @description Resize accepted; the body holds the cluster UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getClusterKubeconfig: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The kubeconfig. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kubeconfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    listClusterEvents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID (the events API takes the UUID only).
                 * @example 388794e6-14dc-48ee-9a4f-9c40df5d97ec
                 */
                CLUSTER_UUID: components["parameters"]["ClusterUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
        };
    };
    getClusterEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID (the events API takes the UUID only).
                 * @example 388794e6-14dc-48ee-9a4f-9c40df5d97ec
                 */
                CLUSTER_UUID: components["parameters"]["ClusterUuid"];
                /**
                 * @description Event UUID.
                 * @example 868f218a-9446-4500-b6b3-8c1a95e3d7c3
                 */
                EVENT_UUID: components["parameters"]["EventUuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
        };
    };
    getApiEndpointIpAcl: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The IP access control settings. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiEndpointIpAcl"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    setApiEndpointIpAcl: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiEndpointIpAclRequest"];
            };
        };
        responses: {
            /** @description Change accepted; the body holds the cluster UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    renewClusterCertificate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateRenewalRequest"];
            };
        };
        responses: {
            /** @description Renewal accepted; the body holds the cluster UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    updateServiceGateway: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceGatewayUpdateRequest"];
            };
        };
        responses: {
            /** @description Change accepted; the body holds the cluster UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listNodeGroups: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node groups. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeGroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    createNodeGroup: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNodeGroupRequest"];
            };
        };
        responses: {
            /** @description Creation accepted; the body is the new NodeGroup. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getNodeGroup: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node group. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteNodeGroup: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion accepted; no body. */
            204: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    updateNodeGroup: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNodeGroupRequest"];
            };
        };
        responses: {
            /** @description Change accepted; the body holds the node group UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    stopNodes: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NodeListRequest"];
            };
        };
        responses: {
            /** @description Stop accepted; the body holds the node group UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    startNodes: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NodeListRequest"];
            };
        };
        responses: {
            /** @description Start accepted; the body holds the node group UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getNodeGroupAutoscale: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The autoscaler settings. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoscaleSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    setNodeGroupAutoscale: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutoscaleUpdateRequest"];
            };
        };
        responses: {
            /** @description Change accepted; the body holds the node group UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    upgradeNodeGroup: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpgradeNodeGroupRequest"];
            };
        };
        responses: {
            /** @description Upgrade accepted; the body holds the node group UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    setNodeGroupUserScript: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Magnum microversion, required here: node-group calls need >= 1.9 and resize >= 1.7, and NHN is reported to
                 *     reject node-group calls that omit the header. Send `container-infra latest` as the guide does.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version": components["parameters"]["OpenStackApiVersionRequired"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Node group UUID or name; `default-master` names the control plane (upgrade).
                 * @example default-worker
                 */
                NODEGROUP_ID_OR_NAME: components["parameters"]["NodeGroupIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserScriptRequest"];
            };
        };
        responses: {
            /** @description Change accepted; the body holds the node group UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listAddonTypes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The add-on types. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddonTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
        };
    };
    getAddonType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Add-on type UUID or name (e.g. `cni`).
                 * @example cni
                 */
                ADDON_TYPE_UUID_OR_NAME: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The add-on type. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddonType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
        };
    };
    listAddons: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The add-ons. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddonList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
        };
    };
    getAddon: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Add-on UUID.
                 * @example 23454567-1234-12d3-a456-426614174001
                 */
                ADDON_UUID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The add-on. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Addon"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
        };
    };
    listClusterAddons: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The installed add-ons. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterAddonList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    installClusterAddon: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstallAddonRequest"];
            };
        };
        responses: {
            /** @description Installation accepted; the body holds the cluster UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getClusterAddon: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Installed add-on UUID or add-on name (e.g. `coredns`).
                 * @example coredns
                 */
                ADDON_UUID_OR_NAME: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The installed add-on. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterAddon"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteClusterAddon: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Installed add-on UUID or add-on name (e.g. `coredns`).
                 * @example coredns
                 */
                ADDON_UUID_OR_NAME: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removal accepted; the body holds the cluster UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
        };
    };
    updateClusterAddon: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path: {
                /**
                 * @description Cluster UUID or cluster name.
                 * @example test-k8s
                 */
                CLUSTER_ID_OR_NAME: components["parameters"]["ClusterIdOrName"];
                /**
                 * @description Installed add-on UUID or add-on name (e.g. `coredns`).
                 * @example coredns
                 */
                ADDON_UUID_OR_NAME: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAddonRequest"];
            };
        };
        responses: {
            /** @description Update accepted; the body holds the cluster UUID. */
            202: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UuidResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getSupports: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Magnum microversion. The guide sends `container-infra latest` on every call; without it Magnum assumes 1.1.
                 *     Optional on this operation (its Magnum floor is 1.1), but clients should always send it.
                 * @example container-infra latest
                 */
                "OpenStack-API-Version"?: components["parameters"]["OpenStackApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Supported versions and event types. */
            200: {
                headers: {
                    "OpenStack-API-Minimum-Version": components["headers"]["OpenStackApiMinimumVersion"];
                    "OpenStack-API-Maximum-Version": components["headers"]["OpenStackApiMaximumVersion"];
                    "OpenStack-API-Version": components["headers"]["OpenStackApiVersion"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Supports"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
        };
    };
}
