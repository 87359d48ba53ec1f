/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

export interface paths {
    "/api/v1/api-keys": {
        get: operations["listApiKeys"];
        post: operations["createApiKey"];
    };
    "/api/v1/api-keys/{id}": {
        get: operations["getApiKey"];
        delete: operations["revokeApiKey"];
        patch: operations["updateApiKey"];
    };
    "/api/v1/api-keys/{id}/regenerate": {
        post: operations["regenerateApiKey"];
    };
    "/api/v1/roles": {
        get: operations["listRoles"];
        post: operations["createRole"];
    };
    "/api/v1/roles/{id}": {
        get: operations["getRole"];
        delete: operations["deleteRole"];
        patch: operations["updateRole"];
    };
    "/api/v1/permissions": {
        get: operations["listPermissions"];
    };
    "/api/v1/projects": {
        get: operations["listProjects"];
        post: operations["createProject"];
    };
    "/api/v1/projects/{id}": {
        get: operations["getProject"];
        put: operations["updateProject"];
        delete: operations["deleteProject"];
    };
    "/api/v1/projects/{id}/members": {
        get: operations["listProjectMembers"];
        post: operations["addProjectMember"];
    };
    "/api/v1/projects/{id}/members/{member_id}": {
        get: operations["getProjectMember"];
        delete: operations["removeProjectMember"];
        patch: operations["updateProjectMember"];
    };
    "/api/v1/members": {
        get: operations["listMembers"];
        post: operations["addMember"];
    };
    "/api/v1/members/{id}": {
        get: operations["getMember"];
        delete: operations["removeMember"];
        patch: operations["updateMember"];
    };
    "/api/v1/vms": {
        get: operations["listVMs"];
        post: operations["createVM"];
    };
    "/api/v1/vms/{id}": {
        get: operations["getVM"];
        delete: operations["deleteVM"];
    };
    "/api/v1/backups": {
        get: operations["listBackups"];
        post: operations["createBackup"];
    };
    "/api/v1/snapshots": {
        get: operations["listSnapshots"];
        post: operations["createSnapshot"];
    };
    "/health": {
        get: operations["healthCheck"];
    };
    "/api/v1/public/regions": {
        get: operations["listRegions"];
    };
    "/api/v1/public/templates": {
        get: operations["listTemplates"];
    };
    "/api/v1/public/pricing/vm": {
        get: operations["listVMPricing"];
    };
    "/api/v1/public/pricing/volume": {
        get: operations["listVolumePricing"];
    };
    "/api/v1/public/pricing/snapshot": {
        get: operations["listSnapshotPricing"];
    };
    "/api/v1/public/pricing/backup": {
        get: operations["listBackupPricing"];
    };
    "/api/v1/public/pricing/ip": {
        get: operations["listIPPricing"];
    };
    "/api/v1/vms/bulk": {
        delete: operations["deleteVMsBulk"];
    };
    "/api/v1/vms/{id}/start": {
        post: operations["startVM"];
    };
    "/api/v1/vms/{id}/stop": {
        post: operations["stopVM"];
    };
    "/api/v1/vms/{id}/reboot": {
        post: operations["rebootVM"];
    };
    "/api/v1/vms/{id}/reboot-hard": {
        post: operations["hardRebootVM"];
    };
    "/api/v1/vms/{id}/rename": {
        patch: operations["renameVM"];
    };
    "/api/v1/vms/{id}/reset-password": {
        post: operations["resetVMPassword"];
    };
    "/api/v1/vms/{id}/reinstall": {
        post: operations["reinstallVM"];
    };
    "/api/v1/vms/{id}/factory-reset": {
        post: operations["factoryResetVM"];
    };
    "/api/v1/vms/{id}/resize": {
        post: operations["resizeVM"];
    };
    "/api/v1/vms/{id}/disk/resize": {
        post: operations["resizeVMDisk"];
    };
    "/api/v1/vms/{id}/save-image": {
        post: operations["saveVMDiskAsImage"];
    };
    "/api/v1/vms/{id}/tags": {
        post: operations["addVMTag"];
    };
    "/api/v1/vms/{id}/tags/{tagId}": {
        delete: operations["removeVMTag"];
        patch: operations["updateVMTag"];
    };
    "/api/v1/vms/{id}/notes": {
        get: operations["getVMNotes"];
    };
    "/api/v1/vms/{id}/notes/{type}/append": {
        post: operations["appendVMNote"];
    };
    "/api/v1/vms/{id}/notes/{type}": {
        put: operations["upsertVMNote"];
        patch: operations["updateVMNote"];
    };
    "/api/v1/ssh-keys": {
        get: operations["listSSHKeys"];
        post: operations["createSSHKey"];
    };
    "/api/v1/ssh-keys/{id}": {
        get: operations["getSSHKey"];
        put: operations["updateSSHKey"];
        delete: operations["deleteSSHKey"];
    };
    "/api/v1/vpcs": {
        get: operations["listVPCs"];
        post: operations["createVPC"];
    };
    "/api/v1/vpcs/cidr-suggestions": {
        get: operations["listVPCCIDRSuggestions"];
    };
    "/api/v1/vpcs/{id}": {
        get: operations["getVPC"];
        put: operations["updateVPC"];
        delete: operations["deleteVPC"];
    };
    "/api/v1/ips": {
        get: operations["listIPs"];
    };
    "/api/v1/ips/reserve": {
        post: operations["reserveIP"];
    };
    "/api/v1/ips/{id}": {
        get: operations["getIP"];
    };
    "/api/v1/ips/{id}/reserve": {
        delete: operations["releaseIP"];
    };
    "/api/v1/ips/{id}/change": {
        post: operations["changeIP"];
    };
    "/api/v1/security-groups": {
        get: operations["listSecurityGroups"];
        post: operations["createSecurityGroup"];
    };
    "/api/v1/security-groups/templates": {
        get: operations["listSecurityGroupTemplates"];
    };
    "/api/v1/security-groups/{id}": {
        get: operations["getSecurityGroup"];
        put: operations["updateSecurityGroup"];
        delete: operations["deleteSecurityGroup"];
    };
    "/api/v1/vms/{id}/networks": {
        get: operations["listVMNetworks"];
    };
    "/api/v1/vms/{id}/vpc": {
        post: operations["attachVMToVPC"];
    };
    "/api/v1/vms/{id}/vpc/{nic_id}": {
        delete: operations["detachVMFromVPC"];
    };
    "/api/v1/vms/{id}/ip": {
        post: operations["attachVMIP"];
    };
    "/api/v1/vms/{id}/ip/{nic_id}": {
        delete: operations["detachVMIP"];
    };
    "/api/v1/vms/{id}/security-groups": {
        post: operations["attachVMSecurityGroup"];
    };
    "/api/v1/vms/{id}/security-groups/{sg_id}/{nic_id}": {
        delete: operations["detachVMSecurityGroup"];
    };
    "/api/v1/volumes": {
        get: operations["listVolumes"];
        post: operations["createVolume"];
    };
    "/api/v1/volumes/{id}": {
        get: operations["getVolume"];
        delete: operations["deleteVolume"];
        patch: operations["resizeVolume"];
    };
    "/api/v1/volumes/{id}/attach": {
        post: operations["attachVolume"];
    };
    "/api/v1/volumes/{id}/detach": {
        post: operations["detachVolume"];
    };
    "/api/v1/snapshots/{id}": {
        get: operations["getSnapshot"];
        delete: operations["deleteSnapshot"];
    };
    "/api/v1/snapshots/{id}/restore": {
        post: operations["restoreSnapshot"];
    };
    "/api/v1/snapshots/{id}/rename": {
        patch: operations["renameSnapshot"];
    };
    "/api/v1/backups/{id}": {
        get: operations["getBackup"];
        delete: operations["deleteBackup"];
    };
    "/api/v1/backups/{id}/restore": {
        post: operations["restoreBackup"];
    };
    "/api/v1/backups/{id}/chain": {
        delete: operations["deleteBackupChain"];
    };
    "/api/v1/vms/{id}/backups/reset-chain": {
        post: operations["resetBackupChain"];
    };
    "/api/v1/backup-schedules": {
        get: operations["listBackupSchedules"];
        post: operations["createBackupSchedule"];
    };
    "/api/v1/backup-schedules/{id}": {
        get: operations["getBackupSchedule"];
        delete: operations["deleteBackupSchedule"];
        patch: operations["updateBackupSchedule"];
    };
    "/api/v1/invitations": {
        post: operations["createAccountInvitation"];
    };
    "/api/v1/invitations/{id}": {
        delete: operations["cancelInvitation"];
    };
    "/api/v1/projects/{id}/invitations": {
        post: operations["createProjectInvitation"];
    };
    "/api/v1/vms/{id}/console-policy": {
        patch: operations["setVMConsolePolicy"];
    };
    "/api/v1/apps/tiers": {
        get: operations["listAppTiers"];
    };
    "/api/v1/apps/services": {
        get: operations["listAppServices"];
        post: operations["createAppService"];
    };
    "/api/v1/apps/services/{service_id}": {
        get: operations["getAppService"];
        delete: operations["deleteAppService"];
    };
    "/api/v1/apps/services/{service_id}/pause": {
        post: operations["pauseAppService"];
    };
    "/api/v1/apps/services/{service_id}/resume": {
        post: operations["resumeAppService"];
    };
    "/api/v1/apps/services/{service_id}/scale": {
        post: operations["scaleAppService"];
    };
    "/api/v1/apps/services/{service_id}/source-upload": {
        post: operations["requestAppSourceUpload"];
    };
    "/api/v1/apps/services/{service_id}/deployments": {
        get: operations["listAppDeployments"];
        post: operations["createAppDeployment"];
    };
    "/api/v1/apps/deployments/{deployment_id}": {
        get: operations["getAppDeployment"];
    };
    "/api/v1/apps/deployments/{deployment_id}/logs": {
        get: operations["getAppDeploymentLogs"];
    };
    "/api/v1/apps/services/{service_id}/rollback": {
        post: operations["rollbackAppService"];
    };
    "/api/v1/apps/services/{service_id}/logs": {
        get: operations["listAppLogs"];
    };
    "/api/v1/apps/services/{service_id}/metrics": {
        get: operations["getAppServiceMetrics"];
    };
    "/api/v1/apps/services/{service_id}/env": {
        get: operations["listAppEnvVars"];
        put: operations["setAppEnvVar"];
    };
    "/api/v1/apps/services/{service_id}/env/bulk": {
        put: operations["bulkSetAppEnvVars"];
    };
    "/api/v1/apps/services/{service_id}/env/reveal": {
        get: operations["revealAppEnvVars"];
    };
    "/api/v1/apps/services/{service_id}/env/{key}": {
        delete: operations["deleteAppEnvVar"];
    };
    "/api/v1/apps/services/{service_id}/domains": {
        get: operations["listAppCustomDomains"];
        post: operations["addAppCustomDomain"];
    };
    "/api/v1/apps/domains/{domain_id}": {
        delete: operations["deleteAppCustomDomain"];
    };
    "/api/v1/apps/domains/{domain_id}/retry": {
        post: operations["retryAppDomainVerification"];
    };
    "/api/v1/apps/services/{service_id}/jobs/run": {
        post: operations["runAppJob"];
    };
    "/api/v1/apps/services/{service_id}/jobs/runs": {
        get: operations["listAppJobRuns"];
    };
    "/api/v1/apps/jobs/runs/{run_id}/cancel": {
        post: operations["cancelAppJobRun"];
    };
    "/api/v1/apps/usage": {
        get: operations["getAppsUsage"];
    };
    "/api/v1/apps/spend-settings": {
        get: operations["getAppSpendSettings"];
        patch: operations["updateAppSpendSettings"];
    };
    "/api/v1/public/pricing/apps": {
        get: operations["getAppsPricing"];
    };
    "/api/v1/public/pricing/database": {
        get: operations["listDatabasePricing"];
    };
    "/api/v1/databases/engines": {
        get: operations["listDatabaseEngines"];
    };
    "/api/v1/databases/plans": {
        get: operations["listDatabasePlans"];
    };
    "/api/v1/databases": {
        get: operations["listDatabases"];
        post: operations["createDatabase"];
    };
    "/api/v1/databases/{database_id}": {
        get: operations["getDatabase"];
        delete: operations["deleteDatabase"];
        patch: operations["updateDatabase"];
    };
    "/api/v1/databases/{database_id}/scale": {
        post: operations["scaleDatabase"];
    };
    "/api/v1/databases/{database_id}/resume": {
        post: operations["resumeDatabase"];
    };
    "/api/v1/databases/{database_id}/restore": {
        post: operations["restoreDatabase"];
    };
    "/api/v1/databases/{database_id}/connection": {
        get: operations["getDatabaseConnection"];
    };
    "/api/v1/databases/{database_id}/credentials/rotate": {
        post: operations["rotateDatabaseCredentials"];
    };
    "/api/v1/databases/{database_id}/vpc": {
        post: operations["connectDatabaseVPC"];
        delete: operations["disconnectDatabaseVPC"];
    };
    "/api/v1/databases/{database_id}/public-access": {
        post: operations["setDatabasePublicAccess"];
    };
    "/api/v1/databases/{database_id}/metrics": {
        get: operations["getDatabaseMetrics"];
    };
    "/api/v1/databases/{database_id}/metrics/history": {
        get: operations["getDatabaseMetricsHistory"];
    };
    "/api/v1/databases/{database_id}/metrics/clients": {
        get: operations["getDatabaseClientTraffic"];
    };
    "/api/v1/databases/{database_id}/slow-queries": {
        get: operations["getDatabaseSlowQueries"];
    };
    "/api/v1/databases/{database_id}/logs": {
        get: operations["getDatabaseLogs"];
    };
    "/api/v1/databases/{database_id}/extensions": {
        get: operations["listDatabaseExtensions"];
        post: operations["setDatabaseExtension"];
    };
    "/api/v1/databases/{database_id}/backups": {
        get: operations["listDatabaseBackups"];
        post: operations["createDatabaseBackup"];
    };
    "/api/v1/databases/{database_id}/users": {
        get: operations["listDatabaseUsers"];
        post: operations["createDatabaseUser"];
    };
    "/api/v1/databases/{database_id}/users/{name}": {
        delete: operations["deleteDatabaseUser"];
    };
    "/api/v1/databases/{database_id}/users/{name}/rotate": {
        post: operations["rotateDatabaseUser"];
    };
    "/api/v1/databases/{database_id}/users/{name}/credential": {
        get: operations["getDatabaseUserCredential"];
    };
    "/api/v1/databases/{database_id}/parameters": {
        get: operations["listDatabaseParameters"];
    };
    "/api/v1/databases/{database_id}/console": {
        post: operations["runDatabaseQuery"];
    };
    "/api/v1/databases/{database_id}/browse": {
        post: operations["browseDatabase"];
    };
    "/api/v1/databases/{database_id}/saved-queries": {
        get: operations["listDatabaseSavedQueries"];
        put: operations["saveDatabaseSavedQuery"];
    };
    "/api/v1/databases/{database_id}/saved-queries/{name}": {
        delete: operations["deleteDatabaseSavedQuery"];
    };
    "/api/v1/databases/{database_id}/consumers": {
        get: operations["listDatabaseConsumers"];
    };
    "/api/v1/functions": {
        get: operations["listFunctions"];
        post: operations["createFunction"];
    };
    "/api/v1/functions/usage": {
        get: operations["getFunctionsUsage"];
    };
    "/api/v1/functions/spend-settings": {
        get: operations["getFunctionsSpendSettings"];
        patch: operations["updateFunctionsSpendSettings"];
    };
    "/api/v1/functions/import/lambda": {
        post: operations["convertLambda"];
    };
    "/api/v1/functions/{function_id}": {
        get: operations["getFunction"];
        delete: operations["deleteFunction"];
        patch: operations["updateFunction"];
    };
    "/api/v1/functions/{function_id}/pause": {
        post: operations["pauseFunction"];
    };
    "/api/v1/functions/{function_id}/resume": {
        post: operations["resumeFunction"];
    };
    "/api/v1/functions/{function_id}/source-upload": {
        post: operations["requestFunctionSourceUpload"];
    };
    "/api/v1/functions/{function_id}/deployments": {
        get: operations["listFunctionDeployments"];
        post: operations["createFunctionDeployment"];
    };
    "/api/v1/functions/{function_id}/deployments/{deployment_id}": {
        get: operations["getFunctionDeployment"];
    };
    "/api/v1/functions/{function_id}/deployments/{deployment_id}/logs": {
        get: operations["getFunctionDeploymentLogs"];
    };
    "/api/v1/functions/{function_id}/revisions": {
        get: operations["listFunctionRevisions"];
    };
    "/api/v1/functions/{function_id}/rollback": {
        post: operations["rollbackFunction"];
    };
    "/api/v1/functions/{function_id}/source": {
        get: operations["getFunctionSource"];
    };
    "/api/v1/functions/{function_id}/logs": {
        get: operations["listFunctionLogs"];
    };
    "/api/v1/functions/{function_id}/metrics": {
        get: operations["getFunctionMetrics"];
    };
    "/api/v1/functions/{function_id}/invocations": {
        get: operations["listFunctionInvocations"];
    };
    "/api/v1/functions/{function_id}/env": {
        get: operations["listFunctionEnvVars"];
        put: operations["setFunctionEnvVar"];
    };
    "/api/v1/functions/{function_id}/env/reveal": {
        get: operations["revealFunctionEnvVars"];
    };
    "/api/v1/functions/{function_id}/env/{key}": {
        delete: operations["deleteFunctionEnvVar"];
    };
    "/api/v1/functions/{function_id}/triggers": {
        get: operations["listFunctionTriggers"];
        post: operations["createFunctionTrigger"];
    };
    "/api/v1/functions/{function_id}/triggers/{trigger_id}": {
        delete: operations["deleteFunctionTrigger"];
        patch: operations["updateFunctionTrigger"];
    };
    "/api/v1/functions/{function_id}/bindings": {
        get: operations["listFunctionBindings"];
        post: operations["createFunctionBinding"];
    };
    "/api/v1/functions/{function_id}/bindings/{binding_id}": {
        delete: operations["deleteFunctionBinding"];
    };
    "/api/v1/functions/{function_id}/bindings/{binding_id}/rotate": {
        post: operations["rotateFunctionBinding"];
    };
    "/api/v1/functions/{function_id}/trigger-runs": {
        get: operations["listFunctionTriggerRuns"];
    };
    "/api/v1/public/functions/runtimes": {
        get: operations["listFunctionRuntimes"];
    };
    "/api/v1/public/pricing/functions": {
        get: operations["getFunctionsPricing"];
    };
    "/api/v1/public/pricing/kubernetes": {
        get: operations["listKubernetesPricing"];
    };
    "/api/v1/k8s/versions": {
        get: operations["listK8sVersions"];
    };
    "/api/v1/k8s/node-plans": {
        get: operations["listK8sNodePlans"];
    };
    "/api/v1/k8s/clusters": {
        get: operations["listK8sClusters"];
        post: operations["createK8sCluster"];
    };
    "/api/v1/k8s/clusters/stats": {
        get: operations["getK8sClusterStats"];
    };
    "/api/v1/k8s/clusters/{cluster_id}": {
        get: operations["getK8sCluster"];
        delete: operations["deleteK8sCluster"];
        patch: operations["renameK8sCluster"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/kubeconfig": {
        get: operations["getK8sKubeconfig"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/kubeconfig/rotate": {
        post: operations["rotateK8sKubeconfigAccess"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/ha": {
        post: operations["upgradeK8sClusterHA"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/upgrades": {
        get: operations["listK8sClusterUpgrades"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/upgrade": {
        post: operations["upgradeK8sClusterVersion"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/maintenance": {
        patch: operations["updateK8sClusterMaintenance"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/pools": {
        get: operations["listK8sNodePools"];
        post: operations["addK8sNodePool"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/pools/{pool_id}": {
        delete: operations["deleteK8sNodePool"];
        patch: operations["updateK8sNodePool"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/pools/{pool_id}/scale": {
        post: operations["scaleK8sNodePool"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/nodes": {
        get: operations["listK8sClusterNodes"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/events": {
        get: operations["listK8sClusterEvents"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/volumes": {
        get: operations["listK8sClusterVolumes"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/metrics": {
        get: operations["getK8sClusterMetrics"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/firewall": {
        get: operations["getK8sClusterFirewall"];
        post: operations["assignK8sClusterFirewall"];
        delete: operations["resetK8sClusterFirewall"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/metallb-pool": {
        get: operations["getK8sMetalLBPool"];
        put: operations["updateK8sMetalLBPool"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/tcp-ports": {
        get: operations["listK8sTcpPorts"];
    };
    "/api/v1/k8s/clusters/{cluster_id}/tcp-ports/{port}": {
        delete: operations["deleteK8sTcpPort"];
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Body of every 4xx and 5xx response. */
        Error: {
            /**
             * Short error class, usually the HTTP reason phrase (`Bad Request`, `Forbidden`, …).
             * @example Forbidden
             */
            error: string;
            /**
             * What went wrong, for humans. Do not parse it.
             * @example X-Project-ID required
             */
            message: string;
        };
        /** A 403 caused by the account’s billing standing rather than by permissions. Sent by calls that create billable resources. */
        BillingError: components["schemas"]["Error"] & {
            /**
             * Machine-readable cause. `banned`: the account is suspended. `failed`: the last payment did not go through and the balance needs a top-up. `no_billing_customer`: billing was never set up for the account.
             * @enum {string}
             */
            reason: "banned" | "failed" | "no_billing_customer";
        };
        /** Envelope returned by calls that delete or revoke something. */
        SuccessResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /**
             * Human-readable confirmation.
             * @example API key revoked
             */
            message?: string;
        };
        /** One project an API key can reach, and the project role it holds there. */
        APIKeyProjectAccess: {
            /**
             * Format: uuid
             * The project.
             */
            project_id: string;
            /** The project’s name. */
            project_name: string;
            /**
             * Format: uuid
             * Project role the key holds on this project.
             */
            role_id: string;
            /** Display name of that role. */
            role_name: string;
            /**
             * Slug of that role.
             * @example operator
             */
            role_slug: string;
        };
        /** An API key as Raff reports it after creation: metadata and the public prefix only, never the secret. The key refers to its roles, so editing a role changes what the key may do on its next request. */
        APIKey: {
            /**
             * Format: uuid
             * Stable identifier; survives regeneration.
             */
            id: string;
            /**
             * Format: uuid
             * Account the key belongs to.
             */
            account_id?: string;
            /** Label given at creation. */
            name: string;
            /**
             * The first 13 characters of the secret (`raff_` and 8 hex digits). Safe to log and show; enough to recognise the key. Changes when the key is regenerated.
             * @example raff_17d70fcf
             */
            key_prefix: string;
            /**
             * Key class. Keys made by customers are always `public`.
             * @enum {string}
             */
            scope?: "public";
            /**
             * Per-key request budget. `standard`: 30 requests per second with a burst allowance of 60. `high`: 100 per second, burst 200; granted by Raff support on request.
             * @enum {string}
             */
            rate_limit_tier?: "standard" | "high";
            /**
             * Format: date-time
             * When the key stops authenticating. `null` (or absent) for a key that never expires. Regeneration restarts the clock with the same duration.
             */
            expires_at?: string | null;
            /**
             * Format: date-time
             * Last time the key authenticated a request; `null` if never (reset by regeneration).
             */
            last_used_at?: string | null;
            /** Whether the key is switched on. */
            is_active: boolean;
            /**
             * Format: uuid
             * Account role the key uses for `account.*` permissions.
             */
            role_id?: string;
            /**
             * Display name of the account role.
             * @example Admin
             */
            role_name?: string;
            /**
             * Slug of the account role.
             * @example admin
             */
            role_slug?: string;
            /** Projects the key was added to as a project member, with the project role on each. Empty for a key with no project grants (an Owner key reaches every project without any). */
            project_accesses?: components["schemas"]["APIKeyProjectAccess"][];
            /**
             * Format: uuid
             * User who created the key.
             */
            created_by?: string;
            /**
             * Format: date-time
             * When the key was created.
             */
            created_at?: string;
        };
        /** An API key together with its full secret. Only the create and regenerate calls return this, once; Raff keeps a hash, so the secret cannot be fetched again. */
        APIKeyWithSecret: components["schemas"]["APIKey"] & {
            /**
             * The full key: `raff_` and 64 lowercase hex digits. Send it as `X-API-Key`; store it in a secret manager right away.
             * @example raff_17d70fcf7e7510968a4c19279b25707f088f1cc5ad8b74210341d8e470b5bb7a
             */
            secret: string;
        };
        /** Fields for a new key. Project access is not part of this call: add the key to each project afterwards with addProjectMember (`api_key_id`). */
        CreateAPIKeyRequest: {
            /** Label saying what uses the key, e.g. `Production CI` or `Backups Lambda`. */
            name: string;
            /**
             * Format: uuid
             * Account role for the key’s `account.*` permissions. Raff’s dashboard always asks for one; the API accepts its absence.
             */
            role_id?: string;
            /**
             * Format: date-time
             * When the key should stop working. Leave out for a key that never expires.
             */
            expires_at?: string;
            /**
             * Per-key request budget. `standard`: 30 requests per second with a burst allowance of 60. `high`: 100 per second, burst 200; granted by Raff support on request. Raff uses `standard` when this is left out.
             * @enum {string}
             */
            rate_limit_tier?: "standard" | "high";
        };
        /** Fields to change; send at least one. Roles are not editable here: change the role itself, or revoke the key and create another. The expiry is fixed at creation, as Raff's documentation says (its API reference lists `expires_at` as patchable; we side with the documentation): to change it, regenerate the key (the expiry restarts) or create a new one. */
        UpdateAPIKeyRequest: {
            /** Label saying what uses the key, e.g. `Production CI` or `Backups Lambda`. */
            name?: string;
            /**
             * Per-key request budget. `standard`: 30 requests per second with a burst allowance of 60. `high`: 100 per second, burst 200; granted by Raff support on request.
             * @enum {string}
             */
            rate_limit_tier?: "standard" | "high";
            /** Switch the key off (`false`) or back on (`true`). */
            is_active?: boolean;
        };
        /** A named set of permissions at one scope. Members and API keys point at roles, so editing a role changes what every holder may do from its next request on. */
        Role: {
            /**
             * Format: uuid
             * Role identifier.
             */
            id: string;
            /** Owning account for custom roles. Empty (`null` or an empty string) on built-in system roles. */
            account_id?: string | null;
            /**
             * Display name.
             * @example Operator
             */
            name: string;
            /**
             * Stable machine name.
             * @example operator
             */
            slug: string;
            /** Free-text explanation of the role. */
            description?: string;
            /**
             * `account`: grants `account.*` permissions. `project`: grants project permissions on the projects it is assigned on. Fixed at creation.
             * @enum {string}
             */
            scope: "account" | "project";
            /** Permission strings the role grants. */
            permissions: string[];
            /** True for built-in roles, which can be neither edited nor deleted. */
            is_system: boolean;
            /**
             * Format: uuid
             * User who created a custom role; empty on system roles.
             */
            created_by?: string | null;
            /**
             * Format: date-time
             * When the role was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When the role last changed.
             */
            updated_at?: string;
        };
        /** A new custom role. Scope and slug cannot be changed later. */
        CreateRoleRequest: {
            /** Display name, unique within the account. */
            name: string;
            /**
             * Machine name: lowercase letters, digits and hyphens. Must not clash with another role.
             * @example ci-operator
             */
            slug: string;
            /** Optional free text. */
            description?: string;
            /**
             * Which catalog the permissions come from. Permanent.
             * @enum {string}
             */
            scope: "account" | "project";
            /** Permission strings, all from the chosen scope’s catalog (see listPermissions). */
            permissions: string[];
        };
        /** Changes to a custom role; send at least one field. The permission list, when sent, replaces the old one. */
        UpdateRoleRequest: {
            /** Display name, unique within the account. */
            name?: string;
            /** New free text. */
            description?: string;
            /** The complete new permission list. */
            permissions?: string[];
        };
        /** One entry of the permission catalog. */
        Permission: {
            /**
             * Permission string, `<domain>.<resource>.<action>` or `<resource>.<action>`.
             * @example account.apikeys.create
             * @example vm.create
             */
            name: string;
            /** What the permission allows. */
            description?: string;
            /**
             * Catalog the permission belongs to.
             * @enum {string}
             */
            scope: "account" | "project";
            /**
             * Grouping used by the dashboard.
             * @example vm
             */
            category: string;
        };
        /** A project: the boundary that VMs, backups, snapshots and other resources live in. */
        Project: {
            /**
             * Format: uuid
             * Project identifier; the value for `X-Project-ID`.
             */
            id: string;
            /**
             * Format: uuid
             * Owning account.
             */
            account_id: string;
            /**
             * Project name.
             * @example customer1
             */
            name: string;
            /**
             * URL-friendly form of the name.
             * @example customer1
             */
            slug: string;
            /** Free text. */
            description?: string;
            /**
             * Region new resources in this project default to.
             * @enum {string}
             */
            default_region: "us-east";
            /** True for the account’s Default project, which always exists and cannot be deleted. */
            is_default: boolean;
            /** Whether the project is active. */
            is_active: boolean;
            /**
             * Format: uuid
             * User who created the project.
             */
            created_by?: string;
            /**
             * Format: date-time
             * When the project was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * When the project last changed.
             */
            updated_at: string;
        };
        /** A new project. */
        CreateProjectRequest: {
            /** Project name. */
            name: string;
            /** Free text. */
            description?: string;
            /**
             * Region new resources default to.
             * @enum {string}
             */
            default_region?: "us-east";
        };
        /** Project fields to change; send at least one. Fields left out keep their value. */
        UpdateProjectRequest: {
            /** Project name. */
            name?: string;
            /** Free text. */
            description?: string;
            /**
             * Region new resources default to.
             * @enum {string}
             */
            default_region?: "us-east";
        };
        /** A grant of one project role on one project, held either by a user (`user_id`) or by an API key (`api_key_id`). Grants held by API keys have no e-mail address. */
        ProjectMember: {
            /**
             * Format: uuid
             * Identifier of the grant (the `member_id` in paths).
             */
            id: string;
            /**
             * Format: uuid
             * Project the grant applies to.
             */
            project_id: string;
            /**
             * Format: uuid
             * The user holding the grant; `null` for API keys and for invitations not yet accepted.
             */
            user_id?: string | null;
            /**
             * Format: uuid
             * The API key holding the grant; `null` for users.
             */
            api_key_id?: string | null;
            /**
             * Format: email
             * User’s e-mail address. Absent for API keys.
             */
            email?: string;
            /**
             * @deprecated
             * Role slug. Kept for older clients; use `role_id` and `role_name`.
             */
            role?: string;
            /**
             * Format: uuid
             * Project role granted.
             */
            role_id: string;
            /**
             * Display name of that role.
             * @example Operator
             */
            role_name?: string;
            /**
             * `pending`: invited, not yet accepted. `active`: in effect. `suspended`: switched off by an administrator but kept.
             * @enum {string}
             */
            status: "pending" | "active" | "suspended";
            /**
             * Format: uuid
             * User who made the grant or sent the invitation.
             */
            invited_by?: string | null;
            /**
             * Format: date-time
             * When the invitation was sent; `null` for direct grants.
             */
            invited_at?: string | null;
            /**
             * Format: date-time
             * When the invitation was accepted; `null` while pending or for direct grants.
             */
            accepted_at?: string | null;
            /**
             * Format: uuid
             * The pending invitation behind a `pending` grant.
             */
            invitation_id?: string | null;
            /**
             * Format: date-time
             * When that invitation lapses.
             */
            invitation_expires_at?: string | null;
            /**
             * Format: date-time
             * When the grant was created.
             */
            created_at?: string;
        };
        /** Grant a project role to exactly one principal: an existing account user (`target_user_id`) or an API key (`api_key_id`), never both. To invite a new e-mail address, use Raff’s project invitations instead. */
        AddProjectMemberRequest: {
            /**
             * Format: uuid
             * Project-scope role to grant.
             */
            role_id: string;
            /**
             * Format: uuid
             * User to add; must already belong to the account.
             */
            target_user_id: string;
        } | {
            /**
             * Format: uuid
             * Project-scope role to grant.
             */
            role_id: string;
            /**
             * Format: uuid
             * API key to give access to this project.
             */
            api_key_id: string;
        };
        /** Membership fields to change; send at least one. */
        UpdateMemberRequest: {
            /**
             * Format: uuid
             * New role, of the scope that fits the membership.
             */
            role_id?: string;
            /**
             * Suspend a member (`suspended`) or lift the suspension (`active`). `pending` cannot be set.
             * @enum {string}
             */
            status?: "active" | "suspended";
        };
        /** A member of the account, or an invitation that has not been accepted yet. */
        Member: {
            /**
             * Format: uuid
             * Membership identifier.
             */
            id: string;
            /**
             * Format: uuid
             * The account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * The user; `null` until an invitation is accepted.
             */
            user_id?: string | null;
            /**
             * Format: email
             * E-mail address. Raff’s reference marks it as always present, but a membership held by an API key has none, so this description does not require it.
             */
            email?: string;
            /**
             * @deprecated
             * Role slug. Kept for older clients; use `role_id` and `role_name`.
             */
            role?: string;
            /**
             * Format: uuid
             * Account role.
             */
            role_id?: string;
            /**
             * Display name of the account role.
             * @example Admin
             */
            role_name?: string;
            /**
             * `pending`: invited, not yet accepted. `active`: in effect. `suspended`: switched off by an administrator but kept.
             * @enum {string}
             */
            status: "pending" | "active" | "suspended";
            /**
             * Format: uuid
             * User who sent the invitation.
             */
            invited_by?: string | null;
            /**
             * Format: date-time
             * When the invitation was sent.
             */
            invited_at?: string | null;
            /**
             * Format: date-time
             * When the invitation was accepted.
             */
            accepted_at?: string | null;
            /**
             * Format: uuid
             * For `pending` members: the invitation that can be cancelled.
             */
            invitation_id?: string | null;
            /**
             * Format: date-time
             * For `pending` members: when the invitation lapses.
             */
            invitation_expires_at?: string | null;
            /**
             * Format: date-time
             * When the membership was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When the membership last changed.
             */
            updated_at?: string;
        };
        /** A label attached to a VM. */
        VMTag: {
            /** Tag identifier. */
            id: string;
            /** Tag text. */
            name: string;
            /** Sort position among the VM’s tags. */
            priority: number;
            /**
             * Format: date-time
             * When the tag was attached.
             */
            created_at: string;
        };
        /** A virtual machine. */
        VM: {
            /**
             * Format: uuid
             * VM identifier.
             */
            id: string;
            /** Display name. */
            name: string;
            /**
             * Lifecycle state. Creation passes through `initiating`, `provisioning` and `booting` before reaching `active`; a stop passes through `finalizing` to `passive`; start and reboot pass through `booting`. `failure`: creation or an operation went wrong. All states but `failure` are billed.
             * @enum {string}
             */
            status: "active" | "passive" | "provisioning" | "booting" | "initiating" | "finalizing" | "failure";
            /** vCPU count. */
            cpu: number;
            /** Memory, GB. */
            ram: number;
            /** Boot disk size from the plan, GB. */
            storage: number;
            /** Extra storage on top of the plan, GB. */
            added_storage: number;
            /** `storage` plus `added_storage`, GB. */
            total_storage: number;
            /**
             * Format: uuid
             * OS template the VM was built from.
             */
            template_id: string;
            /**
             * Template name.
             * @example Ubuntu
             */
            template_name: string;
            /**
             * Template version.
             * @example 24.04x64
             */
            template_version: string;
            /** Internal VM version label. */
            version?: string;
            /**
             * Hourly price in USD, as a decimal string to keep precision.
             * @example 0.027764
             */
            price_per_hour: string;
            /** Compute plan (see Raff’s public VM pricing catalog). */
            pricing_id: number;
            /** User who created the VM. */
            created_by?: string;
            /**
             * `payg`: billed per hour. `subscription`: prepaid.
             * @enum {string}
             */
            billing_type?: "payg" | "subscription";
            /**
             * Format: uuid
             * Subscription backing a `subscription` VM.
             */
            subscription_id?: string | null;
            /** Scheduled backup cadence (`daily`, `weekly`), or `null` when none. */
            backup_type?: string | null;
            /**
             * Data-centre region.
             * @enum {string}
             */
            region: "us-east";
            /**
             * Format: uuid
             * Project the VM belongs to.
             */
            project_id?: string;
            /** Public IPv4 address; `null` until assigned or when created without one. */
            public_ipv4_address?: string | null;
            /** Public IPv6 address, if any. */
            public_ipv6_address?: string | null;
            /** Address inside the VPC; `null` until assigned or when created without a VPC. */
            private_ipv4_address?: string | null;
            /** Private IPv6 address, if any. */
            private_ipv6_address?: string | null;
            /** Tags on the VM. */
            tags?: components["schemas"]["VMTag"][];
            /** Whether the VM record is live. */
            active: boolean;
            /**
             * Format: date-time
             * When the VM was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * When the VM last changed.
             */
            updated_at: string;
            /** Whether opening the VM’s web console needs a fresh two-factor confirmation. When true, no API key can open the console. Off by default; set with setVMConsolePolicy. */
            console_require_mfa?: boolean;
        };
        /** A new VM. Linux needs `ssh_keys`, `password` or both; Windows needs `password` (SSH keys are ignored). For networking, give `vpc_id` to join a VPC, or `vpc_name` with `vpc_cidr` to make one, or neither to get an automatic VPC; `skip_vpc` and `skip_public_ip` cannot both be true. Weekly backups need `backup_date`. */
        CreateVMRequest: {
            /** Display name. */
            name: string;
            /**
             * Format: uuid
             * OS template, from Raff’s public template catalog.
             */
            template_id: string;
            /** Compute plan (vCPU, memory, disk, traffic), from Raff’s public VM pricing catalog. */
            pricing_id: number;
            /**
             * Data-centre region.
             * @enum {string}
             */
            region: "us-east";
            /** Public keys allowed to log in (Linux only). */
            ssh_keys?: string[];
            /** Administrator password: at least 12 characters drawn from letters, digits and `@+-_.,!`, including two or more capitals, two or more digits and one or more of those symbols. */
            password?: string;
            /** Size of an additional block volume to attach, GB. */
            extra_storage?: number;
            /**
             * Filesystem for the extra volume on Linux (`ext4` when omitted). Windows always gets NTFS.
             * @enum {string}
             */
            extra_storage_type?: "ext4" | "xfs" | "btrfs";
            /**
             * Automatic backup cadence; `none` or absent for no schedule.
             * @enum {string}
             */
            backup_type?: "none" | "daily" | "weekly";
            /** Time of day for scheduled backups, e.g. `8am` (the default). */
            backup_time?: string;
            /**
             * Weekday for `weekly` backups; ignored otherwise.
             * @enum {string}
             */
            backup_date?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
            /** Tags to attach. */
            tags?: string[];
            /**
             * Format: uuid
             * Existing VPC to join.
             */
            vpc_id?: string;
            /** Name of a new VPC to create for the VM (with `vpc_cidr`). */
            vpc_name?: string;
            /** Address block of that new VPC, e.g. `10.0.1.0/24` (with `vpc_name`). */
            vpc_cidr?: string;
            /** Create without a public IPv4 address; the VM is then reachable only inside its VPC. Treated as `false` when absent. */
            skip_public_ip?: boolean;
            /** Create without any VPC; the VM gets only its public address. Treated as `false` when absent. */
            skip_vpc?: boolean;
        } & ((unknown | {
            backup_date: string;
        }) & unknown);
        /** Optional clean-up choices for deleteVM. */
        DeleteVMRequest: {
            /**
             * Fate of the volumes still attached to the VM. `detach` keeps them (they stay billed and can be attached elsewhere); `delete` destroys them. When absent: `detach`. Raff’s reference names two different defaults for this field; this description takes `detach`, the one that loses nothing, and clients should send the field explicitly rather than rely on either.
             * @enum {string}
             */
            volume_action?: "detach" | "delete";
            /** Also delete the VM’s VPC, which only happens if no other VM uses it. Treated as `true` when absent. */
            delete_vpc?: boolean;
        };
        /** A VM backup: one restore point, usually part of an incremental series. */
        Backup: {
            /**
             * Format: uuid
             * Backup identifier.
             */
            id: string;
            /**
             * Format: uuid
             * Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * Project the backup belongs to.
             */
            project_id?: string;
            /** User who started the backup. */
            created_by?: string;
            /**
             * Data-centre region.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Format: uuid
             * VM the backup was taken from.
             */
            product_vm?: string;
            /** Display name. */
            name: string;
            /** Stored size in megabytes (MB, not GB). For a point in an incremental series this is the change since the previous point; `0` until the backup is `ready`. */
            storage_size: number;
            /**
             * Lifecycle. createBackup (and each scheduled run) answers with `pending` (queued); the backup moves to `creating` while data is copied and to `ready` when it can be restored. restoreBackup moves a `ready` backup to `restoring` and back to `ready` when the VM has been rewritten. `failed`: the capture or the restore went wrong. `pending`, `creating` and `restoring` are transient; only a `ready` backup can be restored. Raff does not publish a closed list, so treat any other value as in progress.
             * @example ready
             */
            status: string;
            /** Hourly storage price in USD, as a decimal string. */
            price_per_hour?: string;
            /**
             * Format: date-time
             * When retention will remove the backup (set for backups a schedule keeps under `keep_count`); `null` when no retention applies.
             */
            expire_date?: string | null;
            /** Position in an incremental series: `0` is the baseline, `1`, `2`, … follow. `null` for an older standalone backup. A point cannot be deleted on its own while other points share its series (deleteBackup answers 409); delete the whole series with deleteBackupChain, or start a new one with resetBackupChain. */
            increment_id?: number | null;
            /**
             * Format: date-time
             * When the backup was started.
             */
            created_at?: string;
        };
        /** An on-demand backup of one VM. */
        CreateBackupRequest: {
            /**
             * Format: uuid
             * VM to back up; must be in the project named by `X-Project-ID`.
             */
            vm_id: string;
            /** Display name; Raff picks a timestamped one when absent. */
            name?: string;
        };
        /** A point-in-time copy of a VM’s disk or of a volume. */
        Snapshot: {
            /** Snapshot identifier (an integer, unlike most Raff ids). */
            id: number;
            /**
             * Format: uuid
             * Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * Project the snapshot belongs to.
             */
            project_id?: string;
            /** User who took the snapshot. */
            created_by?: string;
            /**
             * What the snapshot was taken of.
             * @enum {string}
             */
            type: "vm" | "volume";
            /** Display name. */
            name: string;
            /** Space the snapshot currently uses, as Raff reports it. */
            size?: string;
            /** Size of the source disk when the snapshot was taken. */
            target_size?: string;
            /**
             * `active` when the source currently runs on this snapshot (it was restored to it; such a snapshot cannot be deleted). Empty string otherwise. At most one snapshot per source is `active`.
             * @enum {string}
             */
            status?: "" | "active";
            /**
             * Format: uuid
             * Source VM, for `vm` snapshots.
             */
            product_vm?: string | null;
            /** Hourly storage price in USD, as a decimal string. */
            price_per_hour?: string;
            /**
             * Format: date-time
             * When the snapshot was taken.
             */
            created_at?: string;
        };
        /**
         * VM snapshot
         * Snapshot a VM.
         */
        CreateVMSnapshotRequest: {
            /**
             * Snapshot a VM.
             * @constant
             */
            resource_type: "vm";
            /**
             * Format: uuid
             * The VM.
             */
            resource_id: string;
            /** Display name. */
            name: string;
        };
        /**
         * Volume snapshot
         * Snapshot a volume.
         */
        CreateVolumeSnapshotRequest: {
            /**
             * Snapshot a volume.
             * @constant
             */
            resource_type: "volume";
            /** The volume (volume ids are integers). */
            volume_id: number;
            /** Display name. */
            name: string;
        };
        /** What to snapshot. `resource_type: vm` takes the VM’s UUID in `resource_id`; `resource_type: volume` takes the integer `volume_id`. */
        CreateSnapshotRequest: components["schemas"]["CreateVMSnapshotRequest"] | components["schemas"]["CreateVolumeSnapshotRequest"];
        /** A page of API keys. */
        APIKeyList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["APIKey"][];
            /** How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** One API key. */
        APIKeyResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** A key’s metadata. Never carries `secret`: only create and regenerate return it. */
            data: components["schemas"]["APIKey"];
        };
        /** One API key with its newly issued secret. */
        APIKeyWithSecretResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["APIKeyWithSecret"];
        };
        /** A page of roles (system and custom). */
        RoleList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["Role"][];
            /** How many items match the query across all pages. Raff does not promise this field here; page until a short page when it is absent. */
            total?: number;
        };
        /** One role. */
        RoleResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Role"];
        };
        /** The permission catalog. */
        PermissionList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Every matching item; this list is not paginated. */
            data: components["schemas"]["Permission"][];
        };
        /** A page of projects. */
        ProjectList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["Project"][];
            /** How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** One project. */
        ProjectResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Project"];
        };
        /** A page of project grants. */
        ProjectMemberList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["ProjectMember"][];
            /** How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** One project grant. */
        ProjectMemberResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["ProjectMember"];
        };
        /** A page of account members. */
        MemberList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["Member"][];
            /** How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** One account member. */
        MemberResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Member"];
        };
        /** A page of VMs. */
        VMList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["VM"][];
            /** How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** One VM. */
        VMResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["VM"];
        };
        /** A page of backups. */
        BackupList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["Backup"][];
            /** How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** One backup. */
        BackupResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Backup"];
        };
        /** A page of snapshots. */
        SnapshotList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["Snapshot"][];
            /** How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** One snapshot. */
        SnapshotResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Snapshot"];
        };
        /** Gateway health. */
        HealthStatus: {
            /**
             * `healthy` when the gateway is up.
             * @example healthy
             */
            status?: string;
        };
        /** A data-centre region. */
        Region: {
            /** Numeric region id. */
            id: number;
            /**
             * The value calls take as `region`.
             * @example us-east
             */
            code: string;
            /**
             * Display name.
             * @example US East
             */
            name: string;
            /**
             * ISO 3166-1 alpha-2 country code.
             * @example US
             */
            country_code: string;
            /** Flag emoji of the country. */
            flag?: string;
            /** Position in display lists. */
            display_order?: number;
            /** Whether this region is preselected. */
            is_default: boolean;
        };
        /** All open regions (not paged). */
        RegionList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The regions. */
            regions: components["schemas"]["Region"][];
        };
        /** An image a VM can be built from. The `cpu`, `ram` and `storage` values are the least a plan must offer to run it. */
        Template: {
            /**
             * Format: uuid
             * What createVM and reinstallVM take as `template_id`.
             */
            id: string;
            /**
             * Operating system or application name.
             * @example Ubuntu
             */
            name: string;
            /**
             * Version and architecture.
             * @example 24.04x64
             */
            version: string;
            /** Fewest vCPUs it needs. */
            cpu: number;
            /** Least memory it needs, GB. */
            ram: number;
            /** Smallest disk it needs, GB. */
            storage: number;
            /** Windows image; listTemplates returns these only for `vm_type=windows`. */
            is_windows: boolean;
            /**
             * Operating system family, e.g. `linux` or `windows`.
             * @example linux
             */
            os_type: string;
            /**
             * `os`: a plain operating system. `marketplace`: an image with an application preinstalled.
             * @enum {string}
             */
            category: "os" | "marketplace";
            /** Free text; often empty. */
            description?: string;
            /**
             * Region where the image is offered.
             * @enum {string}
             */
            region: "us-east";
        };
        /** The matching templates (not paged). */
        TemplateList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The templates. */
            data: components["schemas"]["Template"][];
            /** How many templates `data` holds. */
            total: number;
        };
        /** A compute plan and its prices (USD). */
        VMPricingPlan: {
            /** What createVM and resizeVM take as `pricing_id`. */
            id: number;
            /** vCPU count. */
            vcpu: number;
            /** Memory, GiB. */
            memory_gib: number;
            /** Included SSD disk, GiB. */
            ssd_gib: number;
            /** Monthly traffic allowance, GiB. */
            transfer_gib: number;
            /** Hourly (pay-as-you-go) price. */
            price_per_hour: number;
            /** Price per month. */
            monthly_price: number;
            /** Total for a 12-month commitment. */
            yearly_price: number;
            /** Total for a 24-month commitment. */
            twenty_four_month_price: number;
            /**
             * Plan family: `standard`, `premium` or `windows`. listTemplates with the same `vm_type` lists the images a family can run; Windows images are listed only under `windows`.
             * @enum {string}
             */
            vm_type: "standard" | "premium" | "windows";
            /**
             * Region the plan is sold in.
             * @enum {string}
             */
            region: "us-east";
            /** True while the plan is sold out. For information only: the plan stays in the list and can still be ordered. */
            out_of_stock?: boolean;
        };
        /** The matching compute plans (not paged). */
        VMPricingList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The plans. */
            plans: components["schemas"]["VMPricingPlan"][];
        };
        /** Per-GB storage prices (USD) for volumes, snapshots or backups. */
        StoragePricing: {
            /** Price record id; given for volume pricing. */
            id?: number;
            /** Per GB per hour. */
            price_per_gb_hour?: number;
            /** Per GB per month. */
            price_per_gb_month?: number;
            /** Per GB for a 12-month commitment. */
            yearly_price_per_gb?: number;
            /** Per GB for a 24-month commitment. */
            twenty_four_month_price_per_gb?: number;
            /**
             * Region the prices apply in.
             * @enum {string}
             */
            region?: "us-east";
        };
        /** Storage prices for one kind of storage. */
        StoragePricingResponse: {
            /** True when the call succeeded. */
            success: boolean;
            pricing: components["schemas"]["StoragePricing"];
        };
        /** Prices (USD) of one kind of address. */
        IPPricingTier: {
            /** Per hour. */
            price_per_hour?: number;
            /** Per month. */
            monthly_price?: number;
            /** Total for a 12-month commitment. */
            yearly_price?: number;
            /** Total for a 24-month commitment. */
            twenty_four_month_price?: number;
        };
        /** Address prices by IP version. */
        IPPricing: {
            /** Pricing of IPv4 addresses. */
            ipv4?: components["schemas"]["IPPricingTier"];
            /** Pricing of IPv6 addresses. */
            ipv6?: components["schemas"]["IPPricingTier"];
        };
        /** Address prices. */
        IPPricingResponse: {
            /** True when the call succeeded. */
            success: boolean;
            pricing: components["schemas"]["IPPricing"];
        };
        /** The VMs to delete in one call, with clean-up choices shared by all of them. */
        DeleteVMsBulkRequest: {
            /** Ids of the VMs to delete, 1 to 50. */
            ids: string[];
            /**
             * Fate of attached volumes: `delete` (the default here, unlike deleteVM) destroys them; `detach` keeps them, still billed.
             * @default delete
             * @enum {string}
             */
            volume_action?: "detach" | "delete";
            /**
             * Also delete each VM's VPC when no other VM uses it. Default `true`.
             * @default true
             */
            delete_vpc?: boolean;
        };
        /** The outcome for one VM of a bulk delete. */
        BulkDeleteVMItemResult: {
            /**
             * Format: uuid
             * VM id, as sent.
             */
            id?: string;
            /** Whether this VM was deleted. */
            success?: boolean;
            /** Short outcome text. */
            message?: string;
            /** Why this VM was not deleted; present on failure. */
            error?: string;
        };
        /** Per-VM outcome of a bulk delete. `success` is true when at least one VM was deleted. */
        BulkDeleteVMsResult: {
            /** True when the call succeeded. */
            success: boolean;
            /** Summary for humans. */
            message?: string;
            /** How many ids were sent. */
            total_count?: number;
            /** How many VMs were deleted. */
            success_count?: number;
            /** How many were not. */
            failed_count?: number;
            /** One entry per id sent. */
            results?: components["schemas"]["BulkDeleteVMItemResult"][];
        };
        /** A new display name. */
        RenameVMRequest: {
            /** New display name. */
            name: string;
        };
        /** The template to install and the login for the new system: `password`, `ssh_keys` (Linux) or `auto_generate_password`. */
        ReinstallVMRequest: {
            /**
             * Format: uuid
             * Template to install, from listTemplates.
             */
            template_id: string;
            /** New root or Administrator password. */
            password?: string;
            /** Public keys allowed to log in (Linux). */
            ssh_keys?: string[];
            /** Let Raff pick a password and email it to the account owner. */
            auto_generate_password?: boolean;
        };
        /** The plan to move to. */
        ResizeVMRequest: {
            /** Target compute plan, from listVMPricing. */
            pricing_id: number;
        };
        /** The new boot disk size. */
        ResizeVMDiskRequest: {
            /** New size in GB; must exceed the current `total_storage`. */
            new_size: number;
        };
        /** How a resize of a prepaid (subscription) VM was settled. Absent for hourly-billed VMs. */
        VMResizeBilling: {
            /**
             * Direction of the price change.
             * @enum {string}
             */
            type?: "upgrade" | "downgrade" | "none";
            /** USD for the rest of the period: positive is charged, negative is credited. */
            pro_rata_amount?: number;
            /** USD taken from (or, on a downgrade, credited to) the account balance. */
            balance_applied?: number;
            /** Monthly subscription price from now on, USD. */
            new_monthly_price?: number;
            /** Hourly price from now on, USD, as a decimal string. */
            new_price_per_hour?: string;
        };
        /** Result of resizeVM or resizeVMDisk. */
        VMResizeResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Confirmation for humans. */
            message?: string;
            /** Id of the resized VM. */
            id?: string;
            /** How the change is billed. */
            billing?: components["schemas"]["VMResizeBilling"];
        };
        /** Which disk to capture, from which point, and the image's name. */
        SaveImageRequest: {
            /** Image name. */
            name: string;
            /** Free text. */
            description?: string;
            /**
             * Disk to capture: `0` the boot disk, `1` and up an attached volume.
             * @default 0
             */
            disk_id?: number;
            /**
             * `-1` captures the disk as it is now; another value captures that saved snapshot of the disk.
             * @default -1
             */
            snapshot_id?: number;
        };
        /** A private image saved from a VM disk; createVM accepts its `id` as `template_id`. */
        VMImage: {
            /**
             * Format: uuid
             * Image id, usable as `template_id`.
             */
            id: string;
            /** Image name. */
            name: string;
            /** Version label. */
            version?: string;
            /** Free text. */
            description?: string;
            /** Operating system family. */
            os_type?: string;
            /** Windows image. */
            is_windows?: boolean;
            /**
             * Region holding the image.
             * @enum {string}
             */
            region: "us-east";
            /**
             * Format: date-time
             * When the image was requested.
             */
            created_at?: string;
        };
        /** One saved image. */
        VMImageResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["VMImage"];
        };
        /** A tag to attach. */
        AddVMTagRequest: {
            /** Tag text. */
            name: string;
            /**
             * Sort position; lower comes first. Default 0.
             * @default 0
             */
            priority?: number;
        };
        /** Fields of a tag to change; at least one. */
        UpdateVMTagRequest: {
            /** New tag text. */
            name?: string;
            /** New sort position. */
            priority?: number;
        };
        /** All of a VM's tags after a change. */
        VMTagsResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** The VM's tags. */
            tags: components["schemas"]["VMTag"][];
        };
        /** Free text on a VM, in one of two scopes: `personal` (seen only by its writer) or `account` (shared with every member). */
        VMNote: {
            /**
             * Format: uuid
             * Note id.
             */
            id: string;
            /**
             * Format: uuid
             * VM the note is on.
             */
            vm_id: string;
            /**
             * Format: uuid
             * User who wrote the note.
             */
            user_id: string;
            /**
             * Scope.
             * @enum {string}
             */
            type: "personal" | "account";
            /** The text; may be empty. */
            content: string;
            /**
             * Format: date-time
             * When the note was first written.
             */
            created_at: string;
            /**
             * Format: date-time
             * When the note last changed.
             */
            updated_at: string;
        };
        /** The notes on a VM that exist; either or both may be missing. */
        VMNotesResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** The caller’s own note on the VM. */
            personal_note?: components["schemas"]["VMNote"];
            /** The note shared with everyone in the account. */
            account_note?: components["schemas"]["VMNote"];
        };
        /** One note. */
        VMNoteResponse: {
            /** True when the call succeeded. */
            success: boolean;
            note: components["schemas"]["VMNote"];
        };
        /** Note text. */
        UpsertVMNoteRequest: {
            /** The text. An empty string gives an empty note. */
            content: string;
        };
        /** An SSH public key saved in the account. */
        SSHKey: {
            /**
             * Format: uuid
             * Key id.
             */
            id: string;
            /** Display name. */
            name: string;
            /** The public key line: algorithm, base64 body, optional comment. */
            public_key: string;
            /**
             * Algorithm, read from `public_key`.
             * @enum {string}
             */
            key_type: "ssh-rsa" | "ssh-ed25519" | "ecdsa-sha2-nistp256" | "ecdsa-sha2-nistp384" | "ecdsa-sha2-nistp521";
            /**
             * Format: date-time
             * When the key was added.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When the key last changed.
             */
            updated_at?: string;
        };
        /** All SSH keys of the account (not paged). */
        SSHKeyList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The keys. */
            data: components["schemas"]["SSHKey"][];
        };
        /** One SSH key. */
        SSHKeyResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["SSHKey"];
        };
        /** A public key to save. */
        CreateSSHKeyRequest: {
            /** Display name. */
            name: string;
            /** The whole public key line (RSA, ECDSA or Ed25519). */
            public_key: string;
        };
        /** A new display name. */
        UpdateSSHKeyRequest: {
            /** New display name. */
            name: string;
        };
        /** A virtual private cloud: a private IPv4 network inside one project and region. VMs join it through a `vpc` network interface. */
        VPC: {
            /**
             * Format: uuid
             * VPC identifier.
             */
            id: string;
            /**
             * Format: uuid
             * Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * Project the VPC belongs to.
             */
            project_id?: string;
            /**
             * Display name.
             * @example prod-net
             */
            name: string;
            /**
             * Private address block, fixed at creation.
             * @example 10.10.0.0/24
             */
            cidr: string;
            /**
             * Gateway address inside the block.
             * @example 10.10.0.1
             */
            gateway?: string;
            /** Resolver address handed to VMs in the VPC. */
            dns?: string;
            /**
             * Lifecycle state. `active`: the VPC exists and VMs can join it; Raff’s reference documents no other value, so treat anything else as not ready yet. Attaching or detaching VMs does not change it.
             * @example active
             */
            status: string;
            /**
             * Addresses in the block.
             * @example 256
             */
            total_ips?: number;
            /**
             * Addresses leased to VM interfaces right now; goes up by one per attachVMToVPC and down by one per detachVMFromVPC.
             * @example 1
             */
            used_ips?: number;
            /**
             * Data-centre region.
             * @enum {string}
             */
            region: "us-east";
            /** Kind of gateway in front of the VPC, such as `none` or `nat`. */
            gateway_type?: string;
            /** Public address of the gateway when one is enabled; empty otherwise. */
            router_public_ip?: string;
            /** State of the gateway router; empty when there is none. */
            router_status?: string;
            /**
             * Format: date-time
             * When the VPC was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When the VPC last changed.
             */
            updated_at?: string;
        };
        /** One address of the VPC held by a VM network interface. */
        VPCLease: {
            /**
             * The leased private address.
             * @example 10.10.0.96
             */
            ip: string;
            /** Interface holding it, as numbered by listVMNetworks on the owning VM. */
            nic_id: number;
        };
        /** What getVPC answers: the VPC itself under `vpc`, plus its allocatable range and current leases. */
        VPCDetail: {
            /** The VPC itself. */
            vpc: components["schemas"]["VPC"];
            /**
             * Lowest address VMs can be given.
             * @example 10.10.0.10
             */
            ip_range_start?: string;
            /**
             * Highest address VMs can be given.
             * @example 10.10.0.254
             */
            ip_range_end?: string;
            /** One entry per attached interface; empty when no VM is in the VPC. */
            leases?: components["schemas"]["VPCLease"][];
        };
        /** A new VPC. */
        VPCCreateRequest: {
            /** Display name. */
            name: string;
            /** IPv4 block in CIDR notation. It may not overlap another VPC of the account and cannot be changed later; listVPCCIDRSuggestions proposes free blocks. */
            cidr: string;
            /**
             * Region; `us-east` when absent.
             * @enum {string}
             */
            region?: "us-east";
        };
        /** VPC fields to change; send at least one. The CIDR block is not among them. */
        VPCUpdateRequest: {
            /** New display name. */
            name?: string;
            /** Free text. */
            description?: string;
        };
        /** A free address block of a given size. */
        CIDRSuggestion: {
            /**
             * The block.
             * @example 10.30.0.0/28
             */
            cidr?: string;
            /**
             * Addresses it holds.
             * @example 16
             */
            available_ips?: number;
            /**
             * Size class of the block.
             * @enum {string}
             */
            size?: "small" | "medium" | "large";
        };
        /** Blocks that overlap none of the account’s VPCs, for use as `cidr` in createVPC. */
        CIDRSuggestionsResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /**
             * The block Raff recommends.
             * @example 10.20.0.0/24
             */
            suggested?: string;
            /**
             * Usable addresses in `suggested`.
             * @example 256
             */
            suggested_ips?: number;
            /** Other free blocks in several sizes. */
            alternatives?: components["schemas"]["CIDRSuggestion"][];
            /** How many VPCs the account has now. */
            existing_count?: number;
        };
        /** All VPCs that match (the list is not paged). */
        VPCList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Every matching item (this list is not paged). */
            data: components["schemas"]["VPC"][];
        };
        /** One VPC. */
        VPCResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["VPC"];
        };
        /** One VPC with its range and leases. */
        VPCDetailResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["VPCDetail"];
        };
        /** A public IPv4 or IPv6 address held by the account, either reserved on its own or allocated when it was attached to a VM. */
        IP: {
            /**
             * Format: uuid
             * IP identifier.
             */
            id: string;
            /**
             * Format: uuid
             * Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * Project the IP belongs to.
             */
            project_id?: string;
            /**
             * Format: uuid
             * User who reserved it.
             */
            created_by?: string;
            /**
             * The address itself.
             * @example 203.0.113.24
             */
            ip_address: string;
            /**
             * Address family.
             * @enum {string}
             */
            type: "IPv4" | "IPv6";
            /**
             * Whether a VM uses it. `free`: no VM interface carries it (a reserved IP waiting to be attached). `in-use`: a VM interface carries it. reserveIP gives a `free` IP; attachVMIP with `ip_id` turns it `in-use`; detachVMIP turns a reserved IP back to `free` (an auto-allocated one leaves the account instead). Both changes are immediate; there is no transitional state. releaseIP and changeIP need `free`.
             * @enum {string}
             */
            status: "free" | "in-use";
            /** `true` for an IP the account holds whether or not a VM uses it (from reserveIP; billed until releaseIP). `false` for an address allocated by attachVMIP with `type`, which is returned to the pool when detached. A reserved IP may be `free` or `in-use`. */
            reserved: boolean;
            /**
             * Data-centre region.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Format: date-time
             * When the IP was reserved or allocated.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When the IP last changed (for instance was attached or detached).
             */
            updated_at?: string;
        };
        /** Reservation options; every field has a default, so the body may be empty or absent. */
        IPReserveRequest: {
            /**
             * Address family.
             * @default IPv4
             * @enum {string}
             */
            type?: "IPv4" | "IPv6";
            /**
             * Region; the project’s default region when absent.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Prepaid term for subscription accounts, charged from the balance at once. Pay-as-you-go accounts ignore it and pay by the hour.
             * @default monthly
             * @enum {string}
             */
            billing_period?: "monthly" | "yearly" | "twenty_four_month";
        };
        /** A page of floating IPs. */
        IPList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["IP"][];
            /** How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** One floating IP. */
        IPResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["IP"];
        };
        /** Result of changeIP: the address given up and the one that replaced it. */
        IPChangeResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** The address before the swap; it goes back to the pool. */
            old_ip: components["schemas"]["IP"];
            /** The address that now carries the reservation; refer to it by this record’s `id` from now on. */
            new_ip: components["schemas"]["IP"];
        };
        /** One allow rule for traffic in one direction. */
        SecurityGroupRule: {
            /**
             * Protocol the rule matches.
             * @enum {string}
             */
            protocol: "TCP" | "UDP" | "ICMP" | "ICMPV6" | "IPSEC" | "ALL";
            /**
             * Traffic direction.
             * @enum {string}
             */
            rule_type: "INBOUND" | "OUTBOUND";
            /**
             * One port (`443`) or an inclusive range written `from:to` (`8000:9000`); empty for protocols without ports (ICMP, ALL).
             * @example 443
             */
            range?: string;
            /**
             * Remote address the rule matches; empty or `0.0.0.0` with size 0 for any.
             * @example 0.0.0.0
             */
            ip?: string;
            /** Prefix length applied to `ip` to match a whole network (`24` for a /24). */
            size?: number;
            /** ICMP message type; only with ICMP and ICMPV6. */
            icmp_type?: number;
        };
        /** A named firewall rule set. It takes effect on the VM network interfaces it is attached to. */
        SecurityGroup: {
            /**
             * Format: uuid
             * Security group identifier.
             */
            id: string;
            /**
             * Display name.
             * @example web-server
             */
            name: string;
            /** Free text. */
            description?: string;
            /** The full rule set. */
            rules: components["schemas"]["SecurityGroupRule"][];
            /** Interfaces the group is attached to now; attachVMSecurityGroup adds one, detachVMSecurityGroup removes one. Must be 0 before deleteSecurityGroup. */
            vm_count?: number;
            /**
             * Format: uuid
             * Project the group belongs to.
             */
            project_id?: string;
            /**
             * Format: date-time
             * When the group was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When the group or its rules last changed.
             */
            updated_at?: string;
        };
        /** A ready-made rule set that createSecurityGroup can start from. */
        SecurityGroupTemplate: {
            /**
             * Template key (a slug, not a UUID), sent as `template_id`.
             * @example web-server
             */
            id: string;
            /**
             * Display name.
             * @example Web Server
             */
            name: string;
            /** What the template opens. */
            description?: string;
            /** Rules copied into a group created from it. */
            rules: components["schemas"]["SecurityGroupRule"][];
        };
        /** A new security group, optionally seeded from a template. */
        SecurityGroupCreateRequest: {
            /** Display name. */
            name: string;
            /** Free text. */
            description?: string;
            /** Template to start from (an `id` from listSecurityGroupTemplates). Its rules come first; `rules` are added to them. */
            template_id?: string;
            /** Rules of the group (added to the template’s, if any). */
            rules?: components["schemas"]["SecurityGroupRule"][];
        };
        /** Security group fields to change; send at least one. `rules`, when sent, becomes the whole rule set. */
        SecurityGroupUpdateRequest: {
            /** New display name. */
            name?: string;
            /** Free text. */
            description?: string;
            /** Replacement rule set; rules not listed are removed. */
            rules?: components["schemas"]["SecurityGroupRule"][];
        };
        /** All security groups that match (the list is not paged). */
        SecurityGroupList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Every matching item (this list is not paged). */
            data: components["schemas"]["SecurityGroup"][];
        };
        /** One security group. */
        SecurityGroupResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["SecurityGroup"];
        };
        /** Every security group template. */
        SecurityGroupTemplateList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Every matching item (this list is not paged). */
            data: components["schemas"]["SecurityGroupTemplate"][];
        };
        /** One network interface (NIC) of a VM. */
        VMNetwork: {
            /**
             * Interface number on this VM; the `nic_id` that detach calls take.
             * @example 0
             */
            nic_id: number;
            /**
             * Name of the VPC for `vpc` interfaces; empty for interfaces on the shared public pool.
             * @example prod-net
             */
            network_name: string;
            /**
             * Address of the interface (IPv6 for `ipv6`).
             * @example 10.10.0.96
             */
            ip: string;
            /**
             * Hardware address; it stays the same as long as the VM exists.
             * @example 02:00:0a:0a:00:60
             */
            mac?: string;
            /**
             * Gateway of the interface’s network.
             * @example 10.10.0.1
             */
            gateway?: string;
            /**
             * `public`: public IPv4. `vpc`: private IPv4 in a VPC. `ipv6`: public IPv6.
             * @enum {string}
             */
            type: "public" | "vpc" | "ipv6";
            /**
             * Format: uuid
             * Security group on this interface; absent when none. Set by attachVMSecurityGroup, removed by detachVMSecurityGroup.
             */
            security_group_id?: string;
            /** True on the interface that carries the VM’s primary public IPv4 (the first one attached). A VM has at most one; its other interfaces, further public IPv4s included, show false. */
            is_primary?: boolean;
        };
        /** All interfaces of the VM that match (the list is not paged). */
        VMNetworkList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Every matching item (this list is not paged). */
            data: components["schemas"]["VMNetwork"][];
        };
        /** The VPC to join. */
        VMNetworkVPCAttachRequest: {
            /**
             * Format: uuid
             * VPC to attach the VM to.
             */
            vpc_id: string;
            /**
             * Private address to take, inside the VPC’s range; Raff picks a free one when absent.
             * @example 10.10.0.97
             */
            ip?: string;
        };
        /** Either `ip_id` (use a reserved IP) or `type` (allocate a new address); with both, `ip_id` wins and `type` is ignored. An empty body allocates a new IPv4 address. */
        VMNetworkIPAttachRequest: {
            /**
             * Format: uuid
             * A reserved IP of this account that is `free`. Already billed by its reservation, so attaching costs nothing more. The way to give a VM a second, third or fourth public IPv4.
             */
            ip_id?: string;
            /**
             * Family of an address taken from the shared pool when `ip_id` is absent; `IPv4` by default. Possible only as long as the VM lacks a public address of that family. The address is free with the VM and goes back to the pool when detached.
             * @enum {string}
             */
            type?: "IPv4" | "IPv6";
            /** Security groups to put on the new interface. */
            security_groups?: string[];
        };
        /** The interface created by attachVMIP. */
        VMNetworkIPAttachment: {
            /**
             * Format: uuid
             * VM that received the address.
             */
            vm_id?: string;
            /** The address now on the VM. */
            ip_address?: string;
            /** The new interface; pass it to detachVMIP. */
            nic_id?: number;
            /** Hardware address of the new interface. */
            mac?: string;
        };
        /** Result of attachVMIP. */
        VMNetworkIPAttachResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Human-readable confirmation. */
            message?: string;
            /** The interface the address was attached to. */
            data?: components["schemas"]["VMNetworkIPAttachment"];
        };
        /** The group and the interface to put it on. */
        VMNetworkSecurityGroupAttachRequest: {
            /**
             * Format: uuid
             * Security group to attach.
             */
            security_group_id: string;
            /** Interface of the VM, from listVMNetworks. */
            nic_id: number;
        };
        /** A block storage volume. It lives in one project and region and is attached to at most one VM at a time. */
        Volume: {
            /** Volume identifier (an integer, unlike most Raff ids). */
            id: number;
            /**
             * Format: uuid
             * Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * Project the volume belongs to.
             */
            project_id?: string;
            /** VM the volume is attached to, or an empty string while it is detached. */
            product_vm?: string | "";
            /**
             * Display name.
             * @example data-volume
             */
            name: string;
            /**
             * Storage class; NVMe is the only one offered.
             * @enum {string}
             */
            volume_type: "nvme";
            /** Capacity in GB. It can grow (resizeVolume) but never shrink. */
            size: number;
            /**
             * Lifecycle. createVolume answers with `pending` (queued); the volume then passes through `creating` (being provisioned) and settles in `available` (ready, detached) or, when a `vm_id` was given, `attached`. attachVolume moves `available` → `attached`; detachVolume moves `attached` → `available`. deleteVolume moves a detached volume to `deleting` until it disappears. `failed`: provisioning or attaching went wrong; such a volume can only be deleted. `pending`, `creating` and `deleting` are transient: attach, detach and resize are refused (409) while the volume is in one of them.
             * @enum {string}
             */
            status: "pending" | "creating" | "available" | "attached" | "deleting" | "failed";
            /** Hourly price in USD, as a decimal string. */
            price_per_hour?: string;
            /**
             * Data-centre region; a volume attaches only to VMs in the same region.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Format: date-time
             * When the volume was requested.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When the volume last changed.
             */
            updated_at?: string;
        };
        /** A new volume, optionally attached to a VM straight away. */
        VolumeCreateRequest: {
            /** Display name. */
            name: string;
            /** Capacity in GB. */
            size: number;
            /**
             * Storage class.
             * @enum {string}
             */
            volume_type: "nvme";
            /**
             * Filesystem written on the volume for Linux guests (`ext4` when absent). Leave it out for Windows guests, which always get NTFS. It only takes effect when the guest mounts the volume through cloud-init or Raff’s contextualization script.
             * @enum {string}
             */
            filesystem_type?: "ext4" | "xfs" | "btrfs";
            /**
             * Format: uuid
             * Attach the new volume to this VM once it is ready. The VM must be in the same project and region.
             */
            vm_id?: string;
            /**
             * Region; the project’s default region when absent.
             * @enum {string}
             */
            region?: "us-east";
        };
        /** The new, larger capacity. */
        VolumeResizeRequest: {
            /** New capacity in GB; must exceed the current `size` (volumes never shrink). */
            new_size: number;
        };
        /** The VM to attach the volume to. */
        VolumeAttachRequest: {
            /**
             * Format: uuid
             * The VM; it must be in the same project and region as the volume.
             */
            vm_id: string;
        };
        /** What a resize cost. Sent only for volumes billed by prepaid subscription. */
        VolumeResizeBilling: {
            /**
             * Direction of the price change (a volume resize is always an `upgrade` or, when nothing is owed, `none`).
             * @enum {string}
             */
            type?: "upgrade" | "downgrade" | "none";
            /** USD charged for the rest of the current period (negative when credited). */
            pro_rata_amount?: number;
            /** USD taken from the account balance. */
            balance_applied?: number;
            /** Monthly price in USD after the resize. */
            new_monthly_price?: number;
            /** Hourly price in USD after the resize, as a decimal string. */
            new_price_per_hour?: string;
        };
        /** Outcome of a volume resize. */
        VolumeResizeResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Human-readable confirmation. */
            message?: string;
            /** The resized volume’s id, as a string. */
            id?: string;
            /** How the change is billed. */
            billing?: components["schemas"]["VolumeResizeBilling"];
        };
        /** A page of volumes. */
        VolumeList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["Volume"][];
            /** How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** One volume. */
        VolumeResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Volume"];
        };
        /** A new display name. */
        SnapshotRenameRequest: {
            /** New display name. */
            name: string;
        };
        /** A recurring backup of one VM, daily or weekly, with a retention count. `enabled` says whether it runs; `next_run_at`, the `last_run_*` fields and `consecutive_failures` show when it runs and how its runs went. */
        BackupSchedule: {
            /** Schedule identifier (an integer); use it in `/backup-schedules/{id}`. */
            id: number;
            /**
             * Format: uuid
             * Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * Project the schedule belongs to.
             */
            project_id?: string;
            /** User who created the schedule. */
            created_by?: string;
            /**
             * Data-centre region.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Format: uuid
             * VM the schedule backs up.
             */
            product_vm?: string;
            /** Display name. */
            name: string;
            /**
             * How often it runs: every day, or once a week on one day.
             * @enum {string}
             */
            type: "daily" | "weekly";
            /**
             * When it runs, in words built from the type, time and day (e.g. `Daily at 8am`, `Saturday 8am`).
             * @example Saturday 8am
             */
            runtime?: string;
            /** Retention: how many of this schedule’s backups are kept. After a run adds a backup, the oldest ones beyond this count are deleted automatically; lowering it prunes the surplus at the next run. Backups taken by hand are not counted. New values must be 2 to 100; a schedule made earlier may still show 1. */
            keep_count: number;
            /** Hourly price in USD of the backups the schedule currently keeps, as a decimal string. */
            price_per_hour?: string;
            /** Combined size of the backups the schedule currently keeps, as a string (Raff does not document the unit; backups themselves are measured in MB). */
            size?: string;
            /**
             * Format: date-time
             * When the schedule was created.
             */
            created_at?: string;
            /** Whether the schedule runs. A disabled schedule never runs. */
            enabled?: boolean;
            /**
             * Format: date-time
             * When the schedule runs next (UTC).
             */
            next_run_at?: string;
            /**
             * Format: date-time
             * When the schedule last ran; missing until its first run.
             */
            last_run_at?: string;
            /**
             * How the last run ended: a backup was made (`succeeded`), it failed, or the run was `skipped`. Missing until the first run.
             * @enum {string}
             */
            last_run_status?: "succeeded" | "failed" | "skipped";
            /** Failed runs in a row; back to 0 after a run succeeds. */
            consecutive_failures?: number;
        };
        /** A new schedule. `day_of_week` is required when `type` is `weekly` and ignored for `daily`. */
        BackupScheduleCreateRequest: {
            /**
             * Format: uuid
             * VM to back up; must be in the project named by `X-Project-ID`.
             */
            vm_id: string;
            /**
             * Every day, or once a week.
             * @enum {string}
             */
            type: "daily" | "weekly";
            /**
             * Time of day to run, e.g. `8am` or `13:00`.
             * @example 8am
             */
            time: string;
            /**
             * Day a weekly schedule runs on; required when `type` is `weekly` (400 without it).
             * @enum {string}
             */
            day_of_week?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
            /** How many of the schedule’s backups to keep, 2 to 100; older ones beyond this count are pruned after each run. */
            keep_count: number;
        };
        /** Schedule fields to change; fields left out keep their value. Switching to `weekly` needs a `day_of_week` unless the schedule already has one. */
        BackupScheduleUpdateRequest: {
            /**
             * Every day, or once a week.
             * @enum {string}
             */
            type?: "daily" | "weekly";
            /**
             * Time of day to run, e.g. `8am` or `13:00`.
             * @example 8am
             */
            time?: string;
            /**
             * Day a weekly schedule runs on.
             * @enum {string}
             */
            day_of_week?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
            /** How many of the schedule’s backups to keep, 2 to 100. */
            keep_count?: number;
        };
        /** A page of backup schedules. */
        BackupScheduleList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of results. */
            data: components["schemas"]["BackupSchedule"][];
            /** How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** One backup schedule. */
        BackupScheduleResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["BackupSchedule"];
        };
        /** Add exactly one principal with an account role: a new e-mail address (an invitation is sent and the member stays `pending` until accepted, as with createAccountInvitation), an existing Raff user (`target_user_id`, active at once), or an existing API key of the account (`api_key_id`, active at once). The three are mutually exclusive; `role_id` is always required. */
        AddMemberRequest: {
            /**
             * Format: email
             * Address to invite; it must not already belong to a member or a pending invitation.
             */
            email: string;
            /**
             * Format: uuid
             * Account-scope role to give.
             */
            role_id: string;
        } | {
            /**
             * Format: uuid
             * A user who already has a Raff login, e.g. someone who so far only holds project roles.
             */
            target_user_id: string;
            /**
             * Format: uuid
             * Account-scope role to give.
             */
            role_id: string;
        } | {
            /**
             * Format: uuid
             * An API key of this account that should hold the account role.
             */
            api_key_id: string;
            /**
             * Format: uuid
             * Account-scope role to give.
             */
            role_id: string;
        };
        /** An e-mailed offer to join the account or one project with a given role. It stays open until it is accepted (in the dashboard), cancelled, or it passes `expires_at`. While open, an account invitation shows in listMembers as a `pending` member. The acceptance token is never returned. */
        Invitation: {
            /**
             * Format: uuid
             * Invitation identifier.
             */
            id: string;
            /**
             * Whether it grants an account role or a role on one project.
             * @enum {string}
             */
            type: "account" | "project";
            /**
             * Format: uuid
             * The inviting account.
             */
            account_id?: string;
            /** Display name of the inviting account. */
            account_name?: string;
            /**
             * Format: uuid
             * The project; only for `project` invitations.
             */
            project_id?: string;
            /** Display name of the project; only for `project` invitations. */
            project_name?: string;
            /**
             * Format: email
             * Address the invitation was sent to.
             */
            email: string;
            /**
             * Format: uuid
             * Role the invitee gets on accepting.
             */
            role_id?: string;
            /** Display name of that role. */
            role_name?: string;
            /**
             * Format: uuid
             * User who sent it.
             */
            invited_by_id?: string;
            /**
             * Format: email
             * That user’s e-mail address.
             */
            invited_by_email?: string;
            /** That user’s display name. */
            invited_by_name?: string;
            /**
             * Format: date-time
             * When the link stops working (a few days after sending; 7 in these examples). Expired invitations are cleaned up; send a new one instead.
             */
            expires_at?: string;
            /**
             * Format: date-time
             * When it was sent.
             */
            created_at?: string;
        };
        /** Who to invite, and with which role. */
        InvitationCreateRequest: {
            /**
             * Format: email
             * Address to invite; it must not already belong to a member or an open invitation of the same scope.
             */
            email: string;
            /**
             * Format: uuid
             * Role given on acceptance: account-scoped for account invitations, project-scoped for project invitations.
             */
            role_id: string;
        };
        /** One invitation. */
        InvitationResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Invitation"];
        };
        /** Console access policy of a VM. */
        SetVMConsolePolicyRequest: {
            /** True to require a fresh two-factor confirmation before the console opens (and to keep API keys out of it); false to drop that requirement. */
            console_require_mfa: boolean;
        };
        /** One Apps compute size and its prices in USD. Every instance of a service runs at its tier. */
        AppTier: {
            /** Tier id: what createAppService takes as `tier_id`. */
            id: number;
            /** Tier name. */
            name: string;
            /** vCPUs per instance; fractions mean a share of one core. */
            vcpu: number;
            /** Memory per instance, MiB. */
            memory_mib: number;
            /** Scratch disk per instance, GiB. It is wiped whenever the instance restarts. */
            ephemeral_gib?: number;
            /** Pay-as-you-go price of one instance for one hour. */
            price_per_hour: number;
            /** Price of one instance for a month. */
            price_per_month: number;
            /** Price of one instance for a 12-month commitment. */
            yearly_price?: number;
            /** Region the tier is sold in. */
            region?: string;
        };
        /** Every Apps tier (not paged). */
        AppTierList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The tiers. */
            tiers: components["schemas"]["AppTier"][];
        };
        /** An app service: a public web service, a private service reachable only from the project’s other services, a long-running worker, a scheduled (cron) job or a one-off job. */
        AppService: {
            /**
             * Format: uuid
             * Service id (UUID).
             */
            id: string;
            /** Short id of the service. Any call that takes a service accepts it in place of the UUID. */
            service_id: string;
            /**
             * Format: uuid
             * Project the service belongs to.
             */
            project_id: string;
            /** Display name; no two services in one project share it. */
            name: string;
            /** Label used in the service’s hostname: the name with a short random suffix. */
            slug?: string;
            /** Free-text description. */
            description?: string;
            /**
             * `web`: public HTTPS endpoint. `private`: reachable only inside the project. `worker`: runs continuously with no endpoint. `cron`: runs on `cron_schedule`. `job`: runs when started with runAppJob.
             * @enum {string}
             */
            service_type: "web" | "private" | "worker" | "cron" | "job";
            /**
             * Where the code comes from: `git` (a connected GitHub repository), `image` (a prebuilt container image), `template` (a starter project) or `compose`.
             * @enum {string}
             */
            source_type?: "git" | "image" | "template" | "compose";
            /**
             * How the image is made: `buildpacks` (detected from the code), `dockerfile`, or `image` (no build).
             * @enum {string}
             */
            builder?: "buildpacks" | "dockerfile" | "image";
            /** GitHub repository as `owner/name` (`git` sources only). */
            repo_full_name?: string;
            /** Branch deployed from (`git` sources). */
            repo_branch?: string;
            /** Directory inside the repository that holds the app. */
            repo_root_dir?: string;
            /** Path of the Dockerfile, relative to `repo_root_dir`. */
            dockerfile_path?: string;
            /** Container image reference (`image` sources only). */
            image_ref?: string;
            /** Command that overrides the image’s own start command; empty keeps the image’s. */
            start_command?: string;
            /** Compute tier of each instance (see listAppTiers). */
            tier_id?: number;
            /** Name of that tier. */
            tier_name?: string;
            /** Instances to run when autoscaling is off. */
            replicas?: number;
            /** True when the instance count follows load between `min_replicas` and `max_replicas`. */
            autoscaling_enabled?: boolean;
            /** Fewest instances when autoscaling. */
            min_replicas?: number;
            /** Most instances when autoscaling. */
            max_replicas?: number;
            /** Load measure autoscaling follows (`concurrency` or `cpu`). */
            autoscaling_metric?: string;
            /** Target value of that measure per instance. */
            autoscaling_target?: number;
            /** True when every instance stops while the service is idle (`web` and `private` only). */
            scale_to_zero?: boolean;
            /** Port the app listens on inside its container. */
            http_port?: number;
            /** HTTP path probed to decide that an instance is healthy. */
            health_check_path?: string;
            /** Cron expression of the run schedule (`cron` services). */
            cron_schedule?: string;
            /** IANA time zone the schedule is read in (`cron` services). */
            cron_timezone?: string;
            /** Region the service runs in. */
            region?: string;
            /** Public HTTPS address, with a certificate managed by Raff (`web` services). */
            url?: string;
            /** Hostname other services of the project reach it at (`private` services). */
            internal_host?: string;
            /**
             * Lifecycle state. A new service goes `pending` → `building` → `deploying` → `live`. `paused`: stopped by pauseAppService or by the spend cap (see `paused_by_cap`). `suspended`: stopped by Raff. `error`: the service failed and will not recover by itself; `status_message` says why. `deleting` → `deleted` after deleteAppService.
             * @enum {string}
             */
            status: "pending" | "building" | "deploying" | "live" | "paused" | "suspended" | "error" | "deleting" | "deleted";
            /** Detail on the status, mostly set on `error`. */
            status_message?: string;
            /** True when the account’s spend cap paused this service. */
            paused_by_cap?: boolean;
            /**
             * `payg`: billed per instance-hour, and paused by a cap with `cap_action: pause`. `subscription`: prepaid.
             * @enum {string}
             */
            billing_type?: "payg" | "subscription";
            /**
             * Format: uuid
             * Deployment the running instances were built from.
             */
            current_deployment_id?: string;
            /**
             * Format: date-time
             * When the service was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * When the service last changed.
             */
            updated_at?: string;
        };
        /** One app service. */
        AppServiceResponse: {
            /** True when the call succeeded. */
            success: boolean;
            service: components["schemas"]["AppService"];
        };
        /** The matching app services (not paged). */
        AppServiceList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The services. */
            services: components["schemas"]["AppService"][];
        };
        /** The new service, and the deployment queued with it if any. */
        AppServiceCreated: {
            /** True when the call succeeded. */
            success: boolean;
            service: components["schemas"]["AppService"];
            /**
             * Format: uuid
             * Deployment queued together with the service (with `deploy_now`); absent otherwise.
             */
            deployment_id?: string;
        };
        /** Confirms that a removal was accepted; it completes in the background. */
        AppDeletionAccepted: {
            /** True when the call succeeded. */
            success: boolean;
            /** True when the removal was accepted. */
            accepted: boolean;
        };
        /** A new app service. `min_replicas` may not exceed `max_replicas`, and a service runs at most 6 instances. `http_port` is 1–65535; a `web` or `private` service that scales to zero may not use the reserved ports 8008, 8012, 8013, 8022, 9090 and 9091. Invalid values answer 400 with a sentence naming the field. */
        CreateAppServiceRequest: {
            /** Display name; another service of the same project may not have it. */
            name: string;
            /** Free-text description. */
            description?: string;
            /**
             * Kind of service (see AppService `service_type`).
             * @enum {string}
             */
            service_type: "web" | "private" | "worker" | "cron" | "job";
            /**
             * Where the code comes from (see AppService `source_type`).
             * @enum {string}
             */
            source_type?: "git" | "image" | "template" | "compose";
            /**
             * How the image is made (see AppService `builder`).
             * @enum {string}
             */
            builder?: "buildpacks" | "dockerfile" | "image";
            /** Container image to run, for `source_type: image`. */
            image_ref?: string;
            /** GitHub repository as `owner/name`, for `source_type: git`; the account must have connected it. */
            repo_full_name?: string;
            /** Branch to deploy from. */
            repo_branch?: string;
            /** Directory inside the repository that holds the app. */
            repo_root_dir?: string;
            /** Path of the Dockerfile, relative to `repo_root_dir`. */
            dockerfile_path?: string;
            /** Command that overrides the image’s own start command. */
            start_command?: string;
            /** Compute tier of each instance: an `id` from listAppTiers. */
            tier_id?: number;
            /** Instances to run when autoscaling is off, 1–6. */
            replicas?: number;
            /** Let the instance count follow load between `min_replicas` and `max_replicas`. */
            autoscaling_enabled?: boolean;
            /** Fewest instances when autoscaling; not more than `max_replicas`. */
            min_replicas?: number;
            /** Most instances when autoscaling, at most 6. */
            max_replicas?: number;
            /** Stop every instance while idle. Only `web` and `private` services can. */
            scale_to_zero?: boolean;
            /** Port the app listens on, 1–65535 (with `scale_to_zero`, not 8008, 8012, 8013, 8022, 9090 and 9091). */
            http_port?: number;
            /** HTTP path probed for health; must start with `/`. */
            health_check_path?: string;
            /** Cron expression of the run schedule, for `cron` services; Raff rejects an invalid one with 400. */
            cron_schedule?: string;
            /** IANA time zone the schedule is read in (for example `Europe/Berlin`); an unknown zone is a 400. */
            cron_timezone?: string;
            /** Region to run in. */
            region?: string;
            /** Queue a first deployment at once (prebuilt-image services); its id comes back as `deployment_id`. */
            deploy_now?: boolean;
        };
        /** New scaling settings; fields left out keep their value. The 6-instance limit applies only to values that go up, so a service above it can always come down. Scaling a pay-as-you-go service up while the spend cap has Apps paused answers 412. */
        ScaleAppServiceRequest: {
            /** Instances to run when autoscaling is off. */
            replicas?: number;
            /** Must be true for the autoscaling fields (`autoscaling_enabled`, `min_replicas`, `max_replicas`, `autoscaling_metric`, `autoscaling_target`) to be applied. */
            autoscaling_set?: boolean;
            /** Turn autoscaling on or off. */
            autoscaling_enabled?: boolean;
            /** Fewest instances when autoscaling; not more than `max_replicas` (400 otherwise). */
            min_replicas?: number;
            /** Most instances when autoscaling. */
            max_replicas?: number;
            /**
             * Load measure to follow.
             * @enum {string}
             */
            autoscaling_metric?: "concurrency" | "cpu";
            /** Target value of that measure per instance. */
            autoscaling_target?: number;
            /** Stop every instance while idle. Only `web` and `private` services can. */
            scale_to_zero?: boolean;
        };
        /** A one-time slot to upload source code to. */
        AppSourceUpload: {
            /** True when the call succeeded. */
            success: boolean;
            /** Presigned URL to PUT the gzipped tarball to. The upload goes straight to storage and takes no API key. */
            upload_url: string;
            /** Handle of the upload: pass it to createAppDeployment as `source_blob_key` once the upload is done. */
            blob_key: string;
            /** Seconds the URL stays valid. */
            expires_in_seconds: number;
        };
        /** One build-and-release of a service. */
        AppDeployment: {
            /**
             * Format: uuid
             * Deployment id.
             */
            id: string;
            /**
             * Format: uuid
             * UUID (`id`) of the service deployed.
             */
            service_id: string;
            /** Sequence number of the deployment within its service, from 1. */
            deployment_number: number;
            /**
             * What started it: the console, a git push, the CLI or API, a compose file, or a rollback.
             * @enum {string}
             */
            channel?: "console" | "git_push" | "cli" | "compose" | "rollback";
            /**
             * Build state: `queued` → `building` → `deploying` → `live`. `superseded`: a later deployment replaced it. `failed` (see `error`) and `canceled` are final.
             * @enum {string}
             */
            status: "queued" | "building" | "deploying" | "live" | "superseded" | "failed" | "canceled";
            /**
             * Format: uuid
             * Deployment whose image this one restores (rollbacks only).
             */
            rollback_of?: string;
            /** Digest of the image that was built or pulled. */
            image_digest?: string;
            /** Commit deployed (`git` sources). */
            commit_sha?: string;
            /** Message of that commit. */
            commit_message?: string;
            /** Why the deployment failed. */
            error?: string;
            /** Time the build took, milliseconds. */
            build_duration_ms?: number;
            /**
             * Format: date-time
             * When the build started.
             */
            started_at?: string;
            /**
             * Format: date-time
             * When it reached a final state.
             */
            finished_at?: string;
            /**
             * Format: date-time
             * When the deployment was requested.
             */
            created_at: string;
        };
        /** One deployment. */
        AppDeploymentResponse: {
            /** True when the call succeeded. */
            success: boolean;
            deployment: components["schemas"]["AppDeployment"];
        };
        /** Deployments of a service, newest first. */
        AppDeploymentList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The deployments. */
            deployments: components["schemas"]["AppDeployment"][];
        };
        /** What to deploy: `source_blob_key` from a finished source upload, or `image_ref`. With neither, a service connected to GitHub deploys the head of its branch. */
        CreateAppDeploymentRequest: {
            /**
             * Label recorded as the deployment’s `channel`.
             * @enum {string}
             */
            channel?: "console" | "git_push" | "cli" | "compose";
            /** `blob_key` from requestAppSourceUpload, after the tarball was uploaded. */
            source_blob_key?: string;
            /** Container image to deploy. */
            image_ref?: string;
        };
        /** The earlier deployment to go back to. */
        RollbackAppServiceRequest: {
            /**
             * Format: uuid
             * Deployment of this service whose image and settings to restore.
             */
            target_deployment_id: string;
        };
        /** One line of build output. */
        AppBuildLogLine: {
            /**
             * Format: date-time
             * When the line was written.
             */
            timestamp?: string;
            /** The text of the line. */
            message: string;
            /** Build step that wrote it. */
            component?: string;
            /** Output stream it came from (`stdout` or `stderr`). */
            stream?: string;
        };
        /** Build output of a deployment so far. */
        AppDeploymentLogs: {
            /** True when the call succeeded. */
            success: boolean;
            /** The lines, oldest first. */
            lines: components["schemas"]["AppBuildLogLine"][];
            /** True once the build has ended and no more lines will come. */
            complete: boolean;
        };
        /** One line a running instance wrote. */
        AppLogLine: {
            /**
             * Format: date-time
             * When the line was written.
             */
            timestamp: string;
            /** Log level detected in the line (for example `info`, `error`). */
            level?: string;
            /** The text of the line. */
            message: string;
            /** Output stream it came from (`stdout` or `stderr`). */
            stream?: string;
            /** Part of the service that wrote it. */
            component?: string;
        };
        /** Runtime log lines that match the filters. */
        AppLogList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The lines. */
            lines: components["schemas"]["AppLogLine"][];
        };
        /** One measure over time: `values[i]` was taken at `timestamps[i]`. */
        AppMetricSeries: {
            /** Name of the measure. */
            name: string;
            /** Measured values. */
            values: number[];
            /** When each value was measured. */
            timestamps: string[];
        };
        /** Measures of a service over the requested window. */
        AppMetrics: {
            /** True when the call succeeded. */
            success: boolean;
            /** One series per measure. */
            series: components["schemas"]["AppMetricSeries"][];
        };
        /** An environment variable of a service, as listed: the value of a secret is blank here. */
        AppEnvVar: {
            /** Variable name. */
            key: string;
            /** Value; blank for a secret (revealAppEnvVars returns it). */
            value?: string;
            /** True when the value is kept hidden in lists. */
            is_secret?: boolean;
            /** True when Raff manages the variable (for example one a binding adds); it cannot be changed. */
            is_system?: boolean;
            /**
             * `runtime`: given to the running instances. `build`: given to the image build only. `both`: given to each. Values a framework bakes in at build time (such as `NEXT_PUBLIC_*` or `VITE_*`) need `build` or `both`; build values can be read back from the image, so keep credentials `runtime`. Absent on variables older than scopes, which are `runtime`.
             * @default runtime
             * @enum {string}
             */
            scope?: "runtime" | "build" | "both";
        };
        /** An environment variable with its value in clear, secrets included. */
        AppEnvVarRevealed: {
            /** Variable name. */
            key: string;
            /** Value in clear. Treat it as a credential. */
            value: string;
            /** True when the value is hidden in ordinary lists. */
            is_secret?: boolean;
            /** True when Raff manages the variable; it cannot be changed. */
            is_system?: boolean;
            /**
             * Where the value is given (see AppEnvVar `scope`).
             * @default runtime
             * @enum {string}
             */
            scope?: "runtime" | "build" | "both";
        };
        /** Environment variables of a service, secret values blank. */
        AppEnvVarList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The variables. */
            env_vars: components["schemas"]["AppEnvVar"][];
        };
        /** Environment variables of a service with their values. */
        AppEnvVarRevealedList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The variables. */
            env_vars: components["schemas"]["AppEnvVarRevealed"][];
        };
        /** The service’s variables after the change, and the rollout it started if any. */
        AppEnvVarChange: {
            /** True when the call succeeded. */
            success: boolean;
            /** All variables of the service now, secret values blank. */
            env_vars: components["schemas"]["AppEnvVar"][];
            /**
             * Format: uuid
             * Deployment started to apply the change; absent when nothing was rolled out.
             */
            deployment_id?: string;
        };
        /** One variable to create or overwrite. */
        AppEnvVarInput: {
            /** Variable name. */
            key: string;
            /** Value to store. */
            value: string;
            /** Hide the value in lists; only revealAppEnvVars returns it. */
            is_secret?: boolean;
            /**
             * Where the value is given (see AppEnvVar `scope`). Changing a `build` or `both` variable rebuilds the image.
             * @default runtime
             * @enum {string}
             */
            scope?: "runtime" | "build" | "both";
        };
        /** One variable to create or overwrite, and whether to roll it out now. */
        SetAppEnvVarRequest: {
            /** Variable name. */
            key: string;
            /** Value to store. */
            value: string;
            /** Hide the value in lists; only revealAppEnvVars returns it. */
            is_secret?: boolean;
            /**
             * Where the value is given (see AppEnvVar `scope`). A change to a `build` or `both` variable means a new image build, not just a restart.
             * @default runtime
             * @enum {string}
             */
            scope?: "runtime" | "build" | "both";
            /**
             * Apply the change to the running service now (default). False leaves it for the next deployment.
             * @default true
             */
            redeploy?: boolean;
        };
        /** Several variables to create or overwrite in one change. */
        BulkSetAppEnvVarsRequest: {
            /** The variables; others of the service are left as they are. */
            vars: components["schemas"]["AppEnvVarInput"][];
            /**
             * Apply the change to the running service now (default). False leaves it for the next deployment.
             * @default true
             */
            redeploy?: boolean;
        };
        /** A domain of the caller’s that points at a web service. */
        AppCustomDomain: {
            /**
             * Format: uuid
             * Domain id.
             */
            id: string;
            /**
             * Format: uuid
             * UUID (`id`) of the service it points at.
             */
            service_id: string;
            /** The hostname. */
            domain: string;
            /**
             * Progress: `pending_dns` (records not seen yet) → `verifying` → `dns_verified` → `issuing_cert` → `active` (serving HTTPS). `error`: see `status_message`; fix the records and call retryAppDomainVerification.
             * @enum {string}
             */
            status: "pending_dns" | "verifying" | "dns_verified" | "issuing_cert" | "active" | "error";
            /** Detail on the status. */
            status_message?: string;
            /** Hostname the domain’s CNAME record must point to. */
            cname_target?: string;
            /** Name of the TXT record that proves ownership. */
            verification_txt_name?: string;
            /** Content of that TXT record. */
            verification_txt_value?: string;
            /**
             * Format: date-time
             * When the domain was added.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When DNS was last checked.
             */
            last_checked_at?: string;
        };
        /** One custom domain. */
        AppCustomDomainResponse: {
            /** True when the call succeeded. */
            success: boolean;
            domain: components["schemas"]["AppCustomDomain"];
        };
        /** Custom domains of a service. */
        AppCustomDomainList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The domains. */
            domains: components["schemas"]["AppCustomDomain"][];
        };
        /** The domain to add. */
        AddAppCustomDomainRequest: {
            /** Hostname, for example `shop.example.com`. */
            domain: string;
        };
        /** One run of a `cron` or `job` service. */
        AppJobRun: {
            /**
             * Format: uuid
             * Run id.
             */
            id: string;
            /**
             * Format: uuid
             * UUID (`id`) of the service that ran.
             */
            service_id: string;
            /**
             * Format: uuid
             * Deployment whose image the run used.
             */
            deployment_id?: string;
            /**
             * `schedule`: started by the cron schedule. `manual`: started by runAppJob.
             * @enum {string}
             */
            trigger: "schedule" | "manual";
            /** State of the run as Raff reports it; Raff’s reference does not list the values. */
            status: string;
            /** Exit code of the process, once it has ended. */
            exit_code?: number;
            /** Why the run failed. */
            error?: string;
            /**
             * Format: date-time
             * Time the schedule planned the run for (scheduled runs).
             */
            scheduled_for?: string;
            /**
             * Format: date-time
             * When the run started.
             */
            started_at?: string;
            /**
             * Format: date-time
             * When the run ended.
             */
            finished_at?: string;
        };
        /** One job run. */
        AppJobRunResponse: {
            /** True when the call succeeded. */
            success: boolean;
            run: components["schemas"]["AppJobRun"];
        };
        /** Runs of a service, newest first. */
        AppJobRunList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The runs. */
            runs: components["schemas"]["AppJobRun"][];
        };
        /** What one service used in the period. */
        AppServiceUsage: {
            /** The service (deleted services included). */
            service_id: string;
            /** Its name. */
            service_name?: string;
            /** Its compute tier. */
            tier_id?: number;
            /** Instance-hours used. */
            replica_hours: number;
            /** Estimated charge, USD. */
            estimated_cost_usd: number;
        };
        /** Apps usage and estimated charges for one calendar month. */
        AppUsage: {
            /** True when the call succeeded. */
            success: boolean;
            /** One entry per service that ran in the period. */
            services: components["schemas"]["AppServiceUsage"][];
            /** Sum of the estimated charges, USD. */
            total_estimated_cost_usd: number;
            /**
             * Format: date-time
             * Start of the period.
             */
            period_start: string;
            /**
             * Format: date-time
             * End of the period (now, for the current month).
             */
            period_end: string;
        };
        /** The account’s monthly cap on Apps spending. */
        AppSpendSettings: {
            /** True when the cap is on. */
            enabled: boolean;
            /** The cap, USD per calendar month (may be absent while the cap is off). */
            monthly_cap_usd?: number;
            /**
             * What happens at the cap. `notify_only`: an e-mail and a dashboard notice, nothing stops. `pause`: apps billed by the hour are stopped until the month ends or the cap is raised or switched off.
             * @enum {string}
             */
            cap_action: "notify_only" | "pause";
            /** True while the cap is holding the account’s apps paused. */
            paused_by_cap?: boolean;
        };
        /** The spend cap settings. */
        AppSpendSettingsResponse: {
            /** True when the call succeeded. */
            success: boolean;
            settings: components["schemas"]["AppSpendSettings"];
        };
        /** The settings to change, at least one; the others keep their value. `{ "enabled": false }` removes the cap. */
        UpdateAppSpendSettingsRequest: {
            /** True switches the cap on; false removes it. */
            enabled?: boolean;
            /** New cap, USD per month, from 1 to 1,000,000; stored to the cent. */
            monthly_cap_usd?: number;
            /**
             * What happens at the cap (see AppSpendSettings `cap_action`).
             * @enum {string}
             */
            cap_action?: "notify_only" | "pause";
        };
        /**
         * A database engine. createDatabase uses `postgres` when none is given; listDatabaseEngines tells which engines and versions are on offer right now.
         * @enum {string}
         */
        DatabaseEngine: "postgres" | "mysql" | "valkey" | "clickhouse" | "kafka";
        /** One engine of the catalog. */
        DatabaseEngineInfo: {
            engine: components["schemas"]["DatabaseEngine"];
            /** Name to show people, such as `PostgreSQL`. */
            display_name: string;
            /** Whether new databases of this engine can be created now. */
            available: boolean;
            /** Major versions a new database may run (`engine_version` of createDatabase). */
            versions: string[];
        };
        /** The engine catalog (not paged). */
        DatabaseEngineList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Every engine Raff runs. */
            engines: components["schemas"]["DatabaseEngineInfo"][];
        };
        /** A managed-database plan and its price (USD). Plans are per engine. */
        DatabasePricingPlan: {
            /** What createDatabase and scaleDatabase take as `plan_id`. */
            id: number;
            engine: components["schemas"]["DatabaseEngine"];
            /** Plan name to show people. */
            name: string;
            /** vCPU count. */
            vcpu: number;
            /** Memory, GiB. For a plan under 1 GiB see `memory_mib`. */
            memory_gib: number;
            /** Storage included in the price, GiB. */
            storage_gib: number;
            /** Hourly (pay-as-you-go) price. */
            price_per_hour: number;
            /** Price per month. */
            price_per_month: number;
            /**
             * Region the plan is sold in.
             * @enum {string}
             */
            region: "us-east";
            /** A free plan: one free database per account, fixed storage, no high availability or replicas, daily backups kept 3 days. A free database is suspended after 7 days without connections; resumeDatabase wakes it with its data. */
            is_free_tier?: boolean;
            /** Memory in MiB for plans smaller than 1 GiB (for example 512); `0` when `memory_gib` applies. */
            memory_mib?: number;
            /** Most client connections the engine accepts on this plan; `0` means the engine default. */
            max_connections?: number;
        };
        /** What high availability costs for one engine: the plan price times `1 + price_multiplier`. */
        DatabaseHAPricing: {
            engine: components["schemas"]["DatabaseEngine"];
            /** Share of the plan price added by high availability (0.5 adds half). */
            price_multiplier: number;
        };
        /** What a read replica costs for one engine. */
        DatabaseReplicaPricing: {
            engine: components["schemas"]["DatabaseEngine"];
            /** Factor applied to the base price of a replica. */
            price_multiplier: number;
            /** Price per replica per month, USD. */
            price_per_month: number;
        };
        /** What storage beyond a plan’s allotment costs for one engine, and the storage limits. */
        DatabaseStoragePricing: {
            engine: components["schemas"]["DatabaseEngine"];
            /** Price per extra GB per month, USD. */
            price_per_gb_month: number;
            /** Smallest storage a database of this engine can have, GB. */
            min_gb: number;
            /** Largest storage a database of this engine can have, GB. */
            max_gb: number;
        };
        /** Database plans with the prices of high availability, read replicas and extra storage (not paged). */
        DatabasePlanCatalog: {
            /** True when the call succeeded. */
            success: boolean;
            /** The plans. */
            plans: components["schemas"]["DatabasePricingPlan"][];
            /** High-availability price, one entry per engine. */
            ha_pricing: components["schemas"]["DatabaseHAPricing"][];
            /** Read-replica price, one entry per engine. */
            replica_pricing: components["schemas"]["DatabaseReplicaPricing"][];
            /** Extra-storage price and limits, one entry per engine. */
            storage_pricing: components["schemas"]["DatabaseStoragePricing"][];
        };
        /** A managed database. It is reached by hostname over TLS only: privately at `<database_id>.db.raffusercloud.com` from inside its VPC, and publicly at `<database_id>.public.db.raffusercloud.com` while public access is on. */
        Database: {
            /**
             * Format: uuid
             * Database UUID.
             */
            id: string;
            /** Short id: the first label of the database’s hostnames. Every call that takes a database accepts it as well as the UUID. */
            database_id: string;
            /**
             * Format: uuid
             * Project the database belongs to.
             */
            project_id: string;
            /** Display name, unique in the account; renaming does not change any hostname. */
            name: string;
            engine: components["schemas"]["DatabaseEngine"];
            /** Major version of the engine. */
            engine_version: string;
            /**
             * Lifecycle state. A new database goes `pending` → `deploying` → `running`. `warning`: running with a degraded part (see `status_message`). `resizing`: a scale is being applied. `restoring`: an in-place restore is running. `suspended`: a free database paused after 7 days without connections; resumeDatabase brings it back through `deploying`. `failed`: provisioning or a scale went wrong and the database will not recover by itself (see `status_message`). `deleting`, then `deleted`, after deleteDatabase.
             * @enum {string}
             */
            status: "pending" | "deploying" | "running" | "warning" | "resizing" | "restoring" | "suspended" | "failed" | "deleting" | "deleted";
            /** Why the status is `warning` or `failed`; empty otherwise. */
            status_message?: string;
            /**
             * Data-centre region.
             * @enum {string}
             */
            region: "us-east";
            /** Plan the database runs on (listDatabasePlans). */
            plan_id: number;
            /** Provisioned storage, GB. Beyond the plan’s allotment it is billed extra. */
            storage_gb: number;
            /** High availability: a standby takes over by itself when the primary fails. Adds to the price (see `ha_pricing`). */
            ha_enabled: boolean;
            /** Read replicas (PostgreSQL; always 0 for Valkey). */
            replica_count: number;
            /** VPC that holds the private endpoint; an empty string while the database is in no VPC (it then has no private endpoint). */
            vpc_id: string;
            /** Whether the public endpoint is on. */
            public_access: boolean;
            /** Hostname of the private endpoint, resolvable inside the VPC. */
            connection_host?: string;
            /** Port of the private endpoint: PostgreSQL 6432 pooled (PgBouncer, transaction mode) and 5432 direct, MySQL 3306, Valkey 6379. */
            connection_port?: number;
            /**
             * Pay as you go, or a prepaid subscription.
             * @enum {string}
             */
            billing_type: "payg" | "subscription";
            /** The subscription when `billing_type` is `subscription`; empty otherwise. */
            subscription_id: string;
            /** Current hourly price, USD. */
            price_per_hour?: number;
            /** Current monthly price, USD. */
            monthly_price?: number;
            /** Public port, from 25060–26060; `0` while public access is off. The port stays reserved while the endpoint is closed and comes back when it reopens; it is released on delete. PostgreSQL: the pooled endpoint is here and the direct one on `public_port + 1`; it is also reachable through `public_dns_hostname` on 6543 (pooled) and 5432 (direct), the usual PostgreSQL ports. */
            public_port: number;
            /** Hostname of the public endpoint; an empty string whenever the endpoint is closed. */
            public_dns_hostname: string;
            /** Source networks allowed on the public endpoint. Empty: every source is allowed. */
            public_allowlist?: string[];
            /** Whether this is a free-tier database (suspended after 7 idle days). */
            is_free?: boolean;
            /** When the free database was suspended for idleness, RFC 3339; empty while it is not suspended. */
            suspended_at: string;
            /**
             * Format: date-time
             * When the database was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * When the database last changed.
             */
            updated_at: string;
        };
        /** One managed database. */
        DatabaseResponse: {
            /** True when the call succeeded. */
            success: boolean;
            database: components["schemas"]["Database"];
        };
        /** Managed databases (not paged). */
        DatabaseList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The databases. */
            databases: components["schemas"]["Database"][];
        };
        /** A managed database to create. */
        DatabaseCreateRequest: {
            /** Display name, unique in the account. */
            name: string;
            engine?: components["schemas"]["DatabaseEngine"];
            /** Major version, one of the engine’s `versions` in listDatabaseEngines. Left out: the newest. */
            engine_version?: string;
            /** Plan, an `id` from listDatabasePlans of the same engine. */
            plan_id: number;
            /** Storage, GB. Left out: the plan’s included storage; more than that is billed extra. */
            storage_gb?: number;
            /**
             * Add a standby that takes over on failure (costs extra; not on free plans).
             * @default false
             */
            ha_enabled?: boolean;
            /**
             * Read replicas (PostgreSQL; Valkey refuses more than 0).
             * @default 0
             */
            replica_count?: number;
            /**
             * Data-centre region.
             * @default us-east
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Format: uuid
             * VPC of the project to put the private endpoint in. Left out: no private endpoint until connectDatabaseVPC.
             */
            vpc_id?: string;
            /**
             * Open the public endpoint from the start (to every source).
             * @default false
             */
            public_access?: boolean;
            /** Engine settings to override, by name (only the settings Raff allows); see listDatabaseParameters for what is in effect. */
            engine_config?: {
                [key: string]: string;
            };
        };
        /** A new name for a database. */
        DatabaseUpdateRequest: {
            /** New display name, unique in the account. */
            name: string;
        };
        /** What to change on a running database; anything left out stays as it is, except `replica_count`. */
        DatabaseScaleRequest: {
            /** New plan of the same engine; `0` or left out keeps the plan. */
            plan_id?: number;
            /** New storage, GB. Grows only, and never below the new plan’s allotment; `0` or left out keeps it. */
            storage_gb?: number;
            /**
             * Apply `has_ha`. False or left out: high availability is not touched.
             * @default false
             */
            set_ha?: boolean;
            /** High availability wanted; read only when `set_ha` is true. */
            has_ha?: boolean;
            /** Read replicas wanted. Always applied: send the current count to keep it. PostgreSQL only. */
            replica_count?: number;
        };
        /** Where to restore and from what. Exactly one of `clone_to_new` and `in_place` must be true; with neither `backup_id` nor `pitr_timestamp`, the latest state is restored. */
        DatabaseRestoreRequest: {
            /** Restore into a new database, leaving this one as it is. */
            clone_to_new?: boolean;
            /** Overwrite this database with the restored state. Changes made later than the restore point are gone (Raff keeps a safety backup first). */
            in_place?: boolean;
            /**
             * Format: uuid
             * Restore this backup; it must be `restorable` in listDatabaseBackups.
             */
            backup_id?: string;
            /**
             * Format: date-time
             * Restore the state at this instant (PostgreSQL only): from the backups’ `restore_window_start` up to now.
             */
            pitr_timestamp?: string;
            /** Name of the new database. Left out: the source’s name with `-restored`; a taken name gets `-2`, `-3`, … appended. */
            new_name?: string;
            /**
             * Give the new database a standby (costs extra). The source’s setting is not carried over.
             * @default false
             */
            ha_enabled?: boolean;
        };
        /** The restore was started. */
        DatabaseRestoreResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Short id of the database being created by a `clone_to_new` restore; an empty string for an in-place restore. */
            new_database_id: string;
        };
        /** How to connect. TLS is required on every endpoint. */
        DatabaseConnection: {
            /** Private endpoint hostname, reachable inside the VPC; empty while the database is in no VPC. */
            host: string;
            /** Private endpoint port (PostgreSQL: 6432, pooled). */
            port: number;
            /** The admin user. */
            username: string;
            /** The admin user’s password; an empty string unless `reveal=true` was asked. */
            password: string;
            /** Database to connect to by default. */
            database_name: string;
            /** Connection URI for the private endpoint. It carries the password only when revealed. */
            connection_uri: string;
            /** PEM certificate of the CA that signed the database’s certificate. A Kafka client has to trust it, and a PostgreSQL client needs it for `sslmode=verify-full`. Public, not a secret. */
            ca_cert?: string;
            /** Public endpoint hostname; an empty string whenever the endpoint is closed. */
            public_host: string;
            /** Public port. PostgreSQL: 5432 (direct; the pooled endpoint is on 6543), chosen by the TLS server name; ClickHouse: its native TLS port; other engines: the database’s `public_port`. */
            public_port: number;
            /** Connection URI for the public endpoint, with the password only when revealed; an empty string whenever the endpoint is closed. */
            public_connection_uri: string;
        };
        /** Connection details, next to the success flag. */
        DatabaseConnectionResponse: {
            /** True when the call succeeded. */
            success: boolean;
        } & components["schemas"]["DatabaseConnection"];
        /** The VPC to join. */
        DatabaseVPCConnectRequest: {
            /**
             * Format: uuid
             * VPC of the database’s project that will hold the private endpoint.
             */
            vpc_id: string;
        };
        /** Public endpoint state and its source allowlist. */
        DatabasePublicAccessRequest: {
            /** True opens the public endpoint, false closes it. */
            enabled: boolean;
            /** Source networks allowed to connect. Left out: the stored list is kept. A list replaces it. An empty list `[]` lifts the restriction: every source address may connect. */
            allowlist?: string[];
        };
        /** The latest usage sample, taken about every 60 seconds. A `0` means not measured yet. */
        DatabaseMetrics: {
            /** CPU in use, millicores (1000 = one vCPU). */
            cpu_used_millicores: number;
            /** CPU available, millicores. */
            cpu_capacity_millicores: number;
            /** Memory in use, bytes. */
            mem_used_bytes: number;
            /** Memory available, bytes. */
            mem_capacity_bytes: number;
            /** Storage in use, bytes. */
            storage_used_bytes: number;
            /** Storage available, bytes. */
            storage_capacity_bytes: number;
            /** Open client connections. */
            connections_active: number;
            /** Most client connections allowed. */
            connections_max: number;
            /** How far the standby or replicas trail, bytes; 0 without any. */
            replication_lag_bytes: number;
            /** WAL not yet archived, bytes (PostgreSQL). */
            archive_lag_bytes: number;
            /** When the sample was taken, RFC 3339; empty before the first one. */
            metrics_updated_at: string;
        };
        /** The latest usage sample, next to the success flag. */
        DatabaseMetricsResponse: {
            /** True when the call succeeded. */
            success: boolean;
        } & components["schemas"]["DatabaseMetrics"];
        /** Usage over one bucket of the history. */
        DatabaseMetricsPoint: {
            /**
             * Format: date-time
             * Start of the bucket.
             */
            recorded_at: string;
            /** CPU in use, millicores. */
            cpu_used_millicores: number;
            /** CPU available, millicores. */
            cpu_capacity_millicores: number;
            /** Memory in use, bytes. */
            mem_used_bytes: number;
            /** Memory available, bytes. */
            mem_capacity_bytes: number;
            /** Storage in use, bytes. */
            storage_used_bytes: number;
            /** Storage available, bytes. */
            storage_capacity_bytes: number;
            /** Open client connections. */
            connections_active: number;
            /** Most client connections allowed. */
            connections_max: number;
            /** Standby or replica lag, bytes. */
            replication_lag_bytes: number;
            /** WAL not yet archived, bytes (PostgreSQL). */
            archive_lag_bytes: number;
        };
        /** Usage over a window, oldest point first. */
        DatabaseMetricsHistory: {
            /** True when the call succeeded. */
            success: boolean;
            /** One point per bucket, oldest first. */
            points: components["schemas"]["DatabaseMetricsPoint"][];
            /** Length of each bucket, seconds. */
            bucket_seconds: number;
        };
        /** One user’s traffic over one bucket. */
        DatabaseClientTrafficPoint: {
            /**
             * Format: date-time
             * Start of the bucket.
             */
            recorded_at: string;
            /** Operations; `-1` when the engine does not count them per user. */
            ops: number;
            /** Errors; `-1` when the engine does not count them per user. */
            errors: number;
            /** Warnings; `-1` when the engine does not count them per user. */
            warnings: number;
        };
        /** Traffic of one database user over the window. A count of `-1` says the engine keeps no per-user figure for it. */
        DatabaseClientTraffic: {
            /** The database user. */
            user: string;
            /** Operations over the whole window. */
            total_ops: number;
            /** Errors over the whole window. */
            total_errors: number;
            /** Warnings over the whole window. */
            total_warnings: number;
            /** One point per bucket, oldest first. */
            points: components["schemas"]["DatabaseClientTrafficPoint"][];
        };
        /** Traffic per database user over a window. */
        DatabaseClientTrafficList: {
            /** True when the call succeeded. */
            success: boolean;
            /** One entry per user. */
            clients: components["schemas"]["DatabaseClientTraffic"][];
            /** Length of each bucket, seconds. */
            bucket_seconds: number;
        };
        /** One slow-query entry: a normalized statement with its totals (PostgreSQL), or one slow command (Valkey). */
        DatabaseSlowQuery: {
            /** The normalized statement (PostgreSQL) or the command (Valkey). */
            query: string;
            /** Runs counted in this entry; always 1 on Valkey. */
            calls: number;
            /** Mean run time, milliseconds. */
            mean_ms: number;
            /** Total run time, milliseconds. */
            total_ms: number;
            /** Rows returned or changed in total (PostgreSQL; does not apply on Valkey). */
            rows?: number;
        };
        /** The slowest recent queries. */
        DatabaseSlowQueryList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Entries, slowest first. */
            queries: components["schemas"]["DatabaseSlowQuery"][];
            /** Whether statistics are being gathered yet; while false the list may be empty. */
            collecting: boolean;
        };
        /** Recent engine log lines. */
        DatabaseLogLines: {
            /** True when the call succeeded. */
            success: boolean;
            /** Log lines, the newest last. */
            lines: string[];
        };
        /** A PostgreSQL extension the database may install. */
        DatabaseExtension: {
            /** What setDatabaseExtension takes as `name`. */
            name: string;
            /** Name to show people. */
            display_name: string;
            /** What the extension does. */
            description: string;
            /** Whether it is installed now. */
            installed: boolean;
            /** Installed version; empty when not installed. */
            version: string;
        };
        /** The extensions the database may install. */
        DatabaseExtensionList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The extensions; empty for engines without any. */
            extensions: components["schemas"]["DatabaseExtension"][];
        };
        /** One extension to install or remove. */
        DatabaseExtensionSetRequest: {
            /** Extension name, from listDatabaseExtensions. */
            name: string;
            /** True installs the extension, false removes it. */
            enabled: boolean;
        };
        /** One backup of a managed database. */
        DatabaseBackup: {
            /**
             * Format: uuid
             * Backup UUID; restoreDatabase takes it as `backup_id`.
             */
            id: string;
            /**
             * Format: uuid
             * UUID of the database the backup belongs to.
             */
            database_id: string;
            /**
             * `base`: the nightly automatic backup. `on_demand`: asked for with createDatabaseBackup.
             * @enum {string}
             */
            backup_type: "base" | "on_demand";
            /**
             * `running` while it is taken, then `completed` or `failed`.
             * @enum {string}
             */
            status: "running" | "completed" | "failed";
            /** Size, bytes; `0` while running. */
            size_bytes: number;
            /** Where the backup is stored in object storage. */
            s3_path?: string;
            /** The instant the backup is consistent with, RFC 3339; empty while running. */
            backup_timestamp: string;
            /**
             * Format: date-time
             * When the backup started.
             */
            created_at: string;
            /** When it finished, RFC 3339; empty while running. */
            completed_at: string;
            /** When retention will remove it, RFC 3339; empty when it has no expiry. */
            expires_at: string;
            /** Whether restoreDatabase accepts it as `backup_id`. Backups taken before the last in-place restore stay listed but are not restorable. */
            restorable: boolean;
            /** Earliest instant a PostgreSQL point-in-time restore can reach, RFC 3339, the same on every entry; empty when unknown. */
            restore_window_start: string;
        };
        /** Backups of one database (not paged). */
        DatabaseBackupList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The backups. */
            backups: components["schemas"]["DatabaseBackup"][];
        };
        /** One database backup. */
        DatabaseBackupResponse: {
            /** True when the call succeeded. */
            success: boolean;
            backup: components["schemas"]["DatabaseBackup"];
        };
        /** A user inside the database engine. */
        DatabaseUser: {
            /** User name. */
            name: string;
            /** What the user may do, in the engine’s terms (for users you add: `readonly` or `readwrite`). */
            role: string;
            /** The database, schema or keyspace the access covers. */
            scope?: string;
            /**
             * `admin`: made with the database. `scoped`: added with createDatabaseUser. `binding`: maintained by Raff for an app service or function. `system`: the engine’s own, not changeable.
             * @enum {string}
             */
            kind: "admin" | "scoped" | "binding" | "system";
        };
        /** Users of one database. */
        DatabaseUserList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The users. */
            users: components["schemas"]["DatabaseUser"][];
        };
        /** A user to add. */
        DatabaseUserCreateRequest: {
            /** 3 to 31 characters from `a`–`z`, `0`–`9` and `_`, the first one a letter. The prefixes `app_` and `fnb_` are reserved for Raff’s apps and functions. */
            name: string;
            /**
             * `readonly` may only read; `readwrite` may also change data.
             * @enum {string}
             */
            role: "readonly" | "readwrite";
        };
        /** The new user and its password. */
        DatabaseUserCreated: {
            /** True when the call succeeded. */
            success: boolean;
            user: components["schemas"]["DatabaseUser"];
            /** The user’s password. getDatabaseUserCredential returns it again later. */
            password: string;
        };
        /** A user’s new password. */
        DatabaseUserPassword: {
            /** True when the call succeeded. */
            success: boolean;
            /** The new password; the old one stops working for new connections. */
            password: string;
        };
        /** A user’s current credentials. */
        DatabaseUserCredential: {
            /** True when the call succeeded. */
            success: boolean;
            /** User name. */
            username: string;
            /** Current password. */
            password: string;
        };
        /** One engine setting in effect. */
        DatabaseParameter: {
            /** Setting name, such as `max_connections`. */
            name: string;
            /** Value in effect, as text. */
            value: string;
            /** The engine’s default, as text. */
            default_value?: string;
            /**
             * Origin of the value: `plan` (follows from the plan’s size), `override` (set through `engine_config`) or `engine` (the engine’s default).
             * @enum {string}
             */
            source: "plan" | "override" | "engine";
            /** Unit of the value, such as `kB` or `ms`; empty when it has none. */
            unit?: string;
        };
        /** Engine settings in effect. */
        DatabaseParameterList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The settings. */
            parameters: components["schemas"]["DatabaseParameter"][];
        };
        /** An app or function bound to the database. */
        DatabaseConsumer: {
            /**
             * Whether it is an app service or a function.
             * @enum {string}
             */
            kind: "app" | "function";
            /** Id of the app service or function. */
            id: string;
            /** Its name. */
            name: string;
            /** For an app, the kind of service (such as `web` or `worker`). */
            service_type?: string;
            /** Status of the app service or function. */
            status?: string;
            /** State of the binding between it and the database. */
            binding_status?: string;
        };
        /** Apps and functions using the database. */
        DatabaseConsumerList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The bound apps and functions. */
            consumers: components["schemas"]["DatabaseConsumer"][];
        };
        /** One row, its values as text. */
        DatabaseRow: {
            /** Values in column order. */
            cells: string[];
            /** Same length as `cells`: true where the value is NULL (its cell is then empty). */
            nulls: boolean[];
        };
        /** One statement to run. */
        DatabaseQueryRequest: {
            /** A single SQL statement, or a single Valkey command. */
            statement: string;
            /**
             * Refuse anything that writes. Set false to change data or schema.
             * @default true
             */
            read_only?: boolean;
            /**
             * Most rows to return.
             * @default 1000
             */
            max_rows?: number;
        };
        /** What a statement returned. */
        DatabaseQueryResult: {
            /** Column names, in order. */
            columns: string[];
            /** Rows returned. */
            rows: components["schemas"]["DatabaseRow"][];
            /** Rows a write changed. */
            rows_affected?: number;
            /** The engine’s command tag, such as `SELECT 3` or `UPDATE 12`. */
            command?: string;
            /** Notices the engine sent while running the statement. */
            notices?: string[];
            /** Whether more rows existed than `max_rows`. */
            truncated: boolean;
            /** Run time, milliseconds. */
            duration_ms?: number;
        };
        /** A statement’s result, next to the success flag. */
        DatabaseQueryResponse: {
            /** True when the call succeeded. */
            success: boolean;
        } & components["schemas"]["DatabaseQueryResult"];
        /** Which level of the database to read. */
        DatabaseBrowseRequest: {
            /** Where to look. SQL engines: `[]` (schemas), `[schema]` (its tables), `[schema, table]` (rows). Valkey: `[]` (keys) or `[key]` (one value). */
            path?: string[];
            /** `next_cursor` of the previous page. */
            cursor?: string;
            /** Valkey only: a glob the keys must match, such as `session:*`. */
            match?: string;
            /** Items or rows per page. */
            limit?: number;
        };
        /** One entry of a level. */
        DatabaseBrowseNode: {
            /** Schema, table or key name. */
            name: string;
            /** `schema`, `table`, `view`, `matview`, or the Valkey type of a key. */
            kind: string;
            /** A short hint, such as an estimated row count. */
            detail?: string;
        };
        /** One level of the database: a list of entries (`kind: nodes`) or a page of rows (`kind: rows`). */
        DatabaseBrowseResult: {
            /**
             * `nodes`: read `nodes`. `rows`: read `columns` and `rows`.
             * @enum {string}
             */
            kind: "nodes" | "rows";
            /** The entries, for `kind: nodes`. */
            nodes?: components["schemas"]["DatabaseBrowseNode"][];
            /** Column names, for `kind: rows`. */
            columns?: string[];
            /** A page of rows, for `kind: rows`. */
            rows?: components["schemas"]["DatabaseRow"][];
            /** Send it back as `cursor` to read the following page; an empty string on the last one. */
            next_cursor?: string;
            /** Valkey: the key’s type and time to live. */
            meta?: {
                [key: string]: string;
            };
        };
        /** One level of the database, next to the success flag. */
        DatabaseBrowseResponse: {
            /** True when the call succeeded. */
            success: boolean;
        } & components["schemas"]["DatabaseBrowseResult"];
        /** A statement saved under a name. */
        DatabaseSavedQuery: {
            /** Name it is saved under. */
            name: string;
            /** The statement. */
            statement: string;
            /** Who saved it. */
            created_by?: string;
            /**
             * Format: date-time
             * When it was last saved.
             */
            updated_at: string;
        };
        /** Queries saved for one database. */
        DatabaseSavedQueryList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The saved queries. */
            queries: components["schemas"]["DatabaseSavedQuery"][];
        };
        /** A statement to save. */
        DatabaseSavedQuerySaveRequest: {
            /** Name to save it under; an existing query with this name is replaced. Letters, digits, `_`, `.` and `-`, so that deleteDatabaseSavedQuery can address it. */
            name: string;
            /** The statement to keep. */
            statement: string;
        };
        /** One saved query. */
        DatabaseSavedQueryResponse: {
            /** True when the call succeeded. */
            success: boolean;
            query: components["schemas"]["DatabaseSavedQuery"];
        };
        /** A serverless function: an ordinary HTTP handler (ASGI, Web Fetch, Go net/http, or any container that listens on `$PORT`) that Raff builds, runs and scales, serving at its own HTTPS URL. */
        Function: {
            /**
             * Format: uuid
             * Function identifier (UUID).
             */
            id: string;
            /**
             * Short id, `fn-` and eight characters; accepted wherever a function is named in the path.
             * @example fn-k3v9q2xz
             */
            function_id: string;
            /**
             * Format: uuid
             * Project the function belongs to.
             */
            project_id: string;
            /** Display name; no two functions of one account share a name. */
            name: string;
            /**
             * Label in the function’s URL: the name (or the requested slug) plus a random suffix, so it never clashes with another account’s.
             * @example thumbnailer-q7z7zg
             */
            slug: string;
            /** Free-text description. */
            description?: string;
            /**
             * Language runtime the source is built with; `docker` builds the `Dockerfile` at the source root.
             * @enum {string}
             */
            runtime: "python" | "node" | "go" | "docker";
            /**
             * Handler convention the runtime expects: `asgi` (Python), `fetch` (Node), `net_http` (Go) or `container`.
             * @example asgi
             */
            handler_kind?: string;
            /**
             * Data-centre region.
             * @enum {string}
             */
            region?: "us-east";
            /** Memory per instance, MB: 128, 256, 512, 1024, 2048 or 4096. */
            memory_mb?: number;
            /** Longest a single request may run, seconds: at most 3600, or 86400 when `extended_timeout` is on. */
            timeout_seconds?: number;
            /** Whether timeouts above 3600 seconds (up to 24 hours) are allowed. */
            extended_timeout?: boolean;
            /** Instances kept running when idle. 0 scales to zero (an idle function costs nothing); each warm instance bills at a fraction of the memory rate (see getFunctionsPricing). */
            min_scale?: number;
            /** Most instances that may run at once. */
            max_scale?: number;
            /**
             * Where the source comes from: uploads from the console or CLI, or a connected GitHub repository.
             * @enum {string}
             */
            source_type?: "console" | "cli" | "github";
            /** GitHub repository (`owner/name`), for `github` sources only. */
            repo_full_name?: string;
            /** Branch that `github` sources deploy from. */
            repo_branch?: string;
            /** Directory inside the repository that holds the function, for `github` sources. */
            repo_root_dir?: string;
            /**
             * Public HTTPS address, `https://{slug}.fn.onraff.com`; TLS is managed by Raff.
             * @example https://thumbnailer-q7z7zg.fn.onraff.com
             */
            url: string;
            /**
             * Lifecycle. A new function is `pending` until its first deployment; a deployment or resume moves it to `building`, then `live` (serving). `paused`: stopped by pauseFunction or by the monthly spend cap. `error`: the last rollout failed and the function does not get better by itself (deploy again). `deleting`: deleteFunction is under way; the function then disappears (404).
             * @enum {string}
             */
            status: "pending" | "building" | "live" | "paused" | "error" | "deleting";
            /** Why the function is in its status, mainly for `error` and `paused`. */
            status_message?: string;
            /** Number of the revision now serving; 0 before the first successful deployment. */
            current_revision_number?: number;
            /**
             * Format: date-time
             * When the function was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * When the function last changed.
             */
            updated_at: string;
        };
        /** A new function. It starts `pending`, without code: deploy source afterwards (createFunctionDeployment). Timeouts above 3600 seconds need `extended_timeout: true`. */
        CreateFunctionRequest: {
            /** Display name; no two functions of one account may share it (409). */
            name: string;
            /** Preferred start of the URL label; Raff always appends a random suffix. Defaults to one made from the name. */
            slug?: string;
            /** Free-text description. */
            description?: string;
            /**
             * Language runtime; `docker` builds the `Dockerfile` at the source root.
             * @enum {string}
             */
            runtime: "python" | "node" | "go" | "docker";
            /**
             * Data-centre region.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Memory per instance, MB.
             * @default 256
             * @enum {integer}
             */
            memory_mb?: 128 | 256 | 512 | 1024 | 2048 | 4096;
            /**
             * Longest a single request may run, seconds: up to 3600, or up to 86400 with `extended_timeout`.
             * @default 300
             */
            timeout_seconds?: number;
            /** Allow `timeout_seconds` above 3600, up to 86400 (24 hours). Long runs bill memory for as long as they run. */
            extended_timeout?: boolean;
            /**
             * Instances kept warm when idle; 0 scales to zero.
             * @default 0
             */
            min_scale?: number;
            /**
             * Most instances that may run at once.
             * @default 20
             */
            max_scale?: number;
            /**
             * Where the source will come from.
             * @enum {string}
             */
            source_type?: "console" | "cli" | "github";
        };
        /** Settings to change; fields left out keep their value. A `live` function picks the change up in a fresh revision, with no downtime. */
        UpdateFunctionRequest: {
            /** Free-text description. */
            description?: string;
            /**
             * Memory per instance, MB.
             * @enum {integer}
             */
            memory_mb?: 128 | 256 | 512 | 1024 | 2048 | 4096;
            /** Longest a single request may run, seconds: up to 3600, or up to 86400 with `extended_timeout`. */
            timeout_seconds?: number;
            /** Allow `timeout_seconds` above 3600, up to 86400. */
            extended_timeout?: boolean;
            /** Instances kept warm when idle; 0 scales to zero. */
            min_scale?: number;
            /** Most instances that may run at once. */
            max_scale?: number;
        };
        /** One build and rollout of new source. A successful one creates a revision. */
        FunctionDeployment: {
            /**
             * Format: uuid
             * Deployment identifier.
             */
            id: string;
            /**
             * Format: uuid
             * Revision the deployment produced; set once it is `ready`.
             */
            revision_id?: string;
            /**
             * What started the deployment.
             * @enum {string}
             */
            channel?: "console" | "cli" | "github";
            /**
             * Build status: `queued` → `building` (the image is built) → `deploying` (the revision rolls out) → `ready`. `failed` is final: read `error` and the build logs, then deploy again.
             * @enum {string}
             */
            status: "queued" | "building" | "deploying" | "ready" | "failed";
            /** Git commit that was built, for GitHub deployments. */
            commit_sha?: string;
            /** What went wrong, for a `failed` deployment. */
            error?: string;
            /** How long the build took, milliseconds. */
            build_duration_ms?: number;
            /**
             * Format: date-time
             * When the build started.
             */
            started_at?: string;
            /**
             * Format: date-time
             * When the deployment reached `ready` or `failed`.
             */
            finished_at?: string;
            /**
             * Format: date-time
             * When the deployment was requested.
             */
            created_at: string;
        };
        /** Where the new code comes from: exactly one of `source_blob_key`, `template` and `files`. A function connected to GitHub deploys the head of its branch when none is given. The language is detected by buildpacks unless the source has a `Dockerfile` at its root; the server must listen on `$PORT`. */
        CreateFunctionDeploymentRequest: {
            /**
             * Label for what started the deployment.
             * @enum {string}
             */
            channel?: "console" | "cli";
            /** Key returned by requestFunctionSourceUpload, after the zip has been uploaded to its URL. */
            source_blob_key?: string;
            /**
             * Deploy one of Raff’s starter templates instead of your own source.
             * @enum {string}
             */
            template?: "python" | "typescript" | "node" | "go";
            /** Source files sent inline, for small changes. */
            files?: components["schemas"]["FunctionSourceFile"][];
            /** Note recorded on the revision, like a commit message. */
            message?: string;
        };
        /** An immutable, deployed version of the function. Keeping revisions is free; rollbackFunction returns to any of them. */
        FunctionRevision: {
            /**
             * Format: uuid
             * Revision identifier; what rollbackFunction and getFunctionSource take.
             */
            id: string;
            /** Sequence number within the function, from 1. */
            revision_number: number;
            /** Git commit the revision was built from, for GitHub sources. */
            commit_sha?: string;
            /** Note given with the deployment. */
            message?: string;
            /**
             * `active`: serving now. `superseded`: replaced by a newer revision. `failed`: never served.
             * @enum {string}
             */
            status: "active" | "superseded" | "failed";
            /** Whether this is the revision now serving. */
            is_current?: boolean;
            /**
             * Format: date-time
             * When the revision was created.
             */
            created_at: string;
        };
        /** A one-time upload slot. PUT the zip (at most 100 MB, `Content-Type: application/zip`, no API key) to `upload_url` before it expires, then deploy it by passing `source_blob_key` to createFunctionDeployment. */
        FunctionSourceUpload: {
            /** Presigned URL to PUT the zip to. Anyone holding it can upload until it expires. */
            upload_url: string;
            /** Key that names the uploaded zip in createFunctionDeployment. */
            source_blob_key: string;
            /** Seconds until `upload_url` stops working. */
            expires_in_seconds: number;
        };
        /** One source file, sent or returned inline. */
        FunctionSourceFile: {
            /** Path of the file inside the source, e.g. `main.py` or `src/index.ts`. */
            name: string;
            /** Content of the file, as text. */
            content: string;
        };
        /** One line of a deployment’s build log. */
        FunctionBuildLogLine: {
            /** When the line was written, as Raff formats it. */
            timestamp?: string;
            /** Build step the line belongs to. */
            step?: string;
            /** The log text. */
            message: string;
        };
        /** One line the running function wrote to stdout or stderr. */
        FunctionLogLine: {
            /**
             * Format: date-time
             * When the line was written.
             */
            timestamp: string;
            /**
             * Severity Raff detected for the line.
             * @enum {string}
             */
            level?: "info" | "warn" | "error" | "debug";
            /** The log text. */
            message: string;
            /**
             * Output stream the line came from.
             * @enum {string}
             */
            stream?: "stdout" | "stderr";
        };
        /** One value of a metric series. */
        FunctionMetricPoint: {
            /**
             * Format: date-time
             * Start of the interval the value covers.
             */
            timestamp: string;
            /** Value for the interval, in the series’ unit. */
            value?: number;
        };
        /** One metric over the requested window. */
        FunctionMetricSeries: {
            /**
             * Which metric: request count, median or 95th-percentile latency in milliseconds, or error count.
             * @enum {string}
             */
            name: "invocations" | "p50_ms" | "p95_ms" | "errors";
            /** Values in time order. */
            points: components["schemas"]["FunctionMetricPoint"][];
        };
        /** Traffic, latency and errors of one function over a window. Metrics cost nothing. */
        FunctionMetrics: {
            /** Time series, one per metric. */
            series: components["schemas"]["FunctionMetricSeries"][];
            /** Requests served in the window. */
            invocations_total?: number;
            /** Share of requests that failed, percent. */
            error_rate_pct?: number;
            /** Median latency over the window, milliseconds. */
            p50_ms?: number;
            /** 95th-percentile latency over the window, milliseconds. */
            p95_ms?: number;
        };
        /** One HTTP request the function served. */
        FunctionInvocation: {
            /**
             * Format: date-time
             * When the request arrived.
             */
            timestamp: string;
            /** HTTP method of the request. */
            method?: string;
            /** Path of the request. */
            path?: string;
            /** HTTP status the function answered with. */
            status: number;
            /** Time to answer, milliseconds. */
            duration_ms?: number;
        };
        /** Use of Functions in the current calendar month and what it will cost. Two meters bill: memory, in GB-seconds of wall-clock time, and CPU actually used, in vCPU-seconds, each beyond a monthly free allowance shared by the whole account. Requests and egress are free. */
        FunctionsUsage: {
            /** Memory used this month, GB-seconds. */
            memory_gb_seconds?: number;
            /** Part of the memory that warm idle instances (`min_scale`) used, GB-seconds. */
            warm_gb_seconds?: number;
            /** Active CPU used this month, vCPU-seconds. */
            cpu_seconds?: number;
            /** Requests served this month; shown for information, requests are not billed. */
            request_count?: number;
            /** Free memory allowance left this month, GB-seconds (account-wide). */
            free_gb_seconds_remaining?: number;
            /** Free CPU allowance left this month, vCPU-seconds (account-wide). */
            free_vcpu_seconds_remaining?: number;
            /** Charge so far this month in USD, after the free allowance. */
            estimated_cost_usd?: number;
            /** AI Lambda rewrites (convertLambda, `rewrite` mode) used this calendar month. */
            ai_conversions?: number;
            /**
             * Format: date-time
             * Start of the billing month.
             */
            period_start: string;
            /**
             * Format: date-time
             * End of the billing month.
             */
            period_end: string;
            /**
             * Format: date-time
             * How recent the figures are: metering lags real time slightly.
             */
            as_of?: string;
        };
        /** The account’s monthly spending limit for Functions. It is on by default at $50. When the month’s charges reach it, every function pauses (it stops serving rather than costing more); they come back by themselves on the first day of the following month, or sooner if the cap goes up. */
        FunctionsSpendSettings: {
            /** Whether the cap applies. */
            enabled?: boolean;
            /** Monthly limit, USD. */
            monthly_cap_usd?: number;
            /**
             * What happens at the cap: functions pause.
             * @enum {string}
             */
            cap_action?: "pause";
            /** Whether the cap has paused the account’s functions this month. */
            paused_by_cap?: boolean;
        };
        /** Cap settings to change; fields left out keep their value. */
        UpdateFunctionsSpendSettingsRequest: {
            /** Switch the cap on or off. */
            enabled?: boolean;
            /** New monthly limit, USD (0 to 1,000,000). */
            monthly_cap_usd?: number;
        };
        /** Something other than HTTP that calls the function: a cron schedule, a single run at a set time, or events of an Object Storage bucket. HTTP is always on and is not a trigger. */
        FunctionTrigger: {
            /**
             * Format: uuid
             * Trigger identifier.
             */
            id: string;
            /**
             * `cron`: on a schedule. `once`: one run at `run_at`. `s3`: on bucket events.
             * @enum {string}
             */
            trigger_type: "cron" | "once" | "s3";
            /** Whether the trigger fires. */
            enabled?: boolean;
            /**
             * Five-field cron expression, for `cron`.
             * @example 0 3 * * *
             */
            cron_expression?: string;
            /** IANA time zone the cron expression is read in; UTC when empty. */
            timezone?: string;
            /**
             * Format: date-time
             * When a `once` trigger fires.
             */
            run_at?: string;
            /**
             * Format: date-time
             * Next time a `cron` or `once` trigger fires.
             */
            next_run_at?: string;
            /** JSON text merged into the event data of `cron` and `once` deliveries. */
            payload_json?: string;
            /**
             * Format: uuid
             * Bucket whose events fire an `s3` trigger.
             */
            bucket_id?: string;
            /** Bucket events an `s3` trigger listens to, e.g. `s3:ObjectCreated:*` or `s3:ObjectRemoved:*`. */
            s3_events?: string[];
            /** An `s3` trigger fires only for object keys that start with this. */
            key_prefix?: string;
            /** An `s3` trigger fires only for object keys that end with this. */
            key_suffix?: string;
            /**
             * Format: date-time
             * When the trigger last fired.
             */
            last_run_at?: string;
            /**
             * Outcome of the last delivery; empty before the first one.
             * @enum {string}
             */
            last_status?: "ok" | "failed" | "";
            /**
             * Format: date-time
             * When the trigger was created.
             */
            created_at: string;
        };
        /** A new trigger. `cron` needs `cron_expression`; `once` needs `run_at`; `s3` needs `bucket_id`. Deliveries are CloudEvents signed with an HMAC in `X-Raff-Signature` and are tried up to 3 times. Triggers are free. */
        CreateFunctionTriggerRequest: {
            /**
             * Kind of trigger.
             * @enum {string}
             */
            trigger_type: "cron" | "once" | "s3";
            /**
             * Five-field cron expression; required for `cron`.
             * @example *\/15 * * * *
             */
            cron_expression?: string;
            /**
             * IANA time zone for the cron expression; UTC when left out.
             * @example Europe/Berlin
             */
            timezone?: string;
            /**
             * Format: date-time
             * When to fire; required for `once`.
             */
            run_at?: string;
            /** JSON text merged into the event data (`cron` and `once`). */
            payload_json?: string;
            /**
             * Format: uuid
             * Object Storage bucket of the account whose events fire the trigger; required for `s3`.
             */
            bucket_id?: string;
            /** Bucket events to listen to: `s3:ObjectCreated:*` (the default) and/or `s3:ObjectRemoved:*`. */
            s3_events?: string[];
            /** Fire only for object keys that start with this. */
            key_prefix?: string;
            /** Fire only for object keys that end with this. */
            key_suffix?: string;
        };
        /** Trigger fields to change; fields left out keep their value. The kind of a trigger and its bucket cannot change. */
        UpdateFunctionTriggerRequest: {
            /** Turn the trigger on or off. */
            enabled?: boolean;
            /** New five-field cron expression (`cron`). */
            cron_expression?: string;
            /** New IANA time zone (`cron`). */
            timezone?: string;
            /**
             * Format: date-time
             * New firing time (`once`).
             */
            run_at?: string;
            /** New JSON text merged into the event data. */
            payload_json?: string;
        };
        /** One delivery of a trigger to the function. Raff keeps 30 days of them. */
        FunctionTriggerRun: {
            /**
             * Format: uuid
             * Run identifier.
             */
            id: string;
            /**
             * Format: uuid
             * Trigger that fired.
             */
            trigger_id: string;
            /**
             * Format: date-time
             * When the trigger was due to fire.
             */
            scheduled_for?: string;
            /**
             * `dispatching`: being delivered (or retried). `ok`: the function accepted it. `failed`: every attempt failed.
             * @enum {string}
             */
            status: "dispatching" | "ok" | "failed";
            /** Delivery attempts made (at most 3). */
            attempts?: number;
            /** HTTP status of the last attempt. */
            response_status?: number;
            /** Time the last attempt took, milliseconds. */
            duration_ms?: number;
            /** Why the last attempt failed. */
            error?: string;
            /**
             * Format: date-time
             * When the run ended.
             */
            finished_at?: string;
        };
        /** An environment variable as listed: the value of a secret is left empty (read it with revealFunctionEnvVars). */
        FunctionEnvVar: {
            /** Variable name. */
            key: string;
            /** Value; empty for secrets. */
            value?: string;
            /** Whether the value is hidden in lists. */
            is_secret?: boolean;
            /** Set by Raff (for example by a binding) and read-only. */
            is_system?: boolean;
            /**
             * Format: uuid
             * Binding that owns a system variable.
             */
            binding_id?: string;
            /**
             * Format: date-time
             * When the variable last changed.
             */
            updated_at?: string;
        };
        /** An environment variable with its value in clear text, secrets included. */
        FunctionRevealedEnvVar: {
            /** Variable name. */
            key: string;
            /** Value in clear text, secrets included. */
            value: string;
            /** Whether the value is hidden in ordinary lists. */
            is_secret?: boolean;
            /** Set by Raff (for example by a binding) and read-only. */
            is_system?: boolean;
            /**
             * Format: uuid
             * Binding that owns a system variable.
             */
            binding_id?: string;
            /**
             * Format: date-time
             * When the variable last changed.
             */
            updated_at?: string;
        };
        /** A variable to create or overwrite. The platform keeps names beginning with `PORT`, `K_` and `RAFF_` for itself. */
        SetFunctionEnvVarRequest: {
            /** Variable name. */
            key: string;
            /** Value. */
            value: string;
            /** Hide the value in lists (it can still be revealed). */
            is_secret?: boolean;
        };
        /** A managed database, or a bucket in Object Storage, wired into the function. The binding has a credential of its own, separate from the resource’s main one, and hands it to the function as read-only system variables named after `env_prefix` (e.g. `DATABASE_URL`, `STORAGE_ACCESS_KEY`). The credential itself is never part of this object. */
        FunctionBinding: {
            /**
             * Format: uuid
             * Binding identifier.
             */
            id: string;
            /**
             * Kind of resource bound.
             * @enum {string}
             */
            binding_type: "database" | "bucket";
            /**
             * Format: uuid
             * The bound database or bucket.
             */
            resource_id: string;
            /** Name of the bound resource. */
            resource_name?: string;
            /** Prefix of the variables the binding injects. */
            env_prefix: string;
            /** Names of the variables the binding injects. */
            injected_keys?: string[];
            /**
             * `provisioning`: the credential is being made. `active`: in use. `rotating`: a new credential is replacing the old. `error`: see `status_message`. `deleting`: being removed.
             * @enum {string}
             */
            status: "provisioning" | "active" | "rotating" | "error" | "deleting";
            /** Details for the current status, mainly for `error`. */
            status_message?: string;
            /**
             * Format: date-time
             * When the binding was created.
             */
            created_at: string;
        };
        /** A resource of the account to bind. */
        CreateFunctionBindingRequest: {
            /**
             * Kind of resource.
             * @enum {string}
             */
            binding_type: "database" | "bucket";
            /**
             * Format: uuid
             * The managed database, or the bucket in Object Storage.
             */
            resource_id: string;
            /** Prefix for the injected variables; `DATABASE` or `STORAGE` when left out. */
            env_prefix?: string;
        };
        /** The revision to serve again. */
        RollbackFunctionRequest: {
            /**
             * Format: uuid
             * Revision to return to, from listFunctionRevisions.
             */
            revision_id: string;
        };
        /** AWS Lambda source and settings to convert. `rewrite` mode takes at most 64 KB of source. */
        ConvertLambdaRequest: {
            /** AWS runtime identifier of the Lambda, e.g. `python3.12`, `nodejs20.x` or `go1.x`. */
            lambda_runtime: string;
            /** The Lambda’s source files. */
            files: components["schemas"]["FunctionSourceFile"][];
            /** The Lambda handler setting, e.g. `app.handler`. */
            handler?: string;
            /** The Lambda’s memory setting, MB. */
            memory_mb?: number;
            /** The Lambda’s timeout, seconds. */
            timeout_seconds?: number;
            /** The Lambda’s environment variables, name to value. */
            env_vars?: {
                [key: string]: string;
            };
            /** Optional JSON text with the Lambda’s EventBridge, S3 or function URL configuration, to map to triggers. */
            trigger_config_json?: string;
            /**
             * `rewrite`: AI turns the handler into a portable one and lists every assumption in `warnings` (a few free per month, then charged). `adapter`: the code stays as it is and a small shim feeds it API-Gateway-style events (free, instant).
             * @default rewrite
             * @enum {string}
             */
            mode?: "rewrite" | "adapter";
        };
        /** Converted code and configuration to review and then deploy yourself; Raff stores nothing. Settings the conversion cannot carry over (IAM, VPC, layers, stream sources) are listed in `out_of_scope`. */
        ConvertLambdaResult: {
            /**
             * Runtime to create the function with.
             * @enum {string}
             */
            runtime: "python" | "node" | "go";
            /** Source files to deploy. */
            converted_files: components["schemas"]["FunctionSourceFile"][];
            /** Function configuration mapped from the Lambda’s (memory, timeout, variables). */
            raff_toml?: string;
            /** Trigger bodies (JSON text for createFunctionTrigger) mapped from EventBridge schedules. */
            proposed_triggers?: string[];
            /** Assumptions and behaviour differences to check before deploying. */
            warnings?: string[];
            /** What was not converted, each with a suggested alternative. */
            out_of_scope?: string[];
            /** Free AI rewrites left this calendar month. */
            free_remaining_month?: number;
            /** Price of one AI rewrite beyond the free ones, USD. */
            conversion_price?: number;
            /** Whether this conversion was charged to the balance. */
            charged?: boolean;
        };
        /** A runtime functions can be built with. */
        FunctionRuntimeInfo: {
            /**
             * Value for `runtime` in createFunction.
             * @enum {string}
             */
            id: "python" | "node" | "go" | "docker";
            /** Name to show. */
            label: string;
            /** Handler convention of the runtime. */
            handler_kind?: string;
            /** Shape of a minimal handler, as a code snippet. */
            signature?: string;
            /** Whether new functions can use it now. */
            available?: boolean;
            /** What in the source makes the build pick this runtime. */
            detect_hint?: string;
        };
        /** Prices of Functions in one region (USD). Requests, egress, triggers, logs and metrics are free. */
        FunctionsPricing: {
            /** Name of the price list. */
            name: string;
            /** Region the prices apply to. */
            region: string;
            /** Memory, per GB-second of wall-clock time. */
            price_per_gb_second: number;
            /** CPU, per vCPU-second actually used. */
            price_per_vcpu_second: number;
            /** Fraction of the memory price that warm idle instances (`min_scale`) pay. */
            warm_rate_multiplier?: number;
            /** Memory included free each month, GB-seconds, for the whole account. */
            free_gb_seconds?: number;
            /** CPU included free each month, vCPU-seconds, for the whole account. */
            free_vcpu_seconds?: number;
            /** Price of one AI Lambda rewrite beyond the free ones. */
            price_per_ai_conversion?: number;
            /** AI Lambda rewrites included free per account each calendar month. */
            free_ai_conversions?: number;
        };
        /** The account’s functions (not paged). */
        FunctionList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The functions and their count. */
            data: {
                /** The functions. */
                functions: components["schemas"]["Function"][];
                /** How many functions are listed. */
                total: number;
            };
        };
        /** One function. */
        FunctionResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the function. */
            data: {
                function: components["schemas"]["Function"];
            };
        };
        /** Functions usage for the current month. */
        FunctionsUsageResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["FunctionsUsage"];
        };
        /** The Functions spend cap. */
        FunctionsSpendSettingsResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the settings. */
            data: {
                settings: components["schemas"]["FunctionsSpendSettings"];
            };
        };
        /** A converted Lambda. */
        ConvertLambdaResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["ConvertLambdaResult"];
        };
        /** An upload slot for a source zip. */
        FunctionSourceUploadResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["FunctionSourceUpload"];
        };
        /** A function’s deployments, newest first. */
        FunctionDeploymentList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the deployments. */
            data: {
                /** The deployments. */
                deployments: components["schemas"]["FunctionDeployment"][];
            };
        };
        /** One deployment. */
        FunctionDeploymentResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the deployment. */
            data: {
                deployment: components["schemas"]["FunctionDeployment"];
            };
        };
        /** The build log of a deployment so far. */
        FunctionDeploymentLogs: {
            /** True when the call succeeded. */
            success: boolean;
            /** The lines and whether more will come. */
            data: {
                /** Log lines in order. */
                lines: components["schemas"]["FunctionBuildLogLine"][];
                /** True once the build has ended and the log is whole; poll again while it is false or absent. */
                complete?: boolean;
            };
        };
        /** A function’s revisions, newest first. */
        FunctionRevisionList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the revisions. */
            data: {
                /** The revisions. */
                revisions: components["schemas"]["FunctionRevision"][];
            };
        };
        /** Where to download a revision’s source. */
        FunctionSourceResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** A download link, plus the files inline when the source is small. */
            data: {
                /** Time-limited URL of the source zip. */
                download_url: string;
                /** The files inline, when the source is small enough. */
                files?: components["schemas"]["FunctionSourceFile"][];
                /** True when `files` leaves some files out (the zip has them all). */
                inline_truncated?: boolean;
            };
        };
        /** Log lines of the running function, oldest first. */
        FunctionLogList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the lines. */
            data: {
                /** The lines. */
                lines: components["schemas"]["FunctionLogLine"][];
            };
        };
        /** Metrics of one function. */
        FunctionMetricsResponse: {
            /** True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["FunctionMetrics"];
        };
        /** Recent requests, newest first. */
        FunctionInvocationList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the requests. */
            data: {
                /** The requests. */
                invocations: components["schemas"]["FunctionInvocation"][];
            };
        };
        /** A function’s environment variables, secrets masked. */
        FunctionEnvVarList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the variables. */
            data: {
                /** The variables. */
                env_vars: components["schemas"]["FunctionEnvVar"][];
            };
        };
        /** A function’s environment variables in clear text. */
        FunctionRevealedEnvVarList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the variables. */
            data: {
                /** The variables, secrets included. */
                env_vars: components["schemas"]["FunctionRevealedEnvVar"][];
            };
        };
        /** A function’s triggers (HTTP is not among them). */
        FunctionTriggerList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the triggers. */
            data: {
                /** The triggers. */
                triggers: components["schemas"]["FunctionTrigger"][];
            };
        };
        /** One trigger. */
        FunctionTriggerResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the trigger. */
            data: {
                trigger: components["schemas"]["FunctionTrigger"];
            };
        };
        /** Trigger deliveries, newest first. */
        FunctionTriggerRunList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the runs. */
            data: {
                /** The runs. */
                runs: components["schemas"]["FunctionTriggerRun"][];
            };
        };
        /** A function’s bindings. */
        FunctionBindingList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the bindings. */
            data: {
                /** The bindings. */
                bindings: components["schemas"]["FunctionBinding"][];
            };
        };
        /** One binding. */
        FunctionBindingResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the binding. */
            data: {
                binding: components["schemas"]["FunctionBinding"];
            };
        };
        /** The runtime catalog. */
        FunctionRuntimeList: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the runtimes. */
            data: {
                /** The runtimes. */
                runtimes: components["schemas"]["FunctionRuntimeInfo"][];
            };
        };
        /** Functions prices. */
        FunctionsPricingResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Holds the price lists. */
            data: {
                /** One price list per region. */
                pricing: components["schemas"]["FunctionsPricing"][];
            };
        };
        /** A Kubernetes version on offer for new clusters. */
        K8sVersion: {
            /** Version id; createK8sCluster takes it as `k8s_version_id`. */
            id: number;
            /** Release line with its distribution suffix, e.g. `v1.34+rke2r1`. */
            version: string;
            /** Name for people, e.g. `Kubernetes 1.34`. */
            display_name?: string;
            /** True for the version a cluster gets when create leaves `k8s_version_id` out. */
            is_default?: boolean;
        };
        /** The Kubernetes versions on offer (not paged). */
        K8sVersionList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The versions. */
            versions: components["schemas"]["K8sVersion"][];
        };
        /** A worker node plan and its prices (USD, per node). */
        K8sNodePlan: {
            /** Plan id; a node pool takes it as `plan_id`. */
            id: number;
            /** Plan name. */
            name: string;
            /** vCPUs per node. */
            vcpu: number;
            /** Memory per node, GiB. */
            memory_gib: number;
            /** Root disk per node, GiB: system, images, logs and scratch space. Persistent volumes are separate, billed per GB. */
            ssd_gib: number;
            /**
             * CPU tier: `shared` for general work, `cpu_optimized` for steady compute-heavy work (far more dedicated host CPU per vCPU). Each pool has its own plan, so one cluster can mix both.
             * @enum {string}
             */
            node_class?: "shared" | "cpu_optimized";
            /** Monthly traffic allowance per node, GiB; 0 means not metered. */
            transfer_gib?: number;
            /** Pay-as-you-go price per node-hour. */
            price_per_hour: number;
            /** Price per node per month. */
            price_per_month: number;
            /** Price per node per month again (equal to `price_per_month`). */
            total_price?: number;
            /** Price per node for a 12-month commitment; 0 when not sold that way. */
            yearly_price?: number;
            /** Price per node for a 24-month commitment; 0 when not sold that way. */
            twenty_four_month_price?: number;
            /**
             * Region the plan is sold in.
             * @enum {string}
             */
            region: "us-east";
        };
        /** Fee for the optional three-master control plane (USD); the standard control plane is free. */
        K8sHAPricing: {
            /** Fee per hour. */
            price_per_hour?: number;
            /** Fee per month. */
            price_per_month?: number;
        };
        /** Storage prices (USD per GB) and the size bounds they come with. */
        K8sStoragePricing: {
            /** Price per GB per month. */
            per_gb_month?: number;
            /** Price per GB per hour. */
            per_gb_hour?: number;
            /** Smallest size, GB. */
            min_gb?: number;
            /** Largest size, GB. */
            max_gb?: number;
            /** Size used when none is chosen, GB. */
            default_gb?: number;
        };
        /** Worker node plans with the HA control-plane fee and storage prices (not paged). */
        K8sNodePlansResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** The worker node plans. */
            plans: components["schemas"]["K8sNodePlan"][];
            ha_pricing: components["schemas"]["K8sHAPricing"];
            storage_pricing: components["schemas"]["K8sStoragePricing"];
        };
        /** One machine of a cluster. */
        K8sNode: {
            /**
             * Format: uuid
             * Node id.
             */
            id: string;
            /**
             * Format: uuid
             * Pool the node belongs to (workers only).
             */
            pool_id?: string;
            /**
             * Format: uuid
             * The cluster’s internal UUID (its `id`, not the short `cluster_id`).
             */
            cluster_id?: string;
            /** Node name. */
            name: string;
            /**
             * What the node does: `master` (control plane), `worker`, `storage` (legacy dedicated storage) or `vnf` (the cluster’s network gateway).
             * @enum {string}
             */
            role: "vnf" | "master" | "worker" | "storage";
            /**
             * `running`: the kubelet reports Ready. `not_ready`: joined but failing health checks. `cordoned`: takes no new pods (drain or manual cordon). `pending`, `provisioning`: being built. `failed`, `deleting`, `deleted` as named.
             * @enum {string}
             */
            status: "pending" | "provisioning" | "running" | "not_ready" | "cordoned" | "failed" | "deleting" | "deleted";
            /** vCPUs. */
            cpu?: number;
            /** Memory, GB. */
            ram?: number;
            /** Root disk, GB. */
            disk?: number;
            /** Private address inside the cluster’s VPC. */
            ip_address?: string;
            /**
             * Format: double
             * What the node costs per hour (USD).
             */
            price_per_hour?: number;
            /**
             * Format: date-time
             * When the node was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When the node last changed.
             */
            updated_at?: string;
        };
        /** A node with, when the cluster answered, its live Kubernetes state and usage. */
        K8sClusterNode: components["schemas"]["K8sNode"] & {
            /** True when the live fields below were read from the cluster. */
            has_live_data?: boolean;
            /** Node name inside Kubernetes. */
            live_name?: string;
            /** The node’s Ready condition. */
            ready?: boolean;
            /** Kubelet version on the node. */
            kubelet_version?: string;
            /** Operating system the node reports. */
            os_image?: string;
            /** CPU in use, millicores. */
            cpu_used_millicores?: number;
            /** CPU capacity, millicores. */
            cpu_capacity_millicores?: number;
            /** Memory in use, bytes. */
            mem_used_bytes?: number;
            /** Memory capacity, bytes. */
            mem_capacity_bytes?: number;
        };
        /** Every node of a cluster (not paged). */
        K8sClusterNodeList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The nodes. */
            nodes: components["schemas"]["K8sClusterNode"][];
        };
        /** A group of worker nodes that share one plan and one set of settings. */
        K8sNodePool: {
            /**
             * Format: uuid
             * Pool id.
             */
            id: string;
            /**
             * Format: uuid
             * The cluster’s internal UUID (its `id`, not the short `cluster_id`).
             */
            cluster_id?: string;
            /** Pool name, unique within the cluster. */
            name: string;
            /** Node count the pool is meant to have. */
            node_count: number;
            /** Nodes that exist right now; differs from `node_count` while the pool scales. */
            actual_node_count?: number;
            /** Fewest nodes the autoscaler may leave in the pool. */
            min_nodes?: number;
            /** Most nodes the autoscaler may add up to. */
            max_nodes?: number;
            /** Let the cluster autoscaler move the node count between `min_nodes` and `max_nodes`. */
            autoscale_enabled?: boolean;
            /** Kubernetes labels for the pool’s nodes: a JSON object written as a string, e.g. `{"tier":"web"}`. */
            labels?: string;
            /** Kubernetes taints for the pool’s nodes: a JSON array written as a string, e.g. `[{"key":"dedicated","value":"ml","effect":"NoExecute"}]`. */
            taints?: string;
            /** Worker node plan of the pool’s nodes. */
            plan_id?: number;
            /** vCPUs per node. */
            cpu?: number;
            /** Memory per node, GB. */
            ram?: number;
            /** Root disk per node, GB. */
            disk?: number;
            /**
             * Pool state. `scaling` and `deleting` run in the background; `status_message` tells how they ended (e.g. a drain blocked by a pod disruption budget).
             * @enum {string}
             */
            status: "pending" | "provisioning" | "running" | "scaling" | "failed" | "deleting" | "deleted";
            /** Detail on the last or current operation, when there is any. */
            status_message?: string;
            /** The pool’s nodes. */
            nodes?: components["schemas"]["K8sNode"][];
            /**
             * Format: date-time
             * When the pool was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When the pool last changed.
             */
            updated_at?: string;
        };
        /** A cluster’s node pools (not paged). */
        K8sNodePoolList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The pools. */
            node_pools: components["schemas"]["K8sNodePool"][];
        };
        /** One node pool. */
        K8sNodePoolResponse: {
            /** True when the call succeeded. */
            success: boolean;
            node_pool: components["schemas"]["K8sNodePool"];
        };
        /** Confirmation that scaling has started. */
        K8sNodePoolScaleResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** Human-readable confirmation. */
            message?: string;
            /** The node count the pool is now heading for. */
            new_node_count: number;
        };
        /** A managed Kubernetes cluster. */
        K8sCluster: {
            /**
             * Format: uuid
             * Internal UUID of the cluster.
             */
            id: string;
            /** Short id used in API paths and in the cluster’s hostname, e.g. `h4x9pm`. */
            cluster_id: string;
            /** Cluster name, unique within the account. */
            name: string;
            /**
             * `pending`, `deploying`: being built. `running`: control plane up. `warning`: running but degraded (`status_message` says why). `failed`: the build failed and its machines were removed (see `status_message`). `deleting`: teardown under way. `delete_failed`: teardown stopped with nothing removed; delete again. `deleted`: gone.
             * @enum {string}
             */
            status: "pending" | "deploying" | "running" | "warning" | "failed" | "deleting" | "delete_failed" | "deleted";
            /** Why the cluster is in `warning`, `failed` or `delete_failed`. */
            status_message?: string;
            /** True once the cluster is `running` with no pool mid-change: check this flag before using the cluster. */
            ready: boolean;
            /** DNS name of the cluster. */
            dns_domain?: string;
            /** URL of the Kubernetes API server. */
            api_endpoint?: string;
            /** Exact Kubernetes release running, e.g. `v1.34.2+rke2r1`. */
            k8s_version?: string;
            /** Id of the version line (see listK8sVersions). */
            k8s_version_id?: number;
            /**
             * Region the cluster runs in.
             * @enum {string}
             */
            region?: "us-east";
            /** Control-plane nodes: 3 with the HA control plane, otherwise 1. */
            master_count?: number;
            /** Worker nodes across all pools. */
            worker_count?: number;
            /** True with the three-master control plane. */
            ha_enabled?: boolean;
            /** True when a firewall guards the public gateway. */
            firewall_enabled?: boolean;
            /** True only on older clusters that still use dedicated storage nodes; newer clusters keep persistent volumes on the `raff-block` storage class and report false. */
            longhorn_enabled?: boolean;
            /** True when the Traefik ingress controller is installed. */
            traefik_enabled?: boolean;
            /** True when MetalLB serves `LoadBalancer` services. */
            metallb_enabled?: boolean;
            /**
             * How the cluster is billed.
             * @enum {string}
             */
            billing_type?: "payg" | "subscription";
            /**
             * Format: uuid
             * Project that holds the cluster.
             */
            project_id?: string;
            /**
             * Format: double
             * Current price per hour (USD): workers plus any HA fee. The standard control plane is free; persistent volumes bill on their own.
             */
            price_per_hour?: number;
            /**
             * Format: double
             * Current price per month (USD).
             */
            price_per_month?: number;
            /** The cluster’s own VPC. */
            vpc_id?: string;
            /** Address of the cluster gateway inside the VPC. */
            private_vip?: string;
            /** The worker pools with their nodes. */
            node_pools?: components["schemas"]["K8sNodePool"][];
            /**
             * Format: date-time
             * When the cluster was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * When the cluster last changed.
             */
            updated_at?: string;
        };
        /** A page of clusters. */
        K8sClusterList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The page of clusters. */
            clusters: components["schemas"]["K8sCluster"][];
            /** How many clusters match across all pages (not just this page). */
            total: number;
        };
        /** One cluster. */
        K8sClusterResponse: {
            /** True when the call succeeded. */
            success: boolean;
            cluster: components["schemas"]["K8sCluster"];
        };
        /** Utilization figures of one cluster. */
        K8sClusterStats: {
            /** Short id of the cluster. */
            cluster_id: string;
            /** False until figures have been collected (e.g. while the cluster is built); the numbers are then absent. */
            has_data: boolean;
            /** CPU in use, millicores. */
            cpu_used_millicores?: number;
            /** CPU capacity, millicores. */
            cpu_capacity_millicores?: number;
            /** Memory in use, bytes. */
            mem_used_bytes?: number;
            /** Memory capacity, bytes. */
            mem_capacity_bytes?: number;
            /** Pods running. */
            pod_count?: number;
            /** Nodes reporting Ready. */
            nodes_ready?: number;
            /** Nodes in the cluster. */
            nodes_total?: number;
            /**
             * Format: date-time
             * When the figures were collected.
             */
            metrics_updated_at?: string;
        };
        /** Utilization figures per cluster (not paged). */
        K8sClusterStatsList: {
            /** True when the call succeeded. */
            success: boolean;
            /** One entry per cluster. */
            stats: components["schemas"]["K8sClusterStats"][];
        };
        /** A freshly issued kubeconfig. */
        K8sKubeconfigResponse: {
            /** True when the call succeeded. */
            success: boolean;
            /** The kubeconfig file (YAML) with cluster-admin credentials, valid until it expires or access is rotated. A secret. */
            kubeconfig: string;
            /** URL of the Kubernetes API server the kubeconfig points at. */
            api_endpoint?: string;
        };
        /** A version the cluster can upgrade to. */
        K8sUpgradeTarget: {
            /** What upgradeK8sClusterVersion takes as `version_id`. */
            version_id: number;
            /** Release line, e.g. `v1.35+rke2r1`. */
            version: string;
            /** Exact release the cluster would run, e.g. `v1.35.1+rke2r1`. */
            rke2_version?: string;
            /** True for a move to the next minor version, false for a patch release. */
            is_minor?: boolean;
            /** True for the version new clusters get by default. */
            is_default?: boolean;
        };
        /** A cluster’s upgrade state, mode and window, and the versions it can move to. */
        K8sClusterUpgrades: {
            /** True when the call succeeded. */
            success: boolean;
            /** Release the cluster runs now. */
            current_version: string;
            /**
             * Upgrade state: nothing planned, planned for the window, running, or failed.
             * @enum {string}
             */
            upgrade_status: "idle" | "scheduled" | "upgrading" | "failed";
            /** Release being installed, or that failed to install; absent otherwise. */
            target_version?: string;
            /**
             * Who starts upgrades (see updateK8sClusterMaintenance).
             * @enum {string}
             */
            upgrade_mode: "manual" | "auto_patch" | "auto_minor";
            /** Day of the weekly window, 0 = Sunday to 6 = Saturday. */
            maintenance_day?: number;
            /** Hour (UTC) the 4-hour window opens. */
            maintenance_start?: number;
            /** Versions the cluster can move to now. */
            available: components["schemas"]["K8sUpgradeTarget"][];
        };
        /** One entry of a cluster’s lifecycle log. */
        K8sClusterEvent: {
            /**
             * Format: uuid
             * Event id.
             */
            id: string;
            /** Kind of event, e.g. `scale_completed`. */
            event_type: string;
            /** What happened, for people. */
            message: string;
            /** Build progress in percent (0–100), on provisioning events. */
            progress?: number;
            /**
             * Format: date-time
             * When it happened.
             */
            created_at: string;
        };
        /** A cluster’s events, newest first. */
        K8sClusterEventList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The events. */
            events: components["schemas"]["K8sClusterEvent"][];
        };
        /** A volume created for a persistent volume claim. */
        K8sClusterVolume: {
            /** Volume id. */
            volume_id: number;
            /** Display name: cluster, namespace and claim joined by hyphens. */
            name: string;
            /** Name of the Kubernetes PersistentVolume. */
            pv_name?: string;
            /** Size, GB. */
            size_gb: number;
            /**
             * Volume state.
             * @enum {string}
             */
            status: "creating" | "available" | "attached";
            /** Private address of the worker holding the volume; an empty string when detached. */
            node_ip?: string;
            /**
             * Format: double
             * What the volume costs per hour (USD).
             */
            price_per_hour?: number;
            /**
             * Format: date-time
             * When the volume was created.
             */
            created_at?: string;
        };
        /** A cluster’s persistent volumes (not paged). */
        K8sClusterVolumeList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The volumes. */
            volumes: components["schemas"]["K8sClusterVolume"][];
        };
        /** Current usage of one node. */
        K8sNodeMetrics: {
            /** Node name inside Kubernetes. */
            name: string;
            /** Node’s private address. */
            internal_ip?: string;
            /** The node’s Kubernetes roles, comma-separated. */
            roles?: string;
            /** The node’s Ready condition. */
            ready?: boolean;
            /** CPU in use, millicores. */
            cpu_used_millicores?: number;
            /** CPU capacity, millicores. */
            cpu_capacity_millicores?: number;
            /** Memory in use, bytes. */
            mem_used_bytes?: number;
            /** Memory capacity, bytes. */
            mem_capacity_bytes?: number;
        };
        /** Health of the control plane over the last 24 hours, from one sample a minute. Missing until the cluster has run long enough for a first sample. */
        K8sControlPlaneHealth: {
            /**
             * Format: date-time
             * Time of the latest sample.
             */
            sampled_at?: string;
            /**
             * Format: double
             * etcd request latency at the 99th percentile during the last minute, ms. Healthy clusters stay below about 15; a lasting value over 100 slows the control plane.
             */
            etcd_p99_ms?: number;
            /**
             * Format: double
             * Highest `etcd_p99_ms` of the last 24 hours, ms.
             */
            etcd_p99_ms_max_24h?: number;
            /** API server 5xx answers in the last 24 hours. */
            apiserver_5xx_24h?: number;
            /** API server restarts in the last 24 hours. */
            restarts_apiserver_24h?: number;
            /** etcd restarts in the last 24 hours. */
            restarts_etcd_24h?: number;
            /** Scheduler restarts in the last 24 hours. */
            restarts_scheduler_24h?: number;
            /** Controller-manager restarts in the last 24 hours. */
            restarts_controller_24h?: number;
            /** Cilium operator restarts in the last 24 hours. */
            restarts_cilium_op_24h?: number;
            /** Leader leases lost in the last 24 hours (scheduler plus controller-manager restarts). */
            leader_changes_24h?: number;
            /** Minutes in the last 24 hours with some node not Ready. */
            not_ready_minutes_24h?: number;
            /** Nodes not Ready now. */
            nodes_not_ready?: number;
        };
        /** Current usage of a cluster, per node, and its control-plane health. */
        K8sClusterMetrics: {
            /** True when the call succeeded. */
            success: boolean;
            /** CPU in use, millicores. */
            cpu_used_millicores?: number;
            /** CPU capacity, millicores. */
            cpu_capacity_millicores?: number;
            /** Memory in use, bytes. */
            mem_used_bytes?: number;
            /** Memory capacity, bytes. */
            mem_capacity_bytes?: number;
            /** Pods running. */
            pod_count?: number;
            /** Pods the nodes can hold. */
            pod_capacity?: number;
            /** Nodes reporting Ready. */
            nodes_ready?: number;
            /** Nodes in the cluster. */
            nodes_total?: number;
            /** Usage per node. */
            nodes?: components["schemas"]["K8sNodeMetrics"][];
            control_plane?: components["schemas"]["K8sControlPlaneHealth"];
        };
        /** A security group that can guard the cluster’s gateway. */
        K8sFirewallSecurityGroup: {
            /**
             * Format: uuid
             * Security group id; assignK8sClusterFirewall takes it as `security_group_id`.
             */
            id: string;
            /** Security group name. */
            name: string;
            /** Number of inbound rules. */
            inbound_rules?: number;
            /** Number of outbound rules. */
            outbound_rules?: number;
        };
        /** The firewall of a cluster’s public gateway. */
        K8sFirewallState: {
            /** True when the call succeeded. */
            success: boolean;
            /** True when a firewall guards the gateway. */
            enabled: boolean;
            /** Name of the platform baseline security group. */
            default_name?: string;
            /**
             * Format: uuid
             * Your security group in force; absent while the baseline applies.
             */
            assigned_sg_id?: string;
            /** Name of that security group. */
            assigned_name?: string;
            /** Your security groups that could be assigned. */
            available?: components["schemas"]["K8sFirewallSecurityGroup"][];
        };
        /** The private addresses MetalLB hands to `LoadBalancer` services. */
        K8sMetalLBPool: {
            /** True when MetalLB is installed on the cluster. */
            enabled: boolean;
            /** True when the address pool exists in the cluster. */
            found?: boolean;
            /** The address range, first and last joined by a hyphen. */
            addresses?: string;
            /** Addresses in the pool. */
            size?: number;
            /** Largest size the pool may be given. */
            max_size?: number;
        };
        /** A cluster’s MetalLB address pool. */
        K8sMetalLBPoolResponse: {
            /** True when the call succeeded. */
            success: boolean;
            pool: components["schemas"]["K8sMetalLBPool"];
        };
        /** A layer-4 forward from a public port of the gateway into the cluster. */
        K8sTcpForward: {
            /** Position of the forward in the gateway’s list. */
            index?: number;
            /** Port on the gateway’s public address; deleteK8sTcpPort takes it. */
            public_port: number;
            /** Transport protocol, e.g. `tcp`. */
            protocol?: string;
            /** Address inside the cluster the traffic goes to. */
            backend_ip?: string;
            /** Port at that address. */
            backend_port?: number;
            /** Public address and port to connect to. */
            endpoint?: string;
        };
        /** The open TCP forwards (not paged). */
        K8sTcpForwardList: {
            /** True when the call succeeded. */
            success: boolean;
            /** The forwards. */
            forwards: components["schemas"]["K8sTcpForward"][];
        };
        /** A worker pool to build with a new cluster. */
        K8sNodePoolInput: {
            /** Pool name: lowercase letters, digits and hyphens, 1 to 63 characters, unique within the cluster. */
            name: string;
            /** Nodes in the pool, 1–20. The cluster needs at least 2 workers across its pools. */
            node_count: number;
            /** Worker node plan (from listK8sNodePlans). Pools of one cluster may use different plans. */
            plan_id: number;
            /** Fewest nodes the autoscaler may leave in the pool. */
            min_nodes?: number;
            /** Most nodes the autoscaler may add up to. */
            max_nodes?: number;
            /**
             * Let the cluster autoscaler move the node count between `min_nodes` and `max_nodes`.
             * @default false
             */
            autoscale_enabled?: boolean;
            /** Kubernetes labels for the pool’s nodes: a JSON object written as a string, e.g. `{"tier":"web"}`. */
            labels?: string;
            /** Kubernetes taints for the pool’s nodes: a JSON array written as a string, e.g. `[{"key":"dedicated","value":"ml","effect":"NoExecute"}]`. */
            taints?: string;
        };
        /** A new cluster. */
        CreateK8sClusterRequest: {
            /** Cluster name: lowercase letters, digits and hyphens, 1 to 63 characters, unique within the account. */
            name: string;
            /** Version id from listK8sVersions. Leave out for the default version. */
            k8s_version_id?: number;
            /** The worker pools: at least one, with at least 2 nodes in all. Every pool uses, and is billed at, its own plan. */
            node_pools: components["schemas"]["K8sNodePoolInput"][];
            /**
             * Build a three-master control plane (flat monthly fee).
             * @default false
             */
            ha_enabled?: boolean;
            /**
             * Guard the public gateway with the platform baseline firewall.
             * @default true
             */
            firewall_enabled?: boolean;
            /**
             * Format: uuid
             * One of your security groups to use instead of the baseline.
             */
            firewall_security_group_id?: string;
            /**
             * @deprecated
             * Removed: clusters no longer get dedicated storage nodes; persistent volume claims on the `raff-block` storage class become volumes billed per GB. Only 0 is accepted.
             * @default 0
             */
            storage_node_count?: number;
            /**
             * @deprecated
             * Removed along with `storage_node_count`; leave it out.
             */
            storage_node_disk_gb?: number;
            /**
             * Install the Traefik ingress controller.
             * @default false
             */
            traefik_enabled?: boolean;
            /**
             * Install MetalLB to serve `LoadBalancer` services.
             * @default false
             */
            metallb_enabled?: boolean;
            /**
             * Pod network, a private IPv4 range from /12 to /24.
             * @default 10.42.0.0/16
             */
            cluster_cidr?: string;
            /**
             * Service network, a private IPv4 range from /12 to /24.
             * @default 10.43.0.0/16
             */
            service_cidr?: string;
            /**
             * Region to build in.
             * @default us-east
             * @enum {string}
             */
            region?: "us-east";
        };
        /** A new cluster name. */
        RenameK8sClusterRequest: {
            /** New name: lowercase letters, digits and hyphens, 1 to 63 characters, unique within the account. */
            name: string;
        };
        /** A worker pool to add. */
        AddK8sNodePoolRequest: {
            /** Pool name: lowercase letters, digits and hyphens, 1 to 63 characters, unique within the cluster. */
            name: string;
            /** Nodes in the pool, 1–20. */
            node_count: number;
            /** Worker node plan for this pool; leave out to use the first pool’s plan. */
            plan_id?: number;
            /** Fewest nodes the autoscaler may leave in the pool. */
            min_nodes?: number;
            /** Most nodes the autoscaler may add up to. */
            max_nodes?: number;
            /** Let the cluster autoscaler move the node count between `min_nodes` and `max_nodes`. */
            autoscale_enabled?: boolean;
            /** Kubernetes labels for the pool’s nodes: a JSON object written as a string, e.g. `{"tier":"web"}`. */
            labels?: string;
            /** Kubernetes taints for the pool’s nodes: a JSON array written as a string, e.g. `[{"key":"dedicated","value":"ml","effect":"NoExecute"}]`. */
            taints?: string;
        };
        /** Pool settings to change; fields left out stay as they are. */
        UpdateK8sNodePoolRequest: {
            /** Fewest nodes the autoscaler may leave in the pool. */
            min_nodes?: number;
            /** Most nodes the autoscaler may add up to. */
            max_nodes?: number;
            /** Let the cluster autoscaler move the node count between `min_nodes` and `max_nodes`. */
            autoscale_enabled?: boolean;
            /** Kubernetes labels for the pool’s nodes: a JSON object written as a string, e.g. `{"tier":"web"}`. */
            labels?: string;
            /** Kubernetes taints for the pool’s nodes: a JSON array written as a string, e.g. `[{"key":"dedicated","value":"ml","effect":"NoExecute"}]`. */
            taints?: string;
        };
        /** A new node count. */
        ScaleK8sNodePoolRequest: {
            /** Nodes the pool should have, 1–20; the cluster keeps at least 2 workers in all. */
            node_count: number;
        };
        /** The version to upgrade to. */
        UpgradeK8sClusterRequest: {
            /** A `version_id` from listK8sClusterUpgrades. */
            version_id: number;
            /** Must be true on a cluster with one master, to accept the short API outage while it restarts. */
            confirm_single_master?: boolean;
        };
        /** Upgrade mode and maintenance window. */
        UpdateK8sClusterMaintenanceRequest: {
            /**
             * `manual`: you start upgrades. `auto_patch`: patch releases in the window. `auto_minor`: minor versions too.
             * @enum {string}
             */
            upgrade_mode: "manual" | "auto_patch" | "auto_minor";
            /** Day of the weekly window, 0 = Sunday to 6 = Saturday. */
            maintenance_day?: number;
            /** Hour (UTC) the 4-hour window opens, 0–23. */
            maintenance_start?: number;
        };
        /** The security group to put in front of the gateway. */
        AssignK8sFirewallRequest: {
            /**
             * Format: uuid
             * One of your security groups (see `available` in getK8sClusterFirewall).
             */
            security_group_id: string;
        };
        /** A new MetalLB pool size. */
        UpdateK8sMetalLBPoolRequest: {
            /** Addresses the pool should hold, at most its `max_size`. */
            size: number;
        };
    };
    responses: never;
    parameters: {
        /**
         * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
         * @example 50
         */
        Limit: number;
        /**
         * How many items to skip before the page starts.
         * @example 0
         */
        Offset: number;
        /**
         * Project the call acts in. Required on this call: without it Raff answers 400 `X-Project-ID required`; a project the key cannot reach gives 403.
         * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
         */
        ProjectIdHeader: string;
        /**
         * Restrict the list to one project. Without it the list spans every project the key can reach. A project the key cannot reach gives 403.
         * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
         */
        ProjectIdFilterHeader: string;
        /**
         * The project that holds the resource. Optional: Raff finds the resource by its id alone, but a known project may be sent (its reference spec asks for it, its docs say get-by-id takes none). A project the key cannot reach gives 403.
         * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
         */
        ProjectIdLookupHeader: string;
        /** API key id (UUID). */
        ApiKeyIdPath: string;
        /** Role id (UUID). */
        RoleIdPath: string;
        /** Project id (UUID). */
        ProjectIdPath: string;
        /** Account membership id (UUID). */
        MemberIdPath: string;
        /** Project grant id (UUID), the `id` of a ProjectMember. */
        ProjectMemberIdPath: string;
        /** VM id (UUID). */
        VmIdPath: string;
        /**
         * Only `account` or only `project` entries.
         * @example project
         */
        ScopeQuery: "account" | "project";
        /**
         * Only memberships in this state.
         * @example active
         */
        MemberStatusQuery: "pending" | "active" | "suspended";
        /**
         * Only entries for this region.
         * @example us-east
         */
        RegionQuery: "us-east";
        /**
         * Only plain operating systems (`os`) or only images with an application (`marketplace`).
         * @example os
         */
        TemplateCategoryQuery: "os" | "marketplace";
        /**
         * Only templates for this plan family. Windows templates are returned only when this is `windows`; the other two families omit them.
         * @example standard
         */
        TemplateVmTypeQuery: "standard" | "premium" | "windows";
        /**
         * Only plans of this family: `standard`, `premium`, or `windows` (the family listTemplates files Windows images under).
         * @example standard
         */
        PricingVmTypeQuery: "standard" | "premium" | "windows";
        /** Tag id (UUID), from the `tags` of getVM. */
        VMTagIdPath: string;
        /** Note scope: `personal` (only its writer sees it) or `account` (every member does). */
        VMNoteTypePath: "personal" | "account";
        /**
         * Only the note of this scope.
         * @example account
         */
        VMNoteTypeQuery: "personal" | "account";
        /** SSH key id (UUID). */
        SSHKeyIdPath: string;
        /** VPC id (UUID). */
        VpcIdPath: string;
        /** Floating IP id (UUID), not the address. */
        IpIdPath: string;
        /** Security group id (UUID). */
        SecurityGroupIdPath: string;
        /** Security group id (UUID), as in the interface’s `security_group_id`. */
        SecurityGroupSgIdPath: string;
        /**
         * Interface number on the VM, the `nic_id` from listVMNetworks (an integer, not a UUID).
         * @example 1
         */
        NicIdPath: number;
        /**
         * Volume id (a positive integer, unlike most Raff ids).
         * @example 311
         */
        VolumeIdPath: number;
        /**
         * Snapshot id (a positive integer).
         * @example 4821
         */
        SnapshotIdPath: number;
        /** Backup id (UUID). */
        BackupIdPath: string;
        /**
         * Backup schedule id (a positive integer), the `id` of a BackupSchedule.
         * @example 57
         */
        BackupScheduleIdPath: number;
        /** Invitation id (UUID); for a pending member it is the member’s `invitation_id`. */
        InvitationIdPath: string;
        /**
         * The service: its UUID (`id`) or its short id (`service_id`).
         * @example k3m9tx
         */
        AppServiceRefPath: string;
        /**
         * Deployment id (UUID).
         * @example cadc0fb8-3378-41c9-94ef-bfcec0ce18e2
         */
        AppDeploymentIdPath: string;
        /**
         * Custom domain id (UUID).
         * @example ec839207-ef5c-4d9b-bc97-093758b7978a
         */
        AppDomainIdPath: string;
        /**
         * Job run id (UUID).
         * @example 9862d8a4-2699-47a1-bc48-cfa350b40137
         */
        AppJobRunIdPath: string;
        /**
         * Name of the environment variable.
         * @example LOG_LEVEL
         */
        AppEnvKeyPath: string;
        /**
         * The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
         * @example k3v9q2xd
         */
        DatabaseIdPath: string;
        /**
         * Name of the engine user, as in listDatabaseUsers. Letters, digits, `_`, `.` and `-`; it cannot start with `.` or `-`.
         * @example reporting
         */
        DatabaseUserNamePath: string;
        /**
         * Name the query was saved under. Letters, digits, `_`, `.` and `-`; it cannot start with `.` or `-`.
         * @example daily-signups
         */
        DatabaseSavedQueryNamePath: string;
        /**
         * Only plans and prices for this engine. Without it, every engine.
         * @example postgres
         */
        DatabaseEngineQuery: components["schemas"]["DatabaseEngine"];
        /**
         * How far back to look, in hours, counted from now.
         * @example 24
         */
        DatabaseWindowHoursQuery: number;
        /**
         * The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
         * @example fn-k3v9q2xz
         */
        FunctionRefPath: string;
        /** Deployment id (UUID), the `id` of a FunctionDeployment. */
        FunctionDeploymentIdPath: string;
        /** Trigger id (UUID), the `id` of a FunctionTrigger. */
        FunctionTriggerIdPath: string;
        /** Binding id (UUID), the `id` of a FunctionBinding. */
        FunctionBindingIdPath: string;
        /**
         * Name of the environment variable, exactly as listed (names are case-sensitive). Characters that cannot travel in one path segment are refused.
         * @example IMAGE_BUCKET
         */
        FunctionEnvKeyPath: string;
        /**
         * The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
         * @example h4x9pm
         */
        K8sClusterIdPath: string;
        /**
         * Node pool id (UUID).
         * @example 9e41c7d2-58ab-4f0e-b3a6-217d9c5e8f14
         */
        K8sPoolIdPath: string;
        /**
         * Public port of the forward on the cluster’s gateway (`public_port` in listK8sTcpPorts).
         * @example 15432
         */
        K8sTcpPortPath: number;
        /**
         * A unique value of your choosing (up to 128 visible ASCII characters) that makes the create safe to repeat: a retry with the same key and the same body returns what the first request made; the same key with another body is refused (409). Send the same value on every retry of one call. The SDK sends a fresh UUID per call.
         * @example 6f1c2b7e-93d4-4a08-b5e1-2c7d9f0a3b46
         */
        IdempotencyKeyHeader: string;
    };
    requestBodies: never;
    headers: {
        /**
         * Seconds to wait before sending another request with this key.
         * @example 1
         */
        RetryAfter: number;
        /**
         * Requests per second the key’s tier allows.
         * @example 30
         */
        RateLimitLimit: number;
        /**
         * Requests left in the current window.
         * @example 0
         */
        RateLimitRemaining: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiKeys: {
        parameters: {
            query?: {
                /** Key class filter. Customer keys are all `public`, so this rarely narrows anything. */
                scope?: "public";
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["APIKeyList"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        /** The new key’s name, account role, expiry and tier. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAPIKeyRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["APIKeyWithSecretResponse"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ApiKeyIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["APIKeyResponse"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ApiKeyIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    updateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ApiKeyIdPath"];
            };
        };
        /** The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAPIKeyRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["APIKeyResponse"];
                };
            };
        };
    };
    regenerateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ApiKeyIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["APIKeyWithSecretResponse"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /**
                 * Only `account` or only `project` entries.
                 * @example project
                 */
                scope?: components["parameters"]["ScopeQuery"];
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        /** The new role. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["RoleIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["RoleIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["RoleIdPath"];
            };
        };
        /** The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoleRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
        };
    };
    listPermissions: {
        parameters: {
            query?: {
                /**
                 * Only `account` or only `project` entries.
                 * @example project
                 */
                scope?: components["parameters"]["ScopeQuery"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        /** The new project. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ProjectIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ProjectIdPath"];
            };
        };
        /** The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ProjectIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listProjectMembers: {
        parameters: {
            query?: {
                /**
                 * Only memberships in this state.
                 * @example active
                 */
                status?: components["parameters"]["MemberStatusQuery"];
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                id: components["parameters"]["ProjectIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["ProjectMemberList"];
                };
            };
        };
    };
    addProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ProjectIdPath"];
            };
        };
        /** Who gets which project role. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddProjectMemberRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["ProjectMemberResponse"];
                };
            };
        };
    };
    getProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ProjectIdPath"];
                member_id: components["parameters"]["ProjectMemberIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["ProjectMemberResponse"];
                };
            };
        };
    };
    removeProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ProjectIdPath"];
                member_id: components["parameters"]["ProjectMemberIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    updateProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ProjectIdPath"];
                member_id: components["parameters"]["ProjectMemberIdPath"];
            };
        };
        /** The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["ProjectMemberResponse"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /**
                 * Only memberships in this state.
                 * @example active
                 */
                status?: components["parameters"]["MemberStatusQuery"];
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
        };
    };
    addMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        /** Who joins, and with which account role. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MemberIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MemberIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["MemberIdPath"];
            };
        };
        /** The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
        };
    };
    listVMs: {
        parameters: {
            query?: {
                /** Only VMs in this region. */
                region?: "us-east";
                /**
                 * Only VMs in this lifecycle state.
                 * @example active
                 */
                status?: "active" | "passive" | "provisioning" | "booting" | "initiating" | "finalizing" | "failure";
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMList"];
                };
            };
        };
    };
    createVM: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** The VM to build. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVMRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["VMResponse"];
                };
            };
        };
    };
    getVM: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMResponse"];
                };
            };
        };
    };
    deleteVM: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** Optional clean-up choices. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeleteVMRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listBackups: {
        parameters: {
            query?: {
                /**
                 * Only backups of this VM.
                 * @example 7fc3b7cc-b853-44e1-8bfe-24a648cb698b
                 */
                vm_id?: string;
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["BackupList"];
                };
            };
        };
    };
    createBackup: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** The VM to back up. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBackupRequest"];
            };
        };
        responses: {
            202: {
                content: {
                    "application/json": components["schemas"]["BackupResponse"];
                };
            };
        };
    };
    listSnapshots: {
        parameters: {
            query?: {
                /**
                 * Only snapshots of this VM.
                 * @example 7fc3b7cc-b853-44e1-8bfe-24a648cb698b
                 */
                vm_id?: string;
                /**
                 * Only snapshots of this volume.
                 * @example 311
                 */
                volume_id?: number;
                /**
                 * Only VM or only volume snapshots.
                 * @example vm
                 */
                type?: "vm" | "volume";
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SnapshotList"];
                };
            };
        };
    };
    createSnapshot: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** What to snapshot. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSnapshotRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
                };
            };
        };
    };
    healthCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["RegionList"];
                };
            };
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /**
                 * Only plain operating systems (`os`) or only images with an application (`marketplace`).
                 * @example os
                 */
                category?: components["parameters"]["TemplateCategoryQuery"];
                /**
                 * Only templates for this plan family. Windows templates are returned only when this is `windows`; the other two families omit them.
                 * @example standard
                 */
                vm_type?: components["parameters"]["TemplateVmTypeQuery"];
                /**
                 * Only entries for this region.
                 * @example us-east
                 */
                region?: components["parameters"]["RegionQuery"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["TemplateList"];
                };
            };
        };
    };
    listVMPricing: {
        parameters: {
            query?: {
                /**
                 * Only plans of this family: `standard`, `premium`, or `windows` (the family listTemplates files Windows images under).
                 * @example standard
                 */
                type?: components["parameters"]["PricingVmTypeQuery"];
                /**
                 * Only entries for this region.
                 * @example us-east
                 */
                region?: components["parameters"]["RegionQuery"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMPricingList"];
                };
            };
        };
    };
    listVolumePricing: {
        parameters: {
            query?: {
                /**
                 * Only entries for this region.
                 * @example us-east
                 */
                region?: components["parameters"]["RegionQuery"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["StoragePricingResponse"];
                };
            };
        };
    };
    listSnapshotPricing: {
        parameters: {
            query?: {
                /**
                 * Only entries for this region.
                 * @example us-east
                 */
                region?: components["parameters"]["RegionQuery"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["StoragePricingResponse"];
                };
            };
        };
    };
    listBackupPricing: {
        parameters: {
            query?: {
                /**
                 * Only entries for this region.
                 * @example us-east
                 */
                region?: components["parameters"]["RegionQuery"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["StoragePricingResponse"];
                };
            };
        };
    };
    listIPPricing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["IPPricingResponse"];
                };
            };
        };
    };
    deleteVMsBulk: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** The VMs to delete and what to do with their volumes and VPCs. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteVMsBulkRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["BulkDeleteVMsResult"];
                };
            };
        };
    };
    startVM: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    stopVM: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    rebootVM: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    hardRebootVM: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    renameVM: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** The new name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameVMRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    resetVMPassword: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    reinstallVM: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** The template to install and how to log in to it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReinstallVMRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    factoryResetVM: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    resizeVM: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** The target plan. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResizeVMRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMResizeResponse"];
                };
            };
        };
    };
    resizeVMDisk: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** The new disk size. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResizeVMDiskRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMResizeResponse"];
                };
            };
        };
    };
    saveVMDiskAsImage: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** The image to make. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveImageRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["VMImageResponse"];
                };
            };
        };
    };
    addVMTag: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** The tag. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddVMTagRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMTagsResponse"];
                };
            };
        };
    };
    removeVMTag: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
                tagId: components["parameters"]["VMTagIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMTagsResponse"];
                };
            };
        };
    };
    updateVMTag: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
                tagId: components["parameters"]["VMTagIdPath"];
            };
        };
        /** The fields to change (at least one). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVMTagRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMTagsResponse"];
                };
            };
        };
    };
    getVMNotes: {
        parameters: {
            query?: {
                /**
                 * Only the note of this scope.
                 * @example account
                 */
                type?: components["parameters"]["VMNoteTypeQuery"];
            };
            header?: never;
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMNotesResponse"];
                };
            };
        };
    };
    appendVMNote: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
                type: components["parameters"]["VMNoteTypePath"];
            };
        };
        /** The text to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertVMNoteRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMNoteResponse"];
                };
            };
        };
    };
    upsertVMNote: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
                type: components["parameters"]["VMNoteTypePath"];
            };
        };
        /** The full content. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertVMNoteRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMNoteResponse"];
                };
            };
        };
    };
    updateVMNote: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
                type: components["parameters"]["VMNoteTypePath"];
            };
        };
        /** The new content. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertVMNoteRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMNoteResponse"];
                };
            };
        };
    };
    listSSHKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SSHKeyList"];
                };
            };
        };
    };
    createSSHKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        /** The key to save. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSSHKeyRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["SSHKeyResponse"];
                };
            };
        };
    };
    getSSHKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["SSHKeyIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SSHKeyResponse"];
                };
            };
        };
    };
    updateSSHKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["SSHKeyIdPath"];
            };
        };
        /** The new name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSSHKeyRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SSHKeyResponse"];
                };
            };
        };
    };
    deleteSSHKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["SSHKeyIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SSHKeyResponse"];
                };
            };
        };
    };
    listVPCs: {
        parameters: {
            query?: never;
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VPCList"];
                };
            };
        };
    };
    createVPC: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** The VPC to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VPCCreateRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["VPCResponse"];
                };
            };
        };
    };
    listVPCCIDRSuggestions: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["CIDRSuggestionsResponse"];
                };
            };
        };
    };
    getVPC: {
        parameters: {
            query?: never;
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                id: components["parameters"]["VpcIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VPCDetailResponse"];
                };
            };
        };
    };
    updateVPC: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VpcIdPath"];
            };
        };
        /** The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VPCUpdateRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VPCResponse"];
                };
            };
        };
    };
    deleteVPC: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VpcIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listIPs: {
        parameters: {
            query?: {
                /**
                 * `true`: only reserved IPs.
                 * @example true
                 */
                reserved?: boolean;
                /**
                 * Only IPs in this state (`free`: on no VM; `in-use`: on a VM).
                 * @example free
                 */
                status?: "free" | "in-use";
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["IPList"];
                };
            };
        };
    };
    reserveIP: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** Reservation options; may be omitted. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IPReserveRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["IPResponse"];
                };
            };
        };
    };
    getIP: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["IpIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["IPResponse"];
                };
            };
        };
    };
    releaseIP: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["IpIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    changeIP: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["IpIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["IPChangeResponse"];
                };
            };
        };
    };
    listSecurityGroups: {
        parameters: {
            query?: never;
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SecurityGroupList"];
                };
            };
        };
    };
    createSecurityGroup: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** The group to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecurityGroupCreateRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["SecurityGroupResponse"];
                };
            };
        };
    };
    listSecurityGroupTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SecurityGroupTemplateList"];
                };
            };
        };
    };
    getSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                id: components["parameters"]["SecurityGroupIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SecurityGroupResponse"];
                };
            };
        };
    };
    updateSecurityGroup: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["SecurityGroupIdPath"];
            };
        };
        /** The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecurityGroupUpdateRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SecurityGroupResponse"];
                };
            };
        };
    };
    deleteSecurityGroup: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["SecurityGroupIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listVMNetworks: {
        parameters: {
            query?: {
                /**
                 * Only interfaces of this kind.
                 * @example vpc
                 */
                type?: "public" | "vpc" | "ipv6";
            };
            header?: never;
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMNetworkList"];
                };
            };
        };
    };
    attachVMToVPC: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** The VPC to join. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VMNetworkVPCAttachRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    detachVMFromVPC: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
                nic_id: components["parameters"]["NicIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    attachVMIP: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** A reserved IP, or the family of a new one. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VMNetworkIPAttachRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VMNetworkIPAttachResponse"];
                };
            };
        };
    };
    detachVMIP: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
                nic_id: components["parameters"]["NicIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    attachVMSecurityGroup: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** The group and the interface. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VMNetworkSecurityGroupAttachRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    detachVMSecurityGroup: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
                sg_id: components["parameters"]["SecurityGroupSgIdPath"];
                nic_id: components["parameters"]["NicIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listVolumes: {
        parameters: {
            query?: {
                /**
                 * Only volumes attached to this VM.
                 * @example 7fc3b7cc-b853-44e1-8bfe-24a648cb698b
                 */
                vm_id?: string;
                /**
                 * Only volumes in this region.
                 * @example us-east
                 */
                region?: "us-east";
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VolumeList"];
                };
            };
        };
    };
    createVolume: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** The volume to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeCreateRequest"];
            };
        };
        responses: {
            202: {
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
                };
            };
        };
    };
    getVolume: {
        parameters: {
            query?: never;
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                id: components["parameters"]["VolumeIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
                };
            };
        };
    };
    deleteVolume: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VolumeIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    resizeVolume: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VolumeIdPath"];
            };
        };
        /** The new capacity. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeResizeRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VolumeResizeResponse"];
                };
            };
        };
    };
    attachVolume: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VolumeIdPath"];
            };
        };
        /** The VM. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeAttachRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
                };
            };
        };
    };
    detachVolume: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VolumeIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
                };
            };
        };
    };
    getSnapshot: {
        parameters: {
            query?: never;
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                id: components["parameters"]["SnapshotIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
                };
            };
        };
    };
    deleteSnapshot: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["SnapshotIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    restoreSnapshot: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["SnapshotIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    renameSnapshot: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["SnapshotIdPath"];
            };
        };
        /** The new name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnapshotRenameRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
                };
            };
        };
    };
    getBackup: {
        parameters: {
            query?: never;
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                id: components["parameters"]["BackupIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["BackupResponse"];
                };
            };
        };
    };
    deleteBackup: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["BackupIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    restoreBackup: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["BackupIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            202: {
                content: {
                    "application/json": components["schemas"]["BackupResponse"];
                };
            };
        };
    };
    deleteBackupChain: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["BackupIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    resetBackupChain: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            202: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listBackupSchedules: {
        parameters: {
            query?: {
                /**
                 * Only schedules of this VM.
                 * @example 7fc3b7cc-b853-44e1-8bfe-24a648cb698b
                 */
                vm_id?: string;
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["BackupScheduleList"];
                };
            };
        };
    };
    createBackupSchedule: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** The schedule. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupScheduleCreateRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["BackupScheduleResponse"];
                };
            };
        };
    };
    getBackupSchedule: {
        parameters: {
            query?: never;
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                id: components["parameters"]["BackupScheduleIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["BackupScheduleResponse"];
                };
            };
        };
    };
    deleteBackupSchedule: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["BackupScheduleIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    updateBackupSchedule: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["BackupScheduleIdPath"];
            };
        };
        /** The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupScheduleUpdateRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["BackupScheduleResponse"];
                };
            };
        };
    };
    createAccountInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        /** Who to invite. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationCreateRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
        };
    };
    cancelInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["InvitationIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    createProjectInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["ProjectIdPath"];
            };
        };
        /** Who to invite. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationCreateRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
        };
    };
    setVMConsolePolicy: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                id: components["parameters"]["VmIdPath"];
            };
        };
        /** The policy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetVMConsolePolicyRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listAppTiers: {
        parameters: {
            query?: {
                /**
                 * Only tiers sold in this region.
                 * @example us-east
                 */
                region?: string;
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppTierList"];
                };
            };
        };
    };
    listAppServices: {
        parameters: {
            query?: {
                /**
                 * Only services of this project.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                project_id?: string;
                /**
                 * Only services of this type.
                 * @example web
                 */
                service_type?: "web" | "private" | "worker" | "cron" | "job";
                /**
                 * Only services in this state (one of AppService `status`).
                 * @example live
                 */
                status?: string;
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppServiceList"];
                };
            };
        };
    };
    createAppService: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** The service to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAppServiceRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["AppServiceCreated"];
                };
            };
        };
    };
    getAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppServiceResponse"];
                };
            };
        };
    };
    deleteAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppDeletionAccepted"];
                };
            };
        };
    };
    pauseAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppServiceResponse"];
                };
            };
        };
    };
    resumeAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppServiceResponse"];
                };
            };
        };
    };
    scaleAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        /** The scaling settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScaleAppServiceRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppServiceResponse"];
                };
            };
        };
    };
    requestAppSourceUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppSourceUpload"];
                };
            };
        };
    };
    listAppDeployments: {
        parameters: {
            query?: {
                /**
                 * How many deployments to return, newest first (Raff’s default 20).
                 * @example 10
                 */
                limit?: number;
            };
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppDeploymentList"];
                };
            };
        };
    };
    createAppDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        /** What to deploy; an empty object deploys the connected branch. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAppDeploymentRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["AppDeploymentResponse"];
                };
            };
        };
    };
    getAppDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deployment_id: components["parameters"]["AppDeploymentIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppDeploymentResponse"];
                };
            };
        };
    };
    getAppDeploymentLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deployment_id: components["parameters"]["AppDeploymentIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppDeploymentLogs"];
                };
            };
        };
    };
    rollbackAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        /** The deployment to return to. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollbackAppServiceRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["AppDeploymentResponse"];
                };
            };
        };
    };
    listAppLogs: {
        parameters: {
            query?: {
                /**
                 * Only lines of this level.
                 * @example error
                 */
                level?: string;
                /**
                 * Only lines containing this text.
                 * @example timeout
                 */
                search?: string;
                /**
                 * Only lines written at or after this time.
                 * @example 2026-10-06T00:00:00Z
                 */
                since?: string;
                /**
                 * Only lines written before this time.
                 * @example 2026-10-06T12:00:00Z
                 */
                until?: string;
                /**
                 * Most lines to return (Raff’s default 200).
                 * @example 100
                 */
                limit?: number;
            };
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppLogList"];
                };
            };
        };
    };
    getAppServiceMetrics: {
        parameters: {
            query?: {
                /**
                 * How far back to look, as a duration such as `1h` or `24h`.
                 * @example 1h
                 */
                window?: string;
            };
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppMetrics"];
                };
            };
        };
    };
    listAppEnvVars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppEnvVarList"];
                };
            };
        };
    };
    setAppEnvVar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        /** The variable. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAppEnvVarRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppEnvVarChange"];
                };
            };
        };
    };
    bulkSetAppEnvVars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        /** The variables. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkSetAppEnvVarsRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppEnvVarChange"];
                };
            };
        };
    };
    revealAppEnvVars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppEnvVarRevealedList"];
                };
            };
        };
    };
    deleteAppEnvVar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
                key: components["parameters"]["AppEnvKeyPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppEnvVarChange"];
                };
            };
        };
    };
    listAppCustomDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppCustomDomainList"];
                };
            };
        };
    };
    addAppCustomDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        /** The domain. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAppCustomDomainRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["AppCustomDomainResponse"];
                };
            };
        };
    };
    deleteAppCustomDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain_id: components["parameters"]["AppDomainIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppDeletionAccepted"];
                };
            };
        };
    };
    retryAppDomainVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                domain_id: components["parameters"]["AppDomainIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppCustomDomainResponse"];
                };
            };
        };
    };
    runAppJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["AppJobRunResponse"];
                };
            };
        };
    };
    listAppJobRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service_id: components["parameters"]["AppServiceRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppJobRunList"];
                };
            };
        };
    };
    cancelAppJobRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                run_id: components["parameters"]["AppJobRunIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppJobRunResponse"];
                };
            };
        };
    };
    getAppsUsage: {
        parameters: {
            query?: {
                /**
                 * Only this service, by UUID or short id; deleted services can be named too. Without it, every service.
                 * @example k3m9tx
                 */
                service_id?: string;
                /**
                 * `current`: this calendar month so far (default). `previous`: last calendar month.
                 * @example previous
                 */
                period?: "current" | "previous";
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppUsage"];
                };
            };
        };
    };
    getAppSpendSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppSpendSettingsResponse"];
                };
            };
        };
    };
    updateAppSpendSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        /** The settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAppSpendSettingsRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppSpendSettingsResponse"];
                };
            };
        };
    };
    getAppsPricing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["AppTierList"];
                };
            };
        };
    };
    listDatabasePricing: {
        parameters: {
            query?: {
                /**
                 * Only plans and prices for this engine. Without it, every engine.
                 * @example postgres
                 */
                engine?: components["parameters"]["DatabaseEngineQuery"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabasePlanCatalog"];
                };
            };
        };
    };
    listDatabaseEngines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseEngineList"];
                };
            };
        };
    };
    listDatabasePlans: {
        parameters: {
            query?: {
                /**
                 * Only plans and prices for this engine. Without it, every engine.
                 * @example postgres
                 */
                engine?: components["parameters"]["DatabaseEngineQuery"];
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabasePlanCatalog"];
                };
            };
        };
    };
    listDatabases: {
        parameters: {
            query?: never;
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseList"];
                };
            };
        };
    };
    createDatabase: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** The database to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseCreateRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
        };
    };
    getDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
        };
    };
    deleteDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    updateDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        /** The new name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseUpdateRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
        };
    };
    scaleDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        /** What to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseScaleRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
        };
    };
    resumeDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
        };
    };
    restoreDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        /** Where to restore and from what. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseRestoreRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseRestoreResponse"];
                };
            };
        };
    };
    getDatabaseConnection: {
        parameters: {
            query?: {
                /**
                 * True puts the password in `password` and in the URIs.
                 * @example true
                 */
                reveal?: boolean;
            };
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseConnectionResponse"];
                };
            };
        };
    };
    rotateDatabaseCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    connectDatabaseVPC: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        /** The VPC to join. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseVPCConnectRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
        };
    };
    disconnectDatabaseVPC: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
        };
    };
    setDatabasePublicAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        /** The endpoint state and allowlist. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabasePublicAccessRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
        };
    };
    getDatabaseMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseMetricsResponse"];
                };
            };
        };
    };
    getDatabaseMetricsHistory: {
        parameters: {
            query?: {
                /**
                 * How far back to look, in hours, counted from now.
                 * @example 24
                 */
                window_hours?: components["parameters"]["DatabaseWindowHoursQuery"];
            };
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseMetricsHistory"];
                };
            };
        };
    };
    getDatabaseClientTraffic: {
        parameters: {
            query?: {
                /**
                 * How far back to look, in hours, counted from now.
                 * @example 24
                 */
                window_hours?: components["parameters"]["DatabaseWindowHoursQuery"];
            };
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseClientTrafficList"];
                };
            };
        };
    };
    getDatabaseSlowQueries: {
        parameters: {
            query?: {
                /**
                 * Most entries to return.
                 * @example 10
                 */
                limit?: number;
            };
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseSlowQueryList"];
                };
            };
        };
    };
    getDatabaseLogs: {
        parameters: {
            query?: {
                /**
                 * How many lines, counted back from the newest.
                 * @example 50
                 */
                tail?: number;
            };
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseLogLines"];
                };
            };
        };
    };
    listDatabaseExtensions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseExtensionList"];
                };
            };
        };
    };
    setDatabaseExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        /** The extension and its wanted state. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseExtensionSetRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listDatabaseBackups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseBackupList"];
                };
            };
        };
    };
    createDatabaseBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["DatabaseBackupResponse"];
                };
            };
        };
    };
    listDatabaseUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseUserList"];
                };
            };
        };
    };
    createDatabaseUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        /** The user to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseUserCreateRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["DatabaseUserCreated"];
                };
            };
        };
    };
    deleteDatabaseUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
                name: components["parameters"]["DatabaseUserNamePath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    rotateDatabaseUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
                name: components["parameters"]["DatabaseUserNamePath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseUserPassword"];
                };
            };
        };
    };
    getDatabaseUserCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
                name: components["parameters"]["DatabaseUserNamePath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseUserCredential"];
                };
            };
        };
    };
    listDatabaseParameters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseParameterList"];
                };
            };
        };
    };
    runDatabaseQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        /** The statement. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseQueryRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseQueryResponse"];
                };
            };
        };
    };
    browseDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        /** The level to read. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseBrowseRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseBrowseResponse"];
                };
            };
        };
    };
    listDatabaseSavedQueries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseSavedQueryList"];
                };
            };
        };
    };
    saveDatabaseSavedQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        /** The name and statement. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseSavedQuerySaveRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseSavedQueryResponse"];
                };
            };
        };
    };
    deleteDatabaseSavedQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
                name: components["parameters"]["DatabaseSavedQueryNamePath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listDatabaseConsumers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                database_id: components["parameters"]["DatabaseIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["DatabaseConsumerList"];
                };
            };
        };
    };
    listFunctions: {
        parameters: {
            query?: {
                /**
                 * Only functions in this status.
                 * @example live
                 */
                status?: "pending" | "building" | "live" | "paused" | "error";
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionList"];
                };
            };
        };
    };
    createFunction: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        /** The function to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunctionRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["FunctionResponse"];
                };
            };
        };
    };
    getFunctionsUsage: {
        parameters: {
            query?: {
                /**
                 * Only this function’s usage: its UUID `id` (Raff’s reference does not say whether a short id, slug or name also works here).
                 * @example 5b0e7f3c-2a91-4d8e-b6c4-93f1a7d2e810
                 */
                function_id?: string;
            };
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionsUsageResponse"];
                };
            };
        };
    };
    getFunctionsSpendSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionsSpendSettingsResponse"];
                };
            };
        };
    };
    updateFunctionsSpendSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        /** The settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFunctionsSpendSettingsRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionsSpendSettingsResponse"];
                };
            };
        };
    };
    convertLambda: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        /** The Lambda to convert. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConvertLambdaRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["ConvertLambdaResponse"];
                };
            };
        };
    };
    getFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionResponse"];
                };
            };
        };
    };
    deleteFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content?: never;
            };
        };
    };
    updateFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        /** The settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFunctionRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionResponse"];
                };
            };
        };
    };
    pauseFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content?: never;
            };
        };
    };
    resumeFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content?: never;
            };
        };
    };
    requestFunctionSourceUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionSourceUploadResponse"];
                };
            };
        };
    };
    listFunctionDeployments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionDeploymentList"];
                };
            };
        };
    };
    createFunctionDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        /** The source to deploy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunctionDeploymentRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["FunctionDeploymentResponse"];
                };
            };
        };
    };
    getFunctionDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
                deployment_id: components["parameters"]["FunctionDeploymentIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionDeploymentResponse"];
                };
            };
        };
    };
    getFunctionDeploymentLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
                deployment_id: components["parameters"]["FunctionDeploymentIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionDeploymentLogs"];
                };
            };
        };
    };
    listFunctionRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionRevisionList"];
                };
            };
        };
    };
    rollbackFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        /** The revision to return to. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollbackFunctionRequest"];
            };
        };
        responses: {
            200: {
                content?: never;
            };
        };
    };
    getFunctionSource: {
        parameters: {
            query?: {
                /**
                 * Revision whose source to return; the current revision when left out.
                 * @example 7c1f0a94-e2b3-4d58-9f6a-0b3e8d2c5a71
                 */
                revision_id?: string;
            };
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionSourceResponse"];
                };
            };
        };
    };
    listFunctionLogs: {
        parameters: {
            query?: {
                /**
                 * Start of the time range (RFC 3339); one hour ago when left out.
                 * @example 2026-10-07T09:00:00Z
                 */
                since?: string;
                /**
                 * End of the time range (RFC 3339); now when left out.
                 * @example 2026-10-07T10:00:00Z
                 */
                until?: string;
                /**
                 * Only lines of this severity.
                 * @example error
                 */
                level?: "info" | "warn" | "error" | "debug";
                /**
                 * Only lines that contain this text.
                 * @example timeout
                 */
                q?: string;
                /**
                 * Most lines to return.
                 * @example 500
                 */
                limit?: number;
            };
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionLogList"];
                };
            };
        };
    };
    getFunctionMetrics: {
        parameters: {
            query?: {
                /**
                 * Time window, ending now.
                 * @example 24h
                 */
                window?: "1h" | "24h" | "7d";
            };
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionMetricsResponse"];
                };
            };
        };
    };
    listFunctionInvocations: {
        parameters: {
            query?: {
                /**
                 * Most requests to return.
                 * @example 20
                 */
                limit?: number;
            };
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionInvocationList"];
                };
            };
        };
    };
    listFunctionEnvVars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionEnvVarList"];
                };
            };
        };
    };
    setFunctionEnvVar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        /** The variable. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFunctionEnvVarRequest"];
            };
        };
        responses: {
            200: {
                content?: never;
            };
        };
    };
    revealFunctionEnvVars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionRevealedEnvVarList"];
                };
            };
        };
    };
    deleteFunctionEnvVar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
                key: components["parameters"]["FunctionEnvKeyPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content?: never;
            };
        };
    };
    listFunctionTriggers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionTriggerList"];
                };
            };
        };
    };
    createFunctionTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        /** The trigger. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunctionTriggerRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["FunctionTriggerResponse"];
                };
            };
        };
    };
    deleteFunctionTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
                trigger_id: components["parameters"]["FunctionTriggerIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content?: never;
            };
        };
    };
    updateFunctionTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
                trigger_id: components["parameters"]["FunctionTriggerIdPath"];
            };
        };
        /** The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFunctionTriggerRequest"];
            };
        };
        responses: {
            200: {
                content?: never;
            };
        };
    };
    listFunctionBindings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionBindingList"];
                };
            };
        };
    };
    createFunctionBinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        /** The resource to bind. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunctionBindingRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionBindingResponse"];
                };
            };
        };
    };
    deleteFunctionBinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
                binding_id: components["parameters"]["FunctionBindingIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content?: never;
            };
        };
    };
    rotateFunctionBinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
                binding_id: components["parameters"]["FunctionBindingIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionBindingResponse"];
                };
            };
        };
    };
    listFunctionTriggerRuns: {
        parameters: {
            query?: {
                /**
                 * Only runs of this trigger.
                 * @example e5a3c8f1-9b20-4d7e-a6c5-1f4b0d8e2a96
                 */
                trigger_id?: string;
                /**
                 * Most runs to return.
                 * @example 20
                 */
                limit?: number;
            };
            header?: never;
            path: {
                function_id: components["parameters"]["FunctionRefPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionTriggerRunList"];
                };
            };
        };
    };
    listFunctionRuntimes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionRuntimeList"];
                };
            };
        };
    };
    getFunctionsPricing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["FunctionsPricingResponse"];
                };
            };
        };
    };
    listKubernetesPricing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sNodePlansResponse"];
                };
            };
        };
    };
    listK8sVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sVersionList"];
                };
            };
        };
    };
    listK8sNodePlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sNodePlansResponse"];
                };
            };
        };
    };
    listK8sClusters: {
        parameters: {
            query?: {
                /**
                 * Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: {
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sClusterList"];
                };
            };
        };
    };
    createK8sCluster: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
        };
        /** The cluster to build. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateK8sClusterRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["K8sClusterResponse"];
                };
            };
        };
    };
    getK8sClusterStats: {
        parameters: {
            query?: {
                /**
                 * Short ids of the clusters to report on, separated by commas. Leave out for all clusters.
                 * @example h4x9pm,w2k8rt
                 */
                ids?: string;
            };
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sClusterStatsList"];
                };
            };
        };
    };
    getK8sCluster: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sClusterResponse"];
                };
            };
        };
    };
    deleteK8sCluster: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    renameK8sCluster: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        /** The new name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameK8sClusterRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sClusterResponse"];
                };
            };
        };
    };
    getK8sKubeconfig: {
        parameters: {
            query?: {
                /**
                 * Lifetime of the kubeconfig in seconds, from 600 (10 minutes) to 2592000 (30 days). Leave out for 7 days.
                 * @example 3600
                 */
                expires_in?: number;
            };
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sKubeconfigResponse"];
                };
            };
        };
    };
    rotateK8sKubeconfigAccess: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    upgradeK8sClusterHA: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listK8sClusterUpgrades: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sClusterUpgrades"];
                };
            };
        };
    };
    upgradeK8sClusterVersion: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        /** The target version. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpgradeK8sClusterRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    updateK8sClusterMaintenance: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        /** Upgrade mode and, optionally, the weekly window. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateK8sClusterMaintenanceRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    listK8sNodePools: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sNodePoolList"];
                };
            };
        };
    };
    addK8sNodePool: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        /** The pool to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddK8sNodePoolRequest"];
            };
        };
        responses: {
            201: {
                content: {
                    "application/json": components["schemas"]["K8sNodePoolResponse"];
                };
            };
        };
    };
    deleteK8sNodePool: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
                pool_id: components["parameters"]["K8sPoolIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    updateK8sNodePool: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
                pool_id: components["parameters"]["K8sPoolIdPath"];
            };
        };
        /** The settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateK8sNodePoolRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sNodePoolResponse"];
                };
            };
        };
    };
    scaleK8sNodePool: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
                pool_id: components["parameters"]["K8sPoolIdPath"];
            };
        };
        /** The new node count. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScaleK8sNodePoolRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sNodePoolScaleResponse"];
                };
            };
        };
    };
    listK8sClusterNodes: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sClusterNodeList"];
                };
            };
        };
    };
    listK8sClusterEvents: {
        parameters: {
            query?: {
                /**
                 * How many events to return, newest first (50 when left out).
                 * @example 20
                 */
                limit?: number;
            };
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sClusterEventList"];
                };
            };
        };
    };
    listK8sClusterVolumes: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sClusterVolumeList"];
                };
            };
        };
    };
    getK8sClusterMetrics: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sClusterMetrics"];
                };
            };
        };
    };
    getK8sClusterFirewall: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sFirewallState"];
                };
            };
        };
    };
    assignK8sClusterFirewall: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        /** The security group to use. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignK8sFirewallRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    resetK8sClusterFirewall: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
    getK8sMetalLBPool: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sMetalLBPoolResponse"];
                };
            };
        };
    };
    updateK8sMetalLBPool: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        /** The new pool size. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateK8sMetalLBPoolRequest"];
            };
        };
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sMetalLBPoolResponse"];
                };
            };
        };
    };
    listK8sTcpPorts: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["K8sTcpForwardList"];
                };
            };
        };
    };
    deleteK8sTcpPort: {
        parameters: {
            query?: never;
            header: {
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                cluster_id: components["parameters"]["K8sClusterIdPath"];
                port: components["parameters"]["K8sTcpPortPath"];
            };
        };
        requestBody?: never;
        responses: {
            200: {
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
        };
    };
}
