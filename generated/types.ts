/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

import type { components, operations } from './openapi.js';

/**
 * The body of `apps.domains.add()`.
 */
export type AddAppCustomDomainBody = components['schemas']['AddAppCustomDomainRequest'];

/**
 * The body of `kubernetes.pools.add()`.
 */
export type AddK8sNodePoolBody = components['schemas']['AddK8sNodePoolRequest'];

/**
 * The body of `members.add()`.
 */
export type AddMemberBody = components['schemas']['AddMemberRequest'];

/**
 * The body of `vms.tags.add()`.
 */
export type AddVMTagBody = components['schemas']['AddVMTagRequest'];

/**
 * An API key as Raff reports it after creation: metadata and the public prefix only, never the
 * secret. The key refers to its roles, so editing a role changes what the key may do on its next
 * request.
 */
export type APIKey = components['schemas']['APIKey'];

/**
 * One project an API key reaches, and the role it has there.
 */
export type APIKeyProjectAccess = components['schemas']['APIKeyProjectAccess'];

/**
 * An API key together with its full secret. Only the create and regenerate calls return this,
 * once; Raff keeps a hash, so the secret cannot be fetched again.
 */
export type APIKeyWithSecret = components['schemas']['APIKeyWithSecret'];

/**
 * A domain of the caller’s that points at a web service.
 */
export type AppCustomDomain = components['schemas']['AppCustomDomain'];

/**
 * One build-and-release of a service.
 */
export type AppDeployment = components['schemas']['AppDeployment'];

/**
 * An environment variable of a service, as listed: the value of a secret is blank here.
 */
export type AppEnvVar = components['schemas']['AppEnvVar'];

/**
 * An environment variable with its value in clear, secrets included.
 */
export type AppEnvVarRevealed = components['schemas']['AppEnvVarRevealed'];

/**
 * One run of a `cron` or `job` service.
 */
export type AppJobRun = components['schemas']['AppJobRun'];

/**
 * One line a running instance wrote.
 */
export type AppLogLine = components['schemas']['AppLogLine'];

/**
 * One measure over time: `values[i]` was taken at `timestamps[i]`.
 */
export type AppMetricSeries = components['schemas']['AppMetricSeries'];

/**
 * An app service: a public web service, a private service reachable only from the project’s other
 * services, a long-running worker, a scheduled (cron) job or a one-off job.
 */
export type AppService = components['schemas']['AppService'];

/**
 * A status of a AppService: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type AppServiceStatus = NonNullable<AppService['status']>;

/**
 * The account’s monthly cap on Apps spending.
 */
export type AppSpendSettings = components['schemas']['AppSpendSettings'];

/**
 * One Apps compute size and its prices in USD. Every instance of a service runs at its tier.
 */
export type AppTier = components['schemas']['AppTier'];

/**
 * The body of `kubernetes.clusters.assignFirewall()`.
 */
export type AssignK8sClusterFirewallBody = components['schemas']['AssignK8sFirewallRequest'];

/**
 * The body of `vms.networks.attachIp()`.
 */
export type AttachIpBody = components['schemas']['VMNetworkIPAttachRequest'];

/**
 * What `vms.networks.attachIp()` resolves with.
 */
export type AttachIpResult = Omit<operations['attachVMIP']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The body of `vms.networks.attachSecurityGroup()`.
 */
export type AttachSecurityGroupBody = components['schemas']['VMNetworkSecurityGroupAttachRequest'];

/**
 * The body of `volumes.attach()`.
 */
export type AttachVolumeBody = components['schemas']['VolumeAttachRequest'];

/**
 * The body of `vms.networks.attachVpc()`.
 */
export type AttachVpcBody = components['schemas']['VMNetworkVPCAttachRequest'];

/**
 * A VM backup: one restore point, usually part of an incremental series.
 */
export type Backup = components['schemas']['Backup'];

/**
 * A recurring backup of one VM, daily or weekly, with a retention count. `enabled` says whether it
 * runs; `next_run_at`, the `last_run_*` fields and `consecutive_failures` show when it runs and
 * how its runs went.
 */
export type BackupSchedule = components['schemas']['BackupSchedule'];

/**
 * A status of a Backup: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type BackupStatus = NonNullable<Backup['status']>;

/**
 * The body of `databases.browse()`.
 */
export type BrowseDatabaseBody = components['schemas']['DatabaseBrowseRequest'];

/**
 * What `databases.browse()` resolves with.
 */
export type BrowseDatabaseResult = Omit<operations['browseDatabase']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The body of `apps.env.setMany()`.
 */
export type BulkSetAppEnvVarsBody = components['schemas']['BulkSetAppEnvVarsRequest'];

/**
 * What `apps.env.setMany()` resolves with.
 */
export type BulkSetAppEnvVarsResult = Omit<operations['bulkSetAppEnvVars']['responses'][200]['content']['application/json'], 'success'>;

/**
 * What `vpcs.cidrSuggestions()` resolves with.
 */
