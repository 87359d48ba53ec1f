/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
 */

/**
 * Every operation of openapi.json, one line each under a `=namespace ClassName` line (every
 * namespace has one, also those whose operations are all in sub-namespaces), fields separated by
 * one space:
 *
 * `name METHOD path flags paged permission result [s=secrets] [w=waiter]`
 *
 * - `path` without its `/api/v1` prefix (`~` marks a path without it, e.g. `~/health`);
 * - `flags`: `q` takes a query, `b` a JSON body; `R`/`O` X-Project-ID required/optional;
 *   `P` public (no key); `I` takes an Idempotency-Key; `-` none of these;
 * - `paged`: the largest page (`-` = does not page);
 * - `permission`: e.g. `vm.create:h` (`:h`/`:p`/`:r` = the project from the header, the
 *   path or the resource), `-` where Raff documents none;
 * - `result`: `none`, `body`, a dotted path (`data`, `data.function`), or `[items,total`;
 * - `s=a,b`: the dotted paths of credentials in the result (`[]` = each item);
 * - `w=field;statuses;failures;interval;noun`: the waiter on this get operation.
 *
 * Parsed by src/internal/operation-table.ts; a test holds the parse to generated/model.json.
 */
export const OPERATION_ROWS = "=apiKeys ApiKeys\nlist GET /api-keys q 100 account.apikeys.view [data,total\ncreate POST /api-keys b - account.apikeys.create data s=secret\nget GET /api-keys/{id} - - account.apikeys.view data\ndelete DELETE /api-keys/{id} - - account.apikeys.revoke none\nupdate PATCH /api-keys/{id} b - account.apikeys.manage data\nregenerate POST /api-keys/{id}/regenerate - - account.apikeys.manage data s=secret\n=apps Apps\ntiers GET /apps/tiers qP - - tiers\nusage GET /apps/usage q - - body\nspendSettings GET /apps/spend-settings - - - settings\nupdateSpendSettings PATCH /apps/spend-settings b - - settings\n=apps.deployments AppDeployments\nlist GET /apps/services/{service_id}/deployments q - - [deployments\ncreate POST /apps/services/{service_id}/deployments b - - deployment\nget GET /apps/deployments/{deployment_id} - - - deployment\nlogs GET /apps/deployments/{deployment_id}/logs - - - body\n=apps.domains AppDomains\nlist GET /apps/services/{service_id}/domains q - - [domains\nadd POST /apps/services/{service_id}/domains b - - domain\ndelete DELETE /apps/domains/{domain_id} - - - none\nretry POST /apps/domains/{domain_id}/retry - - - domain\n=apps.env AppEnv\nlist GET /apps/services/{service_id}/env q - - [env_vars\nset PUT /apps/services/{service_id}/env b - - body\nsetMany PUT /apps/services/{service_id}/env/bulk b - - body\nreveal GET /apps/services/{service_id}/env/reveal - - - env_vars s=[].value\ndelete DELETE /apps/services/{service_id}/env/{key} - - - none\n=apps.jobs AppJobs\nrun POST /apps/services/{service_id}/jobs/run - - - run\nruns GET /apps/services/{service_id}/jobs/runs - - - runs\ncancel POST /apps/jobs/runs/{run_id}/cancel - - - run\n=apps.services AppServices\nlist GET /apps/services q - - [services\ncreate POST /apps/services bR - - body\nget GET /apps/services/{service_id} - - - service w=status;pending,building,deploying,live,paused,suspended,error,deleting,deleted;error;3000;AppService\ndelete DELETE /apps/services/{service_id} - - - none\npause POST /apps/services/{service_id}/pause - - - service\nresume POST /apps/services/{service_id}/resume - - - service\nscale POST /apps/services/{service_id}/scale b - - service\nrequestSourceUpload POST /apps/services/{service_id}/source-upload - - - body\nrollback POST /apps/services/{service_id}/rollback b - - deployment\nlogs GET /apps/services/{service_id}/logs q - - lines\nmetrics GET /apps/services/{service_id}/metrics q - - series\n=backupSchedules BackupSchedules\nlist GET /backup-schedules qO 100 backup.view:h [data,total\ncreate POST /backup-schedules bR - backup.create:h data\nget GET /backup-schedules/{id} O - backup.view:r data\ndelete DELETE /backup-schedules/{id} R - backup.delete:h none\nupdate PATCH /backup-schedules/{id} bR - backup.manage:h data\n=backups Backups\nlist GET /backups qO 100 backup.view:h [data,total\ncreate POST /backups bR - backup.create:h data\nget GET /backups/{id} O - backup.view:r data w=status;;failed;1000;Backup\ndelete DELETE /backups/{id} R - backup.delete:h none\nrestore POST /backups/{id}/restore R - backup.manage:h data\ndeleteChain DELETE /backups/{id}/chain R - backup.delete:h none\nresetChain POST /vms/{id}/backups/reset-chain R - backup.manage:h none\n=databases Databases\nengines GET /databases/engines - - - engines\nplans GET /databases/plans q - - body\nlist GET /databases qO - - [databases\ncreate POST /databases bR - - database\nget GET /databases/{database_id} - - - database w=status;pending,deploying,running,warning,resizing,restoring,suspended,failed,deleting,deleted;failed;2000;Database\ndelete DELETE /databases/{database_id} - - - none\nupdate PATCH /databases/{database_id} b - - database\nscale POST /databases/{database_id}/scale b - - database\nresume POST /databases/{database_id}/resume - - - database\nrestore POST /databases/{database_id}/restore b - - body\nconnection GET /databases/{database_id}/connection q - - body s=password,connection_uri,public_connection_uri\nrotateCredentials POST /databases/{database_id}/credentials/rotate - - - none\nconnectVpc POST /databases/{database_id}/vpc b - - database\ndisconnectVpc DELETE /databases/{database_id}/vpc - - - database\nsetPublicAccess POST /databases/{database_id}/public-access b - - database\nmetrics GET /databases/{database_id}/metrics - - - body\nmetricsHistory GET /databases/{database_id}/metrics/history q - - body\nclientTraffic GET /databases/{database_id}/metrics/clients q - - body\nslowQueries GET /databases/{database_id}/slow-queries q - - body\nlogs GET /databases/{database_id}/logs q - - lines\nparameters GET /databases/{database_id}/parameters - - - parameters\nquery POST /databases/{database_id}/console b - - body\nbrowse POST /databases/{database_id}/browse b - - body\nconsumers GET /databases/{database_id}/consumers - - - consumers\n=databases.backups DatabaseBackups\nlist GET /databases/{database_id}/backups q - - [backups\ncreate POST /databases/{database_id}/backups - - - backup\n=databases.extensions DatabaseExtensions\nlist GET /databases/{database_id}/extensions q - - [extensions\nset POST /databases/{database_id}/extensions b - - none\n=databases.savedQueries DatabaseSavedQueries\nlist GET /databases/{database_id}/saved-queries q - - [queries\nsave PUT /databases/{database_id}/saved-queries b - - query\ndelete DELETE /databases/{database_id}/saved-queries/{name} - - - none\n=databases.users DatabaseUsers\nlist GET /databases/{database_id}/users q - - [users\ncreate POST /databases/{database_id}/users b - - body s=password\ndelete DELETE /databases/{database_id}/users/{name} - - - none\nrotate POST /databases/{database_id}/users/{name}/rotate - - - body s=password\ncredential GET /databases/{database_id}/users/{name}/credential - - - body s=password\n=functions Functions\nlist GET /functions q - - [data.functions,data.total\ncreate POST /functions bR - - data.function\nusage GET /functions/usage q - - data\nspendSettings GET /functions/spend-settings - - - data.settings\nupdateSpendSettings PATCH /functions/spend-settings b - - data.settings\nimportLambda POST /functions/import/lambda b - - data\nget GET /functions/{function_id} - - - data.function w=status;pending,building,live,paused,error,deleting;error;2000;ServerlessFunction\ndelete DELETE /functions/{function_id} - - - none\nupdate PATCH /functions/{function_id} b - - data.function\npause POST /functions/{function_id}/pause - - - none\nresume POST /functions/{function_id}/resume - - - none\nrequestSourceUpload POST /functions/{function_id}/source-upload - - - data\nrevisions GET /functions/{function_id}/revisions - - - data.revisions\nrollback POST /functions/{function_id}/rollback b - - none\nsource GET /functions/{function_id}/source q - - data\nlogs GET /functions/{function_id}/logs q - - data.lines\nmetrics GET /functions/{function_id}/metrics q - - data\ninvocations GET /functions/{function_id}/invocations q - - data.invocations\ntriggerRuns GET /functions/{function_id}/trigger-runs q - - data.runs\nruntimes GET /public/functions/runtimes P - - data.runtimes\n=functions.bindings FunctionBindings\nlist GET /functions/{function_id}/bindings q - - [data.bindings\ncreate POST /functions/{function_id}/bindings b - - data.binding\ndelete DELETE /functions/{function_id}/bindings/{binding_id} - - - none\nrotate POST /functions/{function_id}/bindings/{binding_id}/rotate - - - data.binding\n=functions.deployments FunctionDeployments\nlist GET /functions/{function_id}/deployments q - - [data.deployments\ncreate POST /functions/{function_id}/deployments b - - data.deployment\nget GET /functions/{function_id}/deployments/{deployment_id} - - - data.deployment\nlogs GET /functions/{function_id}/deployments/{deployment_id}/logs - - - data\n=functions.env FunctionEnv\nlist GET /functions/{function_id}/env q - - [data.env_vars\nset PUT /functions/{function_id}/env b - - none\nreveal GET /functions/{function_id}/env/reveal - - - data.env_vars s=[].value\ndelete DELETE /functions/{function_id}/env/{key} - - - none\n=functions.triggers FunctionTriggers\nlist GET /functions/{function_id}/triggers q - - [data.triggers\ncreate POST /functions/{function_id}/triggers b - - data.trigger\ndelete DELETE /functions/{function_id}/triggers/{trigger_id} - - - none\nupdate PATCH /functions/{function_id}/triggers/{trigger_id} b - - none\n=health Health\ncheck GET ~/health P - - body\n=invitations Invitations\ncreate POST /invitations b - account.members.invite data\ncancel DELETE /invitations/{id} - - account.members.invite none\ncreateForProject POST /projects/{id}/invitations b - project.members.invite:p data\n=ips Ips\nlist GET /ips qO 100 ip.view:h [data,total\nreserve POST /ips/reserve bR - ip.reserve:h data\nget GET /ips/{id} - - ip.view:r data\nrelease DELETE /ips/{id}/reserve R - ip.release:h none\nchange POST /ips/{id}/change R - ip.manage:h body\n=kubernetes Kubernetes\nversions GET /k8s/versions - - - versions\nnodePlans GET /k8s/node-plans - - - body\n=kubernetes.clusters KubernetesClusters\nlist GET /k8s/clusters qO 100 - [clusters,total\ncreate POST /k8s/clusters bRI - - cluster\nstats GET /k8s/clusters/stats qR - - stats\nget GET /k8s/clusters/{cluster_id} R - - cluster w=status;pending,deploying,running,warning,failed,deleting,delete_failed,deleted;failed,delete_failed;10000;K8sCluster\ndelete DELETE /k8s/clusters/{cluster_id} R - - none\nrename PATCH /k8s/clusters/{cluster_id} bR - - cluster\nkubeconfig GET /k8s/clusters/{cluster_id}/kubeconfig qR - - body s=kubeconfig\nrotateKubeconfig POST /k8s/clusters/{cluster_id}/kubeconfig/rotate R - - none\nupgradeHa POST /k8s/clusters/{cluster_id}/ha R - - none\nupgrades GET /k8s/clusters/{cluster_id}/upgrades R - - body\nupgrade POST /k8s/clusters/{cluster_id}/upgrade bR - - none\nsetMaintenance PATCH /k8s/clusters/{cluster_id}/maintenance bR - - none\nnodes GET /k8s/clusters/{cluster_id}/nodes R - - nodes\nevents GET /k8s/clusters/{cluster_id}/events qR - - events\nvolumes GET /k8s/clusters/{cluster_id}/volumes R - - volumes\nmetrics GET /k8s/clusters/{cluster_id}/metrics R - - body\nfirewall GET /k8s/clusters/{cluster_id}/firewall R - - body\nassignFirewall POST /k8s/clusters/{cluster_id}/firewall bR - - none\nresetFirewall DELETE /k8s/clusters/{cluster_id}/firewall R - - none\nmetallbPool GET /k8s/clusters/{cluster_id}/metallb-pool R - - pool\nsetMetallbPool PUT /k8s/clusters/{cluster_id}/metallb-pool bR - - pool\ntcpPorts GET /k8s/clusters/{cluster_id}/tcp-ports R - - forwards\ndeleteTcpPort DELETE /k8s/clusters/{cluster_id}/tcp-ports/{port} R - - none\n=kubernetes.pools KubernetesPools\nlist GET /k8s/clusters/{cluster_id}/pools qR - - [node_pools\nadd POST /k8s/clusters/{cluster_id}/pools bR - - node_pool\ndelete DELETE /k8s/clusters/{cluster_id}/pools/{pool_id} R - - none\nupdate PATCH /k8s/clusters/{cluster_id}/pools/{pool_id} bR - - node_pool\nscale POST /k8s/clusters/{cluster_id}/pools/{pool_id}/scale bR - - body\n=members Members\nlist GET /members q 100 account.members.view [data,total\nadd POST /members b - account.members.invite data\nget GET /members/{id} - - account.members.view data\nremove DELETE /members/{id} - - account.members.remove none\nupdate PATCH /members/{id} b - account.members.manage data\n=permissions Permissions\nlist GET /permissions q - - [data\n=pricing Pricing\nvms GET /public/pricing/vm qP - - plans\nvolumes GET /public/pricing/volume qP - - pricing\nsnapshots GET /public/pricing/snapshot qP - - pricing\nbackups GET /public/pricing/backup qP - - pricing\nips GET /public/pricing/ip P - - pricing\napps GET /public/pricing/apps P - - tiers\ndatabases GET /public/pricing/database qP - - body\nfunctions GET /public/pricing/functions P - - data.pricing\nkubernetes GET /public/pricing/kubernetes P - - body\n=projects Projects\nlist GET /projects q 100 account.projects.view [data,total\ncreate POST /projects b - account.projects.create data\nget GET /projects/{id} - - account.projects.view data\nupdate PUT /projects/{id} b - account.projects.manage data\ndelete DELETE /projects/{id} - - account.projects.delete none\n=projects.members ProjectMembers\nlist GET /projects/{id}/members q 100 project.members.view:p [data,total\nadd POST /projects/{id}/members b - project.members.invite:p data\nget GET /projects/{id}/members/{member_id} - - project.members.view:p data\nremove DELETE /projects/{id}/members/{member_id} - - project.members.remove:p none\nupdate PATCH /projects/{id}/members/{member_id} b - project.members.manage:p data\n=regions Regions\nlist GET /public/regions qP - - [regions\n=roles Roles\nlist GET /roles q 100 account.roles.view [data,total\ncreate POST /roles b - account.roles.create data\nget GET /roles/{id} - - account.roles.view data\ndelete DELETE /roles/{id} - - account.roles.delete none\nupdate PATCH /roles/{id} b - account.roles.manage data\n=securityGroups SecurityGroups\nlist GET /security-groups qO - security_group.view:h [data\ncreate POST /security-groups bR - security_group.create:h data\ntemplates GET /security-groups/templates - - - data\nget GET /security-groups/{id} O - security_group.view:r data\nupdate PUT /security-groups/{id} bR - security_group.manage:h data\ndelete DELETE /security-groups/{id} R - security_group.delete:h none\n=snapshots Snapshots\nlist GET /snapshots qO 100 snapshot.view:h [data,total\ncreate POST /snapshots bR - snapshot.create:h data\nget GET /snapshots/{id} O - snapshot.view:r data w=status;,active;;1000;Snapshot\ndelete DELETE /snapshots/{id} R - snapshot.delete:h none\nrestore POST /snapshots/{id}/restore R - snapshot.manage:h none\nrename PATCH /snapshots/{id}/rename bR - snapshot.manage:h data\n=sshKeys SshKeys\nlist GET /ssh-keys q - - [data\ncreate POST /ssh-keys b - - data\nget GET /ssh-keys/{id} - - - data\nupdate PUT /ssh-keys/{id} b - - data\ndelete DELETE /ssh-keys/{id} - - - none\n=templates Templates\nlist GET /public/templates qP - - [data,total\n=vms Vms\nlist GET /vms qO 100 vm.view:h [data,total\ncreate POST /vms bR - vm.create:h data\nget GET /vms/{id} - - vm.view:r data w=status;active,passive,provisioning,booting,initiating,finalizing,failure;failure;1000;VM\ndelete DELETE /vms/{id} bR - vm.delete:h none\ndeleteMany DELETE /vms/bulk bR - vm.delete:h body\nstart POST /vms/{id}/start R - vm.power:h none\nstop POST /vms/{id}/stop R - vm.power:h none\nreboot POST /vms/{id}/reboot R - vm.power:h none\nhardReboot POST /vms/{id}/reboot-hard R - vm.power:h none\nrename PATCH /vms/{id}/rename bR - vm.manage:h none\nresetPassword POST /vms/{id}/reset-password R - vm.manage:h none\nreinstall POST /vms/{id}/reinstall bR - vm.manage:h none\nfactoryReset POST /vms/{id}/factory-reset R - vm.manage:h none\nresize POST /vms/{id}/resize bR - vm.manage:h body\nresizeDisk POST /vms/{id}/disk/resize bR - vm.manage:h body\nsaveImage POST /vms/{id}/save-image bR - vm.manage:h data\nsetConsolePolicy PATCH /vms/{id}/console-policy bR - vm.manage:h none\n=vms.networks VmNetworks\nlist GET /vms/{id}/networks q - vm.view:r [data\nattachVpc POST /vms/{id}/vpc bR - vm.manage:h none\ndetachVpc DELETE /vms/{id}/vpc/{nic_id} R - vm.manage:h none\nattachIp POST /vms/{id}/ip bR - vm.manage:h body\ndetachIp DELETE /vms/{id}/ip/{nic_id} R - vm.manage:h none\nattachSecurityGroup POST /vms/{id}/security-groups bR - vm.manage:h none\ndetachSecurityGroup DELETE /vms/{id}/security-groups/{sg_id}/{nic_id} R - vm.manage:h none\n=vms.notes VmNotes\nget GET /vms/{id}/notes q - vm.view:r body\nappend POST /vms/{id}/notes/{type}/append bR - vm.manage:h note\nupsert PUT /vms/{id}/notes/{type} bR - vm.manage:h note\nupdate PATCH /vms/{id}/notes/{type} bR - vm.manage:h note\n=vms.tags VmTags\nadd POST /vms/{id}/tags bR - vm.manage:h tags\nremove DELETE /vms/{id}/tags/{tagId} R - vm.manage:h none\nupdate PATCH /vms/{id}/tags/{tagId} bR - vm.manage:h tags\n=volumes Volumes\nlist GET /volumes qO 100 volume.view:h [data,total\ncreate POST /volumes bR - volume.create:h data\nget GET /volumes/{id} O - volume.view:r data w=status;pending,creating,available,attached,deleting,failed;failed;1000;Volume\ndelete DELETE /volumes/{id} R - volume.delete:h none\nresize PATCH /volumes/{id} bR - volume.manage:h body\nattach POST /volumes/{id}/attach bR - volume.manage:h data\ndetach POST /volumes/{id}/detach R - volume.manage:h data\n=vpcs Vpcs\nlist GET /vpcs qO - vpc.view:h [data\ncreate POST /vpcs bR - vpc.create:h data\ncidrSuggestions GET /vpcs/cidr-suggestions R - vpc.view:h body\nget GET /vpcs/{id} O - vpc.view:r data\nupdate PUT /vpcs/{id} bR - vpc.manage:h data\ndelete DELETE /vpcs/{id} R - vpc.delete:h none\n";

