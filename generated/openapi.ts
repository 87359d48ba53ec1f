/**
 * GENERATED FILE - DO NOT EDIT.
 * Made by `npm run generate` from openapi.json; edit openapi.json (or scripts/generate/) and regenerate.
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
        /**
         * Add an account member
         * @description Adds a member to the account with an account role, by e-mail invitation, by existing user or by API key (see the body). An address or user that is already a member, or already invited, gives 409; a role that is not account-scoped gives 400.
         */
        post: operations["addMember"];
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
        /**
         * Remove an account member
         * @description Takes the member out of the account. The Owner cannot be removed this way (409); ownership has to be transferred in the dashboard first.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Update an account member
         * @description Changes a member’s account role, or suspends (`suspended`) or reinstates (`active`) the membership. The new role must be account-scoped (400 otherwise). The Owner’s membership cannot be changed (409).
         */
        patch: operations["updateMember"];
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
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check API health
         * @description Tells whether the API gateway is up. Needs no key and takes no project; a keyless client can call it.
         */
        get: operations["healthCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List regions
         * @description The data-centre regions open for new resources. Needs no key. A region's `code` is the value other calls take as `region`.
         */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List OS templates
         * @description The public images a VM can be built from. A template’s `id` is what createVM and reinstallVM take as `template_id`. Windows images are returned only when `vm_type` is `windows`; `vm_type=standard` or `premium` omits them. Needs no key; the list does not page.
         */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/pricing/vm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List VM plans
         * @description The compute plans with their prices. A plan's `id` is what createVM and resizeVM take as `pricing_id`. Needs no key.
         */
        get: operations["listVMPricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/pricing/volume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get volume pricing
         * @description What volume storage costs per GB, by the hour, the month and for 12- or 24-month commitments. Needs no key.
         */
        get: operations["listVolumePricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/pricing/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get snapshot pricing
         * @description What snapshot storage costs per GB, by the hour, the month and for 12- or 24-month commitments. Needs no key.
         */
        get: operations["listSnapshotPricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/pricing/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get backup pricing
         * @description What backup storage costs per GB, by the hour, the month and for 12- or 24-month commitments. Needs no key.
         */
        get: operations["listBackupPricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/pricing/ip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get IP address pricing
         * @description What a public IPv4 and an IPv6 address cost, by the hour, the month and for 12- or 24-month commitments. Needs no key.
         */
        get: operations["listIPPricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete many VMs
         * @description Deletes 1 to 50 VMs of the project named by `X-Project-ID` in one call. Each VM is handled on its own: some can fail while the rest are deleted, and `results` reports every id. The answer is 200 either way; `success` is true when at least one VM went. The defaults differ from deleteVM: attached volumes are deleted unless `volume_action` is `detach`, and each VM's VPC is removed (when no other VM uses it) unless `delete_vpc` is false. Prepaid subscriptions are refunded pro rata by the hour.
         */
        delete: operations["deleteVMsBulk"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a VM
         * @description Powers on a stopped VM. Only a `passive` VM can be started; it then goes `passive` → `booting` → `active`. The call answers once the start is accepted: poll getVM until the status is `active`.
         */
        post: operations["startVM"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a VM
         * @description Shuts a running VM down cleanly. Only an `active` VM can be stopped; it goes `active` → `finalizing` → `passive`. A stopped VM keeps its disks, addresses and plan, and stays billed; startVM brings it back.
         */
        post: operations["stopVM"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/reboot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reboot a VM
         * @description Restarts a running VM through its operating system. Only an `active` VM can be rebooted; it goes `active` → `booting` → `active`. For a VM that no longer responds, use hardRebootVM.
         */
        post: operations["rebootVM"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/reboot-hard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hard-reboot a VM
         * @description Cuts the power and restarts the VM at once, with no clean shutdown: unsaved data can be lost and filesystems can be left needing repair. Meant for a hung VM that ignores rebootVM. Like a reboot it starts from `active` and goes `active` → `booting` → `active`.
         */
        post: operations["hardRebootVM"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a VM
         * @description Changes the VM's display name. Nothing else changes, the status included.
         */
        patch: operations["renameVM"];
        trace?: never;
    };
    "/api/v1/vms/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a VM's password
         * @description Gives the VM's root (Linux) or Administrator (Windows) account a new password. Raff emails the new password to the account owner; it is never part of the answer. The status does not change.
         */
        post: operations["resetVMPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/reinstall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reinstall a VM
         * @description Rebuilds the VM's boot disk from a template (the current one or another, from listTemplates). Everything on that disk is lost; the VM keeps its id, plan and IP addresses. Set the new system's login with `password`, `ssh_keys` or `auto_generate_password` (then Raff emails the password to the account owner). Starts from `active` or `passive`; the VM goes through `provisioning` and `booting` and ends `active`. Refused while the VM is in a transient status.
         */
        post: operations["reinstallVM"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/factory-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Factory-reset a VM
         * @description Wipes the boot disk and rebuilds it from the template the VM was created from (its `template_id`). Everything on that disk is lost; the VM keeps its id, plan and IP addresses. Starts from `active` or `passive`; the VM goes through `provisioning` and `booting` and ends `active`. Refused while the VM is in a transient status.
         */
        post: operations["factoryResetVM"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/resize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resize a VM
         * @description Moves the VM to another compute plan (`pricing_id`, from listVMPricing), which sets its vCPU count, memory and included disk. The VM must be stopped (`passive`) first and is still `passive` afterwards; start it again with startVM. The new hourly price applies at once. For a prepaid VM the rest of the period is settled now, on the account balance: an upgrade is charged to it (402 when it falls short), a downgrade is credited to it. `billing` reports the amounts.
         */
        post: operations["resizeVM"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/disk/resize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grow a VM's disk
         * @description Enlarges the VM’s boot disk to `new_size` GB. Disks only grow: `new_size` must be larger than the current `total_storage`. Afterwards `total_storage` is `new_size` and `added_storage` is the part above the plan’s `storage`. The VM must be stopped (`passive`) first and is still `passive` afterwards. For a prepaid VM the extra storage for the rest of the period is charged to the account balance now (402 when it falls short).
         */
        post: operations["resizeVMDisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/save-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save a VM disk as an image
         * @description Captures one of the VM's disks as a private custom image, which createVM then accepts as `template_id`. `disk_id` 0 is the boot disk and 1 and up are attached volumes. `snapshot_id` -1 takes the disk as it is now (stop the VM first for a consistent image); any other value takes that saved snapshot of the disk. The VM's status does not change.
         */
        post: operations["saveVMDiskAsImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tag a VM
         * @description Attaches a tag to the VM and answers with all of the VM's tags.
         */
        post: operations["addVMTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a VM tag
         * @description Takes one tag off the VM and answers with the tags that remain.
         */
        delete: operations["removeVMTag"];
        options?: never;
        head?: never;
        /**
         * Change a VM tag
         * @description Renames one of the VM's tags or changes its priority, and answers with all of the VM's tags. Tag ids are in the `tags` of getVM.
         */
        patch: operations["updateVMTag"];
        trace?: never;
    };
    "/api/v1/vms/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a VM's notes
         * @description Returns the caller's personal note and the account-wide note on a VM. A `personal` note is seen only by the user who wrote it; the `account` note by every member. A note nobody has written is left out, so the answer can be just `{ "success": true }`. Takes no `X-Project-ID`: the VM is found by id.
         */
        get: operations["getVMNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/notes/{type}/append": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Append to a VM note
         * @description Adds `content` to the end of the note of this scope, on a new line, keeping what is there. When there is no note yet, `content` becomes the note.
         */
        post: operations["appendVMNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/notes/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write a VM note
         * @description Creates the note of this scope or overwrites its whole content. There is one personal note per user and VM and one account note per account and VM. An empty `content` keeps the note, with no text.
         */
        put: operations["upsertVMNote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Replace a VM note
         * @description Replaces the content of an existing note of this scope. Answers 404 when there is no such note yet; upsertVMNote creates one.
         */
        patch: operations["updateVMNote"];
        trace?: never;
    };
    "/api/v1/ssh-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SSH keys
         * @description Every SSH public key saved in the account. The list does not page. SSH keys belong to the account, not to a project: no `X-Project-ID`, and any valid key may call this.
         */
        get: operations["listSSHKeys"];
        put?: never;
        /**
         * Add an SSH key
         * @description Saves a public key (RSA, ECDSA or Ed25519) in the account; `key_type` is read from the key itself. Its text can then go in createVM's `ssh_keys`. SSH keys belong to the account, not to a project: no `X-Project-ID`, and any valid key may call this.
         */
        post: operations["createSSHKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ssh-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an SSH key
         * @description Returns one saved SSH key. SSH keys belong to the account, not to a project: no `X-Project-ID`, and any valid key may call this.
         */
        get: operations["getSSHKey"];
        /**
         * Rename an SSH key
         * @description Changes a saved key's display name. The key material cannot change: to rotate, add the new key and delete the old one. SSH keys belong to the account, not to a project: no `X-Project-ID`, and any valid key may call this.
         */
        put: operations["updateSSHKey"];
        post?: never;
        /**
         * Delete an SSH key
         * @description Removes a saved key from the account and answers with the removed key. VMs that already trust the key keep trusting it until it is taken out of their `authorized_keys`. SSH keys belong to the account, not to a project: no `X-Project-ID`, and any valid key may call this.
         */
        delete: operations["deleteSSHKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vpcs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List VPCs
         * @description Returns the VPCs of one project (with `X-Project-ID`) or of every project the key can reach (without it), in one unpaged list.
         */
        get: operations["listVPCs"];
        put?: never;
        /**
         * Create a VPC
         * @description Creates a private network in the project named by `X-Project-ID`. The block must not overlap any VPC of the account (an overlap is refused with 400); listVPCCIDRSuggestions proposes free ones. The VPC comes back `active` and empty (`used_ips` 0). Billing standing is checked first.
         */
        post: operations["createVPC"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vpcs/cidr-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggest VPC address blocks
         * @description Proposes IPv4 blocks that overlap none of the account’s VPCs: one recommended block plus alternatives in small, medium and large sizes. Read-only; nothing is reserved, so check again right before createVPC if other VPCs may be created meanwhile. Needs the project in `X-Project-ID`.
         */
        get: operations["listVPCCIDRSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vpcs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a VPC
         * @description Returns one VPC, found by id, wrapped with its allocatable range and the addresses leased to VM interfaces (`data.vpc`, `data.ip_range_start`, `data.ip_range_end`, `data.leases`). `X-Project-ID` may be sent but is not needed. The key needs `vpc.view` on the VPC’s project.
         */
        get: operations["getVPC"];
        /**
         * Update a VPC
         * @description Renames a VPC or changes its description. The address block cannot be changed. Fields left out are unchanged.
         */
        put: operations["updateVPC"];
        post?: never;
        /**
         * Delete a VPC
         * @description Deletes an empty VPC. While any VM interface is still in it (`used_ips` above 0, `leases` not empty) the call is refused with 400; detach those VMs first with detachVMFromVPC. Afterwards getVPC answers 404.
         */
        delete: operations["deleteVPC"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List floating IPs
         * @description Pages through the public IPs the account holds in one project (with `X-Project-ID`) or in every project the key can reach (without it): reserved IPs, attached or not, and addresses allocated by attachVMIP that are on a VM. Narrow with `reserved` and `status`. Without `limit` a page holds 20.
         */
        get: operations["listIPs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ips/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reserve a floating IP
         * @description Takes a public address from the pool and holds it for the project named by `X-Project-ID` until releaseIP. It comes back `reserved: true`, `status: free`, ready for attachVMIP. Subscription accounts pay the chosen term from the balance at once (402 when the balance is short); pay-as-you-go accounts are billed by the hour. Billing standing is checked first.
         */
        post: operations["reserveIP"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a floating IP
         * @description Returns one floating IP, found by id alone: this call takes no `X-Project-ID`. The key needs `ip.view` on the IP’s project.
         */
        get: operations["getIP"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ips/{id}/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Release a reserved IP
         * @description Gives a reserved IP back to the pool; it leaves the account and getIP answers 404. The IP must be `free`: while a VM uses it the call is refused with 400 (detach it first with detachVMIP). A prepaid term is refunded pro rata by the hour; pay-as-you-go billing simply stops.
         */
        delete: operations["releaseIP"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ips/{id}/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Swap a reserved IP’s address
         * @description Trades a reserved, `free` IP for another address from the pool, for instance when the old one is on a block list. The reservation and its billing carry over unchanged: nothing is charged or refunded. The answer holds both records; keep using `new_ip.id`. Refused with 400 while a VM uses the IP.
         */
        post: operations["changeIP"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List security groups
         * @description Returns the security groups of one project (with `X-Project-ID`) or of every project the key can reach (without it), rules included, in one unpaged list.
         */
        get: operations["listSecurityGroups"];
        put?: never;
        /**
         * Create a security group
         * @description Creates a rule set in the project named by `X-Project-ID`. With `template_id` the template’s rules are copied first and `rules` are added after them. The new group is on no interface yet (`vm_count` 0).
         */
        post: operations["createSecurityGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security-groups/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List security group templates
         * @description Returns the ready-made rule sets Raff offers; pass a template’s `id` as `template_id` to createSecurityGroup. Templates are the same for everyone and belong to no project, so any valid key may call this and no `X-Project-ID` is taken.
         */
        get: operations["listSecurityGroupTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a security group
         * @description Returns one security group with its rules, found by id. `X-Project-ID` may be sent but is not needed. The key needs `security_group.view` on the group’s project.
         */
        get: operations["getSecurityGroup"];
        /**
         * Update a security group
         * @description Changes a group’s name, description or rules. `rules` replaces the whole set, so to add or drop one rule read the group, edit the array and send all of it. The change applies to every interface the group is on.
         */
        put: operations["updateSecurityGroup"];
        post?: never;
        /**
         * Delete a security group
         * @description Deletes a group that is on no interface. While `vm_count` is above 0 the call is refused with 400; take it off first with detachVMSecurityGroup.
         */
        delete: operations["deleteSecurityGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a VM’s network interfaces
         * @description Returns every interface (NIC) of a VM, or only one kind with `type`. The `nic_id` of each is what the detach calls and attachVMSecurityGroup take. Found by the VM id alone: no `X-Project-ID`. The key needs `vm.view` on the VM’s project.
         */
        get: operations["listVMNetworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/vpc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a VM to a VPC
         * @description Adds a `vpc` interface to the VM inside the given VPC, with the requested private address or a free one. The VPC’s `used_ips` grows by one and its `leases` gain the new interface; the VM’s `private_ipv4_address` shows the address. Needs `vm.manage` on the VM’s project: it changes the VM’s network configuration.
         */
        post: operations["attachVMToVPC"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/vpc/{nic_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Detach a VM from a VPC
         * @description Removes a `vpc` interface (by its `nic_id` from listVMNetworks) from the VM. Its lease is freed: the VPC’s `used_ips` drops by one and the lease leaves `leases`. Needs `vm.manage` on the VM’s project: it changes the VM’s network configuration.
         */
        delete: operations["detachVMFromVPC"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/ip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a public IP to a VM
         * @description Adds a public interface to the VM, in one of two ways. With `ip_id`: a reserved IP of the account that no VM uses; it turns `in-use`, and since its reservation is already billed, attaching costs nothing more. With `type` (or an empty body): an address is taken from the shared pool, free with the VM; this is possible only as long as the VM lacks a public address of that family. Each VM takes at most 4 public IPv4 addresses: the first one becomes its primary (`is_primary` in listVMNetworks), and every further one must be a reserved IP attached with `ip_id`. `security_groups` go on the new interface. The answer gives the new `nic_id`. Needs `vm.manage` on the VM’s project: it changes the VM’s network configuration.
         */
        post: operations["attachVMIP"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/ip/{nic_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Detach a public IP from a VM
         * @description Removes a public interface (by its `nic_id`) from the VM. A reserved IP stays with the account and turns `free`, ready to attach elsewhere, and is billed until it is released with releaseIP; an address taken from the pool goes back to it. Detaching the primary IPv4 while other public IPv4s remain makes the lowest-numbered of them the new primary. Needs `vm.manage` on the VM’s project: it changes the VM’s network configuration.
         */
        delete: operations["detachVMIP"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/security-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a security group to an interface
         * @description Puts a security group on one interface of the VM; its rules then filter that interface’s traffic in both directions. The interface’s `security_group_id` becomes the group and the group’s `vm_count` grows by one. Needs `vm.manage` on the VM’s project: it changes the VM’s network configuration.
         */
        post: operations["attachVMSecurityGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/security-groups/{sg_id}/{nic_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Detach a security group from an interface
         * @description Takes a security group off one interface of the VM. The interface loses its `security_group_id` and the group’s `vm_count` drops by one. Needs `vm.manage` on the VM’s project: it changes the VM’s network configuration.
         */
        delete: operations["detachVMSecurityGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volumes
         * @description Pages through volumes in one project (with `X-Project-ID`) or in every project the key can reach (without it), optionally narrowed to one VM or region.
         */
        get: operations["listVolumes"];
        put?: never;
        /**
         * Create a volume
         * @description Queues a new volume in the project named by `X-Project-ID` and answers 202 at once with the volume in `pending`; poll getVolume until it is `available` (or `attached`, when `vm_id` was sent). The volume is billed, so billing standing and balance are checked first.
         */
        post: operations["createVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volumes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a volume
         * @description Returns one volume, found by its id. The key needs `volume.view` on the volume’s project.
         */
        get: operations["getVolume"];
        put?: never;
        post?: never;
        /**
         * Delete a volume
         * @description Destroys a detached volume and its data for good (status `deleting` until it is gone). An attached volume is refused with 409: detach it first. A prepaid subscription is refunded pro rata by the hour.
         */
        delete: operations["deleteVolume"];
        options?: never;
        head?: never;
        /**
         * Resize a volume
         * @description Grows an `available` or `attached` volume to `new_size` GB. Shrinking, or a size equal to the current one, is refused with 400; a volume in a transient state gets 409. For a subscription volume the price difference for the rest of the period is charged to the account balance and reported in `billing`; 402 when the balance cannot cover it. The guest must grow its filesystem itself.
         */
        patch: operations["resizeVolume"];
        trace?: never;
    };
    "/api/v1/volumes/{id}/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a volume
         * @description Attaches an `available` volume to a VM in the same project and region; the guest sees it as the next virtio disk (`/dev/vdb`, `/dev/vdc`, …). A volume already attached (to this or another VM) or in a transient state is refused with 409: detach it first. A VM in another region gives 400.
         */
        post: operations["attachVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volumes/{id}/detach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Detach a volume
         * @description Detaches an `attached` volume from its VM; it becomes `available`. Unmount it inside the guest first, or data may be lost. A volume that is not attached is refused with 409.
         */
        post: operations["detachVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/snapshots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a snapshot
         * @description Returns one snapshot, found by its id. The key needs `snapshot.view` on the snapshot’s project.
         */
        get: operations["getSnapshot"];
        put?: never;
        post?: never;
        /**
         * Delete a snapshot
         * @description Removes the snapshot and stops its storage billing. A snapshot whose `status` is `active` (its source runs on it since a restore) is refused with 409: restore the source to another snapshot first.
         */
        delete: operations["deleteSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/snapshots/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a snapshot
         * @description Rolls the snapshot’s source (VM disk or volume) back to this snapshot. For a VM snapshot the VM must be stopped (`passive`), otherwise 409. On success this snapshot becomes `active` and whichever snapshot of the same source was `active` before goes back to empty.
         */
        post: operations["restoreSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/snapshots/{id}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a snapshot
         * @description Changes the snapshot’s display name; the stored data is untouched.
         */
        patch: operations["renameSnapshot"];
        trace?: never;
    };
    "/api/v1/backups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a backup
         * @description Returns one backup, found by its id; poll it to follow a backup or a restore. The key needs `backup.view` on the backup’s project.
         */
        get: operations["getBackup"];
        put?: never;
        post?: never;
        /**
         * Delete a backup
         * @description Removes one backup and its storage. Allowed for a standalone backup (`increment_id` null) or the only point of its series; when other points share the series the call is refused with 409 and deleteBackupChain is the way to remove them. A backup in a transient state (`pending`, `creating`, `restoring`) also gets 409.
         */
        delete: operations["deleteBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a backup
         * @description Overwrites the disk of the backup’s VM with this restore point. Stop the VM first (`passive`). Only a `ready` backup can be restored (409 otherwise). Answers 202 at once with the backup in `restoring`; poll getBackup until it is `ready` again.
         */
        post: operations["restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/{id}/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a backup series
         * @description Removes every restore point of the series the given backup belongs to (pass the id of any point in it), with their storage, in one call.
         */
        delete: operations["deleteBackupChain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/backups/reset-chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a new backup series
         * @description Closes the VM’s current backup series: its points stay restorable until deleted, and the VM’s next backup becomes the baseline (`increment_id` 0) of a new series. Answers 202.
         */
        post: operations["resetBackupChain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backup-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backup schedules
         * @description Pages through backup schedules in one project (with `X-Project-ID`) or in every project the key can reach (without it), optionally narrowed to one VM.
         */
        get: operations["listBackupSchedules"];
        put?: never;
        /**
         * Create a backup schedule
         * @description Sets up recurring backups of a VM in the project named by `X-Project-ID`: every day at `time`, or weekly on `day_of_week` at `time`. Each run creates a backup like createBackup does; `keep_count` bounds how many are kept, the oldest beyond it being pruned.
         */
        post: operations["createBackupSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backup-schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a backup schedule
         * @description Returns one backup schedule, found by its id. The key needs `backup.view` on the schedule’s project.
         */
        get: operations["getBackupSchedule"];
        put?: never;
        post?: never;
        /**
         * Delete a backup schedule
         * @description Stops the schedule. Backups it already took are kept (and no longer pruned by it).
         */
        delete: operations["deleteBackupSchedule"];
        options?: never;
        head?: never;
        /**
         * Update a backup schedule
         * @description Changes the timing or retention of a schedule; fields left out keep their value. Backups already taken are untouched, except that a lower `keep_count` prunes the surplus at the next run.
         */
        patch: operations["updateBackupSchedule"];
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite to the account
         * @description E-mails an invitation to join the account with an account-scoped role. Until accepted it appears in listMembers as a `pending` member. A role of project scope gives 400; an address already a member or already invited gives 409.
         */
        post: operations["createAccountInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel an invitation
         * @description Withdraws an open invitation: its link stops working at once and the `pending` member disappears from listMembers. There is no resend; cancel and invite again instead.
         */
        delete: operations["cancelInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite to a project
         * @description E-mails an invitation to join the project in the path with a project-scoped role. A role of account scope gives 400; an address already on the project or already invited to it gives 409.
         */
        post: operations["createProjectInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vms/{id}/console-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set a VM’s console policy
         * @description Turns on or off the need for a fresh two-factor confirmation before the VM’s web console (terminal or VNC) opens; it is off by default. While it is on, no API key can open the console, and people confirm with their authenticator code (one confirmation covers protected consoles for an hour). Who may open a console at all is still decided by the `vm.console` permission. getVM shows the setting as `console_require_mfa`.
         */
        patch: operations["setVMConsolePolicy"];
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
            message?: string;
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
            /** @description Whether opening the VM’s web console needs a fresh two-factor confirmation. When true, no API key can open the console. Off by default; set with setVMConsolePolicy. */
            console_require_mfa?: boolean;
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
            /** @description Stored size in megabytes (MB, not GB). For a point in an incremental series this is the change since the previous point; `0` until the backup is `ready`. */
            storage_size: number;
            /**
             * @description Lifecycle. createBackup (and each scheduled run) answers with `pending` (queued); the backup moves to `creating` while data is copied and to `ready` when it can be restored. restoreBackup moves a `ready` backup to `restoring` and back to `ready` when the VM has been rewritten. `failed`: the capture or the restore went wrong. `pending`, `creating` and `restoring` are transient; only a `ready` backup can be restored. Raff does not publish a closed list, so treat any other value as in progress.
             * @example ready
             */
            status: string;
            /** @description Hourly storage price in USD, as a decimal string. */
            price_per_hour?: string;
            /**
             * Format: date-time
             * @description When retention will remove the backup (set for backups a schedule keeps under `keep_count`); `null` when no retention applies.
             */
            expire_date?: string | null;
            /** @description Position in an incremental series: `0` is the baseline, `1`, `2`, … follow. `null` for an older standalone backup. A point cannot be deleted on its own while other points share its series (deleteBackup answers 409); delete the whole series with deleteBackupChain, or start a new one with resetBackupChain. */
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
        /** @description Gateway health. */
        HealthStatus: {
            /**
             * @description `healthy` when the gateway is up.
             * @example healthy
             */
            status?: string;
        };
        /** @description A data-centre region. */
        Region: {
            /** @description Numeric region id. */
            id: number;
            /**
             * @description The value calls take as `region`.
             * @example us-east
             */
            code: string;
            /**
             * @description Display name.
             * @example US East
             */
            name: string;
            /**
             * @description ISO 3166-1 alpha-2 country code.
             * @example US
             */
            country_code: string;
            /** @description Flag emoji of the country. */
            flag?: string;
            /** @description Position in display lists. */
            display_order?: number;
            /** @description Whether this region is preselected. */
            is_default: boolean;
        };
        /** @description All open regions (not paged). */
        RegionList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The regions. */
            regions: components["schemas"]["Region"][];
        };
        /** @description An image a VM can be built from. The `cpu`, `ram` and `storage` values are the least a plan must offer to run it. */
        Template: {
            /**
             * Format: uuid
             * @description What createVM and reinstallVM take as `template_id`.
             */
            id: string;
            /**
             * @description Operating system or application name.
             * @example Ubuntu
             */
            name: string;
            /**
             * @description Version and architecture.
             * @example 24.04x64
             */
            version: string;
            /** @description Fewest vCPUs it needs. */
            cpu: number;
            /** @description Least memory it needs, GB. */
            ram: number;
            /** @description Smallest disk it needs, GB. */
            storage: number;
            /** @description Windows image; listTemplates returns these only for `vm_type=windows`. */
            is_windows: boolean;
            /**
             * @description Operating system family, e.g. `linux` or `windows`.
             * @example linux
             */
            os_type: string;
            /**
             * @description `os`: a plain operating system. `marketplace`: an image with an application preinstalled.
             * @enum {string}
             */
            category: "os" | "marketplace";
            /** @description Free text; often empty. */
            description?: string;
            /**
             * @description Region where the image is offered.
             * @enum {string}
             */
            region: "us-east";
        };
        /** @description The matching templates (not paged). */
        TemplateList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The templates. */
            data: components["schemas"]["Template"][];
            /** @description How many templates `data` holds. */
            total: number;
        };
        /** @description A compute plan and its prices (USD). */
        VMPricingPlan: {
            /** @description What createVM and resizeVM take as `pricing_id`. */
            id: number;
            /** @description vCPU count. */
            vcpu: number;
            /** @description Memory, GiB. */
            memory_gib: number;
            /** @description Included SSD disk, GiB. */
            ssd_gib: number;
            /** @description Monthly traffic allowance, GiB. */
            transfer_gib: number;
            /** @description Hourly (pay-as-you-go) price. */
            price_per_hour: number;
            /** @description Price per month. */
            monthly_price: number;
            /** @description Total for a 12-month commitment. */
            yearly_price: number;
            /** @description Total for a 24-month commitment. */
            twenty_four_month_price: number;
            /**
             * @description Plan family: `standard`, `premium` or `windows`. listTemplates with the same `vm_type` lists the images a family can run; Windows images are listed only under `windows`.
             * @enum {string}
             */
            vm_type: "standard" | "premium" | "windows";
            /**
             * @description Region the plan is sold in.
             * @enum {string}
             */
            region: "us-east";
            /** @description True while the plan is sold out. For information only: the plan stays in the list and can still be ordered. */
            out_of_stock?: boolean;
        };
        /** @description The matching compute plans (not paged). */
        VMPricingList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The plans. */
            plans: components["schemas"]["VMPricingPlan"][];
        };
        /** @description Per-GB storage prices (USD) for volumes, snapshots or backups. */
        StoragePricing: {
            /** @description Price record id; given for volume pricing. */
            id?: number;
            /** @description Per GB per hour. */
            price_per_gb_hour?: number;
            /** @description Per GB per month. */
            price_per_gb_month?: number;
            /** @description Per GB for a 12-month commitment. */
            yearly_price_per_gb?: number;
            /** @description Per GB for a 24-month commitment. */
            twenty_four_month_price_per_gb?: number;
            /**
             * @description Region the prices apply in.
             * @enum {string}
             */
            region?: "us-east";
        };
        /** @description Storage prices for one kind of storage. */
        StoragePricingResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            pricing: components["schemas"]["StoragePricing"];
        };
        /** @description Prices (USD) of one kind of address. */
        IPPricingTier: {
            /** @description Per hour. */
            price_per_hour?: number;
            /** @description Per month. */
            monthly_price?: number;
            /** @description Total for a 12-month commitment. */
            yearly_price?: number;
            /** @description Total for a 24-month commitment. */
            twenty_four_month_price?: number;
        };
        /** @description Address prices by IP version. */
        IPPricing: {
            /** @description Pricing of IPv4 addresses. */
            ipv4?: components["schemas"]["IPPricingTier"];
            /** @description Pricing of IPv6 addresses. */
            ipv6?: components["schemas"]["IPPricingTier"];
        };
        /** @description Address prices. */
        IPPricingResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            pricing: components["schemas"]["IPPricing"];
        };
        /** @description The VMs to delete in one call, with clean-up choices shared by all of them. */
        DeleteVMsBulkRequest: {
            /** @description Ids of the VMs to delete, 1 to 50. */
            ids: string[];
            /**
             * @description Fate of attached volumes: `delete` (the default here, unlike deleteVM) destroys them; `detach` keeps them, still billed.
             * @default delete
             * @enum {string}
             */
            volume_action?: "detach" | "delete";
            /**
             * @description Also delete each VM's VPC when no other VM uses it. Default `true`.
             * @default true
             */
            delete_vpc?: boolean;
        };
        /** @description The outcome for one VM of a bulk delete. */
        BulkDeleteVMItemResult: {
            /**
             * Format: uuid
             * @description VM id, as sent.
             */
            id?: string;
            /** @description Whether this VM was deleted. */
            success?: boolean;
            /** @description Short outcome text. */
            message?: string;
            /** @description Why this VM was not deleted; present on failure. */
            error?: string;
        };
        /** @description Per-VM outcome of a bulk delete. `success` is true when at least one VM was deleted. */
        BulkDeleteVMsResult: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Summary for humans. */
            message?: string;
            /** @description How many ids were sent. */
            total_count?: number;
            /** @description How many VMs were deleted. */
            success_count?: number;
            /** @description How many were not. */
            failed_count?: number;
            /** @description One entry per id sent. */
            results?: components["schemas"]["BulkDeleteVMItemResult"][];
        };
        /** @description A new display name. */
        RenameVMRequest: {
            /** @description New display name. */
            name: string;
        };
        /** @description The template to install and the login for the new system: `password`, `ssh_keys` (Linux) or `auto_generate_password`. */
        ReinstallVMRequest: {
            /**
             * Format: uuid
             * @description Template to install, from listTemplates.
             */
            template_id: string;
            /** @description New root or Administrator password. */
            password?: string;
            /** @description Public keys allowed to log in (Linux). */
            ssh_keys?: string[];
            /** @description Let Raff pick a password and email it to the account owner. */
            auto_generate_password?: boolean;
        };
        /** @description The plan to move to. */
        ResizeVMRequest: {
            /** @description Target compute plan, from listVMPricing. */
            pricing_id: number;
        };
        /** @description The new boot disk size. */
        ResizeVMDiskRequest: {
            /** @description New size in GB; must exceed the current `total_storage`. */
            new_size: number;
        };
        /** @description How a resize of a prepaid (subscription) VM was settled. Absent for hourly-billed VMs. */
        VMResizeBilling: {
            /**
             * @description Direction of the price change.
             * @enum {string}
             */
            type?: "upgrade" | "downgrade" | "none";
            /** @description USD for the rest of the period: positive is charged, negative is credited. */
            pro_rata_amount?: number;
            /** @description USD taken from (or, on a downgrade, credited to) the account balance. */
            balance_applied?: number;
            /** @description Monthly subscription price from now on, USD. */
            new_monthly_price?: number;
            /** @description Hourly price from now on, USD, as a decimal string. */
            new_price_per_hour?: string;
        };
        /** @description Result of resizeVM or resizeVMDisk. */
        VMResizeResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Confirmation for humans. */
            message?: string;
            /** @description Id of the resized VM. */
            id?: string;
            /** @description How the change is billed. */
            billing?: components["schemas"]["VMResizeBilling"];
        };
        /** @description Which disk to capture, from which point, and the image's name. */
        SaveImageRequest: {
            /** @description Image name. */
            name: string;
            /** @description Free text. */
            description?: string;
            /**
             * @description Disk to capture: `0` the boot disk, `1` and up an attached volume.
             * @default 0
             */
            disk_id?: number;
            /**
             * @description `-1` captures the disk as it is now; another value captures that saved snapshot of the disk.
             * @default -1
             */
            snapshot_id?: number;
        };
        /** @description A private image saved from a VM disk; createVM accepts its `id` as `template_id`. */
        VMImage: {
            /**
             * Format: uuid
             * @description Image id, usable as `template_id`.
             */
            id: string;
            /** @description Image name. */
            name: string;
            /** @description Version label. */
            version?: string;
            /** @description Free text. */
            description?: string;
            /** @description Operating system family. */
            os_type?: string;
            /** @description Windows image. */
            is_windows?: boolean;
            /**
             * @description Region holding the image.
             * @enum {string}
             */
            region: "us-east";
            /**
             * Format: date-time
             * @description When the image was requested.
             */
            created_at?: string;
        };
        /** @description One saved image. */
        VMImageResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["VMImage"];
        };
        /** @description A tag to attach. */
        AddVMTagRequest: {
            /** @description Tag text. */
            name: string;
            /**
             * @description Sort position; lower comes first. Default 0.
             * @default 0
             */
            priority?: number;
        };
        /** @description Fields of a tag to change; at least one. */
        UpdateVMTagRequest: {
            /** @description New tag text. */
            name?: string;
            /** @description New sort position. */
            priority?: number;
        };
        /** @description All of a VM's tags after a change. */
        VMTagsResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The VM's tags. */
            tags: components["schemas"]["VMTag"][];
        };
        /** @description Free text on a VM, in one of two scopes: `personal` (seen only by its writer) or `account` (shared with every member). */
        VMNote: {
            /**
             * Format: uuid
             * @description Note id.
             */
            id: string;
            /**
             * Format: uuid
             * @description VM the note is on.
             */
            vm_id: string;
            /**
             * Format: uuid
             * @description User who wrote the note.
             */
            user_id: string;
            /**
             * @description Scope.
             * @enum {string}
             */
            type: "personal" | "account";
            /** @description The text; may be empty. */
            content: string;
            /**
             * Format: date-time
             * @description When the note was first written.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the note last changed.
             */
            updated_at: string;
        };
        /** @description The notes on a VM that exist; either or both may be missing. */
        VMNotesResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The caller’s own note on the VM. */
            personal_note?: components["schemas"]["VMNote"];
            /** @description The note shared with everyone in the account. */
            account_note?: components["schemas"]["VMNote"];
        };
        /** @description One note. */
        VMNoteResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            note: components["schemas"]["VMNote"];
        };
        /** @description Note text. */
        UpsertVMNoteRequest: {
            /** @description The text. An empty string gives an empty note. */
            content: string;
        };
        /** @description An SSH public key saved in the account. */
        SSHKey: {
            /**
             * Format: uuid
             * @description Key id.
             */
            id: string;
            /** @description Display name. */
            name: string;
            /** @description The public key line: algorithm, base64 body, optional comment. */
            public_key: string;
            /**
             * @description Algorithm, read from `public_key`.
             * @enum {string}
             */
            key_type: "ssh-rsa" | "ssh-ed25519" | "ecdsa-sha2-nistp256" | "ecdsa-sha2-nistp384" | "ecdsa-sha2-nistp521";
            /**
             * Format: date-time
             * @description When the key was added.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the key last changed.
             */
            updated_at?: string;
        };
        /** @description All SSH keys of the account (not paged). */
        SSHKeyList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The keys. */
            data: components["schemas"]["SSHKey"][];
        };
        /** @description One SSH key. */
        SSHKeyResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["SSHKey"];
        };
        /** @description A public key to save. */
        CreateSSHKeyRequest: {
            /** @description Display name. */
            name: string;
            /** @description The whole public key line (RSA, ECDSA or Ed25519). */
            public_key: string;
        };
        /** @description A new display name. */
        UpdateSSHKeyRequest: {
            /** @description New display name. */
            name: string;
        };
        /** @description A virtual private cloud: a private IPv4 network inside one project and region. VMs join it through a `vpc` network interface. */
        VPC: {
            /**
             * Format: uuid
             * @description VPC identifier.
             */
            id: string;
            /**
             * Format: uuid
             * @description Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * @description Project the VPC belongs to.
             */
            project_id?: string;
            /**
             * @description Display name.
             * @example prod-net
             */
            name: string;
            /**
             * @description Private address block, fixed at creation.
             * @example 10.10.0.0/24
             */
            cidr: string;
            /**
             * @description Gateway address inside the block.
             * @example 10.10.0.1
             */
            gateway?: string;
            /** @description Resolver address handed to VMs in the VPC. */
            dns?: string;
            /**
             * @description Lifecycle state. `active`: the VPC exists and VMs can join it; Raff’s reference documents no other value, so treat anything else as not ready yet. Attaching or detaching VMs does not change it.
             * @example active
             */
            status: string;
            /**
             * @description Addresses in the block.
             * @example 256
             */
            total_ips?: number;
            /**
             * @description Addresses leased to VM interfaces right now; goes up by one per attachVMToVPC and down by one per detachVMFromVPC.
             * @example 1
             */
            used_ips?: number;
            /**
             * @description Data-centre region.
             * @enum {string}
             */
            region: "us-east";
            /** @description Kind of gateway in front of the VPC, such as `none` or `nat`. */
            gateway_type?: string;
            /** @description Public address of the gateway when one is enabled; empty otherwise. */
            router_public_ip?: string;
            /** @description State of the gateway router; empty when there is none. */
            router_status?: string;
            /**
             * Format: date-time
             * @description When the VPC was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the VPC last changed.
             */
            updated_at?: string;
        };
        /** @description One address of the VPC held by a VM network interface. */
        VPCLease: {
            /**
             * @description The leased private address.
             * @example 10.10.0.96
             */
            ip: string;
            /** @description Interface holding it, as numbered by listVMNetworks on the owning VM. */
            nic_id: number;
        };
        /** @description What getVPC answers: the VPC itself under `vpc`, plus its allocatable range and current leases. */
        VPCDetail: {
            /** @description The VPC itself. */
            vpc: components["schemas"]["VPC"];
            /**
             * @description Lowest address VMs can be given.
             * @example 10.10.0.10
             */
            ip_range_start?: string;
            /**
             * @description Highest address VMs can be given.
             * @example 10.10.0.254
             */
            ip_range_end?: string;
            /** @description One entry per attached interface; empty when no VM is in the VPC. */
            leases?: components["schemas"]["VPCLease"][];
        };
        /** @description A new VPC. */
        VPCCreateRequest: {
            /** @description Display name. */
            name: string;
            /** @description IPv4 block in CIDR notation. It may not overlap another VPC of the account and cannot be changed later; listVPCCIDRSuggestions proposes free blocks. */
            cidr: string;
            /**
             * @description Region; `us-east` when absent.
             * @enum {string}
             */
            region?: "us-east";
        };
        /** @description VPC fields to change; send at least one. The CIDR block is not among them. */
        VPCUpdateRequest: {
            /** @description New display name. */
            name?: string;
            /** @description Free text. */
            description?: string;
        };
        /** @description A free address block of a given size. */
        CIDRSuggestion: {
            /**
             * @description The block.
             * @example 10.30.0.0/28
             */
            cidr?: string;
            /**
             * @description Addresses it holds.
             * @example 16
             */
            available_ips?: number;
            /**
             * @description Size class of the block.
             * @enum {string}
             */
            size?: "small" | "medium" | "large";
        };
        /** @description Blocks that overlap none of the account’s VPCs, for use as `cidr` in createVPC. */
        CIDRSuggestionsResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /**
             * @description The block Raff recommends.
             * @example 10.20.0.0/24
             */
            suggested?: string;
            /**
             * @description Usable addresses in `suggested`.
             * @example 256
             */
            suggested_ips?: number;
            /** @description Other free blocks in several sizes. */
            alternatives?: components["schemas"]["CIDRSuggestion"][];
            /** @description How many VPCs the account has now. */
            existing_count?: number;
        };
        /** @description All VPCs that match (the list is not paged). */
        VPCList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Every matching item (this list is not paged). */
            data: components["schemas"]["VPC"][];
        };
        /** @description One VPC. */
        VPCResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["VPC"];
        };
        /** @description One VPC with its range and leases. */
        VPCDetailResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["VPCDetail"];
        };
        /** @description A public IPv4 or IPv6 address held by the account, either reserved on its own or allocated when it was attached to a VM. */
        IP: {
            /**
             * Format: uuid
             * @description IP identifier.
             */
            id: string;
            /**
             * Format: uuid
             * @description Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * @description Project the IP belongs to.
             */
            project_id?: string;
            /**
             * Format: uuid
             * @description User who reserved it.
             */
            created_by?: string;
            /**
             * @description The address itself.
             * @example 203.0.113.24
             */
            ip_address: string;
            /**
             * @description Address family.
             * @enum {string}
             */
            type: "IPv4" | "IPv6";
            /**
             * @description Whether a VM uses it. `free`: no VM interface carries it (a reserved IP waiting to be attached). `in-use`: a VM interface carries it. reserveIP gives a `free` IP; attachVMIP with `ip_id` turns it `in-use`; detachVMIP turns a reserved IP back to `free` (an auto-allocated one leaves the account instead). Both changes are immediate; there is no transitional state. releaseIP and changeIP need `free`.
             * @enum {string}
             */
            status: "free" | "in-use";
            /** @description `true` for an IP the account holds whether or not a VM uses it (from reserveIP; billed until releaseIP). `false` for an address allocated by attachVMIP with `type`, which is returned to the pool when detached. A reserved IP may be `free` or `in-use`. */
            reserved: boolean;
            /**
             * @description Data-centre region.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Format: date-time
             * @description When the IP was reserved or allocated.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the IP last changed (for instance was attached or detached).
             */
            updated_at?: string;
        };
        /** @description Reservation options; every field has a default, so the body may be empty or absent. */
        IPReserveRequest: {
            /**
             * @description Address family.
             * @default IPv4
             * @enum {string}
             */
            type?: "IPv4" | "IPv6";
            /**
             * @description Region; the project’s default region when absent.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * @description Prepaid term for subscription accounts, charged from the balance at once. Pay-as-you-go accounts ignore it and pay by the hour.
             * @default monthly
             * @enum {string}
             */
            billing_period?: "monthly" | "yearly" | "twenty_four_month";
        };
        /** @description A page of floating IPs. */
        IPList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["IP"][];
            /** @description How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** @description One floating IP. */
        IPResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["IP"];
        };
        /** @description Result of changeIP: the address given up and the one that replaced it. */
        IPChangeResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The address before the swap; it goes back to the pool. */
            old_ip: components["schemas"]["IP"];
            /** @description The address that now carries the reservation; refer to it by this record’s `id` from now on. */
            new_ip: components["schemas"]["IP"];
        };
        /** @description One allow rule for traffic in one direction. */
        SecurityGroupRule: {
            /**
             * @description Protocol the rule matches.
             * @enum {string}
             */
            protocol: "TCP" | "UDP" | "ICMP" | "ICMPV6" | "IPSEC" | "ALL";
            /**
             * @description Traffic direction.
             * @enum {string}
             */
            rule_type: "INBOUND" | "OUTBOUND";
            /**
             * @description One port (`443`) or an inclusive range written `from:to` (`8000:9000`); empty for protocols without ports (ICMP, ALL).
             * @example 443
             */
            range?: string;
            /**
             * @description Remote address the rule matches; empty or `0.0.0.0` with size 0 for any.
             * @example 0.0.0.0
             */
            ip?: string;
            /** @description Prefix length applied to `ip` to match a whole network (`24` for a /24). */
            size?: number;
            /** @description ICMP message type; only with ICMP and ICMPV6. */
            icmp_type?: number;
        };
        /** @description A named firewall rule set. It takes effect on the VM network interfaces it is attached to. */
        SecurityGroup: {
            /**
             * Format: uuid
             * @description Security group identifier.
             */
            id: string;
            /**
             * @description Display name.
             * @example web-server
             */
            name: string;
            /** @description Free text. */
            description?: string;
            /** @description The full rule set. */
            rules: components["schemas"]["SecurityGroupRule"][];
            /** @description Interfaces the group is attached to now; attachVMSecurityGroup adds one, detachVMSecurityGroup removes one. Must be 0 before deleteSecurityGroup. */
            vm_count?: number;
            /**
             * Format: uuid
             * @description Project the group belongs to.
             */
            project_id?: string;
            /**
             * Format: date-time
             * @description When the group was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the group or its rules last changed.
             */
            updated_at?: string;
        };
        /** @description A ready-made rule set that createSecurityGroup can start from. */
        SecurityGroupTemplate: {
            /**
             * @description Template key (a slug, not a UUID), sent as `template_id`.
             * @example web-server
             */
            id: string;
            /**
             * @description Display name.
             * @example Web Server
             */
            name: string;
            /** @description What the template opens. */
            description?: string;
            /** @description Rules copied into a group created from it. */
            rules: components["schemas"]["SecurityGroupRule"][];
        };
        /** @description A new security group, optionally seeded from a template. */
        SecurityGroupCreateRequest: {
            /** @description Display name. */
            name: string;
            /** @description Free text. */
            description?: string;
            /** @description Template to start from (an `id` from listSecurityGroupTemplates). Its rules come first; `rules` are added to them. */
            template_id?: string;
            /** @description Rules of the group (added to the template’s, if any). */
            rules?: components["schemas"]["SecurityGroupRule"][];
        };
        /** @description Security group fields to change; send at least one. `rules`, when sent, becomes the whole rule set. */
        SecurityGroupUpdateRequest: {
            /** @description New display name. */
            name?: string;
            /** @description Free text. */
            description?: string;
            /** @description Replacement rule set; rules not listed are removed. */
            rules?: components["schemas"]["SecurityGroupRule"][];
        };
        /** @description All security groups that match (the list is not paged). */
        SecurityGroupList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Every matching item (this list is not paged). */
            data: components["schemas"]["SecurityGroup"][];
        };
        /** @description One security group. */
        SecurityGroupResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["SecurityGroup"];
        };
        /** @description Every security group template. */
        SecurityGroupTemplateList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Every matching item (this list is not paged). */
            data: components["schemas"]["SecurityGroupTemplate"][];
        };
        /** @description One network interface (NIC) of a VM. */
        VMNetwork: {
            /**
             * @description Interface number on this VM; the `nic_id` that detach calls take.
             * @example 0
             */
            nic_id: number;
            /**
             * @description Name of the VPC for `vpc` interfaces; empty for interfaces on the shared public pool.
             * @example prod-net
             */
            network_name: string;
            /**
             * @description Address of the interface (IPv6 for `ipv6`).
             * @example 10.10.0.96
             */
            ip: string;
            /**
             * @description Hardware address; it stays the same as long as the VM exists.
             * @example 02:00:0a:0a:00:60
             */
            mac?: string;
            /**
             * @description Gateway of the interface’s network.
             * @example 10.10.0.1
             */
            gateway?: string;
            /**
             * @description `public`: public IPv4. `vpc`: private IPv4 in a VPC. `ipv6`: public IPv6.
             * @enum {string}
             */
            type: "public" | "vpc" | "ipv6";
            /**
             * Format: uuid
             * @description Security group on this interface; absent when none. Set by attachVMSecurityGroup, removed by detachVMSecurityGroup.
             */
            security_group_id?: string;
            /** @description True on the interface that carries the VM’s primary public IPv4 (the first one attached). A VM has at most one; its other interfaces, further public IPv4s included, show false. */
            is_primary?: boolean;
        };
        /** @description All interfaces of the VM that match (the list is not paged). */
        VMNetworkList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Every matching item (this list is not paged). */
            data: components["schemas"]["VMNetwork"][];
        };
        /** @description The VPC to join. */
        VMNetworkVPCAttachRequest: {
            /**
             * Format: uuid
             * @description VPC to attach the VM to.
             */
            vpc_id: string;
            /**
             * @description Private address to take, inside the VPC’s range; Raff picks a free one when absent.
             * @example 10.10.0.97
             */
            ip?: string;
        };
        /** @description Either `ip_id` (use a reserved IP) or `type` (allocate a new address); with both, `ip_id` wins and `type` is ignored. An empty body allocates a new IPv4 address. */
        VMNetworkIPAttachRequest: {
            /**
             * Format: uuid
             * @description A reserved IP of this account that is `free`. Already billed by its reservation, so attaching costs nothing more. The way to give a VM a second, third or fourth public IPv4.
             */
            ip_id?: string;
            /**
             * @description Family of an address taken from the shared pool when `ip_id` is absent; `IPv4` by default. Possible only as long as the VM lacks a public address of that family. The address is free with the VM and goes back to the pool when detached.
             * @enum {string}
             */
            type?: "IPv4" | "IPv6";
            /** @description Security groups to put on the new interface. */
            security_groups?: string[];
        };
        /** @description The interface created by attachVMIP. */
        VMNetworkIPAttachment: {
            /**
             * Format: uuid
             * @description VM that received the address.
             */
            vm_id?: string;
            /** @description The address now on the VM. */
            ip_address?: string;
            /** @description The new interface; pass it to detachVMIP. */
            nic_id?: number;
            /** @description Hardware address of the new interface. */
            mac?: string;
        };
        /** @description Result of attachVMIP. */
        VMNetworkIPAttachResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Human-readable confirmation. */
            message?: string;
            /** @description The interface the address was attached to. */
            data?: components["schemas"]["VMNetworkIPAttachment"];
        };
        /** @description The group and the interface to put it on. */
        VMNetworkSecurityGroupAttachRequest: {
            /**
             * Format: uuid
             * @description Security group to attach.
             */
            security_group_id: string;
            /** @description Interface of the VM, from listVMNetworks. */
            nic_id: number;
        };
        /** @description A block storage volume. It lives in one project and region and is attached to at most one VM at a time. */
        Volume: {
            /** @description Volume identifier (an integer, unlike most Raff ids). */
            id: number;
            /**
             * Format: uuid
             * @description Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * @description Project the volume belongs to.
             */
            project_id?: string;
            /** @description VM the volume is attached to, or an empty string while it is detached. */
            product_vm?: string | "";
            /**
             * @description Display name.
             * @example data-volume
             */
            name: string;
            /**
             * @description Storage class; NVMe is the only one offered.
             * @enum {string}
             */
            volume_type: "nvme";
            /** @description Capacity in GB. It can grow (resizeVolume) but never shrink. */
            size: number;
            /**
             * @description Lifecycle. createVolume answers with `pending` (queued); the volume then passes through `creating` (being provisioned) and settles in `available` (ready, detached) or, when a `vm_id` was given, `attached`. attachVolume moves `available` → `attached`; detachVolume moves `attached` → `available`. deleteVolume moves a detached volume to `deleting` until it disappears. `failed`: provisioning or attaching went wrong; such a volume can only be deleted. `pending`, `creating` and `deleting` are transient: attach, detach and resize are refused (409) while the volume is in one of them.
             * @enum {string}
             */
            status: "pending" | "creating" | "available" | "attached" | "deleting" | "failed";
            /** @description Hourly price in USD, as a decimal string. */
            price_per_hour?: string;
            /**
             * @description Data-centre region; a volume attaches only to VMs in the same region.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Format: date-time
             * @description When the volume was requested.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the volume last changed.
             */
            updated_at?: string;
        };
        /** @description A new volume, optionally attached to a VM straight away. */
        VolumeCreateRequest: {
            /** @description Display name. */
            name: string;
            /** @description Capacity in GB. */
            size: number;
            /**
             * @description Storage class.
             * @enum {string}
             */
            volume_type: "nvme";
            /**
             * @description Filesystem written on the volume for Linux guests (`ext4` when absent). Leave it out for Windows guests, which always get NTFS. It only takes effect when the guest mounts the volume through cloud-init or Raff’s contextualization script.
             * @enum {string}
             */
            filesystem_type?: "ext4" | "xfs" | "btrfs";
            /**
             * Format: uuid
             * @description Attach the new volume to this VM once it is ready. The VM must be in the same project and region.
             */
            vm_id?: string;
            /**
             * @description Region; the project’s default region when absent.
             * @enum {string}
             */
            region?: "us-east";
        };
        /** @description The new, larger capacity. */
        VolumeResizeRequest: {
            /** @description New capacity in GB; must exceed the current `size` (volumes never shrink). */
            new_size: number;
        };
        /** @description The VM to attach the volume to. */
        VolumeAttachRequest: {
            /**
             * Format: uuid
             * @description The VM; it must be in the same project and region as the volume.
             */
            vm_id: string;
        };
        /** @description What a resize cost. Sent only for volumes billed by prepaid subscription. */
        VolumeResizeBilling: {
            /**
             * @description Direction of the price change (a volume resize is always an `upgrade` or, when nothing is owed, `none`).
             * @enum {string}
             */
            type?: "upgrade" | "downgrade" | "none";
            /** @description USD charged for the rest of the current period (negative when credited). */
            pro_rata_amount?: number;
            /** @description USD taken from the account balance. */
            balance_applied?: number;
            /** @description Monthly price in USD after the resize. */
            new_monthly_price?: number;
            /** @description Hourly price in USD after the resize, as a decimal string. */
            new_price_per_hour?: string;
        };
        /** @description Outcome of a volume resize. */
        VolumeResizeResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Human-readable confirmation. */
            message?: string;
            /** @description The resized volume’s id, as a string. */
            id?: string;
            /** @description How the change is billed. */
            billing?: components["schemas"]["VolumeResizeBilling"];
        };
        /** @description A page of volumes. */
        VolumeList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["Volume"][];
            /** @description How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** @description One volume. */
        VolumeResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Volume"];
        };
        /** @description A new display name. */
        SnapshotRenameRequest: {
            /** @description New display name. */
            name: string;
        };
        /** @description A recurring backup of one VM, daily or weekly, with a retention count. `enabled` says whether it runs; `next_run_at`, the `last_run_*` fields and `consecutive_failures` show when it runs and how its runs went. */
        BackupSchedule: {
            /** @description Schedule identifier (an integer); use it in `/backup-schedules/{id}`. */
            id: number;
            /**
             * Format: uuid
             * @description Owning account.
             */
            account_id?: string;
            /**
             * Format: uuid
             * @description Project the schedule belongs to.
             */
            project_id?: string;
            /** @description User who created the schedule. */
            created_by?: string;
            /**
             * @description Data-centre region.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Format: uuid
             * @description VM the schedule backs up.
             */
            product_vm?: string;
            /** @description Display name. */
            name: string;
            /**
             * @description How often it runs: every day, or once a week on one day.
             * @enum {string}
             */
            type: "daily" | "weekly";
            /**
             * @description When it runs, in words built from the type, time and day (e.g. `Daily at 8am`, `Saturday 8am`).
             * @example Saturday 8am
             */
            runtime?: string;
            /** @description Retention: how many of this schedule’s backups are kept. After a run adds a backup, the oldest ones beyond this count are deleted automatically; lowering it prunes the surplus at the next run. Backups taken by hand are not counted. New values must be 2 to 100; a schedule made earlier may still show 1. */
            keep_count: number;
            /** @description Hourly price in USD of the backups the schedule currently keeps, as a decimal string. */
            price_per_hour?: string;
            /** @description Combined size of the backups the schedule currently keeps, as a string (Raff does not document the unit; backups themselves are measured in MB). */
            size?: string;
            /**
             * Format: date-time
             * @description When the schedule was created.
             */
            created_at?: string;
            /** @description Whether the schedule runs. A disabled schedule never runs. */
            enabled?: boolean;
            /**
             * Format: date-time
             * @description When the schedule runs next (UTC).
             */
            next_run_at?: string;
            /**
             * Format: date-time
             * @description When the schedule last ran; missing until its first run.
             */
            last_run_at?: string;
            /**
             * @description How the last run ended: a backup was made (`succeeded`), it failed, or the run was `skipped`. Missing until the first run.
             * @enum {string}
             */
            last_run_status?: "succeeded" | "failed" | "skipped";
            /** @description Failed runs in a row; back to 0 after a run succeeds. */
            consecutive_failures?: number;
        };
        /** @description A new schedule. `day_of_week` is required when `type` is `weekly` and ignored for `daily`. */
        BackupScheduleCreateRequest: {
            /**
             * Format: uuid
             * @description VM to back up; must be in the project named by `X-Project-ID`.
             */
            vm_id: string;
            /**
             * @description Every day, or once a week.
             * @enum {string}
             */
            type: "daily" | "weekly";
            /**
             * @description Time of day to run, e.g. `8am` or `13:00`.
             * @example 8am
             */
            time: string;
            /**
             * @description Day a weekly schedule runs on; required when `type` is `weekly` (400 without it).
             * @enum {string}
             */
            day_of_week?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
            /** @description How many of the schedule’s backups to keep, 2 to 100; older ones beyond this count are pruned after each run. */
            keep_count: number;
        };
        /** @description Schedule fields to change; fields left out keep their value. Switching to `weekly` needs a `day_of_week` unless the schedule already has one. */
        BackupScheduleUpdateRequest: {
            /**
             * @description Every day, or once a week.
             * @enum {string}
             */
            type?: "daily" | "weekly";
            /**
             * @description Time of day to run, e.g. `8am` or `13:00`.
             * @example 8am
             */
            time?: string;
            /**
             * @description Day a weekly schedule runs on.
             * @enum {string}
             */
            day_of_week?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
            /** @description How many of the schedule’s backups to keep, 2 to 100. */
            keep_count?: number;
        };
        /** @description A page of backup schedules. */
        BackupScheduleList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of results. */
            data: components["schemas"]["BackupSchedule"][];
            /** @description How many items match the query across all pages (not just this page). */
            total: number;
        };
        /** @description One backup schedule. */
        BackupScheduleResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["BackupSchedule"];
        };
        /** @description Add exactly one principal with an account role: a new e-mail address (an invitation is sent and the member stays `pending` until accepted, as with createAccountInvitation), an existing Raff user (`target_user_id`, active at once), or an existing API key of the account (`api_key_id`, active at once). The three are mutually exclusive; `role_id` is always required. */
        AddMemberRequest: {
            /**
             * Format: email
             * @description Address to invite; it must not already belong to a member or a pending invitation.
             */
            email: string;
            /**
             * Format: uuid
             * @description Account-scope role to give.
             */
            role_id: string;
        } | {
            /**
             * Format: uuid
             * @description A user who already has a Raff login, e.g. someone who so far only holds project roles.
             */
            target_user_id: string;
            /**
             * Format: uuid
             * @description Account-scope role to give.
             */
            role_id: string;
        } | {
            /**
             * Format: uuid
             * @description An API key of this account that should hold the account role.
             */
            api_key_id: string;
            /**
             * Format: uuid
             * @description Account-scope role to give.
             */
            role_id: string;
        };
        /** @description An e-mailed offer to join the account or one project with a given role. It stays open until it is accepted (in the dashboard), cancelled, or it passes `expires_at`. While open, an account invitation shows in listMembers as a `pending` member. The acceptance token is never returned. */
        Invitation: {
            /**
             * Format: uuid
             * @description Invitation identifier.
             */
            id: string;
            /**
             * @description Whether it grants an account role or a role on one project.
             * @enum {string}
             */
            type: "account" | "project";
            /**
             * Format: uuid
             * @description The inviting account.
             */
            account_id?: string;
            /** @description Display name of the inviting account. */
            account_name?: string;
            /**
             * Format: uuid
             * @description The project; only for `project` invitations.
             */
            project_id?: string;
            /** @description Display name of the project; only for `project` invitations. */
            project_name?: string;
            /**
             * Format: email
             * @description Address the invitation was sent to.
             */
            email: string;
            /**
             * Format: uuid
             * @description Role the invitee gets on accepting.
             */
            role_id?: string;
            /** @description Display name of that role. */
            role_name?: string;
            /**
             * Format: uuid
             * @description User who sent it.
             */
            invited_by_id?: string;
            /**
             * Format: email
             * @description That user’s e-mail address.
             */
            invited_by_email?: string;
            /** @description That user’s display name. */
            invited_by_name?: string;
            /**
             * Format: date-time
             * @description When the link stops working (a few days after sending; 7 in these examples). Expired invitations are cleaned up; send a new one instead.
             */
            expires_at?: string;
            /**
             * Format: date-time
             * @description When it was sent.
             */
            created_at?: string;
        };
        /** @description Who to invite, and with which role. */
        InvitationCreateRequest: {
            /**
             * Format: email
             * @description Address to invite; it must not already belong to a member or an open invitation of the same scope.
             */
            email: string;
            /**
             * Format: uuid
             * @description Role given on acceptance: account-scoped for account invitations, project-scoped for project invitations.
             */
            role_id: string;
        };
        /** @description One invitation. */
        InvitationResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["Invitation"];
        };
        /** @description Console access policy of a VM. */
        SetVMConsolePolicyRequest: {
            /** @description True to require a fresh two-factor confirmation before the console opens (and to keep API keys out of it); false to drop that requirement. */
            console_require_mfa: boolean;
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
        /** @description The VM's status does not allow this action now: for example a start on a running VM, or a resize before the VM is stopped. Wait for a transient status (`initiating`, `provisioning`, `booting`, `finalizing`) to settle, or change the status first. */
        VMStateConflict: {
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
        /**
         * @description The project that holds the resource. Optional: Raff finds the resource by its id alone, but a known project may be sent (its reference spec asks for it, its docs say get-by-id takes none). A project the key cannot reach gives 403.
         * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
         */
        ProjectIdLookupHeader: string;
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
        /**
         * @description Only entries for this region.
         * @example us-east
         */
        RegionQuery: "us-east";
        /**
         * @description Only plain operating systems (`os`) or only images with an application (`marketplace`).
         * @example os
         */
        TemplateCategoryQuery: "os" | "marketplace";
        /**
         * @description Only templates for this plan family. Windows templates are returned only when this is `windows`; the other two families omit them.
         * @example standard
         */
        TemplateVmTypeQuery: "standard" | "premium" | "windows";
        /**
         * @description Only plans of this family: `standard`, `premium`, or `windows` (the family listTemplates files Windows images under).
         * @example standard
         */
        PricingVmTypeQuery: "standard" | "premium" | "windows";
        /** @description Tag id (UUID), from the `tags` of getVM. */
        VMTagIdPath: string;
        /** @description Note scope: `personal` (only its writer sees it) or `account` (every member does). */
        VMNoteTypePath: "personal" | "account";
        /**
         * @description Only the note of this scope.
         * @example account
         */
        VMNoteTypeQuery: "personal" | "account";
        /** @description SSH key id (UUID). */
        SSHKeyIdPath: string;
        /** @description VPC id (UUID). */
        VpcIdPath: string;
        /** @description Floating IP id (UUID), not the address. */
        IpIdPath: string;
        /** @description Security group id (UUID). */
        SecurityGroupIdPath: string;
        /** @description Security group id (UUID), as in the interface’s `security_group_id`. */
        SecurityGroupSgIdPath: string;
        /**
         * @description Interface number on the VM, the `nic_id` from listVMNetworks (an integer, not a UUID).
         * @example 1
         */
        NicIdPath: number;
        /**
         * @description Volume id (a positive integer, unlike most Raff ids).
         * @example 311
         */
        VolumeIdPath: number;
        /**
         * @description Snapshot id (a positive integer).
         * @example 4821
         */
        SnapshotIdPath: number;
        /** @description Backup id (UUID). */
        BackupIdPath: string;
        /**
         * @description Backup schedule id (a positive integer), the `id` of a BackupSchedule.
         * @example 57
         */
        BackupScheduleIdPath: number;
        /** @description Invitation id (UUID); for a pending member it is the member’s `invitation_id`. */
        InvitationIdPath: string;
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
    addMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who joins, and with which account role. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberRequest"];
            };
        };
        responses: {
            /** @description The member (`pending` for an e-mail invitation). */
            201: {
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
            409: components["responses"]["Conflict"];
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
    removeMember: {
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
            /** @description The member was removed. */
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
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account membership id (UUID). */
                id: components["parameters"]["MemberIdPath"];
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
            /** @description The updated member. */
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
            409: components["responses"]["Conflict"];
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
    healthCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gateway is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every open region. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionList"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /**
                 * @description Only plain operating systems (`os`) or only images with an application (`marketplace`).
                 * @example os
                 */
                category?: components["parameters"]["TemplateCategoryQuery"];
                /**
                 * @description Only templates for this plan family. Windows templates are returned only when this is `windows`; the other two families omit them.
                 * @example standard
                 */
                vm_type?: components["parameters"]["TemplateVmTypeQuery"];
                /**
                 * @description Only entries for this region.
                 * @example us-east
                 */
                region?: components["parameters"]["RegionQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listVMPricing: {
        parameters: {
            query?: {
                /**
                 * @description Only plans of this family: `standard`, `premium`, or `windows` (the family listTemplates files Windows images under).
                 * @example standard
                 */
                type?: components["parameters"]["PricingVmTypeQuery"];
                /**
                 * @description Only entries for this region.
                 * @example us-east
                 */
                region?: components["parameters"]["RegionQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching plans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMPricingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listVolumePricing: {
        parameters: {
            query?: {
                /**
                 * @description Only entries for this region.
                 * @example us-east
                 */
                region?: components["parameters"]["RegionQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Volume storage prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoragePricingResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSnapshotPricing: {
        parameters: {
            query?: {
                /**
                 * @description Only entries for this region.
                 * @example us-east
                 */
                region?: components["parameters"]["RegionQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Snapshot storage prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoragePricingResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listBackupPricing: {
        parameters: {
            query?: {
                /**
                 * @description Only entries for this region.
                 * @example us-east
                 */
                region?: components["parameters"]["RegionQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Backup storage prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoragePricingResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listIPPricing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Address prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IPPricingResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteVMsBulk: {
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
        /** @description The VMs to delete and what to do with their volumes and VPCs. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteVMsBulkRequest"];
            };
        };
        responses: {
            /** @description What happened to each VM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteVMsResult"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    startVM: {
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
        requestBody?: never;
        responses: {
            /** @description The start was accepted. */
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
            409: components["responses"]["VMStateConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    stopVM: {
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
        requestBody?: never;
        responses: {
            /** @description The stop was accepted. */
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
            409: components["responses"]["VMStateConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rebootVM: {
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
        requestBody?: never;
        responses: {
            /** @description The reboot was accepted. */
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
            409: components["responses"]["VMStateConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    hardRebootVM: {
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
        requestBody?: never;
        responses: {
            /** @description The hard reboot was accepted. */
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
            409: components["responses"]["VMStateConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renameVM: {
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
        /** @description The new name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameVMRequest"];
            };
        };
        responses: {
            /** @description The VM was renamed. */
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
    resetVMPassword: {
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
        requestBody?: never;
        responses: {
            /** @description The reset was started. */
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
    reinstallVM: {
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
        /** @description The template to install and how to log in to it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReinstallVMRequest"];
            };
        };
        responses: {
            /** @description The reinstall was started. */
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
            409: components["responses"]["VMStateConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    factoryResetVM: {
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
        requestBody?: never;
        responses: {
            /** @description The reset was started. */
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
            409: components["responses"]["VMStateConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resizeVM: {
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
        /** @description The target plan. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResizeVMRequest"];
            };
        };
        responses: {
            /** @description The VM is on the new plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMResizeResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["VMStateConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resizeVMDisk: {
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
        /** @description The new disk size. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResizeVMDiskRequest"];
            };
        };
        responses: {
            /** @description The disk was enlarged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMResizeResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["VMStateConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    saveVMDiskAsImage: {
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
        /** @description The image to make. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveImageRequest"];
            };
        };
        responses: {
            /** @description The image is being made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMImageResponse"];
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
    addVMTag: {
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
        /** @description The tag. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddVMTagRequest"];
            };
        };
        responses: {
            /** @description The VM's tags after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMTagsResponse"];
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
    removeVMTag: {
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
                /** @description Tag id (UUID), from the `tags` of getVM. */
                tagId: components["parameters"]["VMTagIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VM's remaining tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMTagsResponse"];
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
    updateVMTag: {
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
                /** @description Tag id (UUID), from the `tags` of getVM. */
                tagId: components["parameters"]["VMTagIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change (at least one). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVMTagRequest"];
            };
        };
        responses: {
            /** @description The VM's tags after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMTagsResponse"];
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
    getVMNotes: {
        parameters: {
            query?: {
                /**
                 * @description Only the note of this scope.
                 * @example account
                 */
                type?: components["parameters"]["VMNoteTypeQuery"];
            };
            header?: never;
            path: {
                /** @description VM id (UUID). */
                id: components["parameters"]["VmIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notes that exist. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMNotesResponse"];
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
    appendVMNote: {
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
                /** @description Note scope: `personal` (only its writer sees it) or `account` (every member does). */
                type: components["parameters"]["VMNoteTypePath"];
            };
            cookie?: never;
        };
        /** @description The text to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertVMNoteRequest"];
            };
        };
        responses: {
            /** @description The whole note after the append. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMNoteResponse"];
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
    upsertVMNote: {
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
                /** @description Note scope: `personal` (only its writer sees it) or `account` (every member does). */
                type: components["parameters"]["VMNoteTypePath"];
            };
            cookie?: never;
        };
        /** @description The full content. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertVMNoteRequest"];
            };
        };
        responses: {
            /** @description The note as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMNoteResponse"];
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
    updateVMNote: {
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
                /** @description Note scope: `personal` (only its writer sees it) or `account` (every member does). */
                type: components["parameters"]["VMNoteTypePath"];
            };
            cookie?: never;
        };
        /** @description The new content. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertVMNoteRequest"];
            };
        };
        responses: {
            /** @description The note after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMNoteResponse"];
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
    listSSHKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's SSH keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SSHKeyList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSSHKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The key to save. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSSHKeyRequest"];
            };
        };
        responses: {
            /** @description The saved key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SSHKeyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSSHKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SSH key id (UUID). */
                id: components["parameters"]["SSHKeyIdPath"];
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
                    "application/json": components["schemas"]["SSHKeyResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateSSHKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SSH key id (UUID). */
                id: components["parameters"]["SSHKeyIdPath"];
            };
            cookie?: never;
        };
        /** @description The new name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSSHKeyRequest"];
            };
        };
        responses: {
            /** @description The key after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SSHKeyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteSSHKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SSH key id (UUID). */
                id: components["parameters"]["SSHKeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key that was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SSHKeyResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listVPCs: {
        parameters: {
            query?: never;
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
            /** @description All matching VPCs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VPCList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createVPC: {
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
        /** @description The VPC to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VPCCreateRequest"];
            };
        };
        responses: {
            /** @description The new VPC. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VPCResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenBilling"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listVPCCIDRSuggestions: {
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
        requestBody?: never;
        responses: {
            /** @description Free blocks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CIDRSuggestionsResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getVPC: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The project that holds the resource. Optional: Raff finds the resource by its id alone, but a known project may be sent (its reference spec asks for it, its docs say get-by-id takes none). A project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                /** @description VPC id (UUID). */
                id: components["parameters"]["VpcIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VPC with its range and leases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VPCDetailResponse"];
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
    updateVPC: {
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
                /** @description VPC id (UUID). */
                id: components["parameters"]["VpcIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VPCUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated VPC. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VPCResponse"];
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
    deleteVPC: {
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
                /** @description VPC id (UUID). */
                id: components["parameters"]["VpcIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VPC is gone. */
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
    listIPs: {
        parameters: {
            query?: {
                /**
                 * @description `true`: only reserved IPs.
                 * @example true
                 */
                reserved?: boolean;
                /**
                 * @description Only IPs in this state (`free`: on no VM; `in-use`: on a VM).
                 * @example free
                 */
                status?: "free" | "in-use";
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
            /** @description A page of floating IPs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IPList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    reserveIP: {
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
        /** @description Reservation options; may be omitted. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IPReserveRequest"];
            };
        };
        responses: {
            /** @description The reserved IP. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IPResponse"];
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
    getIP: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Floating IP id (UUID), not the address. */
                id: components["parameters"]["IpIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The floating IP. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IPResponse"];
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
    releaseIP: {
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
                /** @description Floating IP id (UUID), not the address. */
                id: components["parameters"]["IpIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The IP is released. */
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
    changeIP: {
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
                /** @description Floating IP id (UUID), not the address. */
                id: components["parameters"]["IpIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The old and the new address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IPChangeResponse"];
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
    listSecurityGroups: {
        parameters: {
            query?: never;
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
            /** @description All matching security groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createSecurityGroup: {
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
        /** @description The group to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecurityGroupCreateRequest"];
            };
        };
        responses: {
            /** @description The new security group. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listSecurityGroupTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupTemplateList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSecurityGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The project that holds the resource. Optional: Raff finds the resource by its id alone, but a known project may be sent (its reference spec asks for it, its docs say get-by-id takes none). A project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                /** @description Security group id (UUID). */
                id: components["parameters"]["SecurityGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupResponse"];
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
    updateSecurityGroup: {
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
                /** @description Security group id (UUID). */
                id: components["parameters"]["SecurityGroupIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecurityGroupUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated security group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityGroupResponse"];
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
    deleteSecurityGroup: {
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
                /** @description Security group id (UUID). */
                id: components["parameters"]["SecurityGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group is gone. */
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
    listVMNetworks: {
        parameters: {
            query?: {
                /**
                 * @description Only interfaces of this kind.
                 * @example vpc
                 */
                type?: "public" | "vpc" | "ipv6";
            };
            header?: never;
            path: {
                /** @description VM id (UUID). */
                id: components["parameters"]["VmIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VM’s interfaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMNetworkList"];
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
    attachVMToVPC: {
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
        /** @description The VPC to join. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VMNetworkVPCAttachRequest"];
            };
        };
        responses: {
            /** @description The VM is in the VPC. */
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
    detachVMFromVPC: {
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
                /**
                 * @description Interface number on the VM, the `nic_id` from listVMNetworks (an integer, not a UUID).
                 * @example 1
                 */
                nic_id: components["parameters"]["NicIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interface is gone. */
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
    attachVMIP: {
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
        /** @description A reserved IP, or the family of a new one. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VMNetworkIPAttachRequest"];
            };
        };
        responses: {
            /** @description The address is on the VM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VMNetworkIPAttachResponse"];
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
    detachVMIP: {
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
                /**
                 * @description Interface number on the VM, the `nic_id` from listVMNetworks (an integer, not a UUID).
                 * @example 1
                 */
                nic_id: components["parameters"]["NicIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address is off the VM. */
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
    attachVMSecurityGroup: {
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
        /** @description The group and the interface. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VMNetworkSecurityGroupAttachRequest"];
            };
        };
        responses: {
            /** @description The group is on the interface. */
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
    detachVMSecurityGroup: {
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
                /** @description Security group id (UUID), as in the interface’s `security_group_id`. */
                sg_id: components["parameters"]["SecurityGroupSgIdPath"];
                /**
                 * @description Interface number on the VM, the `nic_id` from listVMNetworks (an integer, not a UUID).
                 * @example 1
                 */
                nic_id: components["parameters"]["NicIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group is off the interface. */
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
    listVolumes: {
        parameters: {
            query?: {
                /**
                 * @description Only volumes attached to this VM.
                 * @example 7fc3b7cc-b853-44e1-8bfe-24a648cb698b
                 */
                vm_id?: string;
                /**
                 * @description Only volumes in this region.
                 * @example us-east
                 */
                region?: "us-east";
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
            /** @description A page of volumes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createVolume: {
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
        /** @description The volume to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeCreateRequest"];
            };
        };
        responses: {
            /** @description The volume was queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
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
    getVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The project that holds the resource. Optional: Raff finds the resource by its id alone, but a known project may be sent (its reference spec asks for it, its docs say get-by-id takes none). A project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                /**
                 * @description Volume id (a positive integer, unlike most Raff ids).
                 * @example 311
                 */
                id: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
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
    deleteVolume: {
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
                /**
                 * @description Volume id (a positive integer, unlike most Raff ids).
                 * @example 311
                 */
                id: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume is being deleted. */
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resizeVolume: {
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
                /**
                 * @description Volume id (a positive integer, unlike most Raff ids).
                 * @example 311
                 */
                id: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        /** @description The new capacity. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeResizeRequest"];
            };
        };
        responses: {
            /** @description The volume was resized. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeResizeResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    attachVolume: {
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
                /**
                 * @description Volume id (a positive integer, unlike most Raff ids).
                 * @example 311
                 */
                id: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        /** @description The VM. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolumeAttachRequest"];
            };
        };
        responses: {
            /** @description The volume, now `attached`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    detachVolume: {
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
                /**
                 * @description Volume id (a positive integer, unlike most Raff ids).
                 * @example 311
                 */
                id: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume, now `available`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The project that holds the resource. Optional: Raff finds the resource by its id alone, but a known project may be sent (its reference spec asks for it, its docs say get-by-id takes none). A project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                /**
                 * @description Snapshot id (a positive integer).
                 * @example 4821
                 */
                id: components["parameters"]["SnapshotIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
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
    deleteSnapshot: {
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
                /**
                 * @description Snapshot id (a positive integer).
                 * @example 4821
                 */
                id: components["parameters"]["SnapshotIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot was deleted. */
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    restoreSnapshot: {
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
                /**
                 * @description Snapshot id (a positive integer).
                 * @example 4821
                 */
                id: components["parameters"]["SnapshotIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restore was started. */
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    renameSnapshot: {
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
                /**
                 * @description Snapshot id (a positive integer).
                 * @example 4821
                 */
                id: components["parameters"]["SnapshotIdPath"];
            };
            cookie?: never;
        };
        /** @description The new name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnapshotRenameRequest"];
            };
        };
        responses: {
            /** @description The renamed snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotResponse"];
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
    getBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The project that holds the resource. Optional: Raff finds the resource by its id alone, but a known project may be sent (its reference spec asks for it, its docs say get-by-id takes none). A project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                /** @description Backup id (UUID). */
                id: components["parameters"]["BackupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupResponse"];
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
    deleteBackup: {
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
                /** @description Backup id (UUID). */
                id: components["parameters"]["BackupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup was deleted. */
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    restoreBackup: {
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
                /** @description Backup id (UUID). */
                id: components["parameters"]["BackupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restore was queued. */
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
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteBackupChain: {
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
                /** @description Backup id (UUID). */
                id: components["parameters"]["BackupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series was deleted. */
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resetBackupChain: {
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
        requestBody?: never;
        responses: {
            /** @description The next backup will start a new series. */
            202: {
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
    listBackupSchedules: {
        parameters: {
            query?: {
                /**
                 * @description Only schedules of this VM.
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
            /** @description A page of schedules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupScheduleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createBackupSchedule: {
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
        /** @description The schedule. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupScheduleCreateRequest"];
            };
        };
        responses: {
            /** @description The schedule was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupScheduleResponse"];
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
    getBackupSchedule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The project that holds the resource. Optional: Raff finds the resource by its id alone, but a known project may be sent (its reference spec asks for it, its docs say get-by-id takes none). A project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID"?: components["parameters"]["ProjectIdLookupHeader"];
            };
            path: {
                /**
                 * @description Backup schedule id (a positive integer), the `id` of a BackupSchedule.
                 * @example 57
                 */
                id: components["parameters"]["BackupScheduleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupScheduleResponse"];
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
    deleteBackupSchedule: {
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
                /**
                 * @description Backup schedule id (a positive integer), the `id` of a BackupSchedule.
                 * @example 57
                 */
                id: components["parameters"]["BackupScheduleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule was deleted. */
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
    updateBackupSchedule: {
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
                /**
                 * @description Backup schedule id (a positive integer), the `id` of a BackupSchedule.
                 * @example 57
                 */
                id: components["parameters"]["BackupScheduleIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupScheduleUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated schedule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupScheduleResponse"];
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
    createAccountInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who to invite. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationCreateRequest"];
            };
        };
        responses: {
            /** @description The invitation was sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
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
    cancelInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Invitation id (UUID); for a pending member it is the member’s `invitation_id`. */
                id: components["parameters"]["InvitationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation was cancelled. */
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
    createProjectInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (UUID). */
                id: components["parameters"]["ProjectIdPath"];
            };
            cookie?: never;
        };
        /** @description Who to invite. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationCreateRequest"];
            };
        };
        responses: {
            /** @description The invitation was sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
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
    setVMConsolePolicy: {
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
        /** @description The policy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetVMConsolePolicyRequest"];
            };
        };
        responses: {
            /** @description The policy is set. */
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
}