export type CIDRSuggestions = Omit<operations['listVPCCIDRSuggestions']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The body of `databases.connectVpc()`.
 */
export type ConnectDatabaseVPCBody = components['schemas']['DatabaseVPCConnectRequest'];

/**
 * The body of `functions.importLambda()`.
 */
export type ConvertLambdaBody = components['schemas']['ConvertLambdaRequest'];

/**
 * Converted code and configuration to review and then deploy yourself; Raff stores nothing.
 * Settings the conversion cannot carry over (IAM, VPC, layers, stream sources) are listed in
 * `out_of_scope`.
 */
export type ConvertLambdaResult = components['schemas']['ConvertLambdaResult'];

/**
 * The body of `apps.deployments.create()`.
 */
export type CreateAppDeploymentBody = components['schemas']['CreateAppDeploymentRequest'];

/**
 * The body of `apps.services.create()`.
 */
export type CreateAppServiceBody = components['schemas']['CreateAppServiceRequest'];

/**
 * What `apps.services.create()` resolves with.
 */
export type CreateAppServiceResult = Omit<operations['createAppService']['responses'][201]['content']['application/json'], 'success'>;

/**
 * The body of `backups.create()`.
 */
export type CreateBackupBody = components['schemas']['CreateBackupRequest'];

/**
 * The body of `backupSchedules.create()`.
 */
export type CreateBackupScheduleBody = components['schemas']['BackupScheduleCreateRequest'];

/**
 * The body of `databases.create()`.
 */
export type CreateDatabaseBody = components['schemas']['DatabaseCreateRequest'];

/**
 * The body of `databases.users.create()`.
 */
export type CreateDatabaseUserBody = components['schemas']['DatabaseUserCreateRequest'];

/**
 * What `databases.users.create()` resolves with.
 */
export type CreateDatabaseUserResult = Omit<operations['createDatabaseUser']['responses'][201]['content']['application/json'], 'success'>;

/**
 * The body of `functions.bindings.create()`.
 */
export type CreateFunctionBindingBody = components['schemas']['CreateFunctionBindingRequest'];

/**
 * The body of `functions.create()`.
 */
export type CreateFunctionBody = components['schemas']['CreateFunctionRequest'];

/**
 * The body of `functions.deployments.create()`.
 */
export type CreateFunctionDeploymentBody = components['schemas']['CreateFunctionDeploymentRequest'];

/**
 * The body of `functions.triggers.create()`.
 */
export type CreateFunctionTriggerBody = components['schemas']['CreateFunctionTriggerRequest'];

/**
 * The body of `invitations.create()`.
 */
export type CreateInvitationBody = components['schemas']['InvitationCreateRequest'];

/**
 * The body of `kubernetes.clusters.create()`.
 */
export type CreateK8sClusterBody = components['schemas']['CreateK8sClusterRequest'];

/**
 * The body of `projects.create()`.
 */
export type CreateProjectBody = components['schemas']['CreateProjectRequest'];

/**
 * The body of `roles.create()`.
 */
export type CreateRoleBody = components['schemas']['CreateRoleRequest'];

/**
 * The body of `securityGroups.create()`.
 */
export type CreateSecurityGroupBody = components['schemas']['SecurityGroupCreateRequest'];

/**
 * The body of `snapshots.create()`.
 */
export type CreateSnapshotBody = components['schemas']['CreateSnapshotRequest'];

/**
 * The body of `sshKeys.create()`.
 */
export type CreateSSHKeyBody = components['schemas']['CreateSSHKeyRequest'];

/**
 * The body of `vms.create()`.
 */
export type CreateVMBody = components['schemas']['CreateVMRequest'];

/**
 * The body of `volumes.create()`.
 */
export type CreateVolumeBody = components['schemas']['VolumeCreateRequest'];

/**
 * The body of `vpcs.create()`.
 */
export type CreateVPCBody = components['schemas']['VPCCreateRequest'];

/**
 * A managed database. It is reached by hostname over TLS only: privately at
 * `<database_id>.db.raffusercloud.com` from inside its VPC, and publicly at
 * `<database_id>.public.db.raffusercloud.com` while public access is on.
 */
export type Database = components['schemas']['Database'];

/**
 * One backup of a managed database.
 */
export type DatabaseBackup = components['schemas']['DatabaseBackup'];

/**
 * An app or function bound to the database.
 */
export type DatabaseConsumer = components['schemas']['DatabaseConsumer'];

/**
 * One engine of the catalog.
 */
export type DatabaseEngineInfo = components['schemas']['DatabaseEngineInfo'];

/**
 * A PostgreSQL extension the database may install.
 */
export type DatabaseExtension = components['schemas']['DatabaseExtension'];

/**
 * One engine setting in effect.
 */
export type DatabaseParameter = components['schemas']['DatabaseParameter'];

/**
 * A statement saved under a name.
 */
export type DatabaseSavedQuery = components['schemas']['DatabaseSavedQuery'];

/**
 * A status of a Database: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type DatabaseStatus = NonNullable<Database['status']>;

/**
 * A user inside the database engine.
 */
