// What the generator cannot read from openapi.json: the SDK's own decisions. Everything about the
// wire (paths, methods, project rules, permissions, envelopes, waiters, secrets) is in the spec.

/**
 * Namespaces with hand-written methods: the generated class extends `className` from `file`
 * (a path under src/resources/custom/), and the listed SDK methods are left to it. Hooks the
 * custom class defines (e.g. `_afterCall`) apply to the generated methods too.
 */
export const CUSTOM = {
  apiKeys: {
    className: 'ApiKeysCustom',
    file: 'api-keys.js',
    methods: ['create', 'current', 'listExpiring', 'checkFormat'],
  },
  roles: { className: 'RolesCustom', file: 'roles.js', methods: ['preview'] },
  databases: { className: 'DatabasesCustom', file: 'databases.js', methods: ['setPublicAccess'] },
  'projects.members': {
    className: 'ProjectMembersCustom',
    file: 'project-members.js',
    methods: ['add', 'update'],
  },
};

/** Singular forms the plain rule (drop a final `s`) gets wrong. */
export const SINGULAR = { kubernetes: 'Kubernetes', env: 'Env' };

/**
 * Public type names kept from before the generator, by `<operationId>.<slot>`: the default names
 * are `<OperationId>Params`, `<OperationId>Body` and, for an inline result, `<OperationId>Result`.
 */
export const TYPE_NAMES = {
  'attachVMIP.body': 'AttachIpBody',
  'attachVMIP.result': 'AttachIpResult',
  'attachVMSecurityGroup.body': 'AttachSecurityGroupBody',
  'attachVMToVPC.body': 'AttachVpcBody',
  'createAccountInvitation.body': 'CreateInvitationBody',
  'createProjectInvitation.body': 'CreateInvitationBody',
  'deleteVMsBulk.body': 'DeleteVMsBody',
  'deleteVMsBulk.result': 'DeleteVMsResult',
  'saveVMDiskAsImage.body': 'SaveVMImageBody',
  'appendVMNote.body': 'VMNoteBody',
  'upsertVMNote.body': 'VMNoteBody',
  'updateVMNote.body': 'VMNoteBody',
  'getVMNotes.result': 'VMNotes',
  'listVolumePricing.params': 'StoragePricingParams',
  'listSnapshotPricing.params': 'StoragePricingParams',
  'listBackupPricing.params': 'StoragePricingParams',
  'listVMPricing.params': 'VMPricingParams',
  'changeIP.result': 'IPChange',
  'listVPCCIDRSuggestions.result': 'CIDRSuggestions',
  'resizeVM.result': 'VMResizeResult',
  'resizeVMDisk.result': 'VMResizeResult',
  'resizeVolume.result': 'VolumeResizeResult',
  'createProject.body': 'CreateProjectBody',
  'updateApiKey.body': 'UpdateApiKeyBody',
  'updateProject.body': 'UpdateProjectBody',
  'createRole.body': 'CreateRoleBody',
  'updateRole.body': 'UpdateRoleBody',
  'updateMember.body': 'UpdateMemberBody',
  'updateProjectMember.body': 'UpdateMemberBody',
  'healthCheck.result': 'HealthStatus',
};

/**
 * Names for result types whose schema is a component with a name that reads badly as a public
 * type, by component name.
 */
export const COMPONENT_TYPE_NAMES = {
  // `Function` would shadow the global of that name wherever it is imported.
  Function: 'ServerlessFunction',
};

/**
 * What a namespace is, where its operations share their parent's tag (whose description then
 * says what the parent is, not the child).
 */
export const NAMESPACE_DOCS = {
  'apps.services':
    'App services: what runs (web, private, worker, cron and job services), with their lifecycle, scaling, logs and metrics, and `waitFor`.',
  'apps.deployments': 'The builds and releases of an App service, with their build logs.',
  'apps.env': 'An App service’s environment variables; `reveal` returns the secret values.',
  'apps.domains': 'Custom domains of an App service and their verification.',
  'apps.jobs': 'Runs of an App job service.',
  'functions.deployments': 'The builds and releases of a function, with their build logs.',
  'functions.env': 'A function’s environment variables; `reveal` returns the secret values.',
  'functions.triggers': 'What invokes a function besides HTTP: schedules and events.',
  'functions.bindings':
    'Managed resources (databases, buckets) bound to a function through injected environment variables.',
  'kubernetes.clusters':
    'Kubernetes clusters: create, scale, upgrade, kubeconfigs, firewall and load balancing, and `waitFor`.',
  'kubernetes.pools': 'The worker node pools of a Kubernetes cluster.',
};

/** The status a waiter's `@example` waits for, when the resource has one of these. */
export const READY_STATUSES = ['active', 'running', 'live', 'available', 'ready', 'completed'];

/**
 * Public types that no method returns or takes directly but that users name (a nested part of a
 * result, a path parameter's values), by name: their definition over the generated types.
 */
export const EXTRA_TYPES = {
  APIKeyProjectAccess: {
    definition: "components['schemas']['APIKeyProjectAccess']",
    doc: 'One project an API key reaches, and the role it has there.',
  },
  VMNoteType: {
    definition: "operations['upsertVMNote']['parameters']['path']['type']",
    doc: 'Which note of a VM: `personal` (its writer’s own) or `account` (shared with the account).',
  },
};