/** What the table says about one operation, as its parsed row and as its type. */
export interface OperationInfo {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  /** The path template, e.g. `/api/v1/vms/{id}`. */
  readonly path: string;
  /** What the argument after the path ids is: the query or the JSON body; absent = neither. */
  readonly input?: 'query' | 'body';
  /** How it takes `X-Project-ID`; absent = never (account-level or public). */
  readonly project?: 'required' | 'optional';
  /** Public (health, catalog): no `X-API-Key` is ever sent. */
  readonly public?: true;
  /** Pages with `limit`/`offset`; the value is the largest page, which `listAll` asks for. */
  readonly paged?: number;
  /** Takes an `Idempotency-Key`: the client sends one per call and may retry it like a GET. */
  readonly idempotent?: true;
  /** The permission Raff checks (`x-raff-permission`); absent where Raff documents none. */
  readonly permission?: string;
  /** Where the project of a project permission comes from. */
  readonly permissionProject?: 'header' | 'path' | 'resource';
  /**
   * What a 2xx answer resolves to: `none` (nothing), `body` (the answer without `success`), or
   * the dotted path of one part of it (`data`, `database`, `data.function`). Absent on lists.
   */
  readonly result?: string;
  /** On a `list`: the dotted path of the items; the method resolves with `{ data, total }`. */
  readonly items?: string;
  /** On a `list`: the dotted path of the total, when the answer carries one. */
  readonly total?: string;
  /** Dotted paths (`[]` = each item) of the credentials in the result: kept out of sight. */
  readonly secrets?: readonly string[];
  /** On the get operation a `waitFor` polls: the status field, its values, and which fail. */
  readonly wait?: {
    readonly field: string;
    /** Every status it can have; absent where Raff publishes no closed list (any is accepted). */
    readonly statuses?: readonly string[];
    readonly failure: readonly string[];
    /** The first pause between polls, in milliseconds. */
    readonly interval: number;
    /** What the resource is called in messages, e.g. `VM`. */
    readonly noun: string;
  };
}