export type DatabaseUser = components['schemas']['DatabaseUser'];

/**
 * The body of `vms.delete()`.
 */
export type DeleteVMBody = components['schemas']['DeleteVMRequest'];

/**
 * The body of `vms.deleteMany()`.
 */
export type DeleteVMsBody = components['schemas']['DeleteVMsBulkRequest'];

/**
 * What `vms.deleteMany()` resolves with.
 */
export type DeleteVMsResult = Omit<operations['deleteVMsBulk']['responses'][200]['content']['application/json'], 'success'>;

/**
 * A managed database, or a bucket in Object Storage, wired into the function. The binding has a
 * credential of its own, separate from the resource’s main one, and hands it to the function as
 * read-only system variables named after `env_prefix` (e.g. `DATABASE_URL`, `STORAGE_ACCESS_KEY`).
 * The credential itself is never part of this object.
 */
export type FunctionBinding = components['schemas']['FunctionBinding'];

/**
 * One build and rollout of new source. A successful one creates a revision.
 */
export type FunctionDeployment = components['schemas']['FunctionDeployment'];

/**
 * An environment variable as listed: the value of a secret is left empty (read it with
 * revealFunctionEnvVars).
 */
export type FunctionEnvVar = components['schemas']['FunctionEnvVar'];

/**
 * One HTTP request the function served.
 */
export type FunctionInvocation = components['schemas']['FunctionInvocation'];

/**
 * One line the running function wrote to stdout or stderr.
 */
export type FunctionLogLine = components['schemas']['FunctionLogLine'];

/**
 * Traffic, latency and errors of one function over a window. Metrics cost nothing.
 */
export type FunctionMetrics = components['schemas']['FunctionMetrics'];

/**
 * An environment variable with its value in clear text, secrets included.
 */
export type FunctionRevealedEnvVar = components['schemas']['FunctionRevealedEnvVar'];

/**
 * An immutable, deployed version of the function. Keeping revisions is free; rollbackFunction
 * returns to any of them.
 */
export type FunctionRevision = components['schemas']['FunctionRevision'];

/**
 * A runtime functions can be built with.
 */
export type FunctionRuntimeInfo = components['schemas']['FunctionRuntimeInfo'];

/**
 * A one-time upload slot. PUT the zip (at most 100 MB, `Content-Type: application/zip`, no API
 * key) to `upload_url` before it expires, then deploy it by passing `source_blob_key` to
 * createFunctionDeployment.
 */
export type FunctionSourceUpload = components['schemas']['FunctionSourceUpload'];

/**
 * Prices of Functions in one region (USD). Requests, egress, triggers, logs and metrics are free.
 */
export type FunctionsPricing = components['schemas']['FunctionsPricing'];

/**
 * The account’s monthly spending limit for Functions. It is on by default at $50. When the month’s
 * charges reach it, every function pauses (it stops serving rather than costing more); they come
 * back by themselves on the first day of the following month, or sooner if the cap goes up.
 */
export type FunctionsSpendSettings = components['schemas']['FunctionsSpendSettings'];

/**
 * Use of Functions in the current calendar month and what it will cost. Two meters bill: memory,
 * in GB-seconds of wall-clock time, and CPU actually used, in vCPU-seconds, each beyond a monthly
 * free allowance shared by the whole account. Requests and egress are free.
 */
export type FunctionsUsage = components['schemas']['FunctionsUsage'];

/**
 * Something other than HTTP that calls the function: a cron schedule, a single run at a set time,
 * or events of an Object Storage bucket. HTTP is always on and is not a trigger.
 */
export type FunctionTrigger = components['schemas']['FunctionTrigger'];

/**
 * One delivery of a trigger to the function. Raff keeps 30 days of them.
 */
export type FunctionTriggerRun = components['schemas']['FunctionTriggerRun'];

/**
 * What `apps.deployments.logs()` resolves with.
 */
export type GetAppDeploymentLogsResult = Omit<operations['getAppDeploymentLogs']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `apps.services.metrics()`.
 */
export type GetAppServiceMetricsParams = NonNullable<operations['getAppServiceMetrics']['parameters']['query']>;

/**
 * The query of `apps.usage()`.
 */
export type GetAppsUsageParams = NonNullable<operations['getAppsUsage']['parameters']['query']>;

/**
 * What `apps.usage()` resolves with.
 */
export type GetAppsUsageResult = Omit<operations['getAppsUsage']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `databases.clientTraffic()`.
 */
export type GetDatabaseClientTrafficParams = NonNullable<operations['getDatabaseClientTraffic']['parameters']['query']>;

/**
 * What `databases.clientTraffic()` resolves with.
 */
export type GetDatabaseClientTrafficResult = Omit<operations['getDatabaseClientTraffic']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `databases.connection()`.
 */
export type GetDatabaseConnectionParams = NonNullable<operations['getDatabaseConnection']['parameters']['query']>;

/**
 * What `databases.connection()` resolves with.
 */
