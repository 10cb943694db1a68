/**
 * Generated from specs/yarn-service.yaml by `npm run generate`. Do not edit by hand;
 * change the spec and run the generator again.
 */

export type paths = {
    "/app/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List services (documented, not served by stock Hadoop)
         * @description The upstream docs declare this as "(TBD) list of services running in the cluster",
         *     returning an array of Service objects with a minimal projection of each service.
         *     Stock Hadoop's `ApiServer` binds no GET to `/services` (only POST), so a real
         *     ResourceManager answers 405 Method Not Allowed (inferred from JAX-RS behaviour).
         *     The 200 array shape is kept so mocks and fakes can offer it; conformance runs against
         *     a real cluster should expect 405. The local fake serves it: the caller's services, in
         *     the documented minimal projection, sorted by name.
         */
        get: operations["listServices"];
        put?: never;
        /**
         * Create a service
         * @description Submits a service definition. 202 only confirms that the request was accepted; the
         *     service may never reach a running state (resources, queue limits, etc.). Poll
         *     `GET /app/v1/services/{service_name}` for `state`.
         *
         *     If the body sets `state: STOPPED` the definition is only saved (not launched); the answer
         *     is still 202 with `state: ACCEPTED` and diagnostics `Service <name> version <v> saved.`.
         *
         *     Validation (ServiceApiUtil, all HTTP 400) is listed in the Service schema's
         *     `x-validation-rules`. A duplicate name is NOT a 409: the real server answers 500
         *     `Service name <name> is already taken.`. A component asking for more memory or vcores
         *     than the cluster's maximum container size also gives 500.
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/v1/services/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the API server version
         * @description Returns the Hadoop build version of the API server as `{"hadoop_version": "..."}`.
         *     The path is literal, so a service named `version` cannot be read through
         *     `GET /app/v1/services/{service_name}`.
         */
        get: operations["getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/v1/services/{service_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
            };
            cookie?: never;
        };
        /**
         * Get a service
         * @description Returns the service definition with its live status: `id` (application id), `state`,
         *     per-component `state` and `containers`, and `lifetime` (-1 = unlimited).
         *     An unknown (or invalid) name answers 404 with code 404004.
         */
        get: operations["getService"];
        /**
         * Update a service (stop, start, lifetime, flex, upgrade, decommission)
         * @description The body is a partial Service document (ServiceUpdate). The server looks at it in this
         *     order and acts on the FIRST match (the path name always wins over a body `name`):
         *
         *     1. `state: FLEX` - flex every listed component to its `number_of_containers` -> 202.
         *     2. `state: STOPPED` - stop -> 200; already stopped -> 400.
         *     3. `state: STARTED` - start -> 200 (`state: ACCEPTED`).
         *     4. `state: UPGRADING | UPGRADING_AUTO_FINALIZE | EXPRESS_UPGRADING` - initiate an upgrade to
         *        the definition in the body (needs `yarn.service.upgrade.enabled=true`) -> 202.
         *     5. `state: CANCEL_UPGRADING` - cancel the upgrade in progress -> 202.
         *     6. `lifetime` > 0 - set the lifetime to that many seconds FROM NOW (both extends and
         *        shortens) -> 200.
         *     7. a component with non-empty `decommissioned_instances` - decommission them -> 202.
         *     8. anything else - nothing to do -> 204, no body.
         *
         *     Errors: 400 (already stopped; a ServiceClient YarnException's message, e.g. flex while
         *     not running; NO body when flex, cancel or decommission returns a non-zero exit code),
         *     403, 404 (definition not found, a YarnException thrown outside `doAs`, or a body Jackson
         *     cannot read), 500 (IllegalArgumentException and NullPointerException, e.g. a FLEX naming
         *     an unknown component or omitting `number_of_containers`).
         */
        put: operations["updateService"];
        post?: never;
        /**
         * Destroy a service
         * @description Stops the service and deletes its definition, HDFS root folder and registry records.
         *     The real server answers 200 with a ServiceStatus body (the upstream Swagger's 204 is
         *     never sent). A missing service answers 400 `Service <name> doesn't exist` when the
         *     destroy itself reports it, or 404 when the lookup fails first.
         */
        delete: operations["destroyService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/v1/services/{service_name}/components": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Upgrade all instances of one or more components
         * @description Every component in the list whose `state` is `UPGRADING` has all its instances
         *     upgraded to the definition given when the service upgrade was initiated. The service
         *     must be in UPGRADING or UPGRADING_AUTO_FINALIZE and each component in NEEDS_UPGRADE.
         *     202 when the upgrade was started (also when no instance needed it), 204 only in the
         *     cases listed under 204.
         */
        put: operations["upgradeComponents"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/v1/services/{service_name}/components/{component_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
                /**
                 * @description Component name within the service.
                 * @example hello
                 */
                component_name: components["parameters"]["ComponentName"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Flex a component (or upgrade it)
         * @description Sets the desired number of instances of one component. The body needs
         *     `number_of_containers` (>= 0); a body `name`, if given, must equal the path's
         *     component name. Success is 200 with `Updating component (<c>) size from <old> to <new>`
         *     (flex is not supported for components whose restart_policy is ON_FAILURE or NEVER).
         *
         *     If the body's `state` is `UPGRADING` the call upgrades all instances of the component
         *     instead (same rules and answers as `upgradeComponents`: 202 or 204).
         */
        put: operations["flexComponent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/v1/services/{service_name}/component-instances": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
            };
            cookie?: never;
        };
        /**
         * List component instances
         * @description Returns the containers of the service grouped by component, optionally filtered by
         *     component names, by service version and by container states. An unknown
         *     `containerState` answers 400 listing the valid states.
         */
        get: operations["listComponentInstances"];
        /**
         * Upgrade component instances
         * @description Every container in the list whose `state` is `UPGRADING` (matched by
         *     `component_instance_name`) is upgraded. The service must be in UPGRADING or
         *     UPGRADING_AUTO_FINALIZE and each instance in NEEDS_UPGRADE or FAILED_UPGRADE.
         *     202 when the upgrade was started (also when no instance needed it), 204 only in the
         *     cases listed under 204.
         */
        put: operations["upgradeComponentInstances"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/v1/services/{service_name}/components/{component_name}/component-instances/{component_instance_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
                /**
                 * @description Component name within the service.
                 * @example hello
                 */
                component_name: components["parameters"]["ComponentName"];
                /**
                 * @description Component instance name, `<component_name>-<i>` (e.g. hello-0).
                 * @example hello-0
                 */
                component_instance_name: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update (upgrade) one component instance
         * @description With `state: UPGRADING` the instance is upgraded (202, or 204 when nothing was done);
         *     any other body is accepted and ignored (204).
         */
        put: operations["updateComponentInstance"];
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
         * @description Service name: lower-case letters, digits and '-', starting with a letter (a DNS label;
         *     '_' is refused). At most 63 characters: the server enforces that only when
         *     `hadoop.registry.dns.enabled` is true; this spec always applies it.
         * @example hello-world
         */
        ServiceName: string;
        /**
         * @description Component name: same character rules as a service name. At most 44 characters
         *     (63 minus the 19 characters the registry DNS needs for the instance suffix); the server
         *     enforces that only when registry DNS is enabled; this spec always applies it.
         * @example hello
         */
        ComponentName: string;
        /**
         * @description A service as the server writes it (GET answers). Jackson serialises the Java record
         *     from typed fields, so numbers are always numbers here; requests use ServiceCreate and
         *     ServiceUpdate, which admit Jackson's coercions. Fields filled in by the server (`id`,
         *     `launch_time`, `number_of_running_containers`, component `containers`) are read-only.
         */
        Service: {
            name: components["schemas"]["ServiceName"];
            /** @description Version of the service. */
            version: string;
            /** @description Description of the service. */
            description?: string;
            /**
             * @description Unique service id (the YARN application id).
             * @example application_1503963985568_0002
             */
            readonly id?: string;
            artifact?: components["schemas"]["Artifact"];
            resource?: components["schemas"]["Resource"];
            /**
             * Format: int64
             * @description When the service was created, epoch milliseconds (the docs say a date string; the server sends a number).
             */
            readonly launch_time?: number;
            /**
             * Format: int64
             * @description In GET answers, running containers across all components at request time.
             */
            readonly number_of_running_containers?: number;
            /**
             * Format: int64
             * @description Lifetime in seconds after the service reaches STARTED, after which YARN destroys it.
             *     Omit for unlimited; GET answers show -1 for unlimited.
             */
            lifetime?: number;
            /** @description The components of the service. */
            components: components["schemas"]["Component"][];
            configuration?: components["schemas"]["Configuration"];
            state?: components["schemas"]["ServiceState"];
            /** @description Quick links exported by the service, name to URL. */
            quicklinks?: {
                [key: string]: string;
            };
            /** @description YARN queue the service is submitted to. */
            queue?: string;
            kerberos_principal?: components["schemas"]["KerberosPrincipal"];
            /** @description URI of a file with the Docker client configuration (e.g. hdfs:///tmp/config.json); it must exist. */
            docker_client_config?: string;
            /** @description Names of services this service depends on. */
            dependencies?: string[];
        };
        /**
         * @description Body of POST /app/v1/services: a Service document (ServiceInput, read by Jackson) with
         *     what the create validation (ServiceClient.actionCreate -> ServiceApiUtil.validateAndResolveService,
         *     HTTP 400) requires and JSON Schema can say: name, version and at least one named
         *     component, no negative container count. The rest of that validation is listed in
         *     `x-validation-rules` (answered with HTTP 400 and the message as `diagnostics`).
         */
        ServiceCreate: {
            name: unknown;
            version: unknown;
            components: unknown;
        } & WithRequired<components["schemas"]["ServiceInput"], "name" | "version" | "components">;
        /**
         * @description A component of a create body: a ComponentInput with a name and no negative container
         *     count (ServiceApiUtil, HTTP 400).
         */
        ComponentCreate: {
            number_of_containers?: unknown;
        } & WithRequired<components["schemas"]["ComponentInput"], "name">;
        /**
         * @description Body of PUT /app/v1/services/{service_name}: a Service document (ServiceInput, read by
         *     Jackson like every body) of which only some fields matter, depending on the action (see
         *     the operation). For an upgrade (`state` UPGRADING, UPGRADING_AUTO_FINALIZE or
         *     EXPRESS_UPGRADING) send the complete new definition. A body `name` is ignored (the path
         *     wins). In a FLEX body a negative `number_of_containers` is a relative decrease: ApiServer
         *     hands the count to ServiceClient.actionFlex as text, and parseNumberOfContainers reads
         *     "-2" as "two fewer" (floored at 0).
         */
        ServiceUpdate: components["schemas"]["ServiceInput"];
        /**
         * @description One component of a service (a role such as an HBase master, or a nested service).
         *     Fields not given fall back to the service-level values (artifact, resource,
         *     launch_command). `containers` appears only in GET answers; sending it on create is a
         *     validation error per the docs.
         */
        Component: {
            name: components["schemas"]["ComponentName"];
            state?: components["schemas"]["ComponentState"];
            /** @description Components that must be READY before this one starts; the graph must be acyclic. */
            dependencies?: string[];
            readiness_check?: components["schemas"]["ReadinessCheck"];
            artifact?: components["schemas"]["Artifact"];
            /**
             * @description Launch command; optional for DOCKER artifacts, required otherwise. For Docker images
             *     with an ENTRYPOINT the arguments are separated by commas, not spaces.
             */
            launch_command?: string;
            resource?: components["schemas"]["Resource"];
            /**
             * Format: int64
             * @description Number of containers (instances) of this component.
             */
            number_of_containers?: number;
            /** @description Component instances that have been (or are to be) decommissioned. */
            decommissioned_instances?: string[];
            /** @description Containers of a started component (GET answers only). */
            readonly containers?: components["schemas"]["Container"][];
            /**
             * @description Run every container of this component in privileged mode (YARN-4262).
             * @default false
             */
            run_privileged_container?: boolean;
            placement_policy?: components["schemas"]["PlacementPolicy"];
            configuration?: components["schemas"]["Configuration"];
            /** @description Service-level quicklink keys resolved by this component. */
            quicklinks?: string[];
            /**
             * @description ALWAYS restarts an instance whatever its exit code; ON_FAILURE only on a non-zero
             *     exit code; NEVER never. Flex is not supported for ON_FAILURE and NEVER.
             * @default ALWAYS
             * @enum {string}
             */
            restart_policy?: "ALWAYS" | "ON_FAILURE" | "NEVER";
        };
        /**
         * @description Body of PUT .../components/{component_name}: a Component document (ComponentInput, read
         *     by Jackson) that is either a flex (`number_of_containers` >= 0, optional `name` that must
         *     equal the path) or an upgrade request (`state: UPGRADING`).
         */
        ComponentUpdate: {
            number_of_containers?: unknown;
        } & components["schemas"]["ComponentInput"];
        /**
         * @description State of a component (a plain string on the wire). INIT, listed by the 3.1-era docs,
         *     is not a value of the server's enum and is not accepted here.
         * @enum {string}
         */
        ComponentState: "FLEXING" | "STABLE" | "NEEDS_UPGRADE" | "UPGRADING" | "SUCCEEDED" | "FAILED";
        /**
         * @description One running container of a component instance. Also the item of the component-instance
         *     upgrade bodies, where only `component_instance_name` and `state` matter.
         */
        Container: {
            /** @description Container id, e.g. container_e3751_1458061340047_0008_01_000002. */
            id?: string;
            /**
             * Format: int64
             * @description When the container was created, epoch milliseconds (the docs say a date string; the server sends a number).
             */
            launch_time?: number;
            /** @description IP address of the container (depends on the cluster/Docker network, YARN-4007). */
            ip?: string;
            /** @description Fully qualified host name of the container. */
            hostname?: string;
            /** @description The node the container runs on. */
            bare_host?: string;
            state?: components["schemas"]["ContainerState"];
            /** @description Instance name, `<component>-<i>` with i a monotonically increasing integer. */
            component_instance_name?: string;
            resource?: components["schemas"]["Resource"];
            artifact?: components["schemas"]["Artifact"];
            /** @description Whether the container runs in privileged mode. */
            privileged_container?: boolean;
        };
        /**
         * @description State of a container (a plain string on the wire). The 3.1-era docs' INIT and STARTED
         *     are not values of the server's enum. Transitions are per component instance (a
         *     restarted instance gets a new container id).
         * @enum {string}
         */
        ContainerState: "RUNNING_BUT_UNREADY" | "READY" | "STOPPED" | "NEEDS_UPGRADE" | "UPGRADING" | "SUCCEEDED" | "FAILED" | "FAILED_UPGRADE";
        /**
         * @description State of a service (a plain string on the wire, not the Swagger file's wrapper object).
         *     In a PUT body it is the desired state: STOPPED, STARTED, FLEX, UPGRADING,
         *     UPGRADING_AUTO_FINALIZE, EXPRESS_UPGRADING or CANCEL_UPGRADING. STARTED is reported
         *     while containers are still being allocated, STABLE once every component has its
         *     containers. No state is terminal: a stopped, failed or succeeded service can be
         *     started again; destroy removes the service (404 afterwards).
         * @enum {string}
         */
        ServiceState: "ACCEPTED" | "STARTED" | "STABLE" | "STOPPED" | "FAILED" | "FLEX" | "UPGRADING" | "UPGRADING_AUTO_FINALIZE" | "EXPRESS_UPGRADING" | "SUCCEEDED" | "CANCEL_UPGRADING";
        /**
         * @description Status answer of the write operations and body of every error. Null fields are omitted,
         *     so errors usually carry only `diagnostics` (and `code` 404004 for a missing service).
         */
        ServiceStatus: {
            /** @description Why the service is in its current state, or the error message. */
            diagnostics?: string;
            state?: components["schemas"]["ServiceState"];
            /**
             * Format: int32
             * @description Scenario-specific error code; ApiServer uses only 404004 (service not found / invalid name).
             * @example 404004
             */
            code?: number;
            /** @description Set on create to `/v1/services/<name>` (without the `/app` prefix). */
            uri?: string;
        };
        /** @description Answer of GET /app/v1/services/version. */
        VersionInfo: {
            /** @description Hadoop build version of the server. */
            hadoop_version: string;
        };
        /**
         * @description What a component runs. Without one, the component just runs its launch command and
         *     nothing is localized.
         */
        Artifact: {
            /** @description Docker image name, tarball URI, or service name, depending on `type`. */
            id: string;
            /**
             * @description TARBALL is localized under `lib` in the container's working directory. SERVICE
             *     reads the named service and adds its components in place of this one.
             * @default DOCKER
             * @enum {string}
             */
            type?: "DOCKER" | "TARBALL" | "SERVICE";
            /** @description Location of the artifact, to support several artifact stores. */
            uri?: string;
        };
        /**
         * @description Resources of every container of a component (or, at service level, the default for all
         *     components). The docs allow either `profile` or `cpus`+`memory`; the server rejects
         *     profiles ("not supported yet"), so in practice `cpus` and `memory` are required at
         *     component or service level (see ServiceCreate `x-validation-rules`).
         */
        Resource: {
            /** @description Name of a cluster-defined resource profile (rejected by the current server). */
            profile?: string;
            /**
             * Format: int32
             * @description Number of vcores per container; must be > 0.
             */
            cpus?: number;
            /** @description Memory per container in MB, as a string of digits (e.g. "256"). */
            memory?: string;
            /** @description Other resource types by name (e.g. yarn.io/gpu). */
            additional?: {
                [key: string]: components["schemas"]["ResourceInformation"];
            };
        };
        /** @description Value and unit of one extra resource type. */
        ResourceInformation: {
            /**
             * Format: int64
             * @description Integer value of the resource.
             */
            value?: number;
            /**
             * @description Unit; empty means no unit.
             * @default
             * @enum {string}
             */
            unit?: "" | "p" | "n" | "u" | "m" | "k" | "M" | "G" | "T" | "P" | "Ki" | "Mi" | "Gi" | "Ti" | "Pi";
            /** @description Tags of the resource (e.g. of a CSI volume, see the core test Yarnfile external3.json). */
            tags?: string[];
            /** @description Optional attributes. */
            attributes?: {
                [key: string]: string;
            };
        };
        /** @description Advanced scheduling and placement for the containers of a component. */
        PlacementPolicy: {
            constraints: components["schemas"]["PlacementConstraint"][];
        };
        /** @description One placement constraint. */
        PlacementConstraint: {
            /** @description Optional name of the constraint. */
            name?: string;
            type: components["schemas"]["PlacementType"];
            scope: components["schemas"]["PlacementScope"];
            /**
             * @description Component names the constraint refers to. The current server accepts only the
             *     component's own name.
             */
            target_tags?: string[];
            /** @description Node attributes to match, name to allowed values. */
            node_attributes?: {
                [key: string]: string[];
            };
            /** @description Node partitions the containers may run on. */
            node_partitions?: string[];
            /**
             * Format: int64
             * @description For AFFINITY_WITH_CARDINALITY, minimum number of target containers on a host.
             */
            min_cardinality?: number;
            /**
             * Format: int64
             * @description For AFFINITY_WITH_CARDINALITY, maximum number of target containers on a host.
             */
            max_cardinality?: number;
        };
        /**
         * @description Placement type (a plain string on the wire, not the Swagger file's wrapper object).
         * @enum {string}
         */
        PlacementType: "AFFINITY" | "ANTI_AFFINITY" | "AFFINITY_WITH_CARDINALITY";
        /**
         * @description Placement scope (a plain string on the wire, not the Swagger file's wrapper object).
         * @enum {string}
         */
        PlacementScope: "NODE" | "RACK";
        /**
         * @description How the AM decides that an instance is ready. Without one the DEFAULT check runs unless
         *     `yarn.service.default-readiness-check.enabled` is false.
         */
        ReadinessCheck: {
            /**
             * @description DEFAULT (IP and optional DNS lookup), HTTP (also expects a 2xx from the container), PORT (also opens a socket).
             * @enum {string}
             */
            type: "DEFAULT" | "HTTP" | "PORT";
            /** @description Settings of the check. */
            properties?: {
                [key: string]: string;
            };
            artifact?: components["schemas"]["Artifact"];
        };
        /** @description Properties, environment variables and files injected into the containers. */
        Configuration: {
            /** @description Key/value settings for the service AM. */
            properties?: {
                [key: string]: string;
            };
            /** @description Environment variables passed to the containers (placeholders substituted). */
            env?: {
                [key: string]: string;
            };
            /** @description Files created and provided as volumes in the containers. */
            files?: components["schemas"]["ConfigFile"][];
        };
        /** @description A configuration file created in the containers. */
        ConfigFile: {
            /**
             * @description File format; STATIC and ARCHIVE files must be uploaded beforehand (archives are unpacked).
             * @enum {string}
             */
            type?: "XML" | "PROPERTIES" | "JSON" | "YAML" | "TEMPLATE" | "HADOOP_XML" | "STATIC" | "ARCHIVE";
            /** @description Where the file is created; absolute paths only for Docker containers. */
            dest_file?: string;
            /** @description Source file (HDFS) dumped to dest_file after property substitution. */
            src_file?: string;
            /** @description Key/value pairs written into dest_file (overriding src_file entries). */
            properties?: {
                [key: string]: string;
            };
        };
        /** @description Kerberos identity the service runs as (secure clusters). */
        KerberosPrincipal: {
            /** @description Principal, which must contain `/` and normally `_HOST` (e.g. testuser/_HOST@EXAMPLE.COM). */
            principal_name?: string;
            /** @description Keytab URI, `file://` (pre-installed on the node) or `hdfs://`. */
            keytab?: string;
        };
        /** @description The containers of one component (item of the component-instance list). */
        ComponentContainers: {
            component_name: string;
            containers?: components["schemas"]["Container"][];
        };
        /**
         * @description A Java `Long` field of a request body, read as Jackson reads it (x-source-notes "Jackson
         *     reads request bodies"): a JSON number (a fraction is dropped: ACCEPT_FLOAT_AS_INT), a
         *     string holding a base-10 integer with an optional sign and blanks around it ("3600",
         *     "+5", " 42 "), or null, "" or "null" (all three mean "not given"). Booleans, arrays,
         *     objects and other strings make Jackson fail before ApiServer runs (404, BodyNotReadable).
         *     A numeric string is not range-checked here; Jackson refuses one outside the long range.
         * @example 3600
         * @example 3600
         */
        JacksonInt64: number | string | null;
        /**
         * @description A Java `Integer` field of a request body, read as Jackson reads it: as JacksonInt64,
         *     within the int range (-2147483648..2147483647).
         * @example 1
         * @example 1
         */
        JacksonInt32: number | string | null;
        /**
         * @description A Java `Boolean` field of a request body, read as Jackson reads it: true or false; an
         *     integer (0 is false, any other integer true); the strings "true", "True", "TRUE",
         *     "false", "False", "FALSE" (blanks around them ignored); or null, "" or "null" (not
         *     given). Any other string, a fraction or an object fails (404, BodyNotReadable).
         * @example false
         * @example true
         */
        JacksonBoolean: boolean | number | string | null;
        /**
         * @description A Java `String` field (or a value of a string map) of a request body, read as Jackson
         *     reads it: a JSON string as it is; a number or a boolean is taken as its JSON text
         *     (`16010` becomes "16010", `true` becomes "true"); null means "not given". Arrays and
         *     objects fail (404, BodyNotReadable).
         * @example 16010
         * @example 16010
         */
        JacksonString: string | number | boolean | null;
        /**
         * @description A java.util.Date field of a request body (only the read-only launch_time fields), read as
         *     Jackson reads it: epoch milliseconds as a number or a string of digits, an ISO-8601 date
         *     or date-time string, or null / "". RFC 1123 strings, which Jackson also reads, are not
         *     admitted here.
         */
        JacksonDate: number | string | null;
        /**
         * @description A Service document as ApiServer reads it: Jackson (YarnJacksonJaxbJsonProvider) binds it
         *     to the Java record `Service`, so every scalar takes Jackson's coercions (the Jackson*
         *     schemas) and a field the record does not have fails the whole request before ApiServer
         *     runs (FAIL_ON_UNKNOWN_PROPERTIES; 404, BodyNotReadable). Nothing is required at this
         *     level: ServiceCreate adds the create rules, ServiceUpdate is the PUT body. Fields the
         *     server fills in (`id`, `launch_time`, `number_of_running_containers`, `uri`) are known
         *     to the record, so sending them is not an error; the server overwrites or ignores them.
         */
        ServiceInput: {
            name?: components["schemas"]["ServiceName"];
            /** @description Version of the service (a number or boolean is read as its text). */
            version?: string | number | boolean;
            description?: components["schemas"]["JacksonString"];
            id?: components["schemas"]["JacksonString"];
            artifact?: components["schemas"]["ArtifactInput"];
            resource?: components["schemas"]["ResourceInput"];
            launch_time?: components["schemas"]["JacksonDate"];
            number_of_running_containers?: components["schemas"]["JacksonInt64"];
            lifetime?: components["schemas"]["JacksonInt64"];
            components?: components["schemas"]["ComponentInput"][];
            configuration?: components["schemas"]["ConfigurationInput"];
            state?: components["schemas"]["ServiceState"];
            quicklinks?: {
                [key: string]: components["schemas"]["JacksonString"];
            };
            queue?: components["schemas"]["JacksonString"];
            kerberos_principal?: components["schemas"]["KerberosPrincipalInput"];
            docker_client_config?: components["schemas"]["JacksonString"];
            dependencies?: components["schemas"]["JacksonString"][];
            uri?: components["schemas"]["JacksonString"];
        };
        /**
         * @description A Component as ApiServer reads it (Jackson, Java record `Component`): the fields of
         *     Component, Jackson's coercions, no other field. Nothing is required at this level.
         */
        ComponentInput: {
            name?: components["schemas"]["ComponentName"];
            state?: components["schemas"]["ComponentState"];
            dependencies?: components["schemas"]["JacksonString"][];
            readiness_check?: components["schemas"]["ReadinessCheckInput"];
            artifact?: components["schemas"]["ArtifactInput"];
            launch_command?: components["schemas"]["JacksonString"];
            resource?: components["schemas"]["ResourceInput"];
            number_of_containers?: components["schemas"]["JacksonInt64"];
            decommissioned_instances?: components["schemas"]["JacksonString"][];
            containers?: components["schemas"]["ContainerInput"][];
            run_privileged_container?: components["schemas"]["JacksonBoolean"];
            placement_policy?: components["schemas"]["PlacementPolicyInput"];
            configuration?: components["schemas"]["ConfigurationInput"];
            quicklinks?: components["schemas"]["JacksonString"][];
            /** @enum {string} */
            restart_policy?: "ALWAYS" | "ON_FAILURE" | "NEVER";
        };
        /**
         * @description A Resource as ApiServer reads it (Java record `Resource`, which also inherits `uri`).
         *     `cpus` must be > 0 and `memory` a whole number of MB (ServiceApiUtil; Jackson reads a
         *     number for memory as its text, so 256 and "256" are the same).
         */
        ResourceInput: {
            profile?: components["schemas"]["JacksonString"];
            cpus?: components["schemas"]["JacksonInt32"] & unknown;
            memory?: number | string | null;
            additional?: {
                [key: string]: components["schemas"]["ResourceInformationInput"];
            };
            uri?: components["schemas"]["JacksonString"];
        };
        /** @description A ResourceInformation as ApiServer reads it (value, unit, tags, attributes). */
        ResourceInformationInput: {
            value?: components["schemas"]["JacksonInt64"];
            /** @enum {string} */
            unit?: "" | "p" | "n" | "u" | "m" | "k" | "M" | "G" | "T" | "P" | "Ki" | "Mi" | "Gi" | "Ti" | "Pi";
            tags?: components["schemas"]["JacksonString"][];
            attributes?: {
                [key: string]: components["schemas"]["JacksonString"];
            };
        };
        /** @description An Artifact as ApiServer reads it. */
        ArtifactInput: {
            id: components["schemas"]["JacksonString"];
            /** @enum {string} */
            type?: "DOCKER" | "TARBALL" | "SERVICE";
            uri?: components["schemas"]["JacksonString"];
        };
        /** @description A Configuration as ApiServer reads it; map values take Jackson's string coercion. */
        ConfigurationInput: {
            properties?: {
                [key: string]: components["schemas"]["JacksonString"];
            };
            env?: {
                [key: string]: components["schemas"]["JacksonString"];
            };
            files?: components["schemas"]["ConfigFileInput"][];
        };
        /** @description A ConfigFile as ApiServer reads it. */
        ConfigFileInput: {
            /** @enum {string} */
            type?: "XML" | "PROPERTIES" | "JSON" | "YAML" | "TEMPLATE" | "HADOOP_XML" | "STATIC" | "ARCHIVE";
            dest_file?: components["schemas"]["JacksonString"];
            src_file?: components["schemas"]["JacksonString"];
            properties?: {
                [key: string]: components["schemas"]["JacksonString"];
            };
        };
        /** @description A ReadinessCheck as ApiServer reads it. */
        ReadinessCheckInput: {
            /** @enum {string} */
            type: "DEFAULT" | "HTTP" | "PORT";
            properties?: {
                [key: string]: components["schemas"]["JacksonString"];
            };
            artifact?: components["schemas"]["ArtifactInput"];
        };
        /** @description A PlacementPolicy as ApiServer reads it. */
        PlacementPolicyInput: {
            constraints: components["schemas"]["PlacementConstraintInput"][];
        };
        /** @description A PlacementConstraint as ApiServer reads it. */
        PlacementConstraintInput: {
            name?: components["schemas"]["JacksonString"];
            type: components["schemas"]["PlacementType"];
            scope: components["schemas"]["PlacementScope"];
            target_tags?: components["schemas"]["JacksonString"][];
            node_attributes?: {
                [key: string]: components["schemas"]["JacksonString"][];
            };
            node_partitions?: components["schemas"]["JacksonString"][];
            min_cardinality?: components["schemas"]["JacksonInt64"];
            max_cardinality?: components["schemas"]["JacksonInt64"];
        };
        /** @description A KerberosPrincipal as ApiServer reads it. */
        KerberosPrincipalInput: {
            principal_name?: components["schemas"]["JacksonString"];
            keytab?: components["schemas"]["JacksonString"];
        };
        /**
         * @description A Container as ApiServer reads it: the item of the component-instance upgrade bodies,
         *     where only `component_instance_name` and `state` are used. The record has no
         *     XmlAccessorType and its `privileged_container` getter carries only a Jackson annotation,
         *     which the JAXB-only mapper does not see, so Jackson knows that field as
         *     `privilegedContainer` (derived from the code, not observed); `privileged_container`
         *     is an unknown field in a request.
         */
        ContainerInput: {
            id?: components["schemas"]["JacksonString"];
            launch_time?: components["schemas"]["JacksonDate"];
            ip?: components["schemas"]["JacksonString"];
            hostname?: components["schemas"]["JacksonString"];
            bare_host?: components["schemas"]["JacksonString"];
            state?: components["schemas"]["ContainerState"];
            component_instance_name?: components["schemas"]["JacksonString"];
            resource?: components["schemas"]["ResourceInput"];
            artifact?: components["schemas"]["ArtifactInput"];
            privilegedContainer?: components["schemas"]["JacksonBoolean"];
            uri?: components["schemas"]["JacksonString"];
        };
        /**
         * @description The body GenericExceptionHandler (hadoop-yarn-common, registered for `/app/*` by the
         *     package scan the ResourceManager configures) writes for an exception that escapes
         *     ApiServer: above all a body Jackson cannot read (unknown field, wrong JSON type,
         *     malformed JSON). Serialised by YarnJacksonJaxbJsonProvider without a root wrapper.
         */
        RemoteExceptionData: {
            /**
             * @description Simple class name of the exception.
             * @example UnrecognizedPropertyException
             */
            exception: string;
            /** @description The exception message (omitted when it is null). */
            message?: string;
            /**
             * @description Fully qualified class name of the exception.
             * @example com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
             */
            javaClassName: string;
        };
    };
    responses: {
        /**
         * @description Sent by the RM's authentication filter, not by the API, so the body is the container's
         *     error page (inferred). Secure clusters: no or bad SPNEGO token (`WWW-Authenticate:
         *     Negotiate`). Non-secure clusters with `hadoop.http.authentication.simple.anonymous.allowed=false`:
         *     no `user.name` query parameter (`WWW-Authenticate: PseudoAuth`, "Authentication
         *     required"); this is what the local fake answers.
         */
        Unauthorized: {
            headers: {
                /**
                 * @description The authentication challenge, `Negotiate` (SPNEGO) or `PseudoAuth` (simple auth).
                 * @example Negotiate
                 */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /**
         * @description The request body is larger than the server accepts. A real RM's Jetty answers with its
         *     error page (inferred); the local fake answers with a ServiceStatus.
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceStatus"];
            };
        };
        /**
         * @description The body is not `application/json` (the resources consume only JSON). A real RM's
         *     Jersey answers 415 with the container's error page (inferred); the local fake answers
         *     with a ServiceStatus.
         */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceStatus"];
            };
        };
        /** @description The caller may not do this (AccessControlException). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceStatus"];
            };
        };
        /**
         * @description The service does not exist, or its name is invalid (GET answers code 404004). PUT and
         *     DELETE also map any YarnException to 404, with the exception message as diagnostics.
         */
        ServiceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceStatus"];
            };
        };
        /**
         * @description Jackson could not bind the body to the Java record (an unknown field, a value of the
         *     wrong JSON type, malformed JSON). The exception escapes ApiServer as an IOException
         *     (JsonProcessingException), which GenericExceptionHandler maps to 404, with a
         *     RemoteExceptionData body (derived from the code: YarnJacksonJaxbJsonProvider,
         *     GenericExceptionHandler and Jersey's reader wrapping; not observed on a running RM).
         *     The local fake answers this too for an unknown field or a value Jackson cannot coerce.
         */
        BodyNotReadable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RemoteExceptionData"];
            };
        };
        /**
         * @description Either the service was not found (ServiceStatus; see ServiceNotFound) or Jackson could
         *     not read the body (RemoteExceptionData; see BodyNotReadable). On the real server the
         *     component and component-instance calls answer a missing service with 500 (the
         *     FileNotFoundException of the definition is caught as an IOException); the local fake
         *     answers 404 there too.
         */
        NotFoundOrBodyNotReadable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceStatus"] | components["schemas"]["RemoteExceptionData"];
            };
        };
        /**
         * @description The component and component-instance calls map IOException and
         *     UndeclaredThrowableException to 500 (ApiServer.updateComponent, updateComponents,
         *     updateComponentInstance(s), getComponentInstances). So a missing service (the
         *     definition file is not found) and every YarnException ServiceClient throws inside
         *     `doAs` (flex while not running or upgrading, components not in the definition, AM
         *     host unknown) answer 500 here, with the message as diagnostics. The local fake answers
         *     these client mistakes with 400 (or 404 for a missing service) instead.
         */
        ComponentCallFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceStatus"];
            };
        };
        /** @description The upgrade cannot be done (empty list, upgrade not initiated, nothing needs an upgrade). */
        UpgradeRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceStatus"];
            };
        };
        /** @description Unexpected server error (I/O and other exceptions); the message is in diagnostics. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceStatus"];
            };
        };
    };
    parameters: {
        /**
         * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
         *     name with 404 (code 404004), so mocks and fakes must let it through.
         * @example hello-world
         */
        ServiceName: string;
        /**
         * @description Component name within the service.
         * @example hello
         */
        ComponentName: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Array of services (documented shape; not produced by stock Hadoop). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /**
             * @description What stock Hadoop answers: the JAX-RS resource has no GET method for `/services`.
             *     The body is the container's error page, not a ServiceStatus (inferred).
             */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Service definition. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceCreate"];
            };
        };
        responses: {
            /** @description The request was accepted (or, with `state` STOPPED, the definition was saved). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            /** @description The service definition is invalid (ServiceApiUtil validation; message in `diagnostics`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BodyNotReadable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Submission failed: I/O or YARN errors, a name that is already taken (no 409 exists),
             *     or a resource request above the cluster maximum.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's Hadoop build version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionInfo"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ServiceNotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
            };
            cookie?: never;
        };
        /** @description The fields to change; see the operation description for how they are read. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceUpdate"];
            };
        };
        responses: {
            /** @description Stopped, started or lifetime updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            /** @description Flex, upgrade, cancel-upgrade or decommission accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            /** @description Nothing in the body asked for an action; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description The update cannot be done. Three sources (ApiServer.updateService):
             *     - stop on a service that is not running: ServiceStatus `Service <name> is already stopped`;
             *     - a YarnException thrown by ServiceClient inside `doAs` (so wrapped in an
             *       UndeclaredThrowableException): ServiceStatus with the exception's message, e.g. flex
             *       or decommission while the application is not RUNNING, flex while upgrading,
             *       cancel when nothing is upgrading, an upgrade to the same version, start of a
             *       service whose application is live;
             *     - NO BODY AT ALL (`Response.status(BAD_REQUEST).build()`, no Content-Type): flex,
             *       cancel-upgrade or decommission whose ServiceClient call returned a non-zero exit
             *       code. With ServiceClient @670205c5 those calls return 0 or throw, so this variant
             *       is only reachable with other ServiceClient versions; it is documented because
             *       ApiServer can send it.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOrBodyNotReadable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description Anything else that escapes (ApiServer.updateService `catch (Exception e)`): an
             *     IllegalArgumentException from ServiceClient (a FLEX or decommission naming a component
             *     the service does not have: `<name> does not exist !`; a definition that fails
             *     ServiceApiUtil during an upgrade), or a NullPointerException (a FLEX component
             *     without `number_of_containers`, `"components": null`) whose null message gives an
             *     empty ServiceStatus `{}`.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
        };
    };
    destroyService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Destroyed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            /**
             * @description The service does not exist (actionDestroy returned EXIT_NOT_FOUND), an invalid name
             *     (IllegalArgumentException), or a YarnException from ServiceClient inside `doAs`
             *     (UndeclaredThrowableException), e.g. the application is still live after the stop.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ServiceNotFound"];
            /** @description Destroy failed, e.g. the registry could not be cleaned up. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
        };
    };
    upgradeComponents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
            };
            cookie?: never;
        };
        /** @description The components to upgrade, each with `state` UPGRADING. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComponentInput"][];
            };
        };
        responses: {
            /** @description Upgrade of the components started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            /**
             * @description No body. ApiServer sends it when ServiceClient.actionUpgrade returns a non-zero exit
             *     code, which ServiceClient @670205c5 never does (it returns 0 or throws), so in practice
             *     the answer is 202, even when no instance needed an upgrade.
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["UpgradeRejected"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOrBodyNotReadable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["ComponentCallFailed"];
        };
    };
    flexComponent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
                /**
                 * @description Component name within the service.
                 * @example hello
                 */
                component_name: components["parameters"]["ComponentName"];
            };
            cookie?: never;
        };
        /** @description The component with its new instance count. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComponentUpdate"];
            };
        };
        responses: {
            /** @description Flex accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            /** @description Upgrade of the component started (body state UPGRADING). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            /** @description Upgrade requested and actionUpgrade returned a non-zero exit code (unreachable with ServiceClient @670205c5); no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid flex or upgrade request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOrBodyNotReadable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["ComponentCallFailed"];
        };
    };
    listComponentInstances: {
        parameters: {
            query?: {
                /** @description Only these components (repeat the parameter for several). */
                componentName?: string[];
                /** @description Only instances running this service version. */
                version?: string;
                /** @description Only instances in these states (repeat the parameter for several). */
                containerState?: components["schemas"]["ContainerState"][];
            };
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Containers grouped by component. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentContainers"][];
                };
            };
            /** @description Unknown container state in the filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ServiceNotFound"];
            500: components["responses"]["ComponentCallFailed"];
        };
    };
    upgradeComponentInstances: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
            };
            cookie?: never;
        };
        /** @description The instances to upgrade, each with `state` UPGRADING. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContainerInput"][];
            };
        };
        responses: {
            /** @description Upgrade of the instances started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            /**
             * @description No body: no listed instance had `state: UPGRADING`, or actionUpgrade returned a
             *     non-zero exit code (unreachable with ServiceClient @670205c5). Instances that match no
             *     live container are skipped (ServiceApiUtil.getLiveContainers), not refused.
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["UpgradeRejected"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOrBodyNotReadable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["ComponentCallFailed"];
        };
    };
    updateComponentInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service name. Not pattern-checked here: the real server answers an invalid or unknown
                 *     name with 404 (code 404004), so mocks and fakes must let it through.
                 * @example hello-world
                 */
                service_name: components["parameters"]["ServiceName"];
                /**
                 * @description Component name within the service.
                 * @example hello
                 */
                component_name: components["parameters"]["ComponentName"];
                /**
                 * @description Component instance name, `<component_name>-<i>` (e.g. hello-0).
                 * @example hello-0
                 */
                component_instance_name: string;
            };
            cookie?: never;
        };
        /** @description The instance with its desired state. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContainerInput"];
            };
        };
        responses: {
            /** @description Upgrade of the instance started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            /** @description The body's state is not UPGRADING (nothing to do), or actionUpgrade returned a non-zero exit code; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown component or instance, no body, or the upgrade cannot be done. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOrBodyNotReadable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["ComponentCallFailed"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