/**
 * The table's rows as types, by SDK method (`vms.create`): what the call path's types read.
 * Types only: nothing of this ships.
 */
export interface OperationTable {
  'apiKeys.list': { method: 'GET'; path: '/api/v1/api-keys'; input: 'query'; paged: 100; items: 'data'; total: 'total' };
  'apiKeys.create': { method: 'POST'; path: '/api/v1/api-keys'; input: 'body'; result: 'data' };
  'apiKeys.get': { method: 'GET'; path: '/api/v1/api-keys/{id}'; result: 'data' };
  'apiKeys.delete': { method: 'DELETE'; path: '/api/v1/api-keys/{id}'; result: 'none' };
  'apiKeys.update': { method: 'PATCH'; path: '/api/v1/api-keys/{id}'; input: 'body'; result: 'data' };
  'apiKeys.regenerate': { method: 'POST'; path: '/api/v1/api-keys/{id}/regenerate'; result: 'data' };
  'roles.list': { method: 'GET'; path: '/api/v1/roles'; input: 'query'; paged: 100; items: 'data'; total: 'total' };
  'roles.create': { method: 'POST'; path: '/api/v1/roles'; input: 'body'; result: 'data' };
  'roles.get': { method: 'GET'; path: '/api/v1/roles/{id}'; result: 'data' };
  'roles.delete': { method: 'DELETE'; path: '/api/v1/roles/{id}'; result: 'none' };
  'roles.update': { method: 'PATCH'; path: '/api/v1/roles/{id}'; input: 'body'; result: 'data' };
  'permissions.list': { method: 'GET'; path: '/api/v1/permissions'; input: 'query'; items: 'data' };
  'projects.list': { method: 'GET'; path: '/api/v1/projects'; input: 'query'; paged: 100; items: 'data'; total: 'total' };
  'projects.create': { method: 'POST'; path: '/api/v1/projects'; input: 'body'; result: 'data' };
  'projects.get': { method: 'GET'; path: '/api/v1/projects/{id}'; result: 'data' };
  'projects.update': { method: 'PUT'; path: '/api/v1/projects/{id}'; input: 'body'; result: 'data' };
  'projects.delete': { method: 'DELETE'; path: '/api/v1/projects/{id}'; result: 'none' };
  'projects.members.list': { method: 'GET'; path: '/api/v1/projects/{id}/members'; input: 'query'; paged: 100; items: 'data'; total: 'total' };
  'projects.members.add': { method: 'POST'; path: '/api/v1/projects/{id}/members'; input: 'body'; result: 'data' };
  'projects.members.get': { method: 'GET'; path: '/api/v1/projects/{id}/members/{member_id}'; result: 'data' };
  'projects.members.remove': { method: 'DELETE'; path: '/api/v1/projects/{id}/members/{member_id}'; result: 'none' };
  'projects.members.update': { method: 'PATCH'; path: '/api/v1/projects/{id}/members/{member_id}'; input: 'body'; result: 'data' };
  'members.list': { method: 'GET'; path: '/api/v1/members'; input: 'query'; paged: 100; items: 'data'; total: 'total' };
  'members.add': { method: 'POST'; path: '/api/v1/members'; input: 'body'; result: 'data' };
  'members.get': { method: 'GET'; path: '/api/v1/members/{id}'; result: 'data' };
  'members.remove': { method: 'DELETE'; path: '/api/v1/members/{id}'; result: 'none' };
  'members.update': { method: 'PATCH'; path: '/api/v1/members/{id}'; input: 'body'; result: 'data' };
  'vms.list': { method: 'GET'; path: '/api/v1/vms'; input: 'query'; project: 'optional'; paged: 100; items: 'data'; total: 'total' };
  'vms.create': { method: 'POST'; path: '/api/v1/vms'; input: 'body'; project: 'required'; result: 'data' };
  'vms.get': { method: 'GET'; path: '/api/v1/vms/{id}'; result: 'data' };
  'vms.delete': { method: 'DELETE'; path: '/api/v1/vms/{id}'; input: 'body'; project: 'required'; result: 'none' };
  'backups.list': { method: 'GET'; path: '/api/v1/backups'; input: 'query'; project: 'optional'; paged: 100; items: 'data'; total: 'total' };
  'backups.create': { method: 'POST'; path: '/api/v1/backups'; input: 'body'; project: 'required'; result: 'data' };
  'snapshots.list': { method: 'GET'; path: '/api/v1/snapshots'; input: 'query'; project: 'optional'; paged: 100; items: 'data'; total: 'total' };
  'snapshots.create': { method: 'POST'; path: '/api/v1/snapshots'; input: 'body'; project: 'required'; result: 'data' };
  'health.check': { method: 'GET'; path: '/health'; public: true; result: 'body' };
  'regions.list': { method: 'GET'; path: '/api/v1/public/regions'; input: 'query'; public: true; items: 'regions' };
  'templates.list': { method: 'GET'; path: '/api/v1/public/templates'; input: 'query'; public: true; items: 'data'; total: 'total' };
  'pricing.vms': { method: 'GET'; path: '/api/v1/public/pricing/vm'; input: 'query'; public: true; result: 'plans' };
  'pricing.volumes': { method: 'GET'; path: '/api/v1/public/pricing/volume'; input: 'query'; public: true; result: 'pricing' };
  'pricing.snapshots': { method: 'GET'; path: '/api/v1/public/pricing/snapshot'; input: 'query'; public: true; result: 'pricing' };
  'pricing.backups': { method: 'GET'; path: '/api/v1/public/pricing/backup'; input: 'query'; public: true; result: 'pricing' };
  'pricing.ips': { method: 'GET'; path: '/api/v1/public/pricing/ip'; public: true; result: 'pricing' };
  'vms.deleteMany': { method: 'DELETE'; path: '/api/v1/vms/bulk'; input: 'body'; project: 'required'; result: 'body' };
  'vms.start': { method: 'POST'; path: '/api/v1/vms/{id}/start'; project: 'required'; result: 'none' };
  'vms.stop': { method: 'POST'; path: '/api/v1/vms/{id}/stop'; project: 'required'; result: 'none' };
  'vms.reboot': { method: 'POST'; path: '/api/v1/vms/{id}/reboot'; project: 'required'; result: 'none' };
  'vms.hardReboot': { method: 'POST'; path: '/api/v1/vms/{id}/reboot-hard'; project: 'required'; result: 'none' };
  'vms.rename': { method: 'PATCH'; path: '/api/v1/vms/{id}/rename'; input: 'body'; project: 'required'; result: 'none' };
  'vms.resetPassword': { method: 'POST'; path: '/api/v1/vms/{id}/reset-password'; project: 'required'; result: 'none' };
  'vms.reinstall': { method: 'POST'; path: '/api/v1/vms/{id}/reinstall'; input: 'body'; project: 'required'; result: 'none' };
  'vms.factoryReset': { method: 'POST'; path: '/api/v1/vms/{id}/factory-reset'; project: 'required'; result: 'none' };
  'vms.resize': { method: 'POST'; path: '/api/v1/vms/{id}/resize'; input: 'body'; project: 'required'; result: 'body' };
  'vms.resizeDisk': { method: 'POST'; path: '/api/v1/vms/{id}/disk/resize'; input: 'body'; project: 'required'; result: 'body' };
  'vms.saveImage': { method: 'POST'; path: '/api/v1/vms/{id}/save-image'; input: 'body'; project: 'required'; result: 'data' };
  'vms.tags.add': { method: 'POST'; path: '/api/v1/vms/{id}/tags'; input: 'body'; project: 'required'; result: 'tags' };
  'vms.tags.remove': { method: 'DELETE'; path: '/api/v1/vms/{id}/tags/{tagId}'; project: 'required'; result: 'none' };
  'vms.tags.update': { method: 'PATCH'; path: '/api/v1/vms/{id}/tags/{tagId}'; input: 'body'; project: 'required'; result: 'tags' };
  'vms.notes.get': { method: 'GET'; path: '/api/v1/vms/{id}/notes'; input: 'query'; result: 'body' };
  'vms.notes.append': { method: 'POST'; path: '/api/v1/vms/{id}/notes/{type}/append'; input: 'body'; project: 'required'; result: 'note' };
  'vms.notes.upsert': { method: 'PUT'; path: '/api/v1/vms/{id}/notes/{type}'; input: 'body'; project: 'required'; result: 'note' };
  'vms.notes.update': { method: 'PATCH'; path: '/api/v1/vms/{id}/notes/{type}'; input: 'body'; project: 'required'; result: 'note' };
  'sshKeys.list': { method: 'GET'; path: '/api/v1/ssh-keys'; input: 'query'; items: 'data' };
  'sshKeys.create': { method: 'POST'; path: '/api/v1/ssh-keys'; input: 'body'; result: 'data' };
  'sshKeys.get': { method: 'GET'; path: '/api/v1/ssh-keys/{id}'; result: 'data' };
  'sshKeys.update': { method: 'PUT'; path: '/api/v1/ssh-keys/{id}'; input: 'body'; result: 'data' };
  'sshKeys.delete': { method: 'DELETE'; path: '/api/v1/ssh-keys/{id}'; result: 'none' };
  'vpcs.list': { method: 'GET'; path: '/api/v1/vpcs'; input: 'query'; project: 'optional'; items: 'data' };
  'vpcs.create': { method: 'POST'; path: '/api/v1/vpcs'; input: 'body'; project: 'required'; result: 'data' };
  'vpcs.cidrSuggestions': { method: 'GET'; path: '/api/v1/vpcs/cidr-suggestions'; project: 'required'; result: 'body' };
  'vpcs.get': { method: 'GET'; path: '/api/v1/vpcs/{id}'; project: 'optional'; result: 'data' };
  'vpcs.update': { method: 'PUT'; path: '/api/v1/vpcs/{id}'; input: 'body'; project: 'required'; result: 'data' };
  'vpcs.delete': { method: 'DELETE'; path: '/api/v1/vpcs/{id}'; project: 'required'; result: 'none' };
  'ips.list': { method: 'GET'; path: '/api/v1/ips'; input: 'query'; project: 'optional'; paged: 100; items: 'data'; total: 'total' };
  'ips.reserve': { method: 'POST'; path: '/api/v1/ips/reserve'; input: 'body'; project: 'required'; result: 'data' };
  'ips.get': { method: 'GET'; path: '/api/v1/ips/{id}'; result: 'data' };
  'ips.release': { method: 'DELETE'; path: '/api/v1/ips/{id}/reserve'; project: 'required'; result: 'none' };
  'ips.change': { method: 'POST'; path: '/api/v1/ips/{id}/change'; project: 'required'; result: 'body' };
  'securityGroups.list': { method: 'GET'; path: '/api/v1/security-groups'; input: 'query'; project: 'optional'; items: 'data' };
  'securityGroups.create': { method: 'POST'; path: '/api/v1/security-groups'; input: 'body'; project: 'required'; result: 'data' };
  'securityGroups.templates': { method: 'GET'; path: '/api/v1/security-groups/templates'; result: 'data' };
  'securityGroups.get': { method: 'GET'; path: '/api/v1/security-groups/{id}'; project: 'optional'; result: 'data' };
  'securityGroups.update': { method: 'PUT'; path: '/api/v1/security-groups/{id}'; input: 'body'; project: 'required'; result: 'data' };
  'securityGroups.delete': { method: 'DELETE'; path: '/api/v1/security-groups/{id}'; project: 'required'; result: 'none' };
  'vms.networks.list': { method: 'GET'; path: '/api/v1/vms/{id}/networks'; input: 'query'; items: 'data' };
  'vms.networks.attachVpc': { method: 'POST'; path: '/api/v1/vms/{id}/vpc'; input: 'body'; project: 'required'; result: 'none' };
  'vms.networks.detachVpc': { method: 'DELETE'; path: '/api/v1/vms/{id}/vpc/{nic_id}'; project: 'required'; result: 'none' };
  'vms.networks.attachIp': { method: 'POST'; path: '/api/v1/vms/{id}/ip'; input: 'body'; project: 'required'; result: 'body' };
  'vms.networks.detachIp': { method: 'DELETE'; path: '/api/v1/vms/{id}/ip/{nic_id}'; project: 'required'; result: 'none' };
  'vms.networks.attachSecurityGroup': { method: 'POST'; path: '/api/v1/vms/{id}/security-groups'; input: 'body'; project: 'required'; result: 'none' };
  'vms.networks.detachSecurityGroup': { method: 'DELETE'; path: '/api/v1/vms/{id}/security-groups/{sg_id}/{nic_id}'; project: 'required'; result: 'none' };
  'volumes.list': { method: 'GET'; path: '/api/v1/volumes'; input: 'query'; project: 'optional'; paged: 100; items: 'data'; total: 'total' };
  'volumes.create': { method: 'POST'; path: '/api/v1/volumes'; input: 'body'; project: 'required'; result: 'data' };
  'volumes.get': { method: 'GET'; path: '/api/v1/volumes/{id}'; project: 'optional'; result: 'data' };
  'volumes.delete': { method: 'DELETE'; path: '/api/v1/volumes/{id}'; project: 'required'; result: 'none' };
  'volumes.resize': { method: 'PATCH'; path: '/api/v1/volumes/{id}'; input: 'body'; project: 'required'; result: 'body' };
  'volumes.attach': { method: 'POST'; path: '/api/v1/volumes/{id}/attach'; input: 'body'; project: 'required'; result: 'data' };
  'volumes.detach': { method: 'POST'; path: '/api/v1/volumes/{id}/detach'; project: 'required'; result: 'data' };
  'snapshots.get': { method: 'GET'; path: '/api/v1/snapshots/{id}'; project: 'optional'; result: 'data' };
  'snapshots.delete': { method: 'DELETE'; path: '/api/v1/snapshots/{id}'; project: 'required'; result: 'none' };
  'snapshots.restore': { method: 'POST'; path: '/api/v1/snapshots/{id}/restore'; project: 'required'; result: 'none' };
  'snapshots.rename': { method: 'PATCH'; path: '/api/v1/snapshots/{id}/rename'; input: 'body'; project: 'required'; result: 'data' };
  'backups.get': { method: 'GET'; path: '/api/v1/backups/{id}'; project: 'optional'; result: 'data' };
  'backups.delete': { method: 'DELETE'; path: '/api/v1/backups/{id}'; project: 'required'; result: 'none' };
  'backups.restore': { method: 'POST'; path: '/api/v1/backups/{id}/restore'; project: 'required'; result: 'data' };
  'backups.deleteChain': { method: 'DELETE'; path: '/api/v1/backups/{id}/chain'; project: 'required'; result: 'none' };
  'backups.resetChain': { method: 'POST'; path: '/api/v1/vms/{id}/backups/reset-chain'; project: 'required'; result: 'none' };
  'backupSchedules.list': { method: 'GET'; path: '/api/v1/backup-schedules'; input: 'query'; project: 'optional'; paged: 100; items: 'data'; total: 'total' };
  'backupSchedules.create': { method: 'POST'; path: '/api/v1/backup-schedules'; input: 'body'; project: 'required'; result: 'data' };
  'backupSchedules.get': { method: 'GET'; path: '/api/v1/backup-schedules/{id}'; project: 'optional'; result: 'data' };
  'backupSchedules.delete': { method: 'DELETE'; path: '/api/v1/backup-schedules/{id}'; project: 'required'; result: 'none' };
  'backupSchedules.update': { method: 'PATCH'; path: '/api/v1/backup-schedules/{id}'; input: 'body'; project: 'required'; result: 'data' };
  'invitations.create': { method: 'POST'; path: '/api/v1/invitations'; input: 'body'; result: 'data' };
  'invitations.cancel': { method: 'DELETE'; path: '/api/v1/invitations/{id}'; result: 'none' };
  'invitations.createForProject': { method: 'POST'; path: '/api/v1/projects/{id}/invitations'; input: 'body'; result: 'data' };
  'vms.setConsolePolicy': { method: 'PATCH'; path: '/api/v1/vms/{id}/console-policy'; input: 'body'; project: 'required'; result: 'none' };
  'apps.tiers': { method: 'GET'; path: '/api/v1/apps/tiers'; input: 'query'; public: true; result: 'tiers' };
  'apps.services.list': { method: 'GET'; path: '/api/v1/apps/services'; input: 'query'; items: 'services' };
  'apps.services.create': { method: 'POST'; path: '/api/v1/apps/services'; input: 'body'; project: 'required'; result: 'body' };
  'apps.services.get': { method: 'GET'; path: '/api/v1/apps/services/{service_id}'; result: 'service' };
  'apps.services.delete': { method: 'DELETE'; path: '/api/v1/apps/services/{service_id}'; result: 'none' };
  'apps.services.pause': { method: 'POST'; path: '/api/v1/apps/services/{service_id}/pause'; result: 'service' };
  'apps.services.resume': { method: 'POST'; path: '/api/v1/apps/services/{service_id}/resume'; result: 'service' };
  'apps.services.scale': { method: 'POST'; path: '/api/v1/apps/services/{service_id}/scale'; input: 'body'; result: 'service' };
  'apps.services.requestSourceUpload': { method: 'POST'; path: '/api/v1/apps/services/{service_id}/source-upload'; result: 'body' };
  'apps.deployments.list': { method: 'GET'; path: '/api/v1/apps/services/{service_id}/deployments'; input: 'query'; items: 'deployments' };
  'apps.deployments.create': { method: 'POST'; path: '/api/v1/apps/services/{service_id}/deployments'; input: 'body'; result: 'deployment' };
  'apps.deployments.get': { method: 'GET'; path: '/api/v1/apps/deployments/{deployment_id}'; result: 'deployment' };
  'apps.deployments.logs': { method: 'GET'; path: '/api/v1/apps/deployments/{deployment_id}/logs'; result: 'body' };
  'apps.services.rollback': { method: 'POST'; path: '/api/v1/apps/services/{service_id}/rollback'; input: 'body'; result: 'deployment' };
  'apps.services.logs': { method: 'GET'; path: '/api/v1/apps/services/{service_id}/logs'; input: 'query'; result: 'lines' };
  'apps.services.metrics': { method: 'GET'; path: '/api/v1/apps/services/{service_id}/metrics'; input: 'query'; result: 'series' };
  'apps.env.list': { method: 'GET'; path: '/api/v1/apps/services/{service_id}/env'; input: 'query'; items: 'env_vars' };
  'apps.env.set': { method: 'PUT'; path: '/api/v1/apps/services/{service_id}/env'; input: 'body'; result: 'body' };
  'apps.env.setMany': { method: 'PUT'; path: '/api/v1/apps/services/{service_id}/env/bulk'; input: 'body'; result: 'body' };
  'apps.env.reveal': { method: 'GET'; path: '/api/v1/apps/services/{service_id}/env/reveal'; result: 'env_vars' };
  'apps.env.delete': { method: 'DELETE'; path: '/api/v1/apps/services/{service_id}/env/{key}'; result: 'none' };
  'apps.domains.list': { method: 'GET'; path: '/api/v1/apps/services/{service_id}/domains'; input: 'query'; items: 'domains' };
  'apps.domains.add': { method: 'POST'; path: '/api/v1/apps/services/{service_id}/domains'; input: 'body'; result: 'domain' };
  'apps.domains.delete': { method: 'DELETE'; path: '/api/v1/apps/domains/{domain_id}'; result: 'none' };
  'apps.domains.retry': { method: 'POST'; path: '/api/v1/apps/domains/{domain_id}/retry'; result: 'domain' };
  'apps.jobs.run': { method: 'POST'; path: '/api/v1/apps/services/{service_id}/jobs/run'; result: 'run' };
  'apps.jobs.runs': { method: 'GET'; path: '/api/v1/apps/services/{service_id}/jobs/runs'; result: 'runs' };
  'apps.jobs.cancel': { method: 'POST'; path: '/api/v1/apps/jobs/runs/{run_id}/cancel'; result: 'run' };
  'apps.usage': { method: 'GET'; path: '/api/v1/apps/usage'; input: 'query'; result: 'body' };
  'apps.spendSettings': { method: 'GET'; path: '/api/v1/apps/spend-settings'; result: 'settings' };
  'apps.updateSpendSettings': { method: 'PATCH'; path: '/api/v1/apps/spend-settings'; input: 'body'; result: 'settings' };
  'pricing.apps': { method: 'GET'; path: '/api/v1/public/pricing/apps'; public: true; result: 'tiers' };
  'pricing.databases': { method: 'GET'; path: '/api/v1/public/pricing/database'; input: 'query'; public: true; result: 'body' };
  'databases.engines': { method: 'GET'; path: '/api/v1/databases/engines'; result: 'engines' };
  'databases.plans': { method: 'GET'; path: '/api/v1/databases/plans'; input: 'query'; result: 'body' };
  'databases.list': { method: 'GET'; path: '/api/v1/databases'; input: 'query'; project: 'optional'; items: 'databases' };
  'databases.create': { method: 'POST'; path: '/api/v1/databases'; input: 'body'; project: 'required'; result: 'database' };
  'databases.get': { method: 'GET'; path: '/api/v1/databases/{database_id}'; result: 'database' };
  'databases.delete': { method: 'DELETE'; path: '/api/v1/databases/{database_id}'; result: 'none' };
  'databases.update': { method: 'PATCH'; path: '/api/v1/databases/{database_id}'; input: 'body'; result: 'database' };
  'databases.scale': { method: 'POST'; path: '/api/v1/databases/{database_id}/scale'; input: 'body'; result: 'database' };
  'databases.resume': { method: 'POST'; path: '/api/v1/databases/{database_id}/resume'; result: 'database' };
  'databases.restore': { method: 'POST'; path: '/api/v1/databases/{database_id}/restore'; input: 'body'; result: 'body' };
  'databases.connection': { method: 'GET'; path: '/api/v1/databases/{database_id}/connection'; input: 'query'; result: 'body' };
  'databases.rotateCredentials': { method: 'POST'; path: '/api/v1/databases/{database_id}/credentials/rotate'; result: 'none' };
  'databases.connectVpc': { method: 'POST'; path: '/api/v1/databases/{database_id}/vpc'; input: 'body'; result: 'database' };
  'databases.disconnectVpc': { method: 'DELETE'; path: '/api/v1/databases/{database_id}/vpc'; result: 'database' };
  'databases.setPublicAccess': { method: 'POST'; path: '/api/v1/databases/{database_id}/public-access'; input: 'body'; result: 'database' };
  'databases.metrics': { method: 'GET'; path: '/api/v1/databases/{database_id}/metrics'; result: 'body' };
  'databases.metricsHistory': { method: 'GET'; path: '/api/v1/databases/{database_id}/metrics/history'; input: 'query'; result: 'body' };
  'databases.clientTraffic': { method: 'GET'; path: '/api/v1/databases/{database_id}/metrics/clients'; input: 'query'; result: 'body' };
  'databases.slowQueries': { method: 'GET'; path: '/api/v1/databases/{database_id}/slow-queries'; input: 'query'; result: 'body' };
  'databases.logs': { method: 'GET'; path: '/api/v1/databases/{database_id}/logs'; input: 'query'; result: 'lines' };
  'databases.extensions.list': { method: 'GET'; path: '/api/v1/databases/{database_id}/extensions'; input: 'query'; items: 'extensions' };
  'databases.extensions.set': { method: 'POST'; path: '/api/v1/databases/{database_id}/extensions'; input: 'body'; result: 'none' };
  'databases.backups.list': { method: 'GET'; path: '/api/v1/databases/{database_id}/backups'; input: 'query'; items: 'backups' };
  'databases.backups.create': { method: 'POST'; path: '/api/v1/databases/{database_id}/backups'; result: 'backup' };
  'databases.users.list': { method: 'GET'; path: '/api/v1/databases/{database_id}/users'; input: 'query'; items: 'users' };
  'databases.users.create': { method: 'POST'; path: '/api/v1/databases/{database_id}/users'; input: 'body'; result: 'body' };
  'databases.users.delete': { method: 'DELETE'; path: '/api/v1/databases/{database_id}/users/{name}'; result: 'none' };
  'databases.users.rotate': { method: 'POST'; path: '/api/v1/databases/{database_id}/users/{name}/rotate'; result: 'body' };
  'databases.users.credential': { method: 'GET'; path: '/api/v1/databases/{database_id}/users/{name}/credential'; result: 'body' };
  'databases.parameters': { method: 'GET'; path: '/api/v1/databases/{database_id}/parameters'; result: 'parameters' };
  'databases.query': { method: 'POST'; path: '/api/v1/databases/{database_id}/console'; input: 'body'; result: 'body' };
  'databases.browse': { method: 'POST'; path: '/api/v1/databases/{database_id}/browse'; input: 'body'; result: 'body' };
  'databases.savedQueries.list': { method: 'GET'; path: '/api/v1/databases/{database_id}/saved-queries'; input: 'query'; items: 'queries' };
  'databases.savedQueries.save': { method: 'PUT'; path: '/api/v1/databases/{database_id}/saved-queries'; input: 'body'; result: 'query' };
  'databases.savedQueries.delete': { method: 'DELETE'; path: '/api/v1/databases/{database_id}/saved-queries/{name}'; result: 'none' };
  'databases.consumers': { method: 'GET'; path: '/api/v1/databases/{database_id}/consumers'; result: 'consumers' };
  'functions.list': { method: 'GET'; path: '/api/v1/functions'; input: 'query'; items: 'data.functions'; total: 'data.total' };
  'functions.create': { method: 'POST'; path: '/api/v1/functions'; input: 'body'; project: 'required'; result: 'data.function' };
  'functions.usage': { method: 'GET'; path: '/api/v1/functions/usage'; input: 'query'; result: 'data' };
  'functions.spendSettings': { method: 'GET'; path: '/api/v1/functions/spend-settings'; result: 'data.settings' };
  'functions.updateSpendSettings': { method: 'PATCH'; path: '/api/v1/functions/spend-settings'; input: 'body'; result: 'data.settings' };
  'functions.importLambda': { method: 'POST'; path: '/api/v1/functions/import/lambda'; input: 'body'; result: 'data' };
  'functions.get': { method: 'GET'; path: '/api/v1/functions/{function_id}'; result: 'data.function' };
  'functions.delete': { method: 'DELETE'; path: '/api/v1/functions/{function_id}'; result: 'none' };
  'functions.update': { method: 'PATCH'; path: '/api/v1/functions/{function_id}'; input: 'body'; result: 'data.function' };
  'functions.pause': { method: 'POST'; path: '/api/v1/functions/{function_id}/pause'; result: 'none' };
  'functions.resume': { method: 'POST'; path: '/api/v1/functions/{function_id}/resume'; result: 'none' };
  'functions.requestSourceUpload': { method: 'POST'; path: '/api/v1/functions/{function_id}/source-upload'; result: 'data' };
  'functions.deployments.list': { method: 'GET'; path: '/api/v1/functions/{function_id}/deployments'; input: 'query'; items: 'data.deployments' };
  'functions.deployments.create': { method: 'POST'; path: '/api/v1/functions/{function_id}/deployments'; input: 'body'; result: 'data.deployment' };
  'functions.deployments.get': { method: 'GET'; path: '/api/v1/functions/{function_id}/deployments/{deployment_id}'; result: 'data.deployment' };
  'functions.deployments.logs': { method: 'GET'; path: '/api/v1/functions/{function_id}/deployments/{deployment_id}/logs'; result: 'data' };
  'functions.revisions': { method: 'GET'; path: '/api/v1/functions/{function_id}/revisions'; result: 'data.revisions' };
  'functions.rollback': { method: 'POST'; path: '/api/v1/functions/{function_id}/rollback'; input: 'body'; result: 'none' };
  'functions.source': { method: 'GET'; path: '/api/v1/functions/{function_id}/source'; input: 'query'; result: 'data' };
  'functions.logs': { method: 'GET'; path: '/api/v1/functions/{function_id}/logs'; input: 'query'; result: 'data.lines' };
  'functions.metrics': { method: 'GET'; path: '/api/v1/functions/{function_id}/metrics'; input: 'query'; result: 'data' };
  'functions.invocations': { method: 'GET'; path: '/api/v1/functions/{function_id}/invocations'; input: 'query'; result: 'data.invocations' };
  'functions.env.list': { method: 'GET'; path: '/api/v1/functions/{function_id}/env'; input: 'query'; items: 'data.env_vars' };
  'functions.env.set': { method: 'PUT'; path: '/api/v1/functions/{function_id}/env'; input: 'body'; result: 'none' };
  'functions.env.reveal': { method: 'GET'; path: '/api/v1/functions/{function_id}/env/reveal'; result: 'data.env_vars' };
  'functions.env.delete': { method: 'DELETE'; path: '/api/v1/functions/{function_id}/env/{key}'; result: 'none' };
  'functions.triggers.list': { method: 'GET'; path: '/api/v1/functions/{function_id}/triggers'; input: 'query'; items: 'data.triggers' };
  'functions.triggers.create': { method: 'POST'; path: '/api/v1/functions/{function_id}/triggers'; input: 'body'; result: 'data.trigger' };
  'functions.triggers.delete': { method: 'DELETE'; path: '/api/v1/functions/{function_id}/triggers/{trigger_id}'; result: 'none' };
  'functions.triggers.update': { method: 'PATCH'; path: '/api/v1/functions/{function_id}/triggers/{trigger_id}'; input: 'body'; result: 'none' };
  'functions.bindings.list': { method: 'GET'; path: '/api/v1/functions/{function_id}/bindings'; input: 'query'; items: 'data.bindings' };
  'functions.bindings.create': { method: 'POST'; path: '/api/v1/functions/{function_id}/bindings'; input: 'body'; result: 'data.binding' };
  'functions.bindings.delete': { method: 'DELETE'; path: '/api/v1/functions/{function_id}/bindings/{binding_id}'; result: 'none' };
  'functions.bindings.rotate': { method: 'POST'; path: '/api/v1/functions/{function_id}/bindings/{binding_id}/rotate'; result: 'data.binding' };
  'functions.triggerRuns': { method: 'GET'; path: '/api/v1/functions/{function_id}/trigger-runs'; input: 'query'; result: 'data.runs' };
  'functions.runtimes': { method: 'GET'; path: '/api/v1/public/functions/runtimes'; public: true; result: 'data.runtimes' };
  'pricing.functions': { method: 'GET'; path: '/api/v1/public/pricing/functions'; public: true; result: 'data.pricing' };
  'pricing.kubernetes': { method: 'GET'; path: '/api/v1/public/pricing/kubernetes'; public: true; result: 'body' };
  'kubernetes.versions': { method: 'GET'; path: '/api/v1/k8s/versions'; result: 'versions' };
  'kubernetes.nodePlans': { method: 'GET'; path: '/api/v1/k8s/node-plans'; result: 'body' };
  'kubernetes.clusters.list': { method: 'GET'; path: '/api/v1/k8s/clusters'; input: 'query'; project: 'optional'; paged: 100; items: 'clusters'; total: 'total' };
  'kubernetes.clusters.create': { method: 'POST'; path: '/api/v1/k8s/clusters'; input: 'body'; project: 'required'; idempotent: true; result: 'cluster' };
  'kubernetes.clusters.stats': { method: 'GET'; path: '/api/v1/k8s/clusters/stats'; input: 'query'; project: 'required'; result: 'stats' };
  'kubernetes.clusters.get': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}'; project: 'required'; result: 'cluster' };
  'kubernetes.clusters.delete': { method: 'DELETE'; path: '/api/v1/k8s/clusters/{cluster_id}'; project: 'required'; result: 'none' };
  'kubernetes.clusters.rename': { method: 'PATCH'; path: '/api/v1/k8s/clusters/{cluster_id}'; input: 'body'; project: 'required'; result: 'cluster' };
  'kubernetes.clusters.kubeconfig': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}/kubeconfig'; input: 'query'; project: 'required'; result: 'body' };
  'kubernetes.clusters.rotateKubeconfig': { method: 'POST'; path: '/api/v1/k8s/clusters/{cluster_id}/kubeconfig/rotate'; project: 'required'; result: 'none' };
  'kubernetes.clusters.upgradeHa': { method: 'POST'; path: '/api/v1/k8s/clusters/{cluster_id}/ha'; project: 'required'; result: 'none' };
  'kubernetes.clusters.upgrades': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}/upgrades'; project: 'required'; result: 'body' };
  'kubernetes.clusters.upgrade': { method: 'POST'; path: '/api/v1/k8s/clusters/{cluster_id}/upgrade'; input: 'body'; project: 'required'; result: 'none' };
  'kubernetes.clusters.setMaintenance': { method: 'PATCH'; path: '/api/v1/k8s/clusters/{cluster_id}/maintenance'; input: 'body'; project: 'required'; result: 'none' };
  'kubernetes.pools.list': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}/pools'; input: 'query'; project: 'required'; items: 'node_pools' };
  'kubernetes.pools.add': { method: 'POST'; path: '/api/v1/k8s/clusters/{cluster_id}/pools'; input: 'body'; project: 'required'; result: 'node_pool' };
  'kubernetes.pools.delete': { method: 'DELETE'; path: '/api/v1/k8s/clusters/{cluster_id}/pools/{pool_id}'; project: 'required'; result: 'none' };
  'kubernetes.pools.update': { method: 'PATCH'; path: '/api/v1/k8s/clusters/{cluster_id}/pools/{pool_id}'; input: 'body'; project: 'required'; result: 'node_pool' };
  'kubernetes.pools.scale': { method: 'POST'; path: '/api/v1/k8s/clusters/{cluster_id}/pools/{pool_id}/scale'; input: 'body'; project: 'required'; result: 'body' };
  'kubernetes.clusters.nodes': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}/nodes'; project: 'required'; result: 'nodes' };
  'kubernetes.clusters.events': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}/events'; input: 'query'; project: 'required'; result: 'events' };
  'kubernetes.clusters.volumes': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}/volumes'; project: 'required'; result: 'volumes' };
  'kubernetes.clusters.metrics': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}/metrics'; project: 'required'; result: 'body' };
  'kubernetes.clusters.firewall': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}/firewall'; project: 'required'; result: 'body' };
  'kubernetes.clusters.assignFirewall': { method: 'POST'; path: '/api/v1/k8s/clusters/{cluster_id}/firewall'; input: 'body'; project: 'required'; result: 'none' };
  'kubernetes.clusters.resetFirewall': { method: 'DELETE'; path: '/api/v1/k8s/clusters/{cluster_id}/firewall'; project: 'required'; result: 'none' };
  'kubernetes.clusters.metallbPool': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}/metallb-pool'; project: 'required'; result: 'pool' };
  'kubernetes.clusters.setMetallbPool': { method: 'PUT'; path: '/api/v1/k8s/clusters/{cluster_id}/metallb-pool'; input: 'body'; project: 'required'; result: 'pool' };
  'kubernetes.clusters.tcpPorts': { method: 'GET'; path: '/api/v1/k8s/clusters/{cluster_id}/tcp-ports'; project: 'required'; result: 'forwards' };
  'kubernetes.clusters.deleteTcpPort': { method: 'DELETE'; path: '/api/v1/k8s/clusters/{cluster_id}/tcp-ports/{port}'; project: 'required'; result: 'none' };
}

