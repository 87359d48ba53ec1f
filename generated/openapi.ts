/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json and regenerate.
 */

export interface paths {
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Pages through the account’s API keys. Only prefixes are returned; secrets never are.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a key bound to an account role and returns its secret, once. The new key reaches no project yet: grant projects with addProjectMember using `api_key_id`.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Returns one key’s metadata and project grants, without the secret.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Deletes the key for good. Requests that present it fail with 401 from now on; audit entries that mention it remain.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        /**
         * Update an API key
         * @description Renames a key, changes its rate-limit tier, or switches it off or on. Roles cannot be changed here.
         */
        patch: operations["updateApiKey"];
        trace?: never;
    };
    "/api/v1/api-keys/{id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate an API key
         * @description Issues a new secret for the same key and kills the old one at once (no overlap). Id, name, roles, project grants and expiry policy stay; the expiry is counted again from now. Works on expired keys too.
         */
        post: operations["regenerateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List roles
         * @description Pages through the system roles and the account’s custom roles. Raff’s reference shows no `total` here, so it is optional.
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a custom role
         * @description Creates a custom role at account or project scope. The permissions must come from that scope’s catalog (listPermissions).
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a role
         * @description Returns one role with its full permission list.
         */
        get: operations["getRole"];
        put?: never;
        post?: never;
        /**
         * Delete a custom role
         * @description Deletes a custom role nobody holds any more (409 otherwise). System roles cannot be deleted (400).
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /**
         * Update a custom role
         * @description Changes a custom role; every member and key holding it is affected on its next request. System roles answer 400.
         */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List permissions
         * @description Returns the whole permission catalog, the same for every account. Any valid key may read it; no permission is checked. Not paginated.
         */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Pages through the account’s projects.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Creates an empty project in the account.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project
         * @description Returns one project.
         */
        get: operations["getProject"];
        /**
         * Update a project
         * @description Changes a project’s name, description or default region. Fields left out are unchanged.
         */
        put: operations["updateProject"];
        post?: never;
        /**
         * Delete a project
         * @description Deletes an empty project. A project that still holds resources, and the Default project, cannot be deleted (409).
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List project members
         * @description Pages through the users and API keys that hold a role on the project.
         */
        get: operations["listProjectMembers"];
        put?: never;
        /**
         * Add a project member
         * @description Grants a project role on this project to an existing account user or to an API key. This is how an API key gets project access.
         */
        post: operations["addProjectMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project member
         * @description Returns one grant on the project.
         */
        get: operations["getProjectMember"];
        put?: never;
        post?: never;
        /**
         * Remove a project member
         * @description Withdraws the grant. A user stays an account member; an API key keeps working but loses this project.
         */
        delete: operations["removeProjectMember"];
        options?: never;
        head?: never;
        /**
         * Update a project member
         * @description Changes the project role of a grant, or suspends or restores it.
         */
        patch: operations["updateProjectMember"];
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List account members
         * @description Pages through the account’s members, pending invitations included.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an account member
         * @description Returns one account membership.
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List VMs
         * @description Pages through VMs in one project (with `X-Project-ID`) or in every project the key can reach (without it).
         */
        get: operations["listVMs"];
        put?: never;
        /**
         * Create a VM
         * @description Starts building a VM in the project named by `X-Project-ID`. It comes back in an early state (`initiating`); poll getVM until `active`. Billing standing and balance are checked first.
         */
        post: operations["createVM"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a VM
         * @description Returns one VM, found by id alone: this call takes no `X-Project-ID`. The key needs `vm.view` on the VM’s project.
         */
        get: operations["getVM"];
        put?: never;
        post?: never;
        /**
         * Delete a VM
         * @description Destroys the VM. Attached volumes are kept unless `volume_action` is `delete`; a prepaid subscription is refunded pro rata by the hour.
         */
        delete: operations["deleteVM"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backups
         * @description Pages through backups in one project (with `X-Project-ID`) or in every project the key can reach (without it).
         */
        get: operations["listBackups"];
        put?: never;
        /**
         * Back up a VM
         * @description Queues a one-off backup of the given VM in the project named by `X-Project-ID` and answers 202 straight away with the backup in `pending`; watch listBackups until it turns `ready`.
         */
        post: operations["createBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List snapshots
         * @description Pages through snapshots in one project (with `X-Project-ID`) or in every project the key can reach (without it), optionally narrowed to one source.
         */
        get: operations["listSnapshots"];
        put?: never;
        /**
         * Take a snapshot
         * @description Snapshots a VM (by UUID) or a volume (by integer id) in the project named by `X-Project-ID`. Snapshot storage is billed, so billing standing is checked.
         */
        post: operations["createSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Body of every 4xx and 5xx response. */
        Error: {
            /**
             * @description Short error class, usually the HTTP reason phrase (`Bad Request`, `Forbidden`, …).
             * @example Forbidden
             */
            error: string;
            /**
             * @description What went wrong, for humans. Do not parse it.
             * @example X-Project-ID required
             */
            message: string;
        };
        /** @description A 403 caused by the account’s billing standing rather than by permissions. Sent by calls that create billable resources. */
        BillingError: components["schemas"]["Error"] & {
            /**
             * @description Machine-readable cause. `banned`: the account is suspended. `failed`: the last payment did not go through and the balance needs a top-up. `no_billing_customer`: billing was never set up for the account.
             * @enum {string}
             */
            reason: "banned" | "failed" | "no_billing_customer";
        };
        /** @description Envelope returned by calls that delete or revoke something. */
        SuccessResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /**
             * @description Human-readable confirmation.
             * @example API key revoked
             */
            message: string;
        };
        /** @description One project an API key can reach, and the project role it holds there. */
        APIKeyProjectAccess: {
            /**
             * Format: uuid
             * @description The project.
             */
            project_id: string;
            /** @description The project’s name. */
            project_name: string;
            /**
             * Format: uuid
             * @description Project role the key holds on this project.
             */
            role_id: string;
            /** @description Display name of that role. */
            role_name: string;
            /**
             * @description Slug of that role.
             * @example operator
             */
            role_slug: string;
        };
        /** @description An API key as Raff reports it after creation: metadata and the public prefix only, never the secret. The key refers to its roles, so editing a role changes what the key may do on its next request. */
        APIKey: {
            /**
             * Format: uuid
             * @description Stable identifier; survives regeneration.
             */
            id: string;
            /**
             * Format: uuid
             * @description Account the key belongs to.
             */
            account_id?: string;
            /** @description Label given at creation. */
            name: string;
            /**
             * @description The first 13 characters of the secret (`raff_` and 8 hex digits). Safe to log and show; enough to recognise the key. Changes when the key is regenerated.
             * @example raff_17d70fcf
             */
            key_prefix: string;
            /**
             * @description Key class. Keys made by customers are always `public`.
             * @enum {string}
             */
            scope?: "public";
            /**
             * @description Per-key request budget. `standard`: 30 requests per second with a burst allowance of 60. `high`: 100 per second, burst 200; granted by Raff support on request.
             * @enum {string}
             */
            rate_limit_tier?: "standard" | "high";
            /**
             * Format: date-time
             * @description When the key stops authenticating. `null` (or absent) for a key that never expires. Regeneration restarts the clock with the same duration.
             */
            expires_at?: string | null;
            /**
             * Format: date-time
             * @description Last time the key authenticated a request; `null` if never (reset by regeneration).
             */
            last_used_at?: string | null;
            /** @description Whether the key is switched on. */
            is_active: boolean;
            /**
             * Format: uuid
             * @description Account role the key uses for `account.*` permissions.
             */
            role_id?: string;
            /**
             * @description Display name of the account role.
             * @example Admin
             */
            role_name?: string;
            /**
             * @description Slug of the account role.
             * @example admin
             */
            role_slug?: string;
            /** @description Projects the key was added to as a project member, with the project role on each. Empty for a key with no project grants (an Owner key reaches every project without any). */
            project_accesses?: components["schemas"]["APIKeyProjectAccess"][];
            /**
             * Format: uuid
             * @description User who created the key.
             */
            created_by?: string;
            /**
             * Format: date-time
             * @description When the key was created.
             */
            created_at?: string;
        };
        /** @description An API key together with its full secret. Only the create and regenerate calls return this, once; Raff keeps a hash, so the secret cannot be fetched again. */
        APIKeyWithSecret: components["schemas"]["APIKey"] & {
            /**
             * @description The full key: `raff_` and 64 lowercase hex digits. Send it as `X-API-Key`; store it in a secret manager right away.
             * @example raff_17d70fcf7e7510968a4c19279b25707f088f1cc5ad8b74210341d8e470b5bb7a
             */
            secret: string;
        };
        /** @description Fields for a new key. Project access is not part of this call: add the key to each project afterwards with addProjectMember (`api_key_id`). */
        CreateAPIKeyRequest: {
            /** @description Label saying what uses the key, e.g. `Production CI` or `Backups Lambda`. */
            name: string;
            /**
             * Format: uuid
             * @description Account role for the key’s `account.*` permissions. Raff’s dashboard always asks for one; the API accepts its absence.
             */
            role_id?: string;
            /**
             * Format: date-time
             * @description When the key should stop working. Leave out for a key that never expires.
             */
            expires_at?: string;
            /**
             * @description Per-key request budget. `standard`: 30 requests per second with a burst allowance of 60. `high`: 100 per second, burst 200; granted by Raff support on request. Raff uses `standard` when this is left out.
             * @enum {string}
             */
            rate_limit_tier?: "standard" | "high";
        };
        /** @description Fields to change; send at least one. Roles are not editable here: change the role itself, or revoke the key and create another. The expiry is fixed at creation, as Raff's documentation says (its API reference lists `expires_at` as patchable; we side with the documentation): to change it, regenerate the key (the expiry restarts) or create a new one. */
        UpdateAPIKeyRequest: {
            /** @description Label saying what uses the key, e.g. `Production CI` or `Backups Lambda`. */
            name?: string;
            /**
             * @description Per-key request budget. `standard`: 30 requests per second with a burst allowance of 60. `high`: 100 per second, burst 200; granted by Raff support on request.
             * @enum {string}
             */
            rate_limit_tier?: "standard" | "high";
            /** @description Switch the key off (`false`) or back on (`true`). */
            is_active?: boolean;
        };
        /** @description A named set of permissions at one scope. Members and API keys point at roles, so editing a role changes what every holder may do from its next request on. */
        Role: {
            /**
             * Format: uuid
             * @description Role identifier.
             */
            id: string;
            /** @description Owning account for custom roles. Empty (`null` or an empty string) on built-in system roles. */
            account_id?: string | null;
            /**
             * @description Display name.
             * @example Operator
             */
            name: string;
            /**
             * @description Stable machine name.
             * @example operator
             */
            slug: string;
            /** @description Free-text explanation of the role. */
            description?: string;
            /**
             * @description `account`: grants `account.*` permissions. `project`: grants project permissions on the projects it is assigned on. Fixed at creation.
             * @enum {string}
             */
            scope: "account" | "project";
            /** @description Permission strings the role grants. */
            permissions: string[];
            /** @description True for built-in roles, which can be neither edited nor deleted. */
            is_system: boolean;
            /**
             * Format: uuid
             * @description User who created a custom role; empty on system roles.
             */
            created_by?: string | null;
            /**
             * Format: date-time
             * @description When the role was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the role last changed.
             */
            updated_at?: string;
        };
        /** @description A new custom role. Scope and slug cannot be changed later. */
        CreateRoleRequest: {
            /** @description Display name, unique within the account. */
            name: string;
            /**
             * @description Machine name: lowercase letters, digits and hyphens. Must not clash with another role.
             * @example ci-operator
             */
            slug: string;
            /** @description Optional free text. */
            description?: string;
            /**
             * @description Which catalog the permissions come from. Permanent.
             * @enum {string}
             */
            scope: "account" | "project";
            /** @description Permission strings, all from the chosen scope’s catalog (see listPermissions). */
            permissions: string[];
        };
        /** @description Changes to a custom role; send at least one field. The permission list, when sent, replaces the old one. */
        UpdateRoleRequest: {
            /** @description Display name, unique within the account. */
            name?: string;
            /** @description New free text. */
            description?: string;
            /** @description The complete new permission list. */
            permissions?: string[];
        };
        /** @description One entry of the permission catalog. */
        Permission: {
            /**
             * @description Permission string, `<domain>.<resource>.<action>` or `<resource>.<action>`.
             * @example account.apikeys.create
             * @example vm.create
             */
            name: string;
            /** @description What the permission allows. */
            description?: string;
            /**
             * @description Catalog the permission belongs to.
             * @enum {string}
             */
            scope: "account" | "project";
            /**
             * @description Grouping used by the dashboard.
             * @example vm
             */
            category: string;
        };
        /** @description A project: the boundary that VMs, backups, snapshots and other resources live in. */
        Project: {
            /**
             * Format: uuid
             * @description Project identifier; the value for `X-Project-ID`.
             */
            id: string;
            /**
             * Format: uuid
             * @description Owning account.
             */
            account_id: string;
            /**
             * @description Project name.
             * @example customer1
             */
            name: string;
            /**
             * @description URL-friendly form of the name.
             * @example customer1
             */
            slug: string;
            /** @description Free text. */
            description?: string;
            /**
             * @description Region new resources in this project default to.
             * @enum {string}
             */
            default_region: "us-east";
            /** @description True for the account’s Default project, which always exists and cannot be deleted. */
            is_default: boolean;
            /** @description Whether the project is active. */
            is_active: boolean;
            /**
             * Format: uuid
             * @description User who created the project.
             */
            created_by?: string;
            /**
             * Format: date-time
             * @description When the project was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the project last changed.
             */
            updated_at: string;
        };
        /** @description A new project. */
        CreateProjectRequest: {
            /** @description Project name. */
            name: string;
            /** @description Free text. */
            description?: string;
            /**
             * @description Region new resources default to.
             * @enum {string}
             */
            default_region?: "us-east";
        };
        /** @description Project fields to change; send at least one. Fields left out keep their value. */
        UpdateProjectRequest: {
            /** @description Project name. */
            name?: string;
            /** @description Free text. */
            description?: string;
            /**
             * @description Region new resources default to.
             * @enum {string}
             */
            default_region?: "us-east";
        };
        /** @description A grant of one project role on one project, held either by a user (`user_id`) or by an API key (`api_key_id`). Grants held by API keys have no e-mail address. */
        ProjectMember: {
            /**
             * Format: uuid
             * @description Identifier of the grant (the `member_id` in paths).
             */
            id: string;
            /**
             * Format: uuid
             * @description Project the grant applies to.
             */
            project_id: string;
            /**
             * Format: uuid
             * @description The user holding the grant; `null` for API keys and for invitations not yet accepted.
             */
            user_id?: string | null;
            /**
             * Format: uuid
             * @description The API key holding the grant; `null` for users.
             */
            api_key_id?: string | null;
            /**
             * Format: email
             * @description User’s e-mail address. Absent for API keys.
             */
            email?: string;
            /**
             * @deprecated
             * @description Role slug. Kept for older clients; use `role_id` and `role_name`.
             */
            role?: string;
            /**
             * Format: uuid
             * @description Project role granted.
             */
            role_id: string;
            /**
             * @description Display name of that role.
             * @example Operator
             */
            role_name?: string;
            /**
             * @description `pending`: invited, not yet accepted. `active`: in effect. `suspended`: switched off by an administrator but kept.
             * @enum {string}
             */
            status: "pending" | "active" | "suspended";
            /**
             * Format: uuid
             * @description User who made the grant or sent the invitation.
             */
            invited_by?: string | null;
            /**
             * Format: date-time
             * @description When the invitation was sent; `null` for direct grants.
             */
            invited_at?: string | null;
            /**
             * Format: date-time
             * @description When the invitation was accepted; `null` while pending or for direct grants.
             */
            accepted_at?: string | null;
            /**
             * Format: uuid
             * @description The pending invitation behind a `pending` grant.
             */
            invitation_id?: string | null;
            /**
             * Format: date-time
             * @description When that invitation lapses.
             */
            invitation_expires_at?: string | null;
            /**
             * Format: date-time
             * @description When the grant was created.
             */
            created_at?: string;
        };
        /** @description Grant a project role to exactly one principal: an existing account user (`target_user_id`) or an API key (`api_key_id`), never both. To invite a new e-mail address, use Raff’s project invitations instead. */
        AddProjectMemberRequest: {
            /**
             * Format: uuid
             * @description Project-scope role to grant.
             */
            role_id: string;
            /**
             * Format: uuid
             * @description User to add; must already belong to the account.
             */
            target_user_id: string;
        } | {
            /**
             * Format: uuid
             * @description Project-scope role to grant.
             */
            role_id: string;
            /**
             * Format: uuid
             * @description API key to give access to this project.
             */
            api_key_id: string;
        };
        /** @description Membership fields to change; send at least one. */
        UpdateMemberRequest: {
            /**
             * Format: uuid
             * @description New role, of the scope that fits the membership.
             */
            role_id?: string;
            /**
             * @description Suspend a member (`suspended`) or lift the suspension (`active`). `pending` cannot be set.
             * @enum {string}
             */
            status?: "active" | "suspended";
        };
        /** @description A member of the account, or an invitation that has not been accepted yet. */
        Member: {
            /**
             * Format: uuid
             * @description Membership identifier.
             */
            id: string;
            /**
             * Format: uuid
             * @description The account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * @description The user; `null` until an invitation is accepted.
             */
            user_id?: string | null;
            /**
             * Format: email
             * @description E-mail address. Raff’s reference marks it as always present, but a membership held by an API key has none, so this description does not require it.
             */
            email?: string;
            /**
             * @deprecated
             * @description Role slug. Kept for older clients; use `role_id` and `role_name`.
             */
            role?: string;
            /**
             * Format: uuid
             * @description Account role.
             */
            role_id?: string;
            /**
             * @description Display name of the account role.
             * @example Admin
             */
            role_name?: string;
            /**
             * @description `pending`: invited, not yet accepted. `active`: in effect. `suspended`: switched off by an administrator but kept.
             * @enum {string}
             */
            status: "pending" | "active" | "suspended";
            /**
             * Format: uuid
             * @description User who sent the invitation.
             */
            invited_by?: string | null;
            /**
             * Format: date-time
             * @description When the invitation was sent.
             */
            invited_at?: string | null;
            /**
             * Format: date-time
             * @description When the invitation was accepted.
             */
            accepted_at?: string | null;
            /**
             * Format: uuid
             * @description For `pending` members: the invitation that can be cancelled.
             */
            invitation_id?: string | null;
            /**
             * Format: date-time
             * @description For `pending` members: when the invitation lapses.
             */
            invitation_expires_at?: string | null;
            /**
             * Format: date-time
             * @description When the membership was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the membership last changed.
             */
            updated_at?: string;
        };
        /** @description A label attached to a VM. */
        VMTag: {
            /** @description Tag identifier. */
            id: string;
            /** @description Tag text. */
            name: string;
            /** @description Sort position among the VM’s tags. */
            priority: number;
            /**
             * Format: date-time
             * @description When the tag was attached.
             */
            created_at: string;
        };
        /** @description A virtual machine. */
        VM: {
            /**
             * Format: uuid
             * @description VM identifier.
             */
            id: string;
            /** @description Display name. */
            name: string;
            /**
             * @description Lifecycle state. Creation passes through `initiating`, `provisioning` and `booting` before reaching `active`; a stop passes through `finalizing` to `passive`; start and reboot pass through `booting`. `failure`: creation or an operation went wrong. All states but `failure` are billed.
             * @enum {string}
             */
            status: "active" | "passive" | "provisioning" | "booting" | "initiating" | "finalizing" | "failure";
            /** @description vCPU count. */
            cpu: number;
            /** @description Memory, GB. */
            ram: number;
            /** @description Boot disk size from the plan, GB. */
            storage: number;
            /** @description Extra storage on top of the plan, GB. */
            added_storage: number;
            /** @description `storage` plus `added_storage`, GB. */
            total_storage: number;
            /**
             * Format: uuid
             * @description OS template the VM was built from.
             */
            template_id: string;
            /**
             * @description Template name.
             * @example Ubuntu
             */
            template_name: string;
            /**
             * @description Template version.
             * @example 24.04x64
             */
            template_version: string;
            /** @description Internal VM version label. */
            version?: string;
            /**
             * @description Hourly price in USD, as a decimal string to keep precision.
             * @example 0.027764
             */
            price_per_hour: string;
            /** @description Compute plan (see Raff’s public VM pricing catalog). */
            pricing_id: number;
            /** @description User who created the VM. */
            created_by?: string;
            /**
             * @description `payg`: billed per hour. `subscription`: prepaid.
             * @enum {string}
             */
            billing_type?: "payg" | "subscription";
            /**
             * Format: uuid
             * @description Subscription backing a `subscription` VM.
             */
            subscription_id?: string | null;
            /** @description Scheduled backup cadence (`daily`, `weekly`), or `null` when none. */
            backup_type?: string | null;
            /**
             * @description Data-centre region.
             * @enum {string}
             */
            region: "us-east";
            /**
             * Format: uuid
             * @description Project the VM belongs to.
             */
            project_id?: string;
            /** @description Public IPv4 address; `null` until assigned or when created without one. */
            public_ipv4_address?: string | null;
            /** @description Public IPv6 address, if any. */
            public_ipv6_address?: string | null;
            /** @description Address inside the VPC; `null` until assigned or when created without a VPC. */
            private_ipv4_address?: string | null;
            /** @description Private IPv6 address, if any. */
            private_ipv6_address?: string | null;
            /** @description Tags on the VM. */
            tags?: components["schemas"]["VMTag"][];
            /** @description Whether the VM record is live. */
            active: boolean;
            /**
             * Format: date-time
             * @description When the VM was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the VM last changed.
             */
            updated_at: string;
        };
        /** @description A new VM. Linux needs `ssh_keys`, `password` or both; Windows needs `password` (SSH keys are ignored). For networking, give `vpc_id` to join a VPC, or `vpc_name` with `vpc_cidr` to make one, or neither to get an automatic VPC; `skip_vpc` and `skip_public_ip` cannot both be true. Weekly backups need `backup_date`. */
        CreateVMRequest: {
            /** @description Display name. */
            name: string;
            /**
             * Format: uuid
             * @description OS template, from Raff’s public template catalog.
             */
            template_id: string;
            /** @description Compute plan (vCPU, memory, disk, traffic), from Raff’s public VM pricing catalog. */
            pricing_id: number;
            /**
             * @description Data-centre region.
             * @enum {string}
             */
            region: "us-east";
            /** @description Public keys allowed to log in (Linux only). */
            ssh_keys?: string[];
            /** @description Administrator password: at least 12 characters drawn from letters, digits and `@+-_.,!`, including two or more capitals, two or more digits and one or more of those symbols. */
            password?: string;
            /** @description Size of an additional block volume to attach, GB. */
            extra_storage?: number;
            /**
             * @description Filesystem for the extra volume on Linux (`ext4` when omitted). Windows always gets NTFS.
             * @enum {string}
             */
            extra_storage_type?: "ext4" | "xfs" | "btrfs";
            /**
             * @description Automatic backup cadence; `none` or absent for no schedule.
             * @enum {string}
             */
            backup_type?: "none" | "daily" | "weekly";
            /** @description Time of day for scheduled backups, e.g. `8am` (the default). */
            backup_time?: string;
            /**
             * @description Weekday for `weekly` backups; ignored otherwise.
             * @enum {string}
             */
            backup_date?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
            /** @description Tags to attach. */
            tags?: string[];
            /**
             * Format: uuid
             * @description Existing VPC to join.
             */
            vpc_id?: string;
            /** @description Name of a new VPC to create for the VM (with `vpc_cidr`). */
            vpc_name?: string;
            /** @description Address block of that new VPC, e.g. `10.0.1.0/24` (with `vpc_name`). */
            vpc_cidr?: string;
            /** @description Create without a public IPv4 address; the VM is then reachable only inside its VPC. Treated as `false` when absent. */
            skip_public_ip?: boolean;
            /** @description Create without any VPC; the VM gets only its public address. Treated as `false` when absent. */
            skip_vpc?: boolean;
        } & ((unknown | {
            backup_date: string;
        }) & unknown);
        /** @description Optional clean-up choices for deleteVM. */
        DeleteVMRequest: {
            /**
             * @description Fate of the volumes still attached to the VM. `detach` keeps them (they stay billed and can be attached elsewhere); `delete` destroys them. When absent: `detach`. Raff’s reference names two different defaults for this field; this description takes `detach`, the one that loses nothing, and clients should send the field explicitly rather than rely on either.
             * @enum {string}
             */
            volume_action?: "detach" | "delete";
            /** @description Also delete the VM’s VPC, which only happens if no other VM uses it. Treated as `true` when absent. */
            delete_vpc?: boolean;
        };
        /** @description A VM backup: one restore point, usually part of an incremental series. */
        Backup: {
            /**
             * Format: uuid
             * @description Backup identifier.
             */
            id: string;
            /**
             * Format: uuid
             * @description Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * @description Project the backup belongs to.
             */
            project_id?: string;
            /** @description User who started the backup. */
            created_by?: string;
            /**
             * @description Data-centre region.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Format: uuid
             * @description VM the backup was taken from.
             */
            product_vm?: string;
            /** @description Display name. */
            name: string;
            /** @description Stored size in megabytes (MB, not GB). For a point in an incremental series this is the change since the previous point. */
            storage_size: number;
            /**
             * @description Progress. Values seen: `pending`, `creating`, `ready`, `restoring`, `failed`; treat unknown values as in progress.
             * @example ready
             */
            status: string;
            /** @description Hourly storage price in USD, as a decimal string. */
            price_per_hour?: string;
            /**
             * Format: date-time
             * @description When retention will remove the backup; `null` when no retention applies.
             */
            expire_date?: string | null;
            /** @description Position in an incremental series: `0` is the baseline, `1`, `2`, … follow. `null` for an older standalone backup. Points of one series are deleted together. */
            increment_id?: number | null;
            /**
             * Format: date-time
             * @description When the backup was started.
             */
            created_at?: string;
        };
        /** @description An on-demand backup of one VM. */
        CreateBackupRequest: {
            /**
             * Format: uuid
             * @description VM to back up; must be in the project named by `X-Project-ID`.
             */
            vm_id: string;
            /** @description Display name; Raff picks a timestamped one when absent. */
            name?: string;
        };
        /** @description A point-in-time copy of a VM’s disk or of a volume. */
        Snapshot: {
            /** @description Snapshot identifier (an integer, unlike most Raff ids). */
            id: number;
            /**
             * Format: uuid
             * @description Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * @description Project the snapshot belongs to.
             */
            project_id?: string;
            /** @description User who took the snapshot. */
            created_by?: string;
            /**
             * @description What the snapshot was taken of.
             * @enum {string}
             */
            type: "vm" | "volume";
            /** @description Display name. */
            name: string;
            /** @description Space the snapshot currently uses, as Raff reports it. */
            size?: string;
            /** @description Size of the source disk when the snapshot was taken. */
            target_size?: string;
            /**
             * @description `active` when the source currently runs on this snapshot (it was restored to it; such a snapshot cannot be deleted). Empty string otherwise. At most one snapshot per source is `active`.
             * @enum {string}
             */
            status?: "" | "active";
            /**
             * Format: uuid
             * @description Source VM, for `vm` snapshots.
             */
            product_vm?: string | null;
            /** @description Hourly storage price in USD, as a decimal string. */
            price_per_hour?: string;
            /**
             * Format: date-time
             * @description When the snapshot was taken.
             */
            created_at?: string;
        };
        /**
         * VM snapshot
         * @description Snapshot a VM.
         */
        CreateVMSnapshotRequest: {
            /**
             * @description Snapshot a VM.
             * @constant
             */
            resource_type: "vm";
            /**
             * Format: uuid
             * @description The VM.
             */
            resource_id: string;
            /** @description Display name. */
            name: string;
        };
        /**
         * Volume snapshot
         * @description Snapshot a volume.
         */
        CreateVolumeSnapshotRequest: {
            /**
             * @description Snapshot a volume.
             * @constant
             */
            resource_type: "volume";
            /** @description The volume (volume ids are integers). */
            volume_id: number;
            /** @description Display name. */
            name: string;
        };
        /** @description What to snapshot. `resource_type: vm` takes the VM’s UUID in `resource_id`; `resource_type: volume` takes the integer `volume_id`. */
        CreateSnapshotRequest: components["schemas"]["CreateVMSnapshotRequest"] | components["schemas"]["CreateVolumeSnapshotRequest"];
        /** @description A page of API keys. */
        APIKeyList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["APIKey"][];
            /** @description How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** @description One API key. */
        APIKeyResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description A key’s metadata. Never carries `secret`: only create and regenerate return it. */
            data: components["schemas"]["APIKey"];
        };
        /** @description One API key with its newly issued secret. */
        APIKeyWithSecretResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["APIKeyWithSecret"];
        };
        /** @description A page of roles (system and custom). */
        RoleList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["Role"][];
            /** @description How many items match the query across all pages. Raff does not promise this field here; page until a short page when it is absent. */
            total?: number;
        };
        /** @description One role. */
        RoleResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Role"];
        };
        /** @description The permission catalog. */
        PermissionList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Every matching item; this list is not paginated. */
            data: components["schemas"]["Permission"][];
        };
        /** @description A page of projects. */
        ProjectList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["Project"][];
            /** @description How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** @description One project. */
        ProjectResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Project"];
        };
        /** @description A page of project grants. */
        ProjectMemberList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["ProjectMember"][];
            /** @description How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** @description One project grant. */
        ProjectMemberResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["ProjectMember"];
        };
        /** @description A page of account members. */
        MemberList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["Member"][];
            /** @description How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** @description One account member. */
        MemberResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Member"];
        };
        /** @description A page of VMs. */
        VMList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["VM"][];
            /** @description How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** @description One VM. */
        VMResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["VM"];
        };
        /** @description A page of backups. */
        BackupList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["Backup"][];
            /** @description How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** @description One backup. */
        BackupResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Backup"];
        };
        /** @description A page of snapshots. */
        SnapshotList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["Snapshot"][];
            /** @description How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** @description One snapshot. */
        SnapshotResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Snapshot"];
        };
    };
    responses: {
        /** @description The request was malformed: a body field, query parameter or header value failed validation. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request was rejected before it ran: `X-Project-ID` was missing (message `X-Project-ID required`), or a header, body field or query parameter failed validation. */
        MissingProjectId: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key is missing, unknown, revoked, replaced by regeneration, or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key is valid but its account role lacks the permission this call checks. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BillingError"] | components["schemas"]["Error"];
            };
        };
        /** @description The key is valid but holds no role on the project involved, or its project role lacks the permission this call checks. */
        ForbiddenProject: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BillingError"] | components["schemas"]["Error"];
            };
        };
        /** @description Refused: the key lacks the permission or cannot reach the project, or the account’s billing is not in good standing (then `reason` says why). */
        ForbiddenBilling: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BillingError"] | components["schemas"]["Error"];
            };
        };
        /** @description No such object, or not one this key can see. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The call clashes with the current state (see the examples for each case). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The account balance cannot cover the new resource; top up and retry. */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key spent its request budget (per second, plus a burst allowance refilled each minute). Wait `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any other failure, including 5xx server errors, in the usual error shape. */
        UnexpectedError: {
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
         * @description Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
         * @example 50
         */
        Limit: number;
        /**
         * @description How many items to skip before the page starts.
         * @example 0
         */
        Offset: number;
        /**
         * @description Project the call acts in. Required on this call: without it Raff answers 400 `X-Project-ID required`; a project the key cannot reach gives 403.
         * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
         */
        ProjectIdHeader: string;
        /**
         * @description Restrict the list to one project. Without it the list spans every project the key can reach. A project the key cannot reach gives 403.
         * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
         */
        ProjectIdFilterHeader: string;
        /** @description API key id (UUID). */
        ApiKeyIdPath: string;
        /** @description Role id (UUID). */
        RoleIdPath: string;
        /** @description Project id (UUID). */
        ProjectIdPath: string;
        /** @description Account membership id (UUID). */
        MemberIdPath: string;
        /** @description Project grant id (UUID), the `id` of a ProjectMember. */
        ProjectMemberIdPath: string;
        /** @description VM id (UUID). */
        VmIdPath: string;
        /**
         * @description Only `account` or only `project` entries.
         * @example project
         */
        ScopeQuery: "account" | "project";
        /**
         * @description Only memberships in this state.
         * @example active
         */
        MemberStatusQuery: "pending" | "active" | "suspended";
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before sending another request with this key.
         * @example 1
         */
        RetryAfter: number;
        /**
         * @description Requests per second the key’s tier allows.
         * @example 30
         */
        RateLimitLimit: number;
        /**
         * @description Requests left in the current window.
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
                /** @description Key class filter. Customer keys are all `public`, so this rarely narrows anything. */
                scope?: "public";
                /**
                 * @description Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APIKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new key’s name, account role, expiry and tier. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAPIKeyRequest"];
            };
        };
        responses: {
            /** @description The key was created; `secret` is shown only in this response. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APIKeyWithSecretResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API key id (UUID). */
                id: components["parameters"]["ApiKeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APIKeyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API key id (UUID). */
                id: components["parameters"]["ApiKeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API key id (UUID). */
                id: components["parameters"]["ApiKeyIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAPIKeyRequest"];
            };
        };
        responses: {
            /** @description The updated key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APIKeyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    regenerateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API key id (UUID). */
                id: components["parameters"]["ApiKeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key with its new secret, shown only in this response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APIKeyWithSecretResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /**
                 * @description Only `account` or only `project` entries.
                 * @example project
                 */
                scope?: components["parameters"]["ScopeQuery"];
                /**
                 * @description Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new role. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleRequest"];
            };
        };
        responses: {
            /** @description The role was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Role id (UUID). */
                id: components["parameters"]["RoleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Role id (UUID). */
                id: components["parameters"]["RoleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Role id (UUID). */
                id: components["parameters"]["RoleIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoleRequest"];
            };
        };
        responses: {
            /** @description The updated role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listPermissions: {
        parameters: {
            query?: {
                /**
                 * @description Only `account` or only `project` entries.
                 * @example project
                 */
                scope?: components["parameters"]["ScopeQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /**
                 * @description Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of projects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new project. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectRequest"];
            };
        };
        responses: {
            /** @description The project was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (UUID). */
                id: components["parameters"]["ProjectIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (UUID). */
                id: components["parameters"]["ProjectIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectRequest"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (UUID). */
                id: components["parameters"]["ProjectIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listProjectMembers: {
        parameters: {
            query?: {
                /**
                 * @description Only memberships in this state.
                 * @example active
                 */
                status?: components["parameters"]["MemberStatusQuery"];
                /**
                 * @description Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /** @description Project id (UUID). */
                id: components["parameters"]["ProjectIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of project grants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectMemberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    addProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (UUID). */
                id: components["parameters"]["ProjectIdPath"];
            };
            cookie?: never;
        };
        /** @description Who gets which project role. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddProjectMemberRequest"];
            };
        };
        responses: {
            /** @description The grant was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectMemberResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (UUID). */
                id: components["parameters"]["ProjectIdPath"];
                /** @description Project grant id (UUID), the `id` of a ProjectMember. */
                member_id: components["parameters"]["ProjectMemberIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectMemberResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    removeProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (UUID). */
                id: components["parameters"]["ProjectIdPath"];
                /** @description Project grant id (UUID), the `id` of a ProjectMember. */
                member_id: components["parameters"]["ProjectMemberIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grant is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateProjectMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (UUID). */
                id: components["parameters"]["ProjectIdPath"];
                /** @description Project grant id (UUID), the `id` of a ProjectMember. */
                member_id: components["parameters"]["ProjectMemberIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            /** @description The updated grant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectMemberResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /**
                 * @description Only memberships in this state.
                 * @example active
                 */
                status?: components["parameters"]["MemberStatusQuery"];
                /**
                 * @description Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account membership id (UUID). */
                id: components["parameters"]["MemberIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listVMs: {
        parameters: {
            query?: {
                /** @description Only VMs in this region. */
                region?: "us-east";
                /**
                 * @description Only VMs in this lifecycle state.
                 * @example active
                 */
                status?: "active" | "passive" | "provisioning" | "booting" | "initiating" | "finalizing" | "failure";
                /**
                 * @description Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: {
                /**
                 * @description Restrict the list to one project. Without it the list spans every project the key can reach. A project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of VMs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createVM: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Project the call acts in. Required on this call: without it Raff answers 400 `X-Project-ID required`; a project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The VM to build. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVMRequest"];
            };
        };
        responses: {
            /** @description The VM is being built. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenBilling"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getVM: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description VM id (UUID). */
                id: components["parameters"]["VmIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteVM: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Project the call acts in. Required on this call: without it Raff answers 400 `X-Project-ID required`; a project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                /** @description VM id (UUID). */
                id: components["parameters"]["VmIdPath"];
            };
            cookie?: never;
        };
        /** @description Optional clean-up choices. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeleteVMRequest"];
            };
        };
        responses: {
            /** @description The VM is being deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listBackups: {
        parameters: {
            query?: {
                /**
                 * @description Only backups of this VM.
                 * @example 7fc3b7cc-b853-44e1-8bfe-24a648cb698b
                 */
                vm_id?: string;
                /**
                 * @description Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: {
                /**
                 * @description Restrict the list to one project. Without it the list spans every project the key can reach. A project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of backups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createBackup: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Project the call acts in. Required on this call: without it Raff answers 400 `X-Project-ID required`; a project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The VM to back up. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBackupRequest"];
            };
        };
        responses: {
            /** @description The backup was queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenBilling"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSnapshots: {
        parameters: {
            query?: {
                /**
                 * @description Only snapshots of this VM.
                 * @example 7fc3b7cc-b853-44e1-8bfe-24a648cb698b
                 */
                vm_id?: string;
                /**
                 * @description Only snapshots of this volume.
                 * @example 311
                 */
                volume_id?: number;
                /**
                 * @description Only VM or only volume snapshots.
                 * @example vm
                 */
                type?: "vm" | "volume";
                /**
                 * @description Page size. When absent the server picks one (20 for projects and VMs, 50 elsewhere in Raff’s reference).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description How many items to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: {
                /**
                 * @description Restrict the list to one project. Without it the list spans every project the key can reach. A project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID"?: components["parameters"]["ProjectIdFilterHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of snapshots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSnapshot: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Project the call acts in. Required on this call: without it Raff answers 400 `X-Project-ID required`; a project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description What to snapshot. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSnapshotRequest"];
            };
        };
        responses: {
            /** @description The snapshot was taken. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenBilling"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