export type GetDatabaseConnectionResult = Omit<operations['getDatabaseConnection']['responses'][200]['content']['application/json'], 'success'>;

/**
 * One item of `databases.logs()`.
 */
export type GetDatabaseLogsItem = NonNullable<NonNullable<operations['getDatabaseLogs']['responses'][200]['content']['application/json']>['lines']>[number];

/**
 * The query of `databases.logs()`.
 */
export type GetDatabaseLogsParams = NonNullable<operations['getDatabaseLogs']['parameters']['query']>;

/**
 * The query of `databases.metricsHistory()`.
 */
export type GetDatabaseMetricsHistoryParams = NonNullable<operations['getDatabaseMetricsHistory']['parameters']['query']>;

/**
 * What `databases.metricsHistory()` resolves with.
 */
export type GetDatabaseMetricsHistoryResult = Omit<operations['getDatabaseMetricsHistory']['responses'][200]['content']['application/json'], 'success'>;

/**
 * What `databases.metrics()` resolves with.
 */
export type GetDatabaseMetricsResult = Omit<operations['getDatabaseMetrics']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `databases.slowQueries()`.
 */
export type GetDatabaseSlowQueriesParams = NonNullable<operations['getDatabaseSlowQueries']['parameters']['query']>;

/**
 * What `databases.slowQueries()` resolves with.
 */
export type GetDatabaseSlowQueriesResult = Omit<operations['getDatabaseSlowQueries']['responses'][200]['content']['application/json'], 'success'>;

/**
 * What `databases.users.credential()` resolves with.
 */
export type GetDatabaseUserCredentialResult = Omit<operations['getDatabaseUserCredential']['responses'][200]['content']['application/json'], 'success'>;

/**
 * What `functions.deployments.logs()` resolves with.
 */
export type GetFunctionDeploymentLogsResult = NonNullable<NonNullable<operations['getFunctionDeploymentLogs']['responses'][200]['content']['application/json']>['data']>;

/**
 * The query of `functions.metrics()`.
 */
export type GetFunctionMetricsParams = NonNullable<operations['getFunctionMetrics']['parameters']['query']>;

/**
 * The query of `functions.source()`.
 */
export type GetFunctionSourceParams = NonNullable<operations['getFunctionSource']['parameters']['query']>;

/**
 * What `functions.source()` resolves with.
 */
export type GetFunctionSourceResult = NonNullable<NonNullable<operations['getFunctionSource']['responses'][200]['content']['application/json']>['data']>;

/**
 * The query of `functions.usage()`.
 */
export type GetFunctionsUsageParams = NonNullable<operations['getFunctionsUsage']['parameters']['query']>;

/**
 * What `kubernetes.clusters.firewall()` resolves with.
 */
export type GetK8sClusterFirewallResult = Omit<operations['getK8sClusterFirewall']['responses'][200]['content']['application/json'], 'success'>;

/**
 * What `kubernetes.clusters.metrics()` resolves with.
 */
export type GetK8sClusterMetricsResult = Omit<operations['getK8sClusterMetrics']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `kubernetes.clusters.stats()`.
 */
export type GetK8sClusterStatsParams = NonNullable<operations['getK8sClusterStats']['parameters']['query']>;

/**
 * The query of `kubernetes.clusters.kubeconfig()`.
 */
export type GetK8sKubeconfigParams = NonNullable<operations['getK8sKubeconfig']['parameters']['query']>;

/**
 * What `kubernetes.clusters.kubeconfig()` resolves with.
 */
export type GetK8sKubeconfigResult = Omit<operations['getK8sKubeconfig']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `vms.notes.get()`.
 */
export type GetVMNotesParams = NonNullable<operations['getVMNotes']['parameters']['query']>;

/**
 * Gateway health.
 */
export type HealthStatus = components['schemas']['HealthStatus'];

/**
 * An e-mailed offer to join the account or one project with a given role. It stays open until it
 * is accepted (in the dashboard), cancelled, or it passes `expires_at`. While open, an account
 * invitation shows in listMembers as a `pending` member. The acceptance token is never returned.
 */
export type Invitation = components['schemas']['Invitation'];

/**
 * A public IPv4 or IPv6 address held by the account, either reserved on its own or allocated when
 * it was attached to a VM.
 */
export type IP = components['schemas']['IP'];

/**
 * What `ips.change()` resolves with.
 */
export type IPChange = Omit<operations['changeIP']['responses'][200]['content']['application/json'], 'success'>;

/**
 * Address prices by IP version.
 */
export type IPPricing = components['schemas']['IPPricing'];

/**
 * A managed Kubernetes cluster.
 */
export type K8sCluster = components['schemas']['K8sCluster'];

/**
 * One entry of a cluster’s lifecycle log.
 */
export type K8sClusterEvent = components['schemas']['K8sClusterEvent'];

/**
 * A node with, when the cluster answered, its live Kubernetes state and usage.
 */
export type K8sClusterNode = components['schemas']['K8sClusterNode'];

/**
 * Utilization figures of one cluster.
 */
export type K8sClusterStats = components['schemas']['K8sClusterStats'];