/** The SDK method of any operation, e.g. `'vms.create'`. */
export type SdkMethod =
  | 'apiKeys.list'
  | 'apiKeys.create'
  | 'apiKeys.get'
  | 'apiKeys.delete'
  | 'apiKeys.update'
  | 'apiKeys.regenerate'
  | 'roles.list'
  | 'roles.create'
  | 'roles.get'
  | 'roles.delete'
  | 'roles.update'
  | 'permissions.list'
  | 'projects.list'
  | 'projects.create'
  | 'projects.get'
  | 'projects.update'
  | 'projects.delete'
  | 'projects.members.list'
  | 'projects.members.add'
  | 'projects.members.get'
  | 'projects.members.remove'
  | 'projects.members.update'
  | 'members.list'
  | 'members.add'
  | 'members.get'
  | 'members.remove'
  | 'members.update'
  | 'vms.list'
  | 'vms.create'
  | 'vms.get'
  | 'vms.delete'
  | 'backups.list'
  | 'backups.create'
  | 'snapshots.list'
  | 'snapshots.create'
  | 'health.check'
  | 'regions.list'
  | 'templates.list'
  | 'pricing.vms'
  | 'pricing.volumes'
  | 'pricing.snapshots'
  | 'pricing.backups'
  | 'pricing.ips'
  | 'vms.deleteMany'
  | 'vms.start'
  | 'vms.stop'
  | 'vms.reboot'
  | 'vms.hardReboot'
  | 'vms.rename'
  | 'vms.resetPassword'
  | 'vms.reinstall'
  | 'vms.factoryReset'
  | 'vms.resize'
  | 'vms.resizeDisk'
  | 'vms.saveImage'
  | 'vms.tags.add'
  | 'vms.tags.remove'
  | 'vms.tags.update'
  | 'vms.notes.get'
  | 'vms.notes.append'
  | 'vms.notes.upsert'
  | 'vms.notes.update'
  | 'sshKeys.list'
  | 'sshKeys.create'
  | 'sshKeys.get'
  | 'sshKeys.update'
  | 'sshKeys.delete'
  | 'vpcs.list'
  | 'vpcs.create'
  | 'vpcs.cidrSuggestions'
  | 'vpcs.get'
  | 'vpcs.update'
  | 'vpcs.delete'
  | 'ips.list'
  | 'ips.reserve'
  | 'ips.get'
  | 'ips.release'
  | 'ips.change'
  | 'securityGroups.list'
  | 'securityGroups.create'
  | 'securityGroups.templates'
  | 'securityGroups.get'
  | 'securityGroups.update'
  | 'securityGroups.delete'
  | 'vms.networks.list'
  | 'vms.networks.attachVpc'
  | 'vms.networks.detachVpc'
  | 'vms.networks.attachIp'
  | 'vms.networks.detachIp'
  | 'vms.networks.attachSecurityGroup'
  | 'vms.networks.detachSecurityGroup'
  | 'volumes.list'
  | 'volumes.create'
  | 'volumes.get'
  | 'volumes.delete'
  | 'volumes.resize'
  | 'volumes.attach'
  | 'volumes.detach'
  | 'snapshots.get'
  | 'snapshots.delete'
  | 'snapshots.restore'
  | 'snapshots.rename'
  | 'backups.get'
  | 'backups.delete'
  | 'backups.restore'
  | 'backups.deleteChain'
  | 'backups.resetChain'
  | 'backupSchedules.list'
  | 'backupSchedules.create'
  | 'backupSchedules.get'
  | 'backupSchedules.delete'
  | 'backupSchedules.update'
  | 'invitations.create'
  | 'invitations.cancel'
  | 'invitations.createForProject'
  | 'vms.setConsolePolicy'
  | 'apps.tiers'
  | 'apps.services.list'
  | 'apps.services.create'
  | 'apps.services.get'
  | 'apps.services.delete'
  | 'apps.services.pause'
  | 'apps.services.resume'
  | 'apps.services.scale'
  | 'apps.services.requestSourceUpload'
  | 'apps.deployments.list'
  | 'apps.deployments.create'
  | 'apps.deployments.get'
  | 'apps.deployments.logs'
  | 'apps.services.rollback'
  | 'apps.services.logs'
  | 'apps.services.metrics'
  | 'apps.env.list'
  | 'apps.env.set'
  | 'apps.env.setMany'
  | 'apps.env.reveal'
  | 'apps.env.delete'
  | 'apps.domains.list'
  | 'apps.domains.add'
  | 'apps.domains.delete'
  | 'apps.domains.retry'
  | 'apps.jobs.run'
  | 'apps.jobs.runs'
  | 'apps.jobs.cancel'
  | 'apps.usage'
  | 'apps.spendSettings'
  | 'apps.updateSpendSettings'
  | 'pricing.apps'
  | 'pricing.databases'
  | 'databases.engines'
  | 'databases.plans'
  | 'databases.list'
  | 'databases.create'
  | 'databases.get'
  | 'databases.delete'
  | 'databases.update'
  | 'databases.scale'
  | 'databases.resume'
  | 'databases.restore'
  | 'databases.connection'
  | 'databases.rotateCredentials'
  | 'databases.connectVpc'
  | 'databases.disconnectVpc'
  | 'databases.setPublicAccess'
  | 'databases.metrics'
  | 'databases.metricsHistory'
  | 'databases.clientTraffic'
  | 'databases.slowQueries'
  | 'databases.logs'
  | 'databases.extensions.list'
  | 'databases.extensions.set'
  | 'databases.backups.list'
  | 'databases.backups.create'
  | 'databases.users.list'
  | 'databases.users.create'
  | 'databases.users.delete'
  | 'databases.users.rotate'
  | 'databases.users.credential'
  | 'databases.parameters'
  | 'databases.query'
  | 'databases.browse'
  | 'databases.savedQueries.list'
  | 'databases.savedQueries.save'
  | 'databases.savedQueries.delete'
  | 'databases.consumers'
  | 'functions.list'
  | 'functions.create'
  | 'functions.usage'
  | 'functions.spendSettings'
  | 'functions.updateSpendSettings'
  | 'functions.importLambda'
  | 'functions.get'
  | 'functions.delete'
  | 'functions.update'
  | 'functions.pause'
  | 'functions.resume'
  | 'functions.requestSourceUpload'
  | 'functions.deployments.list'
  | 'functions.deployments.create'
  | 'functions.deployments.get'
  | 'functions.deployments.logs'
  | 'functions.revisions'
  | 'functions.rollback'
  | 'functions.source'
  | 'functions.logs'
  | 'functions.metrics'
  | 'functions.invocations'
  | 'functions.env.list'
  | 'functions.env.set'
  | 'functions.env.reveal'
  | 'functions.env.delete'
  | 'functions.triggers.list'
  | 'functions.triggers.create'
  | 'functions.triggers.delete'
  | 'functions.triggers.update'
  | 'functions.bindings.list'
  | 'functions.bindings.create'
  | 'functions.bindings.delete'
  | 'functions.bindings.rotate'
  | 'functions.triggerRuns'
  | 'functions.runtimes'
  | 'pricing.functions'
  | 'pricing.kubernetes'
  | 'kubernetes.versions'
  | 'kubernetes.nodePlans'
  | 'kubernetes.clusters.list'
  | 'kubernetes.clusters.create'
  | 'kubernetes.clusters.stats'
  | 'kubernetes.clusters.get'
  | 'kubernetes.clusters.delete'
  | 'kubernetes.clusters.rename'
  | 'kubernetes.clusters.kubeconfig'
  | 'kubernetes.clusters.rotateKubeconfig'
  | 'kubernetes.clusters.upgradeHa'
  | 'kubernetes.clusters.upgrades'
  | 'kubernetes.clusters.upgrade'
  | 'kubernetes.clusters.setMaintenance'
  | 'kubernetes.pools.list'
  | 'kubernetes.pools.add'
  | 'kubernetes.pools.delete'
  | 'kubernetes.pools.update'
  | 'kubernetes.pools.scale'
  | 'kubernetes.clusters.nodes'
  | 'kubernetes.clusters.events'
  | 'kubernetes.clusters.volumes'
  | 'kubernetes.clusters.metrics'
  | 'kubernetes.clusters.firewall'
  | 'kubernetes.clusters.assignFirewall'
  | 'kubernetes.clusters.resetFirewall'
  | 'kubernetes.clusters.metallbPool'
  | 'kubernetes.clusters.setMetallbPool'
  | 'kubernetes.clusters.tcpPorts'
  | 'kubernetes.clusters.deleteTcpPort';

