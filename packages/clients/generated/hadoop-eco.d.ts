/**
 * Generated from specs/hadoop-eco.yaml by `npm run generate`. Do not edit by hand;
 * change the spec and run the generator again.
 */

export type paths = {
    "/v2/hadoop-eco/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a cluster (Open API)
         * @description Creates a new Hadoop Eco cluster. Only the beginning of the request body is documented
         *     (up to `vpcId` and a truncated field starting `su`, taken to be `subnetId`). Value ranges,
         *     the response body and the status codes are not documented: the ranges of `workerCnt` and
         *     `workerVolumeSize` are taken from the API overview model (same field names), everything
         *     else about the response is inferred (see `x-source-notes`).
         */
        post: operations["createCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hadoop-eco/clusters/{cluster-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the cluster (console > Analytics > Hadoop Eco > Cluster > Cluster information).
                 * @example 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "cluster-id": components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a job cluster (re-run a Terminated cluster)
         * @description Repeats job scheduling on an existing cluster that is in `Terminated(User)` or
         *     `Terminated(User Command)` state. Every body element is optional: it is only needed to
         *     change the existing cluster settings, so `{}` re-runs the cluster as it was.
         *
         *     The current documentation shows the nested body (`instanceSpecs`, `config`,
         *     `userTaskInfo`, `securityGroupIds`); an older version of the same page (and the API
         *     overview model) shows the flat body (`workerCnt`, `workerVolumeSize`,
         *     `configHdfsReplication`, ...). Both are accepted by the schema; the flat fields keep the
         *     overview ranges (worker volume 50-5120 GB) while `instanceSpecs[].volumeSize` keeps the
         *     v2 range (100-5120 GB).
         *
         *     The response carries a `requestId`; poll it with `getJobClusterRequest`. A cluster that is
         *     not in a Terminated state is refused with 400 (inferred message).
         */
        post: operations["createJobCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hadoop-eco/clusters/{cluster-id}/requests/{request-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the cluster (console > Analytics > Hadoop Eco > Cluster > Cluster information).
                 * @example 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "cluster-id": components["parameters"]["ClusterId"];
                /**
                 * @description The `requestId` returned by `createJobCluster`.
                 * @example 0c7a9e52-3b1d-4f6a-9d8e-7c6b5a4f3e2d
                 */
                "request-id": string;
            };
            cookie?: never;
        };
        /**
         * Get the status of a job-cluster request
         * @description Returns the status of a job-cluster request. With `verbose=true` the response also holds
         *     the cluster details down to the master/worker/task instance groups, the configuration
         *     and the user task.
         *
         *     The element table of the doc mixes snake_case (`termination_policy`, `hive_query`,
         *     `exec_opts`, `exec_params`) with the camelCase of the response syntax block
         *     (`terminationPolicy`, `hiveQuery`, `execOpts`, `execParams`); the schema follows the
         *     syntax block (camelCase). Response objects stay open, so snake_case keys would not fail
         *     validation either.
         *
         *     `requestStatus` / `requestResult` values are not documented; their domains are open
         *     (`x-known-values`) and the listed values are inferred.
         */
        get: operations["getJobClusterRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hadoop-eco/clusters/{cluster-id}/vms": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the cluster (console > Analytics > Hadoop Eco > Cluster > Cluster information).
                 * @example 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "cluster-id": components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        /**
         * List the VMs of a cluster
         * @description Lists the virtual machines (nodes) of a cluster. Known only from third-party lab notes
         *     (credential headers, status 200); the official page could not be read. A KakaoCloud
         *     training lab (kakaocloud-edu/tutorial, DataAnalyzeCourse/PracticalTextbook/Day3/Lab06.md)
         *     reads the node list from the body's `content` key, which the example and the local fake
         *     use. The rest of the shape is inferred and kept open: an object (possibly with an
         *     inferred `vms` array instead) or a bare array of VM objects. The 4xx responses are inferred. The local fake lists one VM per node
         *     of each instance group while the cluster has machines (Creating to Terminating) and an
         *     empty list before and after.
         */
        get: operations["listClusterVms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hadoop-eco/v1/cluster/{cluster-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the cluster (console > Analytics > Hadoop Eco > Cluster > Cluster information).
                 * @example 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "cluster-id": components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a job cluster (legacy Kakao i Cloud v1)
         * @deprecated
         * @description The 2022 Kakao i Cloud job-cluster call, served by the kr-central-1 host
         *     `https://hadoop-eco.kr-central-1.kakaoi.io`. It takes the flat request model of the API
         *     overview. The method table of the page says POST in one version and PUT in another; the
         *     curl example uses POST in every version, so POST is documented and PUT is not (see
         *     `x-source-notes`). The response and status codes are not documented; they are inferred
         *     to match the v2 call.
         *
         *     The page's example sends `workerVolumeSize: 5`, below the documented minimum of 50 GB;
         *     the named example here uses 50 and the seed test shows the original is rejected.
         */
        post: operations["createLegacyJobCluster"];
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
         * @description Node (instance group) type.
         * @enum {string}
         */
        NodeType: "MASTER" | "WORKER" | "TASK";
        /**
         * @description Spark job deploy mode.
         * @enum {string}
         */
        DeployMode: "client" | "cluster";
        /**
         * @description Settings for one instance group. All elements optional; `type` names the group the other
         *     values apply to.
         */
        InstanceSpec: {
            type?: components["schemas"]["NodeType"];
            /** @description Number of nodes (1-1,000). */
            nodeCnt?: number;
            /** @description Block storage size per node in GB (100-5,120, the v2 documentation range). */
            volumeSize?: number;
        };
        /** @description HDFS settings for the re-run. */
        JobClusterConfig: {
            /** @description HDFS block size in MB (1-1,024). */
            hdfsBlockSize?: number;
            /** @description HDFS replication factor (1-500). */
            hdfsReplication?: number;
        };
        /** @description The job to run. */
        UserTaskInfo: {
            deployMode?: components["schemas"]["DeployMode"];
            /** @description Spark or Hive job configuration parameters. */
            execOpts?: string;
            /** @description Job (Spark application) parameters. */
            execParams?: string;
        };
        /**
         * @description The flat request model of the API overview ("Model - cluster"). Body of the legacy v1
         *     call, and the older form of the v2 job-cluster body. Every field is optional. Ranges are
         *     the overview's (worker volume 50-5,120 GB).
         */
        JobClusterFlatRequest: {
            /** @description Number of worker nodes (1-1,000). */
            workerCnt?: number;
            /** @description Worker node block storage size in GB (50-5,120, the API overview range). */
            workerVolumeSize?: number;
            /** @description HDFS replication factor (1-500). */
            configHdfsReplication?: number;
            /** @description HDFS block size in MB (1-1,024). */
            configHdfsBlockSize?: number;
            userTaskDeployMode?: components["schemas"]["DeployMode"];
            /** @description Spark or Hive job configuration parameters. */
            userTaskExecOpts?: string;
            /** @description Spark application parameters. */
            userTaskExecParams?: string;
        };
        /**
         * @description Body of the v2 job-cluster call. Every element is optional and only changes the existing
         *     cluster settings. The nested form is the current documentation; the flat fields of
         *     `JobClusterFlatRequest` (older page version) are accepted as well.
         */
        JobClusterRequest: {
            /** @description Instance group settings (MASTER, WORKER, TASK). */
            instanceSpecs?: components["schemas"]["InstanceSpec"][];
            config?: components["schemas"]["JobClusterConfig"];
            userTaskInfo?: components["schemas"]["UserTaskInfo"];
            /** @description Security group IDs. The element table says String; the syntax block shows an array of strings, which is used. */
            securityGroupIds?: string[];
        } & components["schemas"]["JobClusterFlatRequest"];
        /** @description Result of a job-cluster call. */
        JobClusterResponse: {
            /** @description Cluster ID. */
            clusterId: string;
            /** @description Cluster name. */
            clusterName: string;
            /** @description ID of the task request; poll it with getJobClusterRequest. */
            requestId: string;
        };
        /**
         * @description Progress of a job-cluster request. The documentation names the field but no value, so
         *     the domain is open (`x-known-values`): the listed values are inferred (`Accepted` ->
         *     `Processing` -> `Finished`; the outcome is in `requestResult`) and a client must accept
         *     others. A value outside the list is reported as a warning, never a failure.
         */
        RequestStatus: string;
        /**
         * @description Outcome of a job-cluster request. The documentation names the field but no value, so
         *     the domain is open (`x-known-values`): the listed values are inferred (`Pending` until
         *     `requestStatus` is `Finished`, then `Success` or `Failure`).
         */
        RequestResult: string;
        /**
         * @description Cluster status. `Terminated(User)` and `Terminated(User Command)` are documented (the
         *     states from which an Open API key can be issued and a job cluster re-run); the other
         *     values and all transitions are inferred. A re-run moves a terminated cluster through
         *     `Initializing` -> `Creating` -> `Installing` -> `Running` -> `Terminating` and back to
         *     `Terminated(User Command)`; `Terminated(Error)` is final. Because only two values are
         *     documented, the domain is open (`x-known-values`): a value outside the list is a warning.
         */
        ClusterStatus: string;
        /** @description One instance group of the cluster (verbose response). */
        InstanceGroupInfo: {
            /** @description Instance group ID. */
            instanceGroupId?: string;
            /** @description Flavor ID. */
            flavorId?: string;
            /** @description Flavor name. */
            flavorName?: string;
            /** @description Volume size in GB. */
            volumeSize?: number;
            /** @description Node count. */
            nodeCnt?: number;
        };
        /** @description Cluster configuration (verbose response). */
        ClusterConfigInfo: {
            /** @description HDFS block size in MB. */
            hdfsBlockSize?: number;
            /** @description HDFS replication count. */
            hdfsReplication?: number;
            /** @description Injected cluster configuration. */
            configText?: string;
            /** @description Injected user script. */
            userScript?: string;
        };
        /**
         * @description The task run on the cluster (verbose response). Keys follow the response syntax block
         *     (camelCase); the doc's element table spells some of them in snake_case.
         */
        UserTask: {
            /** @description Task type (values not documented). */
            type?: string;
            /** @description Cluster behaviour after the task completes (values not documented; `termination_policy` in the element table). */
            terminationPolicy?: string;
            /** @description Location of the executed task file. */
            fileUrl?: string;
            /** @description Executed Hive query (`hive_query` in the element table). */
            hiveQuery?: string;
            /** @description Spark job deploy mode. */
            deployMode?: string;
            /** @description Options of the executed task (`exec_opts` in the element table). */
            execOpts?: string;
            /** @description Parameters of the executed task (`exec_params` in the element table). */
            execParams?: string;
            /** @description Location of the task result logs. */
            logUrl?: string;
        };
        /**
         * @description Status of a job-cluster request. The first five fields are always present (`verbose=false`
         *     shape); the others appear with `verbose=true`. `clusterStatus` is not in the documented
         *     syntax (inferred, optional; the local fake sends it with `verbose=true`).
         */
        JobClusterRequestStatus: {
            /** @description Cluster ID. */
            clusterId: string;
            /** @description Cluster name. */
            clusterName: string;
            /** @description Request ID. */
            requestId: string;
            requestStatus: components["schemas"]["RequestStatus"];
            requestResult: components["schemas"]["RequestResult"];
            clusterStatus?: components["schemas"]["ClusterStatus"];
            /** @description Cluster type. */
            clusterType?: string;
            /** @description Cluster version. */
            clusterVersion?: string;
            /** @description Whether the cluster is highly available. */
            isHa?: boolean;
            /** @description Installed components. */
            installComponents?: string[];
            /** @description Master instance groups. */
            masterInfo?: components["schemas"]["InstanceGroupInfo"][];
            /** @description Worker instance groups. */
            workerInfo?: components["schemas"]["InstanceGroupInfo"][];
            /** @description Task instance groups. */
            taskInfo?: components["schemas"]["InstanceGroupInfo"][];
            /** @description Image name. */
            imageName?: string;
            /** @description Security group IDs. */
            securityGroupIds?: string[];
            /** @description Key pair name. */
            keypairName?: string;
            /** @description Cluster owner. */
            owner?: string;
            config?: components["schemas"]["ClusterConfigInfo"];
            userTask?: components["schemas"]["UserTask"];
        };
        /**
         * @description Open API cluster creation body, as far as documented (the page is cut off after `vpcId`
         *     and a field starting `su`, taken to be `subnetId`). Requiring `name`, `clusterType` and
         *     `clusterVersion` is inferred; the object stays open for the undocumented rest.
         */
        ClusterCreateRequest: {
            /** @description Cluster name. */
            name: string;
            /** @description Cluster type (bundle, e.g. Core Hadoop, HBase, Trino, Dataflow; the API value format is not documented). */
            clusterType: string;
            /** @description Hadoop Eco version. */
            clusterVersion: string;
            /** @description High availability (3 masters) or standard (1 master). */
            isHa?: boolean;
            /** @description Key pair name. */
            keypairName?: string;
            /** @description Master node flavor. */
            masterFlavorName?: string;
            /** @description Master node volume size in GB (range not documented). */
            masterVolumeSize?: number;
            /** @description Number of worker nodes (1-1,000, from the API overview model). */
            workerCnt?: number;
            /** @description Worker node flavor. */
            workerFlavorName?: string;
            /** @description Worker node volume size in GB (50-5,120, from the API overview model). */
            workerVolumeSize?: number;
            /** @description Enable monitoring. */
            monitoring?: boolean;
            /** @description Existing security group IDs. */
            securityGroupIds?: string[];
            /** @description Name of a security group to create. */
            securityGroupName?: string;
            /** @description VPC ID. */
            vpcId?: string;
            /** @description Subnet ID (inferred from the truncated `su...` field). */
            subnetId?: string;
        };
        /** @description Response of the Open API cluster creation (inferred; not documented). */
        ClusterCreateResponse: {
            /** @description ID of the new cluster. */
            clusterId: string;
            /** @description Name of the new cluster. */
            clusterName?: string;
            status?: components["schemas"]["ClusterStatus"];
        };
        /** @description One VM of a cluster (inferred; every field optional). */
        ClusterVm: {
            /** @description VM (instance) ID. */
            id?: string;
            /** @description VM name. */
            name?: string;
            /**
             * @description Node type of the VM. The VM listing is known only from third-party notes, so this
             *     response domain is open (`x-known-values`, the request's documented node types).
             */
            nodeType?: string;
            /** @description Flavor name. */
            flavorName?: string;
            /** @description VM status. */
            status?: string;
            /** @description Private IP address. */
            privateIp?: string;
        };
        /**
         * @description The VMs of a cluster (inferred and kept open): an object, possibly with a `vms` array, or
         *     a bare array of VM objects. A KakaoCloud training lab (kakaocloud-edu/tutorial
         *     DataAnalyzeCourse/PracticalTextbook/Day3/Lab06.md) reads the node list from the body's
         *     `content` key, so `content` is documented beside the inferred `vms`.
         */
        ClusterVmList: {
            /** @description Cluster ID. */
            clusterId?: string;
            /** @description The VMs, under the key a KakaoCloud lab reads (element shape not shown there). */
            content?: components["schemas"]["ClusterVm"][];
            vms?: components["schemas"]["ClusterVm"][];
        } | components["schemas"]["ClusterVm"][];
        /**
         * @description Error body (inferred: the format is not documented). Used for every error status
         *     (400, 401, 403, 404, 405, 413, 415).
         */
        Error: {
            /** @description HTTP status code. */
            code?: number;
            /** @description Human-readable error message. */
            message: string;
        };
    };
    responses: {
        /** @description The request information is wrong (error body inferred). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Authentication failed (error body inferred). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No permission (error body inferred). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Cluster (or request) not found (error body inferred). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is larger than the server accepts (inferred; the limit is not documented, the local fake uses 1 MiB). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not JSON (inferred; the docs fix `Content-Type` to `application/json`). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description ID of the cluster (console > Analytics > Hadoop Eco > Cluster > Cluster information).
         * @example 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f
         */
        ClusterId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    createCluster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClusterCreateRequest"];
            };
        };
        responses: {
            /** @description Cluster creation accepted (inferred status code and body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    createJobCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the cluster (console > Analytics > Hadoop Eco > Cluster > Cluster information).
                 * @example 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "cluster-id": components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobClusterRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobClusterResponse"];
                };
            };
            /** @description The cluster task (creation) is in progress. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobClusterResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getJobClusterRequest: {
        parameters: {
            query?: {
                /**
                 * @description When `true`, the response includes the cluster details down to the master/worker/task nodes.
                 * @example true
                 */
                verbose?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description ID of the cluster (console > Analytics > Hadoop Eco > Cluster > Cluster information).
                 * @example 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "cluster-id": components["parameters"]["ClusterId"];
                /**
                 * @description The `requestId` returned by `createJobCluster`.
                 * @example 0c7a9e52-3b1d-4f6a-9d8e-7c6b5a4f3e2d
                 */
                "request-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. The short shape for `verbose=false`, the full shape for `verbose=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobClusterRequestStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listClusterVms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the cluster (console > Analytics > Hadoop Eco > Cluster > Cluster information).
                 * @example 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "cluster-id": components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VMs of the cluster (shape inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterVmList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    createLegacyJobCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the cluster (console > Analytics > Hadoop Eco > Cluster > Cluster information).
                 * @example 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f
                 */
                "cluster-id": components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobClusterFlatRequest"];
            };
        };
        responses: {
            /** @description Success (inferred to match the v2 call). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobClusterResponse"];
                };
            };
            /** @description The cluster task is in progress (inferred to match the v2 call). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobClusterResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
}