/**
 * A status of a K8sCluster: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type K8sClusterStatus = NonNullable<K8sCluster['status']>;

/**
 * A volume created for a persistent volume claim.
 */
export type K8sClusterVolume = components['schemas']['K8sClusterVolume'];

/**
 * The private addresses MetalLB hands to `LoadBalancer` services.
 */
export type K8sMetalLBPool = components['schemas']['K8sMetalLBPool'];

/**
 * A group of worker nodes that share one plan and one set of settings.
 */
export type K8sNodePool = components['schemas']['K8sNodePool'];

/**
 * A layer-4 forward from a public port of the gateway into the cluster.
 */
export type K8sTcpForward = components['schemas']['K8sTcpForward'];

/**
 * A Kubernetes version on offer for new clusters.
 */
export type K8sVersion = components['schemas']['K8sVersion'];

/**
 * The query of `apiKeys.list()`.
 */
export type ListApiKeysParams = NonNullable<operations['listApiKeys']['parameters']['query']>;

/**
 * The query of `apps.domains.list()`: none yet (the slot keeps room for filters).
 */
export type ListAppCustomDomainsParams = Record<string, never>;

/**
 * The query of `apps.deployments.list()`.
 */
export type ListAppDeploymentsParams = NonNullable<operations['listAppDeployments']['parameters']['query']>;

/**
 * The query of `apps.env.list()`: none yet (the slot keeps room for filters).
 */
export type ListAppEnvVarsParams = Record<string, never>;

/**
 * The query of `apps.services.logs()`.
 */
export type ListAppLogsParams = NonNullable<operations['listAppLogs']['parameters']['query']>;

/**
 * The query of `apps.services.list()`.
 */
export type ListAppServicesParams = NonNullable<operations['listAppServices']['parameters']['query']>;

/**
 * The query of `apps.tiers()`.
 */
export type ListAppTiersParams = NonNullable<operations['listAppTiers']['parameters']['query']>;

/**
 * The query of `backupSchedules.list()`.
 */
export type ListBackupSchedulesParams = NonNullable<operations['listBackupSchedules']['parameters']['query']>;

/**
 * The query of `backups.list()`.
 */
export type ListBackupsParams = NonNullable<operations['listBackups']['parameters']['query']>;

/**
 * The query of `databases.backups.list()`: none yet (the slot keeps room for filters).
 */
export type ListDatabaseBackupsParams = Record<string, never>;

/**
 * The query of `databases.extensions.list()`: none yet (the slot keeps room for filters).
 */
export type ListDatabaseExtensionsParams = Record<string, never>;

/**
 * The query of `databases.plans()`.
 */
export type ListDatabasePlansParams = NonNullable<operations['listDatabasePlans']['parameters']['query']>;

/**
 * What `databases.plans()` resolves with.
 */
export type ListDatabasePlansResult = Omit<operations['listDatabasePlans']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `pricing.databases()`.
 */
export type ListDatabasePricingParams = NonNullable<operations['listDatabasePricing']['parameters']['query']>;

/**
 * What `pricing.databases()` resolves with.
 */
export type ListDatabasePricingResult = Omit<operations['listDatabasePricing']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `databases.savedQueries.list()`: none yet (the slot keeps room for filters).
 */
export type ListDatabaseSavedQueriesParams = Record<string, never>;

/**
 * The query of `databases.list()`: none yet (the slot keeps room for filters).
 */
export type ListDatabasesParams = Record<string, never>;

/**
 * The query of `databases.users.list()`: none yet (the slot keeps room for filters).
 */
export type ListDatabaseUsersParams = Record<string, never>;

/**
 * The query of `functions.bindings.list()`: none yet (the slot keeps room for filters).
 */
export type ListFunctionBindingsParams = Record<string, never>;

/**
 * The query of `functions.deployments.list()`: none yet (the slot keeps room for filters).
 */
export type ListFunctionDeploymentsParams = Record<string, never>;

/**
 * The query of `functions.env.list()`: none yet (the slot keeps room for filters).
 */
export type ListFunctionEnvVarsParams = Record<string, never>;

/**
 * The query of `functions.invocations()`.
 */
export type ListFunctionInvocationsParams = NonNullable<operations['listFunctionInvocations']['parameters']['query']>;

/**
 * The query of `functions.logs()`.
 */
export type ListFunctionLogsParams = NonNullable<operations['listFunctionLogs']['parameters']['query']>;

/**
 * The query of `functions.list()`.
 */
export type ListFunctionsParams = NonNullable<operations['listFunctions']['parameters']['query']>;

/**
 * The query of `functions.triggerRuns()`.
 */
export type ListFunctionTriggerRunsParams = NonNullable<operations['listFunctionTriggerRuns']['parameters']['query']>;

/**
 * The query of `functions.triggers.list()`: none yet (the slot keeps room for filters).
 */
export type ListFunctionTriggersParams = Record<string, never>;

/**
 * The query of `ips.list()`.
 */