/** The operationId of each SDK method's operation in openapi.json (types only). */
export interface OperationIds {
  'apiKeys.list': 'listApiKeys';
  'apiKeys.create': 'createApiKey';
  'apiKeys.get': 'getApiKey';
  'apiKeys.delete': 'revokeApiKey';
  'apiKeys.update': 'updateApiKey';
  'apiKeys.regenerate': 'regenerateApiKey';
  'roles.list': 'listRoles';
  'roles.create': 'createRole';
  'roles.get': 'getRole';
  'roles.delete': 'deleteRole';
  'roles.update': 'updateRole';
  'permissions.list': 'listPermissions';
  'projects.list': 'listProjects';
  'projects.create': 'createProject';
  'projects.get': 'getProject';
  'projects.update': 'updateProject';
  'projects.delete': 'deleteProject';
  'projects.members.list': 'listProjectMembers';
  'projects.members.add': 'addProjectMember';
  'projects.members.get': 'getProjectMember';
  'projects.members.remove': 'removeProjectMember';
  'projects.members.update': 'updateProjectMember';
  'members.list': 'listMembers';
  'members.add': 'addMember';
  'members.get': 'getMember';
  'members.remove': 'removeMember';
  'members.update': 'updateMember';
  'vms.list': 'listVMs';
  'vms.create': 'createVM';
  'vms.get': 'getVM';
  'vms.delete': 'deleteVM';
  'backups.list': 'listBackups';
  'backups.create': 'createBackup';
  'snapshots.list': 'listSnapshots';
  'snapshots.create': 'createSnapshot';
  'health.check': 'healthCheck';
  'regions.list': 'listRegions';
  'templates.list': 'listTemplates';
  'pricing.vms': 'listVMPricing';
  'pricing.volumes': 'listVolumePricing';
  'pricing.snapshots': 'listSnapshotPricing';
  'pricing.backups': 'listBackupPricing';
  'pricing.ips': 'listIPPricing';
  'vms.deleteMany': 'deleteVMsBulk';
  'vms.start': 'startVM';
  'vms.stop': 'stopVM';
  'vms.reboot': 'rebootVM';
  'vms.hardReboot': 'hardRebootVM';
  'vms.rename': 'renameVM';
  'vms.resetPassword': 'resetVMPassword';
  'vms.reinstall': 'reinstallVM';
  'vms.factoryReset': 'factoryResetVM';
  'vms.resize': 'resizeVM';
  'vms.resizeDisk': 'resizeVMDisk';
  'vms.saveImage': 'saveVMDiskAsImage';
  'vms.tags.add': 'addVMTag';
  'vms.tags.remove': 'removeVMTag';
  'vms.tags.update': 'updateVMTag';
  'vms.notes.get': 'getVMNotes';
  'vms.notes.append': 'appendVMNote';
  'vms.notes.upsert': 'upsertVMNote';
  'vms.notes.update': 'updateVMNote';
  'sshKeys.list': 'listSSHKeys';
  'sshKeys.create': 'createSSHKey';
  'sshKeys.get': 'getSSHKey';
  'sshKeys.update': 'updateSSHKey';
  'sshKeys.delete': 'deleteSSHKey';
  'vpcs.list': 'listVPCs';
  'vpcs.create': 'createVPC';
  'vpcs.cidrSuggestions': 'listVPCCIDRSuggestions';
  'vpcs.get': 'getVPC';
  'vpcs.update': 'updateVPC';
  'vpcs.delete': 'deleteVPC';
  'ips.list': 'listIPs';
  'ips.reserve': 'reserveIP';
  'ips.get': 'getIP';
  'ips.release': 'releaseIP';
  'ips.change': 'changeIP';
  'securityGroups.list': 'listSecurityGroups';
  'securityGroups.create': 'createSecurityGroup';
  'securityGroups.templates': 'listSecurityGroupTemplates';
  'securityGroups.get': 'getSecurityGroup';
  'securityGroups.update': 'updateSecurityGroup';
  'securityGroups.delete': 'deleteSecurityGroup';
  'vms.networks.list': 'listVMNetworks';
  'vms.networks.attachVpc': 'attachVMToVPC';
  'vms.networks.detachVpc': 'detachVMFromVPC';
  'vms.networks.attachIp': 'attachVMIP';
  'vms.networks.detachIp': 'detachVMIP';
  'vms.networks.attachSecurityGroup': 'attachVMSecurityGroup';
  'vms.networks.detachSecurityGroup': 'detachVMSecurityGroup';
  'volumes.list': 'listVolumes';
  'volumes.create': 'createVolume';
  'volumes.get': 'getVolume';
  'volumes.delete': 'deleteVolume';
  'volumes.resize': 'resizeVolume';
  'volumes.attach': 'attachVolume';
  'volumes.detach': 'detachVolume';
  'snapshots.get': 'getSnapshot';
  'snapshots.delete': 'deleteSnapshot';
  'snapshots.restore': 'restoreSnapshot';
  'snapshots.rename': 'renameSnapshot';
  'backups.get': 'getBackup';
  'backups.delete': 'deleteBackup';
  'backups.restore': 'restoreBackup';
  'backups.deleteChain': 'deleteBackupChain';
  'backups.resetChain': 'resetBackupChain';
  'backupSchedules.list': 'listBackupSchedules';
  'backupSchedules.create': 'createBackupSchedule';
  'backupSchedules.get': 'getBackupSchedule';
  'backupSchedules.delete': 'deleteBackupSchedule';
  'backupSchedules.update': 'updateBackupSchedule';
  'invitations.create': 'createAccountInvitation';
  'invitations.cancel': 'cancelInvitation';
  'invitations.createForProject': 'createProjectInvitation';
  'vms.setConsolePolicy': 'setVMConsolePolicy';
  'apps.tiers': 'listAppTiers';
  'apps.services.list': 'listAppServices';
  'apps.services.create': 'createAppService';
  'apps.services.get': 'getAppService';
  'apps.services.delete': 'deleteAppService';
  'apps.services.pause': 'pauseAppService';
  'apps.services.resume': 'resumeAppService';
  'apps.services.scale': 'scaleAppService';
  'apps.services.requestSourceUpload': 'requestAppSourceUpload';
  'apps.deployments.list': 'listAppDeployments';
  'apps.deployments.create': 'createAppDeployment';
  'apps.deployments.get': 'getAppDeployment';
  'apps.deployments.logs': 'getAppDeploymentLogs';
  'apps.services.rollback': 'rollbackAppService';
  'apps.services.logs': 'listAppLogs';
  'apps.services.metrics': 'getAppServiceMetrics';
  'apps.env.list': 'listAppEnvVars';
  'apps.env.set': 'setAppEnvVar';
  'apps.env.setMany': 'bulkSetAppEnvVars';
  'apps.env.reveal': 'revealAppEnvVars';
  'apps.env.delete': 'deleteAppEnvVar';
  'apps.domains.list': 'listAppCustomDomains';
  'apps.domains.add': 'addAppCustomDomain';
  'apps.domains.delete': 'deleteAppCustomDomain';
  'apps.domains.retry': 'retryAppDomainVerification';
  'apps.jobs.run': 'runAppJob';
  'apps.jobs.runs': 'listAppJobRuns';
  'apps.jobs.cancel': 'cancelAppJobRun';
  'apps.usage': 'getAppsUsage';
  'apps.spendSettings': 'getAppSpendSettings';
  'apps.updateSpendSettings': 'updateAppSpendSettings';
  'pricing.apps': 'getAppsPricing';
  'pricing.databases': 'listDatabasePricing';
  'databases.engines': 'listDatabaseEngines';
  'databases.plans': 'listDatabasePlans';
  'databases.list': 'listDatabases';
  'databases.create': 'createDatabase';
  'databases.get': 'getDatabase';
  'databases.delete': 'deleteDatabase';
  'databases.update': 'updateDatabase';
  'databases.scale': 'scaleDatabase';
  'databases.resume': 'resumeDatabase';
  'databases.restore': 'restoreDatabase';
  'databases.connection': 'getDatabaseConnection';
  'databases.rotateCredentials': 'rotateDatabaseCredentials';
  'databases.connectVpc': 'connectDatabaseVPC';
  'databases.disconnectVpc': 'disconnectDatabaseVPC';
  'databases.setPublicAccess': 'setDatabasePublicAccess';
  'databases.metrics': 'getDatabaseMetrics';
  'databases.metricsHistory': 'getDatabaseMetricsHistory';
  'databases.clientTraffic': 'getDatabaseClientTraffic';
  'databases.slowQueries': 'getDatabaseSlowQueries';
  'databases.logs': 'getDatabaseLogs';
  'databases.extensions.list': 'listDatabaseExtensions';
  'databases.extensions.set': 'setDatabaseExtension';
  'databases.backups.list': 'listDatabaseBackups';
  'databases.backups.create': 'createDatabaseBackup';
  'databases.users.list': 'listDatabaseUsers';
  'databases.users.create': 'createDatabaseUser';
  'databases.users.delete': 'deleteDatabaseUser';
  'databases.users.rotate': 'rotateDatabaseUser';
  'databases.users.credential': 'getDatabaseUserCredential';
  'databases.parameters': 'listDatabaseParameters';
  'databases.query': 'runDatabaseQuery';
  'databases.browse': 'browseDatabase';
  'databases.savedQueries.list': 'listDatabaseSavedQueries';
  'databases.savedQueries.save': 'saveDatabaseSavedQuery';
  'databases.savedQueries.delete': 'deleteDatabaseSavedQuery';
  'databases.consumers': 'listDatabaseConsumers';
  'functions.list': 'listFunctions';
  'functions.create': 'createFunction';
  'functions.usage': 'getFunctionsUsage';
  'functions.spendSettings': 'getFunctionsSpendSettings';
  'functions.updateSpendSettings': 'updateFunctionsSpendSettings';
  'functions.importLambda': 'convertLambda';
  'functions.get': 'getFunction';
  'functions.delete': 'deleteFunction';
  'functions.update': 'updateFunction';
  'functions.pause': 'pauseFunction';
  'functions.resume': 'resumeFunction';
  'functions.requestSourceUpload': 'requestFunctionSourceUpload';
  'functions.deployments.list': 'listFunctionDeployments';
  'functions.deployments.create': 'createFunctionDeployment';
  'functions.deployments.get': 'getFunctionDeployment';
  'functions.deployments.logs': 'getFunctionDeploymentLogs';
  'functions.revisions': 'listFunctionRevisions';
  'functions.rollback': 'rollbackFunction';
  'functions.source': 'getFunctionSource';
  'functions.logs': 'listFunctionLogs';
  'functions.metrics': 'getFunctionMetrics';
  'functions.invocations': 'listFunctionInvocations';
  'functions.env.list': 'listFunctionEnvVars';
  'functions.env.set': 'setFunctionEnvVar';
  'functions.env.reveal': 'revealFunctionEnvVars';
  'functions.env.delete': 'deleteFunctionEnvVar';
  'functions.triggers.list': 'listFunctionTriggers';
  'functions.triggers.create': 'createFunctionTrigger';
  'functions.triggers.delete': 'deleteFunctionTrigger';
  'functions.triggers.update': 'updateFunctionTrigger';
  'functions.bindings.list': 'listFunctionBindings';
  'functions.bindings.create': 'createFunctionBinding';
  'functions.bindings.delete': 'deleteFunctionBinding';
  'functions.bindings.rotate': 'rotateFunctionBinding';
  'functions.triggerRuns': 'listFunctionTriggerRuns';
  'functions.runtimes': 'listFunctionRuntimes';
  'pricing.functions': 'getFunctionsPricing';
  'pricing.kubernetes': 'listKubernetesPricing';
  'kubernetes.versions': 'listK8sVersions';
  'kubernetes.nodePlans': 'listK8sNodePlans';
  'kubernetes.clusters.list': 'listK8sClusters';
  'kubernetes.clusters.create': 'createK8sCluster';
  'kubernetes.clusters.stats': 'getK8sClusterStats';
  'kubernetes.clusters.get': 'getK8sCluster';
  'kubernetes.clusters.delete': 'deleteK8sCluster';
  'kubernetes.clusters.rename': 'renameK8sCluster';
  'kubernetes.clusters.kubeconfig': 'getK8sKubeconfig';
  'kubernetes.clusters.rotateKubeconfig': 'rotateK8sKubeconfigAccess';
  'kubernetes.clusters.upgradeHa': 'upgradeK8sClusterHA';
  'kubernetes.clusters.upgrades': 'listK8sClusterUpgrades';
  'kubernetes.clusters.upgrade': 'upgradeK8sClusterVersion';
  'kubernetes.clusters.setMaintenance': 'updateK8sClusterMaintenance';
  'kubernetes.pools.list': 'listK8sNodePools';
  'kubernetes.pools.add': 'addK8sNodePool';
  'kubernetes.pools.delete': 'deleteK8sNodePool';
  'kubernetes.pools.update': 'updateK8sNodePool';
  'kubernetes.pools.scale': 'scaleK8sNodePool';
  'kubernetes.clusters.nodes': 'listK8sClusterNodes';
  'kubernetes.clusters.events': 'listK8sClusterEvents';
  'kubernetes.clusters.volumes': 'listK8sClusterVolumes';
  'kubernetes.clusters.metrics': 'getK8sClusterMetrics';
  'kubernetes.clusters.firewall': 'getK8sClusterFirewall';
  'kubernetes.clusters.assignFirewall': 'assignK8sClusterFirewall';
  'kubernetes.clusters.resetFirewall': 'resetK8sClusterFirewall';
  'kubernetes.clusters.metallbPool': 'getK8sMetalLBPool';
  'kubernetes.clusters.setMetallbPool': 'updateK8sMetalLBPool';
  'kubernetes.clusters.tcpPorts': 'listK8sTcpPorts';
  'kubernetes.clusters.deleteTcpPort': 'deleteK8sTcpPort';
}

