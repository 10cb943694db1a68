/**
 * Generated from specs/bigdata-paas.yaml by `npm run generate`. Do not edit by hand;
 * change the spec and run the generator again.
 */

export type paths = {
    "/bigdata/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List product names
         * @description Returns the distinct names of all registered products (order not guaranteed; the code builds the list from a set).
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Register a product version
         * @description Registers a new product version in the registry. The code requires all four fields
         *     `name`, `version`, `description` and `logo_url` (the README example omits `logo_url`;
         *     the code wins). The body must be JSON (`Content-Type: application/json`); a non-JSON
         *     body or a missing field gets 400 from `abort(400)`. Success is 201 with an empty body
         *     and `Location` pointing to the product version.
         */
        post: operations["registerProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/products/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the versions of a product
         * @description Returns the registered versions of one product. This is the only route without
         *     authentication in the code. For a product that was never registered the registry
         *     returns nothing to iterate and the server fails with 500 (inferred from the code).
         */
        get: operations["listProductVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/products/{name}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        /**
         * Get a product version
         * @description Returns the registry entry of one product version. An unknown product/version gives 200 with null fields, not 404 (real server behaviour).
         */
        get: operations["getProduct"];
        put?: never;
        /**
         * Launch a cluster of a product version
         * @description Instantiates a new cluster of the product version for the token's user. The body is
         *     an object of option values; every key of the product's `required` options must be
         *     present, `optional` and `advanced` keys fall back to the defaults of the options
         *     document. Values are free-form: the README shows both `{"size": "2"}` and
         *     `{"size": 2}`. Send `{}` when the product needs no options.
         *
         *     The call is asynchronous: the server answers 202 at once with the URL of a job in
         *     `/queue/{id}` (body `url` and `Location` header). The job registers the cluster
         *     (status `registered`), submits it to the Mesos framework and starts the orchestrator
         *     once the cluster is `scheduled`. Poll the job until it answers 303.
         *
         *     The token, the product and the options are all checked inside the job
         *     (`@asynchronous` wraps `@restricted`, app/decorators.py and app/endpoints.py), so the
         *     real server (and the local fake) always answers 202 first. A job whose token is refused
         *     ends `error` and its poll answers 404 (`Key queue/<id>/url does not exist`); a job that
         *     raises (unknown product, product registered without template or options, a required
         *     option missing) stays `pending` for good. 400 and 401 are declared for implementations
         *     that check first.
         */
        post: operations["launchCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/products/{name}/{version}/template": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        /**
         * Get the product template
         * @description Returns the stored jinja2 template (JSON or YAML text) as one JSON string. The template renders to the cluster's nodes and services with the variables `opts`, `user`, `product`, `version`, `clusterdn` and `clusterid`.
         */
        get: operations["getProductTemplate"];
        /**
         * Upload the product template
         * @description Stores the raw request body as the product's jinja2 template. `Content-Type:
         *     application/json` stores it as `json+jinja2`, `application/yaml` as `yaml+jinja2`. The
         *     body is kept as text and rendered at launch, so a JSON template may contain jinja2
         *     statements and is not checked as JSON here. Any other content type fails with 500 in
         *     the real code (inferred). Success is 204 with an empty body.
         */
        put: operations["setProductTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/products/{name}/{version}/options": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        /**
         * Get the product options document
         * @description Returns the options document that says which launch options are required and which defaults apply.
         */
        get: operations["getProductOptions"];
        /**
         * Upload the product options document
         * @description Stores the raw request body as the options document. The real server does not parse
         *     it on upload and ignores the content type (commands.md uploads it without one); an
         *     invalid document only fails later, when `GET .../options` or a launch parses it (500).
         *     The spec asks for a JSON Options document when the body is sent as JSON; the register
         *     scripts send it with curl's default form content type, taken as raw text. Success is
         *     204 with an empty body, also for a product version never registered (the key is
         *     simply written).
         */
        put: operations["setProductOptions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/products/{name}/{version}/orchestrator": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        /**
         * Get the product orchestrator script
         * @description Returns the stored orchestrator script (e.g. a Fabric fabfile) as one JSON string. The README spells this route `orquestrator`; the code route is `orchestrator`.
         */
        get: operations["getProductOrchestrator"];
        /**
         * Upload the product orchestrator script
         * @description Stores the raw request body as the orchestrator script, called to configure the
         *     cluster once it is `scheduled`. The README sends the Python file with
         *     `Content-Type: application/json` and spells the route `orquestrator`; the code uses
         *     `orchestrator` and ignores the content type. Success is 204 with an empty body.
         */
        put: operations["setProductOrchestrator"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/products/{name}/{version}/logo_url": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        /**
         * Get the product logo URL
         * @description Returns the product's logo URL as one JSON string.
         */
        get: operations["getProductLogoUrl"];
        /**
         * Change the product logo URL
         * @description Sets the logo URL from a JSON body `{"logo_url": ...}`. A non-JSON body or a missing `logo_url` gets 400 from `abort(400)`. Success is 204 with an empty body.
         */
        put: operations["setProductLogoUrl"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/queue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Poll a launch job
         * @description Returns the state of an asynchronous launch job. While the job runs: 200
         *     `{"status": "pending"}`. When it has registered the cluster: 303 See Other with
         *     `{"status": "registered", "url": ...}` and `Location` set to the cluster URL. A job that
         *     ended `error` (its launch answered something else than 201, e.g. a refused token) never
         *     wrote its url key, so the poll raises kvstore.KeyDoesNotExist: 404 `Key not found`,
         *     `Key queue/<id>/url does not exist` (app/decorators.py, app/endpoints.py). A job whose
         *     launch raised stays `pending`. Jobs are never deleted. An unknown id: 404 `Key not found`.
         */
        get: operations["getQueueJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all clusters
         * @description Returns a summary of every cluster in the registry, of every user.
         */
        get: operations["listClusters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/clusters/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the clusters of a user
         * @description Returns a summary of every cluster of one user. An unknown user gives an empty list.
         */
        get: operations["listUserClusters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/clusters/{username}/{product}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a user's clusters of a product
         * @description Returns a summary of every cluster of one user and product.
         */
        get: operations["listUserProductClusters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/clusters/{username}/{product}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a user's clusters of a product version
         * @description Returns a summary of every cluster of one user, product and version.
         */
        get: operations["listUserProductVersionClusters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/clusters/{username}/{product}/{version}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the clusters (the user named in the token when launching).
                 * @example test
                 */
                username: components["parameters"]["Username"];
                /**
                 * @description Product name of the clusters.
                 * @example reference
                 */
                product: components["parameters"]["ClusterProduct"];
                /**
                 * @description Product version of the clusters.
                 * @example 1.0.0
                 */
                version: components["parameters"]["ClusterVersion"];
                /**
                 * @description Cluster number, an integer sequence per user/product/version starting at 1, written in decimal.
                 * @example 1
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        /**
         * Get a cluster
         * @description Returns the summary of one cluster. When the registry lacks one of its keys (for
         *     example an id that was never used) the real server still answers 200, with the
         *     failure form `{"result": "failure", "uri", "message"}`.
         */
        get: operations["getCluster"];
        put?: never;
        post?: never;
        /**
         * Destroy a cluster
         * @description Asks the Mesos framework to kill the cluster's containers. The framework must answer
         *     204, otherwise the server answers 500. The registry entry is not removed (the code
         *     for that is commented out), so the cluster stays listed; its status is expected to
         *     become `destroyed` (inferred).
         */
        delete: operations["destroyCluster"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/clusters/{username}/{product}/{version}/{id}/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the nodes of a cluster
         * @description Returns the nodes (docker containers) of a cluster with their disks and networks.
         */
        get: operations["listClusterNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigdata/api/v1/clusters/{username}/{product}/{version}/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the services of a cluster
         * @description Returns the services of a cluster (configuration applied to a group of nodes).
         */
        get: operations["listClusterServices"];
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
        /** @description Error body of every JSON error handler in errors.py and decorators.py. */
        Error: {
            /** @description The HTTP status code, repeated. */
            status: number;
            /** @description Short error name (`bad request`, `invalid options`, `unauthorized`, `not found`, `Key not found`, `method not supported`, `internal server error`). */
            error: string;
            /** @description Human-readable detail; for 401 one of the four fixed messages. */
            message: string | null;
        };
        /** @description Body of `POST /products`. All four fields are required by the code (the README example omits `logo_url`). Extra fields are ignored. */
        ProductRegistration: {
            /** @description Product name, used in URLs. */
            name: string;
            /** @description Product version, used in URLs. */
            version: string;
            /** @description Free text shown in the web UI. */
            description: string;
            /** @description URL of the product logo shown in the web UI. */
            logo_url: string;
        };
        /** @description A registered product version. Fields are null when the product version does not exist (the real server still answers 200). */
        Product: {
            /** @description Registry key, `products/<name>/<version>`. */
            dn: string | null;
            name: string | null;
            version: string | null;
            description: string | null;
            logo_url: string | null;
        };
        ProductList: {
            /** @description Distinct product names. */
            products: string[];
        };
        ProductVersions: {
            /** @description Versions registered for the product. */
            versions: string[];
        };
        /** @description jinja2 template text (JSON or YAML) rendered at launch into `{dnsname, nodes, services}`. */
        TemplateText: string;
        /** @description jinja2 JSON template sent as `application/json`. Stored as raw text and rendered at launch, so it need not be valid JSON before rendering; not checked here. */
        TemplateUpload: unknown;
        /** @description Orchestrator script (e.g. a Fabric fabfile) run to configure the cluster once it is scheduled. */
        OrchestratorScript: string;
        /** @description Raw text stored as is; the server ignores the content type and does not parse the body. */
        RawUpload: unknown;
        /** @description URL of the product logo. */
        LogoUrl: string | null;
        LogoUrlUpdate: {
            /** @description New logo URL. */
            logo_url: string;
        };
        /**
         * @description Options document of a product version. Keys are template option names (e.g.
         *     `size`, `slaves.number`); values are example or default values. Every key in
         *     `required` must be supplied at launch (else 400 `invalid options`); `optional` and
         *     `advanced` values are defaults merged into the launch options; `descriptions` holds
         *     the text the web UI shows for each key. All four sections appear in every known
         *     document and are required here (inferred).
         */
        Options: {
            required: components["schemas"]["OptionValues"];
            optional: components["schemas"]["OptionValues"];
            advanced: components["schemas"]["OptionValues"];
            /** @description Text describing each option key. */
            descriptions: {
                [key: string]: string;
            };
        };
        /** @description Option names mapped to values of any JSON type. */
        OptionValues: {
            [key: string]: unknown;
        };
        /**
         * @description Option values for a launch, keyed by option name; values are free-form (the README sends `size` both as "2" and as 2). Must contain every key of the product's `required` options; `{}` when there are none.
         * @example {
         *       "size": 2
         *     }
         */
        LaunchOptions: {
            [key: string]: unknown;
        };
        LaunchAccepted: {
            /** @description Absolute URL of the launch job in `/bigdata/api/v1/queue/{id}`. */
            url: string;
        };
        /**
         * @description State of a launch job. `pending` while the launch runs, then `registered` (launch returned 201) or `error` (anything else). Both end states are final.
         * @enum {string}
         */
        QueueStatus: "pending" | "registered" | "error";
        QueueJobPending: {
            /** @constant */
            status: "pending";
        };
        QueueJobDone: {
            /** @enum {unknown} */
            status: "registered" | "error";
            /** @description Absolute URL of the cluster; null only from an implementation that answers a failed job with 303 (at HEAD such a poll is a 404, see getQueueJob). */
            url: string | null;
        };
        /**
         * @description Lifecycle of a cluster as the README describes it. The registry sets `registered`;
         *     the Mesos framework moves it through `scheduling` to `scheduled`; the orchestrator
         *     through `configuring` to `configured`; then the cluster is `ready`. `destroyed`
         *     follows a DELETE. The README gives the order; that `destroyed` may follow any live
         *     state is inferred. A client polling slowly may see later states without the ones
         *     in between.
         * @enum {string}
         */
        ClusterStatus: "registered" | "scheduling" | "scheduled" | "configuring" | "configured" | "ready" | "destroyed";
        /**
         * @description Summary of a cluster as `utils.print_instance` builds it. Success form:
         *     `{result: success, uri, data: {name, dn, status}}`; failure form when a registry key
         *     is missing: `{result: failure, uri, message}`. `uri` is the registry dn with
         *     `instances` replaced by `clusters`, relative, not a full URL.
         */
        ClusterSummary: components["schemas"]["ClusterSummarySuccess"] | components["schemas"]["ClusterSummaryFailure"];
        ClusterSummarySuccess: {
            /** @constant */
            result: "success";
            /** @description Relative cluster path, `clusters/<user>/<product>/<version>/<id>`. */
            uri: string;
            data: {
                /** @description DNS name of the cluster, from the rendered template. */
                name: string;
                /** @description Registry key of the cluster (`clusters/...`; older data `instances/...`). */
                dn: string;
                status: components["schemas"]["ClusterStatus"];
            };
        };
        ClusterSummaryFailure: {
            /** @constant */
            result: "failure";
            /** @description Registry key of the cluster. */
            uri: string;
            /** @description Text of the KeyDoesNotExist error (the missing key). */
            message: string | null;
        };
        ClusterList: {
            clusters: components["schemas"]["ClusterSummary"][];
        };
        /** @description A node (docker container) of a cluster. The registry stores values as text, so `cpu` and `mem` usually arrive as strings. */
        Node: {
            /** @description Registry key of the node. */
            dn: string;
            name: string;
            /** @description Number of cores. */
            cpu: string | number;
            /** @description Memory (MB in the README examples). */
            mem: string | number;
            /** @description Physical host running the container, once scheduled. */
            host: string | null;
            /** @description Node status as set by the scheduler; values are not documented. */
            status: string | null;
            disks: {
                name: string;
                host: string | null;
            }[];
            networks: {
                name: string;
                address: string | null;
            }[];
        };
        NodeList: {
            nodes: components["schemas"]["Node"][];
        };
        /** @description A service of a cluster (configuration applied to the group of nodes that run it). */
        Service: {
            /** @description Registry key of the service. */
            dn: string;
            name: string;
            /** @description Service status; values are not documented. */
            status: string | null;
        };
        ServiceList: {
            services: components["schemas"]["Service"][];
        };
        DestroyResult: {
            /** @constant */
            message: "success";
        };
    };
    responses: {
        /** @description Cluster summaries. */
        ClusterListOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClusterList"];
            };
        };
        /**
         * @description Bad request. The JSON forms come from the handlers in errors.py (`bad request`,
         *     `invalid options`). The endpoints' own `abort(400)` (non-JSON body, missing field)
         *     has no custom handler, so the real server sends Flask's default HTML page (inferred).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/html": string;
            };
        };
        /** @description The `x-auth-token` header is missing, forged, carries another role than ROLE_USER, or has expired. The four messages are the real ones. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unknown URI (app-wide handler) or a registry key that does not exist (kvstore.KeyDoesNotExist). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The route exists but not with this method. errors.py has a JSON handler for it on
         *     the blueprint; Flask does not send routing errors to blueprint handlers, so the real
         *     server probably answers with its default HTML page (inferred).
         */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/html": string;
            };
        };
        /**
         * @description The request body is larger than the server accepts. Flask answers 413 when a body
         *     exceeds `MAX_CONTENT_LENGTH`; the paas config sets none, so the limit is the one of the
         *     server in front of it (inferred). The local fake answers it above 1 MiB.
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unhandled error (registry failure, Mesos framework refusing a request, unparsable options document, unsupported template content type). The message is the exception's text and may be empty or null. */
        InternalServerError: {
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
         * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
         * @example reference
         */
        ProductName: string;
        /**
         * @description Product version (e.g. `1.0.0`, `5.7.0`).
         * @example 1.0.0
         */
        ProductVersion: string;
        /**
         * @description Owner of the clusters (the user named in the token when launching).
         * @example test
         */
        Username: string;
        /**
         * @description Product name of the clusters.
         * @example reference
         */
        ClusterProduct: string;
        /**
         * @description Product version of the clusters.
         * @example 1.0.0
         */
        ClusterVersion: string;
        /**
         * @description Cluster number, an integer sequence per user/product/version starting at 1, written in decimal.
         * @example 1
         */
        ClusterId: string;
        /**
         * @description Job id, a uuid4 in hex without dashes (taken from the launch response).
         * @example 3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e
         */
        QueueId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Absolute URL of the registered product version (`/bigdata/api/v1/products/{name}/{version}`).
         * @example http://127.0.0.1:5000/bigdata/api/v1/products/mongodb/3.2.8
         */
        ProductLocation: string;
        /**
         * @description Absolute URL of the launch job (`/bigdata/api/v1/queue/{id}`), same value as the body's `url`.
         * @example http://127.0.0.1:5000/bigdata/api/v1/queue/3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e
         */
        QueueLocation: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Product names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    registerProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductRegistration"];
            };
        };
        responses: {
            /** @description Registered. Empty body. */
            201: {
                headers: {
                    Location: components["headers"]["ProductLocation"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listProductVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions of the product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductVersions"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    launchCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LaunchOptions"];
            };
        };
        responses: {
            /** @description Launch accepted; poll the job URL. */
            202: {
                headers: {
                    Location: components["headers"]["QueueLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LaunchAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getProductTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template text, JSON-encoded as a string. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateText"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setProductTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateUpload"];
                "application/yaml": components["schemas"]["TemplateText"];
            };
        };
        responses: {
            /** @description Template stored. Empty body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getProductOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Options"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setProductOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Options"];
                "application/x-www-form-urlencoded": components["schemas"]["RawUpload"];
            };
        };
        responses: {
            /** @description Options stored. Empty body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getProductOrchestrator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script text, JSON-encoded as a string. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrchestratorScript"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setProductOrchestrator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain": components["schemas"]["OrchestratorScript"];
                "application/json": components["schemas"]["RawUpload"];
                "application/x-www-form-urlencoded": components["schemas"]["RawUpload"];
            };
        };
        responses: {
            /** @description Script stored. Empty body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getProductLogoUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logo URL, JSON-encoded as a string. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoUrl"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setProductLogoUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Product name (e.g. `cdh`, `mongodb`, `reference`).
                 * @example reference
                 */
                name: components["parameters"]["ProductName"];
                /**
                 * @description Product version (e.g. `1.0.0`, `5.7.0`).
                 * @example 1.0.0
                 */
                version: components["parameters"]["ProductVersion"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoUrlUpdate"];
            };
        };
        responses: {
            /** @description Logo URL stored. Empty body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getQueueJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job id, a uuid4 in hex without dashes (taken from the launch response).
                 * @example 3f2c9a7e5b1d4c6f8a0e2b4d6f8a1c3e
                 */
                id: components["parameters"]["QueueId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job is still running. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueJobPending"];
                };
            };
            /** @description The job has finished; follow `Location` to the cluster. */
            303: {
                headers: {
                    /** @description Absolute URL of the new cluster (`/bigdata/api/v1/clusters/{username}/{product}/{version}/{id}`). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueJobDone"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listClusters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClusterListOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listUserClusters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the clusters (the user named in the token when launching).
                 * @example test
                 */
                username: components["parameters"]["Username"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClusterListOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listUserProductClusters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the clusters (the user named in the token when launching).
                 * @example test
                 */
                username: components["parameters"]["Username"];
                /**
                 * @description Product name of the clusters.
                 * @example reference
                 */
                product: components["parameters"]["ClusterProduct"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClusterListOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listUserProductVersionClusters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the clusters (the user named in the token when launching).
                 * @example test
                 */
                username: components["parameters"]["Username"];
                /**
                 * @description Product name of the clusters.
                 * @example reference
                 */
                product: components["parameters"]["ClusterProduct"];
                /**
                 * @description Product version of the clusters.
                 * @example 1.0.0
                 */
                version: components["parameters"]["ClusterVersion"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClusterListOk"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the clusters (the user named in the token when launching).
                 * @example test
                 */
                username: components["parameters"]["Username"];
                /**
                 * @description Product name of the clusters.
                 * @example reference
                 */
                product: components["parameters"]["ClusterProduct"];
                /**
                 * @description Product version of the clusters.
                 * @example 1.0.0
                 */
                version: components["parameters"]["ClusterVersion"];
                /**
                 * @description Cluster number, an integer sequence per user/product/version starting at 1, written in decimal.
                 * @example 1
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster summary (success or failure form). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    destroyCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the clusters (the user named in the token when launching).
                 * @example test
                 */
                username: components["parameters"]["Username"];
                /**
                 * @description Product name of the clusters.
                 * @example reference
                 */
                product: components["parameters"]["ClusterProduct"];
                /**
                 * @description Product version of the clusters.
                 * @example 1.0.0
                 */
                version: components["parameters"]["ClusterVersion"];
                /**
                 * @description Cluster number, an integer sequence per user/product/version starting at 1, written in decimal.
                 * @example 1
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Destroy request accepted by the framework. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DestroyResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listClusterNodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the clusters (the user named in the token when launching).
                 * @example test
                 */
                username: components["parameters"]["Username"];
                /**
                 * @description Product name of the clusters.
                 * @example reference
                 */
                product: components["parameters"]["ClusterProduct"];
                /**
                 * @description Product version of the clusters.
                 * @example 1.0.0
                 */
                version: components["parameters"]["ClusterVersion"];
                /**
                 * @description Cluster number, an integer sequence per user/product/version starting at 1, written in decimal.
                 * @example 1
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster's nodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NodeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listClusterServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Owner of the clusters (the user named in the token when launching).
                 * @example test
                 */
                username: components["parameters"]["Username"];
                /**
                 * @description Product name of the clusters.
                 * @example reference
                 */
                product: components["parameters"]["ClusterProduct"];
                /**
                 * @description Product version of the clusters.
                 * @example 1.0.0
                 */
                version: components["parameters"]["ClusterVersion"];
                /**
                 * @description Cluster number, an integer sequence per user/product/version starting at 1, written in decimal.
                 * @example 1
                 */
                id: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster's services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