export type ListIPsParams = NonNullable<operations['listIPs']['parameters']['query']>;

/**
 * The query of `kubernetes.clusters.events()`.
 */
export type ListK8sClusterEventsParams = NonNullable<operations['listK8sClusterEvents']['parameters']['query']>;

/**
 * The query of `kubernetes.clusters.list()`.
 */
export type ListK8sClustersParams = NonNullable<operations['listK8sClusters']['parameters']['query']>;

/**
 * What `kubernetes.clusters.upgrades()` resolves with.
 */
export type ListK8sClusterUpgradesResult = Omit<operations['listK8sClusterUpgrades']['responses'][200]['content']['application/json'], 'success'>;

/**
 * What `kubernetes.nodePlans()` resolves with.
 */
export type ListK8sNodePlansResult = Omit<operations['listK8sNodePlans']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `kubernetes.pools.list()`: none yet (the slot keeps room for filters).
 */
export type ListK8sNodePoolsParams = Record<string, never>;

/**
 * What `pricing.kubernetes()` resolves with.
 */
export type ListKubernetesPricingResult = Omit<operations['listKubernetesPricing']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The query of `members.list()`.
 */
export type ListMembersParams = NonNullable<operations['listMembers']['parameters']['query']>;

/**
 * The query of `permissions.list()`.
 */
export type ListPermissionsParams = NonNullable<operations['listPermissions']['parameters']['query']>;

/**
 * The query of `projects.members.list()`.
 */
export type ListProjectMembersParams = NonNullable<operations['listProjectMembers']['parameters']['query']>;

/**
 * The query of `projects.list()`.
 */
export type ListProjectsParams = NonNullable<operations['listProjects']['parameters']['query']>;

/**
 * The query of `regions.list()`: none yet (the slot keeps room for filters).
 */
export type ListRegionsParams = Record<string, never>;

/**
 * The query of `roles.list()`.
 */
export type ListRolesParams = NonNullable<operations['listRoles']['parameters']['query']>;

/**
 * The query of `securityGroups.list()`: none yet (the slot keeps room for filters).
 */
export type ListSecurityGroupsParams = Record<string, never>;

/**
 * The query of `snapshots.list()`.
 */
export type ListSnapshotsParams = NonNullable<operations['listSnapshots']['parameters']['query']>;

/**
 * The query of `sshKeys.list()`: none yet (the slot keeps room for filters).
 */
export type ListSSHKeysParams = Record<string, never>;

/**
 * The query of `templates.list()`.
 */
export type ListTemplatesParams = NonNullable<operations['listTemplates']['parameters']['query']>;

/**
 * The query of `vms.networks.list()`.
 */
export type ListVMNetworksParams = NonNullable<operations['listVMNetworks']['parameters']['query']>;

/**
 * The query of `vms.list()`.
 */
export type ListVMsParams = NonNullable<operations['listVMs']['parameters']['query']>;

/**
 * The query of `volumes.list()`.
 */
export type ListVolumesParams = NonNullable<operations['listVolumes']['parameters']['query']>;

/**
 * The query of `vpcs.list()`: none yet (the slot keeps room for filters).
 */
export type ListVPCsParams = Record<string, never>;

/**
 * A member of the account, or an invitation that has not been accepted yet.
 */
export type Member = components['schemas']['Member'];

/**
 * One entry of the permission catalog.
 */
export type Permission = components['schemas']['Permission'];

/**
 * A project: the boundary that VMs, backups, snapshots and other resources live in.
 */
export type Project = components['schemas']['Project'];

/**
 * A grant of one project role on one project, held either by a user (`user_id`) or by an API key
 * (`api_key_id`). Grants held by API keys have no e-mail address.
 */
export type ProjectMember = components['schemas']['ProjectMember'];

/**
 * A data-centre region.
 */
export type Region = components['schemas']['Region'];

/**
 * The body of `vms.reinstall()`.
 */
export type ReinstallVMBody = components['schemas']['ReinstallVMRequest'];

/**
 * The body of `kubernetes.clusters.rename()`.
 */
export type RenameK8sClusterBody = components['schemas']['RenameK8sClusterRequest'];

/**
 * The body of `snapshots.rename()`.
 */
export type RenameSnapshotBody = components['schemas']['SnapshotRenameRequest'];

/**
 * The body of `vms.rename()`.
 */
export type RenameVMBody = components['schemas']['RenameVMRequest'];

/**
 * What `apps.services.requestSourceUpload()` resolves with.
 */
export type RequestAppSourceUploadResult = Omit<operations['requestAppSourceUpload']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The body of `ips.reserve()`.
 */
export type ReserveIPBody = components['schemas']['IPReserveRequest'];

/**
 * The body of `vms.resize()`.
 */
export type ResizeVMBody = components['schemas']['ResizeVMRequest'];

/**
 * The body of `vms.resizeDisk()`.
 */
export type ResizeVMDiskBody = components['schemas']['ResizeVMDiskRequest'];

/**
 * The body of `volumes.resize()`.
 */