/** The operationId of any operation in openapi.json. */
export type OperationId =
  | 'listApiKeys'
  | 'createApiKey'
  | 'getApiKey'
  | 'revokeApiKey'
  | 'updateApiKey'
  | 'regenerateApiKey'
  | 'listRoles'
  | 'createRole'
  | 'getRole'
  | 'deleteRole'
  | 'updateRole'
  | 'listPermissions'
  | 'listProjects'
  | 'createProject'
  | 'getProject'
  | 'updateProject'
  | 'deleteProject'
  | 'listProjectMembers'
  | 'addProjectMember'
  | 'getProjectMember'
  | 'removeProjectMember'
  | 'updateProjectMember'
  | 'listMembers'
  | 'addMember'
  | 'getMember'
  | 'removeMember'
  | 'updateMember'
  | 'listVMs'
  | 'createVM'
  | 'getVM'
  | 'deleteVM'
  | 'listBackups'
  | 'createBackup'
  | 'listSnapshots'
  | 'createSnapshot'
  | 'healthCheck'
  | 'listRegions'
  | 'listTemplates'
  | 'listVMPricing'
  | 'listVolumePricing'
  | 'listSnapshotPricing'
  | 'listBackupPricing'
  | 'listIPPricing'
  | 'deleteVMsBulk'
  | 'startVM'
  | 'stopVM'
  | 'rebootVM'
  | 'hardRebootVM'
  | 'renameVM'
  | 'resetVMPassword'
  | 'reinstallVM'
  | 'factoryResetVM'
  | 'resizeVM'
  | 'resizeVMDisk'
  | 'saveVMDiskAsImage'
  | 'addVMTag'
  | 'removeVMTag'
  | 'updateVMTag'
  | 'getVMNotes'
  | 'appendVMNote'
  | 'upsertVMNote'
  | 'updateVMNote'
  | 'listSSHKeys'
  | 'createSSHKey'
  | 'getSSHKey'
  | 'updateSSHKey'
  | 'deleteSSHKey'
  | 'listVPCs'
  | 'createVPC'
  | 'listVPCCIDRSuggestions'
  | 'getVPC'
  | 'updateVPC'
  | 'deleteVPC'
  | 'listIPs'
  | 'reserveIP'
  | 'getIP'
  | 'releaseIP'
  | 'changeIP'
  | 'listSecurityGroups'
  | 'createSecurityGroup'
  | 'listSecurityGroupTemplates'
  | 'getSecurityGroup'
  | 'updateSecurityGroup'
  | 'deleteSecurityGroup'
  | 'listVMNetworks'
  | 'attachVMToVPC'
  | 'detachVMFromVPC'
  | 'attachVMIP'
  | 'detachVMIP'
  | 'attachVMSecurityGroup'
  | 'detachVMSecurityGroup'
  | 'listVolumes'
  | 'createVolume'
  | 'getVolume'
  | 'deleteVolume'
  | 'resizeVolume'
  | 'attachVolume'
  | 'detachVolume'
  | 'getSnapshot'
  | 'deleteSnapshot'
  | 'restoreSnapshot'
  | 'renameSnapshot'
  | 'getBackup'
  | 'deleteBackup'
  | 'restoreBackup'
  | 'deleteBackupChain'
  | 'resetBackupChain'
  | 'listBackupSchedules'
  | 'createBackupSchedule'
  | 'getBackupSchedule'
  | 'deleteBackupSchedule'
  | 'updateBackupSchedule'
  | 'createAccountInvitation'
  | 'cancelInvitation'
  | 'createProjectInvitation'
  | 'setVMConsolePolicy'
  | 'listAppTiers'
  | 'listAppServices'
  | 'createAppService'
  | 'getAppService'
  | 'deleteAppService'
  | 'pauseAppService'
  | 'resumeAppService'
  | 'scaleAppService'
  | 'requestAppSourceUpload'
  | 'listAppDeployments'
  | 'createAppDeployment'
  | 'getAppDeployment'
  | 'getAppDeploymentLogs'
  | 'rollbackAppService'
  | 'listAppLogs'
  | 'getAppServiceMetrics'
  | 'listAppEnvVars'
  | 'setAppEnvVar'
  | 'bulkSetAppEnvVars'
  | 'revealAppEnvVars'
  | 'deleteAppEnvVar'
  | 'listAppCustomDomains'
  | 'addAppCustomDomain'
  | 'deleteAppCustomDomain'
  | 'retryAppDomainVerification'
  | 'runAppJob'
  | 'listAppJobRuns'
  | 'cancelAppJobRun'
  | 'getAppsUsage'
  | 'getAppSpendSettings'
  | 'updateAppSpendSettings'
  | 'getAppsPricing'
  | 'listDatabasePricing'
  | 'listDatabaseEngines'
  | 'listDatabasePlans'
  | 'listDatabases'
  | 'createDatabase'
  | 'getDatabase'
  | 'deleteDatabase'
  | 'updateDatabase'
  | 'scaleDatabase'
  | 'resumeDatabase'
  | 'restoreDatabase'
  | 'getDatabaseConnection'
  | 'rotateDatabaseCredentials'
  | 'connectDatabaseVPC'
  | 'disconnectDatabaseVPC'
  | 'setDatabasePublicAccess'
  | 'getDatabaseMetrics'
  | 'getDatabaseMetricsHistory'
  | 'getDatabaseClientTraffic'
  | 'getDatabaseSlowQueries'
  | 'getDatabaseLogs'
  | 'listDatabaseExtensions'
  | 'setDatabaseExtension'
  | 'listDatabaseBackups'
  | 'createDatabaseBackup'
  | 'listDatabaseUsers'
  | 'createDatabaseUser'
  | 'deleteDatabaseUser'
  | 'rotateDatabaseUser'
  | 'getDatabaseUserCredential'
  | 'listDatabaseParameters'
  | 'runDatabaseQuery'
  | 'browseDatabase'
  | 'listDatabaseSavedQueries'
  | 'saveDatabaseSavedQuery'
  | 'deleteDatabaseSavedQuery'
  | 'listDatabaseConsumers'
  | 'listFunctions'
  | 'createFunction'
  | 'getFunctionsUsage'
  | 'getFunctionsSpendSettings'
  | 'updateFunctionsSpendSettings'
  | 'convertLambda'
  | 'getFunction'
  | 'deleteFunction'
  | 'updateFunction'
  | 'pauseFunction'
  | 'resumeFunction'
  | 'requestFunctionSourceUpload'
  | 'listFunctionDeployments'
  | 'createFunctionDeployment'
  | 'getFunctionDeployment'
  | 'getFunctionDeploymentLogs'
  | 'listFunctionRevisions'
  | 'rollbackFunction'
  | 'getFunctionSource'
  | 'listFunctionLogs'
  | 'getFunctionMetrics'
  | 'listFunctionInvocations'
  | 'listFunctionEnvVars'
  | 'setFunctionEnvVar'
  | 'revealFunctionEnvVars'
  | 'deleteFunctionEnvVar'
  | 'listFunctionTriggers'
  | 'createFunctionTrigger'
  | 'deleteFunctionTrigger'
  | 'updateFunctionTrigger'
  | 'listFunctionBindings'
  | 'createFunctionBinding'
  | 'deleteFunctionBinding'
  | 'rotateFunctionBinding'
  | 'listFunctionTriggerRuns'
  | 'listFunctionRuntimes'
  | 'getFunctionsPricing'
  | 'listKubernetesPricing'
  | 'listK8sVersions'
  | 'listK8sNodePlans'
  | 'listK8sClusters'
  | 'createK8sCluster'
  | 'getK8sClusterStats'
  | 'getK8sCluster'
  | 'deleteK8sCluster'
  | 'renameK8sCluster'
  | 'getK8sKubeconfig'
  | 'rotateK8sKubeconfigAccess'
  | 'upgradeK8sClusterHA'
  | 'listK8sClusterUpgrades'
  | 'upgradeK8sClusterVersion'
  | 'updateK8sClusterMaintenance'
  | 'listK8sNodePools'
  | 'addK8sNodePool'
  | 'deleteK8sNodePool'
  | 'updateK8sNodePool'
  | 'scaleK8sNodePool'
  | 'listK8sClusterNodes'
  | 'listK8sClusterEvents'
  | 'listK8sClusterVolumes'
  | 'getK8sClusterMetrics'
  | 'getK8sClusterFirewall'
  | 'assignK8sClusterFirewall'
  | 'resetK8sClusterFirewall'
  | 'getK8sMetalLBPool'
  | 'updateK8sMetalLBPool'
  | 'listK8sTcpPorts'
  | 'deleteK8sTcpPort';