export type ResizeVolumeBody = components['schemas']['VolumeResizeRequest'];

/**
 * The body of `databases.restore()`.
 */
export type RestoreDatabaseBody = components['schemas']['DatabaseRestoreRequest'];

/**
 * What `databases.restore()` resolves with.
 */
export type RestoreDatabaseResult = Omit<operations['restoreDatabase']['responses'][200]['content']['application/json'], 'success'>;

/**
 * A named set of permissions at one scope. Members and API keys point at roles, so editing a role
 * changes what every holder may do from its next request on.
 */
export type Role = components['schemas']['Role'];

/**
 * The body of `apps.services.rollback()`.
 */
export type RollbackAppServiceBody = components['schemas']['RollbackAppServiceRequest'];

/**
 * The body of `functions.rollback()`.
 */
export type RollbackFunctionBody = components['schemas']['RollbackFunctionRequest'];

/**
 * What `databases.users.rotate()` resolves with.
 */
export type RotateDatabaseUserResult = Omit<operations['rotateDatabaseUser']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The body of `databases.query()`.
 */
export type RunDatabaseQueryBody = components['schemas']['DatabaseQueryRequest'];

/**
 * What `databases.query()` resolves with.
 */
export type RunDatabaseQueryResult = Omit<operations['runDatabaseQuery']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The body of `databases.savedQueries.save()`.
 */
export type SaveDatabaseSavedQueryBody = components['schemas']['DatabaseSavedQuerySaveRequest'];

/**
 * The body of `vms.saveImage()`.
 */
export type SaveVMImageBody = components['schemas']['SaveImageRequest'];

/**
 * The body of `apps.services.scale()`.
 */
export type ScaleAppServiceBody = components['schemas']['ScaleAppServiceRequest'];

/**
 * The body of `databases.scale()`.
 */
export type ScaleDatabaseBody = components['schemas']['DatabaseScaleRequest'];

/**
 * The body of `kubernetes.pools.scale()`.
 */
export type ScaleK8sNodePoolBody = components['schemas']['ScaleK8sNodePoolRequest'];

/**
 * What `kubernetes.pools.scale()` resolves with.
 */
export type ScaleK8sNodePoolResult = Omit<operations['scaleK8sNodePool']['responses'][200]['content']['application/json'], 'success'>;

/**
 * A named firewall rule set. It takes effect on the VM network interfaces it is attached to.
 */
export type SecurityGroup = components['schemas']['SecurityGroup'];

/**
 * A ready-made rule set that createSecurityGroup can start from.
 */
export type SecurityGroupTemplate = components['schemas']['SecurityGroupTemplate'];

/**
 * A serverless function: an ordinary HTTP handler (ASGI, Web Fetch, Go net/http, or any container
 * that listens on `$PORT`) that Raff builds, runs and scales, serving at its own HTTPS URL.
 */
export type ServerlessFunction = components['schemas']['Function'];

/**
 * A status of a ServerlessFunction: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type ServerlessFunctionStatus = NonNullable<ServerlessFunction['status']>;

/**
 * The body of `apps.env.set()`.
 */
export type SetAppEnvVarBody = components['schemas']['SetAppEnvVarRequest'];

/**
 * What `apps.env.set()` resolves with.
 */
export type SetAppEnvVarResult = Omit<operations['setAppEnvVar']['responses'][200]['content']['application/json'], 'success'>;

/**
 * The body of `databases.extensions.set()`.
 */
export type SetDatabaseExtensionBody = components['schemas']['DatabaseExtensionSetRequest'];

/**
 * The body of `functions.env.set()`.
 */
export type SetFunctionEnvVarBody = components['schemas']['SetFunctionEnvVarRequest'];

/**
 * The body of `vms.setConsolePolicy()`.
 */
export type SetVMConsolePolicyBody = components['schemas']['SetVMConsolePolicyRequest'];

/**
 * A point-in-time copy of a VM’s disk or of a volume.
 */
export type Snapshot = components['schemas']['Snapshot'];

/**
 * A status of a Snapshot: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type SnapshotStatus = NonNullable<Snapshot['status']>;

/**
 * An SSH public key saved in the account.
 */
export type SSHKey = components['schemas']['SSHKey'];

/**
 * Per-GB storage prices (USD) for volumes, snapshots or backups.
 */
export type StoragePricing = components['schemas']['StoragePricing'];

/**
 * The query of `pricing.volumes()`.
 */
export type StoragePricingParams = NonNullable<operations['listVolumePricing']['parameters']['query']>;

/**
 * An image a VM can be built from. The `cpu`, `ram` and `storage` values are the least a plan must
 * offer to run it.
 */
export type Template = components['schemas']['Template'];

/**
 * The body of `apiKeys.update()`.
 */
export type UpdateApiKeyBody = components['schemas']['UpdateAPIKeyRequest'];

/**
 * The body of `apps.updateSpendSettings()`.
 */
export type UpdateAppSpendSettingsBody = components['schemas']['UpdateAppSpendSettingsRequest'];

/**
 * The body of `backupSchedules.update()`.
 */
export type UpdateBackupScheduleBody = components['schemas']['BackupScheduleUpdateRequest'];

/**
 * The body of `databases.update()`.
 */
export type UpdateDatabaseBody = components['schemas']['DatabaseUpdateRequest'];

/**
 * The body of `functions.update()`.
 */
export type UpdateFunctionBody = components['schemas']['UpdateFunctionRequest'];

/**
 * The body of `functions.updateSpendSettings()`.
 */
export type UpdateFunctionsSpendSettingsBody = components['schemas']['UpdateFunctionsSpendSettingsRequest'];

/**
 * The body of `functions.triggers.update()`.
 */
export type UpdateFunctionTriggerBody = components['schemas']['UpdateFunctionTriggerRequest'];

/**
 * The body of `kubernetes.clusters.setMaintenance()`.
 */
export type UpdateK8sClusterMaintenanceBody = components['schemas']['UpdateK8sClusterMaintenanceRequest'];

/**
 * The body of `kubernetes.clusters.setMetallbPool()`.
 */
export type UpdateK8sMetalLBPoolBody = components['schemas']['UpdateK8sMetalLBPoolRequest'];

/**
 * The body of `kubernetes.pools.update()`.
 */
export type UpdateK8sNodePoolBody = components['schemas']['UpdateK8sNodePoolRequest'];

/**
 * The body of `members.update()`.
 */
export type UpdateMemberBody = components['schemas']['UpdateMemberRequest'];

/**
 * The body of `projects.update()`.
 */
export type UpdateProjectBody = components['schemas']['UpdateProjectRequest'];

/**
 * The body of `roles.update()`.
 */
export type UpdateRoleBody = components['schemas']['UpdateRoleRequest'];

/**
 * The body of `securityGroups.update()`.
 */
export type UpdateSecurityGroupBody = components['schemas']['SecurityGroupUpdateRequest'];

/**
 * The body of `sshKeys.update()`.
 */
export type UpdateSSHKeyBody = components['schemas']['UpdateSSHKeyRequest'];

/**
 * The body of `vms.tags.update()`.
 */
export type UpdateVMTagBody = components['schemas']['UpdateVMTagRequest'];

/**
 * The body of `vpcs.update()`.
 */
export type UpdateVPCBody = components['schemas']['VPCUpdateRequest'];

/**
 * The body of `kubernetes.clusters.upgrade()`.
 */
export type UpgradeK8sClusterVersionBody = components['schemas']['UpgradeK8sClusterRequest'];

/**
 * A virtual machine.
 */
export type VM = components['schemas']['VM'];

/**
 * A private image saved from a VM disk; createVM accepts its `id` as `template_id`.
 */
export type VMImage = components['schemas']['VMImage'];

/**
 * One network interface (NIC) of a VM.
 */
export type VMNetwork = components['schemas']['VMNetwork'];

/**
 * Free text on a VM, in one of two scopes: `personal` (seen only by its writer) or `account`
 * (shared with every member).
 */
export type VMNote = components['schemas']['VMNote'];

/**
 * The body of `vms.notes.append()`.
 */
export type VMNoteBody = components['schemas']['UpsertVMNoteRequest'];

/**
 * What `vms.notes.get()` resolves with.
 */
export type VMNotes = Omit<operations['getVMNotes']['responses'][200]['content']['application/json'], 'success'>;

/**
 * Which note of a VM: `personal` (its writer’s own) or `account` (shared with the account).
 */
export type VMNoteType = operations['upsertVMNote']['parameters']['path']['type'];

/**
 * The query of `pricing.vms()`.
 */
export type VMPricingParams = NonNullable<operations['listVMPricing']['parameters']['query']>;

/**
 * A compute plan and its prices (USD).
 */
export type VMPricingPlan = components['schemas']['VMPricingPlan'];

/**
 * What `vms.resize()` resolves with.
 */
export type VMResizeResult = Omit<operations['resizeVM']['responses'][200]['content']['application/json'], 'success'>;

/**
 * A status of a VM: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type VMStatus = NonNullable<VM['status']>;

/**
 * A label attached to a VM.
 */
export type VMTag = components['schemas']['VMTag'];

/**
 * A block storage volume. It lives in one project and region and is attached to at most one VM at
 * a time.
 */
export type Volume = components['schemas']['Volume'];

/**
 * What `volumes.resize()` resolves with.
 */
export type VolumeResizeResult = Omit<operations['resizeVolume']['responses'][200]['content']['application/json'], 'success'>;

/**
 * A status of a Volume: what `waitFor` accepts as `until` (besides `'deleted'`).
 */
export type VolumeStatus = NonNullable<Volume['status']>;

/**
 * A virtual private cloud: a private IPv4 network inside one project and region. VMs join it
 * through a `vpc` network interface.
 */
export type VPC = components['schemas']['VPC'];

/**
 * What getVPC answers: the VPC itself under `vpc`, plus its allocatable range and current leases.
 */
export type VPCDetail = components['schemas']['VPCDetail'];
