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
    "/api/v1/apps/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Apps tiers
         * @description The compute sizes an app service can run at, with their prices. Needs no key. A tier’s `id` is what createAppService takes as `tier_id`. Same answer as getAppsPricing.
         */
        get: operations["listAppTiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List app services
         * @description Every app service the key can reach, optionally narrowed to one project (by the `project_id` query parameter, not the header), one type or one status. Not paged.
         */
        get: operations["listAppServices"];
        put?: never;
        /**
         * Create an app service
         * @description Creates a service in the project named by `X-Project-ID`. It answers at once with the service in `pending`; the service then goes `building` → `deploying` → `live` (poll getAppService). Code arrives through requestAppSourceUpload and createAppDeployment, from the connected GitHub branch, or, for an image source with `deploy_now`, right away. Billing standing and balance are checked first; a duplicate name is a 409, and a pay-as-you-go service cannot be created while the spend cap has Apps paused (412).
         */
        post: operations["createAppService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an app service
         * @description Returns one service, by UUID or short id. Poll it to follow a create, deploy, pause or delete: `live` is the running state, `error` is final.
         */
        get: operations["getAppService"];
        put?: never;
        post?: never;
        /**
         * Delete an app service
         * @description Starts removing the service and everything it runs. The answer only confirms that the removal was accepted; the service passes through `deleting`, and its name and URL become free once it is gone (getAppService then answers 404).
         */
        delete: operations["deleteAppService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause an app service
         * @description Stops every instance, so none is billed, and suspends a cron schedule. The settings are kept; resumeAppService brings the service back.
         */
        post: operations["pauseAppService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume an app service
         * @description Starts a paused service again with its configured instance count (or autoscaling range). A pay-as-you-go service cannot be resumed while the spend cap has Apps paused (412).
         */
        post: operations["resumeAppService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scale an app service
         * @description Changes the instance count, the autoscaling settings or scale-to-zero. A live service takes the change without downtime. Autoscaling fields are applied only with `autoscaling_set: true`. At most 6 instances; `min_replicas` above `max_replicas` is a 400; scaling a pay-as-you-go service up while the spend cap has Apps paused is a 412.
         */
        post: operations["scaleAppService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/source-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a source upload URL
         * @description Hands out a short-lived URL to upload the app’s source to, as a gzipped tarball. PUT the file to `upload_url` (without the API key), then call createAppDeployment with `source_blob_key` set to `blob_key`.
         */
        post: operations["requestAppSourceUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deployments
         * @description The latest deployments of a service, newest first. Not paged: `limit` caps how many come back.
         */
        get: operations["listAppDeployments"];
        put?: never;
        /**
         * Deploy an app service
         * @description Queues a new build and rollout: of an uploaded tarball (`source_blob_key`), of a container image (`image_ref`), or, with neither, of the head of the connected GitHub branch. Follow it with getAppDeployment and getAppDeploymentLogs. A pay-as-you-go service cannot be deployed while the spend cap has Apps paused (412).
         */
        post: operations["createAppDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/deployments/{deployment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deployment
         * @description Returns one deployment by its id, with its build state.
         */
        get: operations["getAppDeployment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/deployments/{deployment_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deployment’s build log
         * @description The build output of a deployment so far. While `complete` is false the build is still running and more lines will come; call again to get them.
         */
        get: operations["getAppDeploymentLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roll back an app service
         * @description Goes back to an earlier deployment: a new deployment (`channel: rollback`) reuses that deployment’s image and settings, so nothing is rebuilt.
         */
        post: operations["rollbackAppService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List runtime logs
         * @description Lines the service’s running instances wrote, filtered by level, text and time.
         */
        get: operations["listAppLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get app service metrics
         * @description Resource and traffic measures of the service over a recent window, one series per measure.
         */
        get: operations["getAppServiceMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/env": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List environment variables
         * @description The service’s environment variables. Secret values come back blank: read them with revealAppEnvVars.
         */
        get: operations["listAppEnvVars"];
        /**
         * Set an environment variable
         * @description Creates or overwrites one variable. Unless `redeploy` is false, the service picks it up at once: its instances restart, or, for a `build` or `both` variable, its image is rebuilt. With `redeploy: false` it waits for the next deployment. The answer lists all the service’s variables.
         */
        put: operations["setAppEnvVar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/env/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set several environment variables
         * @description Creates or overwrites many variables as one change (the contents of an `.env` file, say), rolled out once. Variables not named are left alone. The answer lists all the service’s variables.
         */
        put: operations["bulkSetAppEnvVars"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/env/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reveal environment variables
         * @description The service’s environment variables with every value in clear, secrets included. It needs manage rights on the service, and Raff records each call.
         */
        get: operations["revealAppEnvVars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/env/{key}": {
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
         * Delete an environment variable
         * @description Removes one variable and rolls the change out. The answer lists the variables that remain.
         */
        delete: operations["deleteAppEnvVar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom domains
         * @description The custom domains pointing at a service, with their verification and certificate state.
         */
        get: operations["listAppCustomDomains"];
        put?: never;
        /**
         * Add a custom domain
         * @description Points a domain at a web service. The answer (status `pending_dns`) names the two records the domain’s owner must publish: a CNAME pointing at `cname_target`, and a TXT record `verification_txt_name` holding `verification_txt_value`. Once they resolve, Raff verifies the domain and issues its certificate by itself.
         */
        post: operations["addAppCustomDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/domains/{domain_id}": {
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
         * Remove a custom domain
         * @description Detaches a custom domain from its service; the removal finishes in the background.
         */
        delete: operations["deleteAppCustomDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/domains/{domain_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry domain verification
         * @description Checks the domain’s DNS records again and, if they are right, tries the certificate again. Use it after fixing the records of a domain in `error`.
         */
        post: operations["retryAppDomainVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/jobs/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a job now
         * @description Runs a `cron` or `job` service immediately, outside any schedule. A pay-as-you-go service cannot run while the spend cap has Apps paused (412).
         */
        post: operations["runAppJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/services/{service_id}/jobs/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List job runs
         * @description Past and current runs of a `cron` or `job` service, newest first.
         */
        get: operations["listAppJobRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/jobs/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a job run
         * @description Stops a job run that has not ended.
         */
        post: operations["cancelAppJobRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Apps usage
         * @description Instance-hours and estimated charges per service for this month so far or for last month, across the account or for one service. Services deleted during the month still appear.
         */
        get: operations["getAppsUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apps/spend-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Apps spend cap
         * @description Reads the cap on what the account spends on Apps per calendar month. An account that never changed it has the cap on at 50 USD with `notify_only`.
         */
        get: operations["getAppSpendSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the Apps spend cap
         * @description Changes the fields sent and keeps the rest; `{ "enabled": false }` removes the cap. Account owners and billing contacts are e-mailed at 75 %, 90 % and 100 % of the cap. At the cap, `notify_only` only tells them; `pause` stops all apps billed by the hour (prepaid apps keep running unless scaled beyond their plan) until the month ends or the cap is raised or switched off; meanwhile creating, resuming, deploying, scaling up or running jobs of such apps answers 412.
         */
        patch: operations["updateAppSpendSettings"];
        trace?: never;
    };
    "/api/v1/public/pricing/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Apps pricing
         * @description The public price list of Apps compute tiers. Needs no key; same answer as listAppTiers.
         */
        get: operations["getAppsPricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/pricing/database": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List managed-database prices
         * @description The managed-database plans with their prices, and what high availability, read replicas and storage beyond a plan’s allotment add, for every engine or for one. The same catalog as listDatabasePlans, readable without a key. A plan with high availability costs its `price_per_month` times `1 + price_multiplier` of its engine’s `ha_pricing`.
         */
        get: operations["listDatabasePricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/engines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List database engines
         * @description The engines Raff runs as managed databases, with their display names, the major versions a new database may use, and whether each can be created now. Any valid key may read it; takes no project.
         */
        get: operations["listDatabaseEngines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List database plans
         * @description The plans a managed database can be created on or scaled to, with their prices, plus what high availability, read replicas and extra storage add. A plan’s `id` is what createDatabase and scaleDatabase take as `plan_id`. listDatabasePricing returns the same catalog without a key.
         */
        get: operations["listDatabasePlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List databases
         * @description Returns the managed databases of one project (with `X-Project-ID`) or of every project the key can reach (without it). Not paged: the whole list comes back at once.
         */
        get: operations["listDatabases"];
        put?: never;
        /**
         * Create a database
         * @description Starts provisioning a managed database in the project named by `X-Project-ID` and answers at once with it in `pending`. It then goes through `deploying` to `running` (a free PostgreSQL or MySQL database within seconds, larger ones take longer): poll getDatabase, or use `waitFor`. Without `storage_gb` it gets the plan’s included storage, without `engine_version` the engine’s newest version. Without `vpc_id` it has no private endpoint until connectDatabaseVPC; public access stays off unless `public_access` is true. A body Raff cannot accept answers 400; billing standing (403) and balance (402) are checked.
         */
        post: operations["createDatabase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a database
         * @description Returns one managed database, found by its UUID or short id. `waitFor` polls this call until the status it waits for, and stops on `failed`.
         */
        get: operations["getDatabase"];
        put?: never;
        post?: never;
        /**
         * Delete a database
         * @description Deletes the database together with its backups; this cannot be undone. It passes through `deleting`, and is gone once getDatabase answers 404. What is left of a prepaid subscription is refunded pro rata to the account balance.
         */
        delete: operations["deleteDatabase"];
        options?: never;
        head?: never;
        /**
         * Rename a database
         * @description Changes the display name. The short id, and with it every hostname and connection string, stays the same.
         */
        patch: operations["updateDatabase"];
        trace?: never;
    };
    "/api/v1/databases/{database_id}/scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scale a database
         * @description Changes the plan, storage, high availability or read replicas of a running database; it is `resizing` while the change is applied. The plan must be of the same engine, and its included storage becomes the floor. Storage only grows. High availability changes only when `set_ha` is true. `replica_count` is always applied, so send the current count when it should stay (replicas are PostgreSQL only).
         */
        post: operations["scaleDatabase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a suspended database
         * @description Wakes a free database that was `suspended` after 7 days without client connections. It goes back through `deploying` to `running`, usually in about a minute, with all its data. A database that cannot be resumed answers 400.
         */
        post: operations["resumeDatabase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a database
         * @description Restores a backup (`backup_id`, one that is `restorable`) or, on PostgreSQL, a point in time (`pitr_timestamp`, from the backups’ `restore_window_start` until now); with neither, the most recent state. A time outside that window is refused with 400. With `clone_to_new: true` the restore goes into a new database that copies the source’s plan, storage, VPC and project, starts without replicas, is billed pay as you go, gets high availability only if `ha_enabled` asks for it, and is returned as `new_database_id` to poll with getDatabase; free databases cannot do this. With `in_place: true` the database is overwritten: Raff first keeps a safety backup, the database shows `restoring` until done, `new_database_id` is empty, and whatever was written later than the restore point is lost.
         */
        post: operations["restoreDatabase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/connection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get connection details
         * @description The admin user, default database and endpoints to connect with. `host`, `port` and `connection_uri` are the private endpoint, reachable from inside the database’s VPC (empty while it is in no VPC); `public_host`, `public_port` and `public_connection_uri` are set only while the public endpoint is open. The password, alone and inside the URIs, is left out unless `reveal=true`: a revealed answer is a credential. Every endpoint needs TLS; `ca_cert` is the CA to trust.
         */
        get: operations["getDatabaseConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/credentials/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the admin password
         * @description Gives the database’s admin user a new password. Connections already open stay up until they close; new ones need the new password, which getDatabaseConnection returns with `reveal=true`. The answer itself carries no password.
         */
        post: operations["rotateDatabaseCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/vpc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Connect a database to a VPC
         * @description Puts the private endpoint (`<database_id>.db.raffusercloud.com`) of a database that is in no VPC into one of the project’s VPCs, so that machines in that VPC can reach it.
         */
        post: operations["connectDatabaseVPC"];
        /**
         * Disconnect a database from its VPC
         * @description Takes the private endpoint out of its VPC: clients inside the VPC lose access. The public endpoint, if it is on, keeps working.
         */
        delete: operations["disconnectDatabaseVPC"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/public-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set public access
         * @description Opens or closes the public endpoint and sets which source networks may use it. While open, the database answers over TLS at `<database_id>.public.db.raffusercloud.com` on its `public_port` (PostgreSQL: pooled there, direct on `public_port + 1`, and also on the standard ports 6543 pooled and 5432 direct, chosen by the TLS server name, so connect by hostname rather than IP). Closing and reopening keeps the same ports; they are freed when the database itself is deleted. `allowlist` left out keeps the stored list; a list replaces it; an empty list `[]` admits every source address, which is not the same as leaving the field out. Send `enabled: true` with a new list to change it while open.
         */
        post: operations["setDatabasePublicAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get current metrics
         * @description The most recent usage sample: CPU, memory, storage, client connections, replication lag and WAL archiving lag. Samples are about a minute apart; a `0` means not measured yet.
         */
        get: operations["getDatabaseMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/metrics/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get metrics history
         * @description Usage over the last `window_hours` hours as points, oldest first, each covering `bucket_seconds`; for charts.
         */
        get: operations["getDatabaseMetricsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/metrics/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get traffic by database user
         * @description For each database user, the operations, errors and warnings counted over the last `window_hours` hours, in buckets of `bucket_seconds`. Where a figure is `-1`, the engine keeps no per-user count of it.
         */
        get: operations["getDatabaseClientTraffic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/slow-queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get slow queries
         * @description The slowest recent queries, at most `limit`. PostgreSQL: one entry per normalized statement from `pg_stat_statements`, with its call count, mean and total time. Valkey: one entry per slow command from `SLOWLOG` (`calls` is 1; `rows` does not apply). `collecting` is false until statistics are being gathered.
         */
        get: operations["getDatabaseSlowQueries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get engine logs
         * @description The last `tail` lines of the engine’s log, the newest last.
         */
        get: operations["getDatabaseLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List extensions
         * @description The PostgreSQL extensions this database may install, each with whether it is installed and at which version. Empty for engines without extensions, such as Valkey.
         */
        get: operations["listDatabaseExtensions"];
        put?: never;
        /**
         * Install or remove an extension
         * @description Installs (`enabled: true`) or removes (`enabled: false`) one extension listed by listDatabaseExtensions. PostgreSQL only.
         */
        post: operations["setDatabaseExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List database backups
         * @description Every backup of the database, nightly (`base`) and on demand (`on_demand`). restoreDatabase accepts only a `restorable` one as `backup_id`; `restore_window_start`, the same on every entry, is the earliest instant a PostgreSQL point-in-time restore can reach.
         */
        get: operations["listDatabaseBackups"];
        put?: never;
        /**
         * Back up a database
         * @description Starts an on-demand backup (a base backup on PostgreSQL, an RDB snapshot on Valkey) and answers with it `running`. Poll listDatabaseBackups until it is `completed` or `failed`. Takes no body.
         */
        post: operations["createDatabaseBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List database users
         * @description The users inside the database engine and what each may do. `kind` says who made them: `admin` (with the database), `scoped` (you, with createDatabaseUser), `binding` (Raff, for an app or function) or `system` (the engine; not changeable).
         */
        get: operations["listDatabaseUsers"];
        put?: never;
        /**
         * Create a database user
         * @description Adds an engine user with read-only or read-write access and answers with the user and its password, a credential. getDatabaseUserCredential returns the password again later.
         */
        post: operations["createDatabaseUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/users/{name}": {
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
         * Delete a database user
         * @description Removes a user that was added with createDatabaseUser. Neither the admin user nor the users Raff maintains for app services and functions can be removed.
         */
        delete: operations["deleteDatabaseUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/users/{name}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a user’s password
         * @description Gives the user a new password and answers with it, a credential. Connections already open stay up until they close.
         */
        post: operations["rotateDatabaseUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/users/{name}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user’s password
         * @description The current user name and password of a user added with createDatabaseUser. The answer is a credential.
         */
        get: operations["getDatabaseUserCredential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List engine parameters
         * @description The engine settings in effect (`max_connections`, `work_mem`, …) with their defaults and the origin of each value: the plan’s size, an override in `engine_config`, or the engine’s own default.
         */
        get: operations["listDatabaseParameters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a query
         * @description Runs one statement as the admin user: SQL on PostgreSQL, MySQL and ClickHouse, one command on Valkey. The run is read-only, refusing writes, unless `read_only` is false. At most `max_rows` rows come back (`truncated` tells when there were more), and a statement still running after 15 seconds is cancelled. Values come as text in `cells`, with `nulls[i]` true where value `i` is NULL.
         */
        post: operations["runDatabaseQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/browse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Browse a database
         * @description Reads the database one level per call. SQL engines: `path: []` lists schemas, `[schema]` its tables, `[schema, table]` a page of rows (size `limit`; pass `next_cursor` as `cursor` for the next). Valkey: `[]` lists keys, narrowed by `match` (a glob such as `session:*`), and `[key]` returns the key’s value with its type and time to live in `meta`. The answer is `kind: nodes` (read `nodes`) or `kind: rows` (read `columns` and `rows`).
         */
        post: operations["browseDatabase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/saved-queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List saved queries
         * @description The statements saved for this database; everyone in the account sees the same list.
         */
        get: operations["listDatabaseSavedQueries"];
        /**
         * Save a query
         * @description Keeps a statement under a name for everyone in the account. Saving under a name that is taken replaces that query.
         */
        put: operations["saveDatabaseSavedQuery"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/saved-queries/{name}": {
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
         * Delete a saved query
         * @description Removes the query saved under this name, for everyone in the account.
         */
        delete: operations["deleteDatabaseSavedQuery"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/databases/{database_id}/consumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List apps and functions using a database
         * @description Which Raff app services and functions have a binding to this database, and how each binding stands.
         */
        get: operations["listDatabaseConsumers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List functions
         * @description Returns every function of the account, in all projects, optionally only those in one status. The list does not page.
         */
        get: operations["listFunctions"];
        put?: never;
        /**
         * Create a function
         * @description Creates an empty function in the project named by `X-Project-ID`. It answers `pending` and serves nothing until code is deployed (requestFunctionSourceUpload and createFunctionDeployment, or a starter template). The URL is `https://{slug}.fn.onraff.com`, where the slug is the name plus a random suffix. Until the account has been topped up once (at least $5) Functions stay locked and the call answers 403.
         */
        post: operations["createFunction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Functions usage
         * @description Usage so far in the current calendar month: memory GB-seconds and active vCPU-seconds (the two billed meters), the free allowance left, AI Lambda rewrites used, and the charge so far beyond the free allowance. `function_id` narrows the figures to one function, before the free allowance (which is account-wide) is applied.
         */
        get: operations["getFunctionsUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/spend-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Functions spend cap
         * @description Returns the account’s monthly spending limit for Functions. It is on by default at $50; at the limit every function pauses instead of costing more; they serve again from the first day of the following month, or sooner if the cap goes up.
         */
        get: operations["getFunctionsSpendSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the Functions spend cap
         * @description Changes the cap; fields left out keep their value. Raising the cap above this month’s charges, or switching it off, lets functions the cap paused serve again.
         */
        patch: operations["updateFunctionsSpendSettings"];
        trace?: never;
    };
    "/api/v1/functions/import/lambda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert an AWS Lambda
         * @description Turns AWS Lambda source into a Raff function’s source and settings, and stores nothing: review what comes back before you turn it into a function and deploy its files. `rewrite` (the default) has AI rewrite the handler into a portable one; it takes up to 64 KB of source, a few conversions a month are free and later ones are charged to the balance, and it needs an account that has been topped up (403 otherwise). `adapter` keeps the code unchanged behind a small shim; it is free and works on any account. Memory, timeout, variables and EventBridge `rate()` schedules are mapped the same way in both modes.
         */
        post: operations["convertLambda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a function
         * @description Returns one function, named by its id, short id, slug or name. Poll it after a deployment or resume until `live`; `error` is final until the next deployment.
         */
        get: operations["getFunction"];
        put?: never;
        post?: never;
        /**
         * Delete a function
         * @description Deletes the function with all its revisions. Deletion runs in the background (the function shows `deleting`, then 404); its name and URL become free when it ends. Raff documents no response body.
         */
        delete: operations["deleteFunction"];
        options?: never;
        head?: never;
        /**
         * Change a function’s settings
         * @description Changes memory, timeout, scaling bounds or description; fields left out keep their value. A `live` function picks the change up in a fresh revision, with no downtime.
         */
        patch: operations["updateFunction"];
        trace?: never;
    };
    "/api/v1/functions/{function_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a function
         * @description Stops serving traffic; the function turns `paused`. Its image and revisions are kept, and resumeFunction brings it back. Raff documents no response body.
         */
        post: operations["pauseFunction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a function
         * @description Deploys the current revision again and serves traffic once it is up: the function is `building` and then `live` (poll getFunction). Raff documents no response body.
         */
        post: operations["resumeFunction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/source-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a source upload URL
         * @description Hands out a presigned URL for one source zip (at most 100 MB). PUT the zip there with `Content-Type: application/zip` and no API key, then deploy it with createFunctionDeployment and the returned `source_blob_key`.
         */
        post: operations["requestFunctionSourceUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a function’s deployments
         * @description Returns the function’s deployments, newest first, with their build status.
         */
        get: operations["listFunctionDeployments"];
        put?: never;
        /**
         * Deploy a function
         * @description Builds new code and rolls it out. Give exactly one source: `source_blob_key` (a finished upload), `template` (a starter) or `files` (inline). A function connected to GitHub deploys its branch head when none is given. The deployment answers `queued`; follow it with getFunctionDeployment and its build logs. Like createFunction, this is refused with 403 before the account’s first top-up.
         */
        post: operations["createFunctionDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/deployments/{deployment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deployment
         * @description Returns one deployment of the function, with its build status; `ready` and `failed` are final.
         */
        get: operations["getFunctionDeployment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/deployments/{deployment_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deployment’s build log
         * @description Returns the build log so far. Call again while `complete` is false; each answer holds the whole log up to now.
         */
        get: operations["getFunctionDeploymentLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a function’s revisions
         * @description Returns the deployed versions of the function, newest first. Any of them can be served again with rollbackFunction; keeping them costs nothing.
         */
        get: operations["listFunctionRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roll a function back
         * @description Serves an earlier revision again: its image is redeployed without a rebuild and without downtime. Raff documents no response body; follow the rollout with getFunction.
         */
        post: operations["rollbackFunction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a revision’s source
         * @description Returns a download link for the source zip of a revision (the current one by default), and the files inline when the source is small.
         */
        get: operations["getFunctionSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a function’s logs
         * @description Returns what the running function wrote to stdout and stderr, oldest first. Raff keeps 14 days of logs at no charge. By default the last hour.
         */
        get: operations["listFunctionLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a function’s metrics
         * @description Returns request counts, latency percentiles and errors over a window, as series and as totals. Metrics cost nothing.
         */
        get: operations["getFunctionMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/invocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recent requests
         * @description Returns the most recent HTTP requests the function served, newest first.
         */
        get: operations["listFunctionInvocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/env": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List environment variables
         * @description Returns the function’s environment variables; values of secrets are left empty (revealFunctionEnvVars shows them).
         */
        get: operations["listFunctionEnvVars"];
        /**
         * Set an environment variable
         * @description Creates or overwrites one variable. A `live` function picks the change up in a fresh revision, with no downtime. The platform keeps names beginning with `PORT`, `K_` and `RAFF_` for itself. Raff documents no response body.
         */
        put: operations["setFunctionEnvVar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/env/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reveal environment variables
         * @description Returns the function’s environment variables with every value in clear text, secrets included. Raff requires a manage permission for this and records each call in the audit log; a key without it gets 403.
         */
        get: operations["revealFunctionEnvVars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/env/{key}": {
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
         * Delete an environment variable
         * @description Removes one variable; a `live` function rolls the change out without downtime. Variables set by a binding go away with the binding instead. Raff documents no response body.
         */
        delete: operations["deleteFunctionEnvVar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List triggers
         * @description Returns the function’s schedules and bucket subscriptions. HTTP is always on and is not listed.
         */
        get: operations["listFunctionTriggers"];
        put?: never;
        /**
         * Create a trigger
         * @description Adds a schedule (`cron`, five fields, with an optional IANA time zone), a single run (`once` at `run_at`) or a subscription to an Object Storage bucket’s events (`s3`, optionally filtered by key prefix and suffix). Each delivery is a signed CloudEvent (HMAC in `X-Raff-Signature`), tried up to 3 times. Triggers are free.
         */
        post: operations["createFunctionTrigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/triggers/{trigger_id}": {
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
         * Delete a trigger
         * @description Removes the trigger; it fires no more. Raff documents no response body.
         */
        delete: operations["deleteFunctionTrigger"];
        options?: never;
        head?: never;
        /**
         * Change a trigger
         * @description Turns a trigger on or off, or changes its schedule or payload; fields left out keep their value. Raff documents no response body.
         */
        patch: operations["updateFunctionTrigger"];
        trace?: never;
    };
    "/api/v1/functions/{function_id}/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bindings
         * @description Returns the databases and buckets wired into the function.
         */
        get: operations["listFunctionBindings"];
        put?: never;
        /**
         * Bind a database or bucket
         * @description Wires a managed database, or a bucket in Object Storage, of the account into the function. Raff makes a credential for this binding alone (a database role or a storage key, separate from the resource’s own) and gives it to the function as read-only system variables: for a database `{PREFIX}_URL`, `{PREFIX}_HOST` and the like, for a bucket `{PREFIX}_ENDPOINT`, `{PREFIX}_ACCESS_KEY` and the like. Databases are reached over Raff’s private network. A `live` function is redeployed with the new variables without downtime. The answer does not contain the credential.
         */
        post: operations["createFunctionBinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/bindings/{binding_id}": {
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
         * Remove a binding
         * @description Revokes the binding’s credential and removes the variables it injected. Raff documents no response body.
         */
        delete: operations["deleteFunctionBinding"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/bindings/{binding_id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a binding’s credential
         * @description Makes a new credential for the binding and updates the injected variables; the old credential stops working at once. The function is redeployed without downtime. The answer is the binding, without the credential.
         */
        post: operations["rotateFunctionBinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/functions/{function_id}/trigger-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List trigger runs
         * @description Returns deliveries of the function’s triggers, newest first, from the last 30 days.
         */
        get: operations["listFunctionTriggerRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/functions/runtimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Functions runtimes
         * @description The runtimes a function can be built with. Needs no key.
         */
        get: operations["listFunctionRuntimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/pricing/functions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Functions prices
         * @description The prices of the two billed meters (memory, per GB-second of wall-clock time; CPU actually used, per vCPU-second), the free monthly allowance shared by the whole account, and the price of AI Lambda rewrites. Requests, egress, triggers, logs and metrics are free. Needs no key.
         */
        get: operations["getFunctionsPricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/pricing/kubernetes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Kubernetes prices
         * @description Worker node plans with their prices, the monthly fee of the optional highly available control plane (the standard one costs nothing), and per-GB storage prices. The same answer as listK8sNodePlans, without a key.
         */
        get: operations["listKubernetesPricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Kubernetes versions
         * @description The Kubernetes versions a new cluster can run. Pass a version’s `id` as `k8s_version_id` to createK8sCluster; without it a cluster gets the one marked `is_default`. Account-level: takes no `X-Project-ID`.
         */
        get: operations["listK8sVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/node-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List worker node plans
         * @description Worker node plans (a pool’s `plan_id` comes from here), the HA control-plane fee and per-GB storage prices, all in USD. The same data as the public listKubernetesPricing. Account-level: takes no `X-Project-ID`.
         */
        get: operations["listK8sNodePlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Kubernetes clusters
         * @description Pages through clusters, newest first, in one project (with `X-Project-ID`) or in every project the key can reach (without it). `total` counts every match, not just this page.
         */
        get: operations["listK8sClusters"];
        put?: never;
        /**
         * Create a Kubernetes cluster
         * @description Starts building a cluster in the project named by `X-Project-ID`. The answer comes at once with status `pending`; building takes about 8–12 minutes, and the cluster can be used when `ready` is true (poll getK8sCluster). Pay-as-you-go accounts pay per node-hour; on a subscription account the saved payment method is checked and charged for the first month. Without `k8s_version_id` the cluster gets the default version. Send an `Idempotency-Key` to make retries safe: a repeat with the same key and body returns the first cluster instead of building another, and the same key with another body is a 409.
         */
        post: operations["createK8sCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get cluster utilization
         * @description CPU, memory, pod and node-readiness figures for several clusters in one call, refreshed every 60 seconds. `ids` picks the clusters; without it every cluster is included. `X-Project-ID` is required.
         */
        get: operations["getK8sClusterStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Kubernetes cluster
         * @description Returns one cluster with its node pools and their nodes. Unlike most get-by-id calls this one requires `X-Project-ID`, as does every call on a cluster. `ready` is the flag to wait for: true once the cluster runs and no pool is mid-change. `failed` and `delete_failed` are final until you act (see `status_message`).
         */
        get: operations["getK8sCluster"];
        put?: never;
        post?: never;
        /**
         * Delete a Kubernetes cluster
         * @description Starts tearing the cluster down: its nodes, network, reserved addresses, DNS names and the volumes its persistent volume claims created. The call returns at once; the cluster shows `deleting`, then disappears (getK8sCluster answers 404). If teardown stops half-way the status becomes `delete_failed` with nothing removed; delete again to retry.
         */
        delete: operations["deleteK8sCluster"];
        options?: never;
        head?: never;
        /**
         * Rename a Kubernetes cluster
         * @description Changes the cluster’s display name. Its short id, hostname and API endpoint stay as they are.
         */
        patch: operations["renameK8sCluster"];
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/kubeconfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a kubeconfig
         * @description Issues a new kubeconfig with full cluster-admin rights. Every kubeconfig expires: after 7 days unless `expires_in` asks for between 10 minutes and 30 days. Treat it as a password; rotateK8sKubeconfigAccess revokes every one issued so far.
         */
        get: operations["getK8sKubeconfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/kubeconfig/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke issued kubeconfigs
         * @description Makes every kubeconfig issued for this cluster so far stop working at once (for a leaked file or a departing team member). Kubeconfigs requested afterwards work as usual; the cluster’s own admin kubeconfig is not affected.
         */
        post: operations["rotateK8sKubeconfigAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/ha": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upgrade to an HA control plane
         * @description Grows a single-master control plane to three masters. Takes no body. From then on the flat HA fee applies: hourly on a pay-as-you-go cluster; on a subscription cluster the pro-rated fee for the rest of the month is taken from the account balance, then from the saved payment method, and the monthly price goes up. 409 when the cluster is already highly available.
         */
        post: operations["upgradeK8sClusterHA"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/upgrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List version upgrades
         * @description The versions this cluster can move to now (patch releases of its minor and the next minor: Kubernetes moves one minor at a time), with the current upgrade status, upgrade mode and maintenance window.
         */
        get: operations["listK8sClusterUpgrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upgrade the Kubernetes version
         * @description Starts a rolling upgrade to a `version_id` from listK8sClusterUpgrades: control-plane nodes one by one, then each worker drained (pod disruption budgets respected) and upgraded. An HA cluster keeps its API up throughout; a single-master cluster has a short outage and needs `confirm_single_master: true`. Free of charge; follow progress in the cluster’s events. An unknown target, a downgrade or a skip of more than one minor is a 400; a busy pool or a missing confirmation is a 412.
         */
        post: operations["upgradeK8sClusterVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/maintenance": {
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
         * Choose the upgrade mode and window
         * @description Chooses who starts upgrades: `manual` (the default, you do), `auto_patch` (patch releases applied in the window, announced by e-mail about 72 hours ahead) or `auto_minor` (minor versions too, once they have proved stable). The window lasts 4 hours from `maintenance_start` (hour, UTC) on `maintenance_day` (0 = Sunday).
         */
        patch: operations["updateK8sClusterMaintenance"];
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List node pools
         * @description The cluster’s worker pools, each with its nodes.
         */
        get: operations["listK8sNodePools"];
        put?: never;
        /**
         * Add a node pool
         * @description Adds a worker pool, on any plan (without `plan_id` it takes the first pool’s). Nodes are built in the background; the pool is `running` when all have joined. New nodes bill hourly on a pay-as-you-go cluster; on a subscription cluster the pro-rated cost is taken from the account balance, then from the saved payment method, and the monthly price goes up.
         */
        post: operations["addK8sNodePool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/pools/{pool_id}": {
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
         * Delete a node pool
         * @description Removes a pool and its nodes in the background: one node at a time is cordoned, drained (pod disruption budgets respected) and its VM destroyed. If a node cannot be drained the deletion stops and the pool stays (see its `status_message`). A cluster’s last pool cannot be deleted, nor one whose removal would leave fewer than 2 workers (400).
         */
        delete: operations["deleteK8sNodePool"];
        options?: never;
        head?: never;
        /**
         * Update a node pool
         * @description Changes a pool’s autoscaling settings, labels or taints; fields left out keep their values. New labels and taints reach the pool’s nodes within about a minute. To change the node count use scaleK8sNodePool.
         */
        patch: operations["updateK8sNodePool"];
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/pools/{pool_id}/scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scale a node pool
         * @description Sets the pool’s node count. Growing builds new nodes; shrinking drains the newest nodes first (pod disruption budgets respected, nothing forced) and then removes them. Both run in the background: watch the pool’s `status` and `status_message`. Shrinking credits the unused time; growing bills hourly on a pay-as-you-go cluster, and on a subscription cluster the pro-rated extra is taken from the account balance, then from the saved payment method. The cluster as a whole keeps at least 2 workers. 409 while the pool is already scaling.
         */
        post: operations["scaleK8sNodePool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cluster nodes
         * @description Every node of the cluster (control plane, workers, legacy storage nodes and the network gateway), with live Kubernetes readiness and usage where the cluster can be reached (`has_live_data`).
         */
        get: operations["listK8sClusterNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cluster events
         * @description The cluster’s lifecycle log, newest first: build steps, scaling, autoscaler moves, upgrades and warnings. Not paged beyond `limit`.
         */
        get: operations["listK8sClusterEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cluster volumes
         * @description The volumes behind the cluster’s persistent volume claims on the `raff-block` storage class, each billed per GB. Read-only here: grow a volume by raising its claim’s requested size and delete it by deleting the claim, with kubectl.
         */
        get: operations["listK8sClusterVolumes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get live cluster metrics
         * @description Current CPU, memory and pod usage with a per-node breakdown, refreshed every 60 seconds, and a summary of control-plane health over the last 24 hours. 503 when the cluster cannot be reached.
         */
        get: operations["getK8sClusterMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/firewall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the cluster firewall
         * @description Which security group guards the cluster’s public gateway (the platform baseline or one of yours), and the account’s security groups that could be assigned instead.
         */
        get: operations["getK8sClusterFirewall"];
        put?: never;
        /**
         * Assign a firewall to the cluster
         * @description Puts one of your security groups in front of the cluster’s public gateway, in place of the platform baseline.
         */
        post: operations["assignK8sClusterFirewall"];
        /**
         * Reset the cluster firewall
         * @description Detaches your security group from the cluster’s gateway and puts the platform baseline back.
         */
        delete: operations["resetK8sClusterFirewall"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/metallb-pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the MetalLB address pool
         * @description The private address range MetalLB hands out to `LoadBalancer` services, its size and the largest size allowed.
         */
        get: operations["getK8sMetalLBPool"];
        /**
         * Resize the MetalLB address pool
         * @description Sets how many private addresses MetalLB may give to `LoadBalancer` services (at most the pool’s `max_size`).
         */
        put: operations["updateK8sMetalLBPool"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/tcp-ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List TCP forwards
         * @description The layer-4 forwards open on the cluster’s public gateway, each from a public port to an address and port inside the cluster (made when an app is exposed over TCP).
         */
        get: operations["listK8sTcpPorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/k8s/clusters/{cluster_id}/tcp-ports/{port}": {
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
         * Delete a TCP port forward
         * @description Closes the forward on this public port of the cluster’s gateway.
         */
        delete: operations["deleteK8sTcpPort"];
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
        /** @description One Apps compute size and its prices in USD. Every instance of a service runs at its tier. */
        AppTier: {
            /** @description Tier id: what createAppService takes as `tier_id`. */
            id: number;
            /** @description Tier name. */
            name: string;
            /** @description vCPUs per instance; fractions mean a share of one core. */
            vcpu: number;
            /** @description Memory per instance, MiB. */
            memory_mib: number;
            /** @description Scratch disk per instance, GiB. It is wiped whenever the instance restarts. */
            ephemeral_gib?: number;
            /** @description Pay-as-you-go price of one instance for one hour. */
            price_per_hour: number;
            /** @description Price of one instance for a month. */
            price_per_month: number;
            /** @description Price of one instance for a 12-month commitment. */
            yearly_price?: number;
            /** @description Region the tier is sold in. */
            region?: string;
        };
        /** @description Every Apps tier (not paged). */
        AppTierList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The tiers. */
            tiers: components["schemas"]["AppTier"][];
        };
        /** @description An app service: a public web service, a private service reachable only from the project’s other services, a long-running worker, a scheduled (cron) job or a one-off job. */
        AppService: {
            /**
             * Format: uuid
             * @description Service id (UUID).
             */
            id: string;
            /** @description Short id of the service. Any call that takes a service accepts it in place of the UUID. */
            service_id: string;
            /**
             * Format: uuid
             * @description Project the service belongs to.
             */
            project_id: string;
            /** @description Display name; no two services in one project share it. */
            name: string;
            /** @description Label used in the service’s hostname: the name with a short random suffix. */
            slug?: string;
            /** @description Free-text description. */
            description?: string;
            /**
             * @description `web`: public HTTPS endpoint. `private`: reachable only inside the project. `worker`: runs continuously with no endpoint. `cron`: runs on `cron_schedule`. `job`: runs when started with runAppJob.
             * @enum {string}
             */
            service_type: "web" | "private" | "worker" | "cron" | "job";
            /**
             * @description Where the code comes from: `git` (a connected GitHub repository), `image` (a prebuilt container image), `template` (a starter project) or `compose`.
             * @enum {string}
             */
            source_type?: "git" | "image" | "template" | "compose";
            /**
             * @description How the image is made: `buildpacks` (detected from the code), `dockerfile`, or `image` (no build).
             * @enum {string}
             */
            builder?: "buildpacks" | "dockerfile" | "image";
            /** @description GitHub repository as `owner/name` (`git` sources only). */
            repo_full_name?: string;
            /** @description Branch deployed from (`git` sources). */
            repo_branch?: string;
            /** @description Directory inside the repository that holds the app. */
            repo_root_dir?: string;
            /** @description Path of the Dockerfile, relative to `repo_root_dir`. */
            dockerfile_path?: string;
            /** @description Container image reference (`image` sources only). */
            image_ref?: string;
            /** @description Command that overrides the image’s own start command; empty keeps the image’s. */
            start_command?: string;
            /** @description Compute tier of each instance (see listAppTiers). */
            tier_id?: number;
            /** @description Name of that tier. */
            tier_name?: string;
            /** @description Instances to run when autoscaling is off. */
            replicas?: number;
            /** @description True when the instance count follows load between `min_replicas` and `max_replicas`. */
            autoscaling_enabled?: boolean;
            /** @description Fewest instances when autoscaling. */
            min_replicas?: number;
            /** @description Most instances when autoscaling. */
            max_replicas?: number;
            /** @description Load measure autoscaling follows (`concurrency` or `cpu`). */
            autoscaling_metric?: string;
            /** @description Target value of that measure per instance. */
            autoscaling_target?: number;
            /** @description True when every instance stops while the service is idle (`web` and `private` only). */
            scale_to_zero?: boolean;
            /** @description Port the app listens on inside its container. */
            http_port?: number;
            /** @description HTTP path probed to decide that an instance is healthy. */
            health_check_path?: string;
            /** @description Cron expression of the run schedule (`cron` services). */
            cron_schedule?: string;
            /** @description IANA time zone the schedule is read in (`cron` services). */
            cron_timezone?: string;
            /** @description Region the service runs in. */
            region?: string;
            /** @description Public HTTPS address, with a certificate managed by Raff (`web` services). */
            url?: string;
            /** @description Hostname other services of the project reach it at (`private` services). */
            internal_host?: string;
            /**
             * @description Lifecycle state. A new service goes `pending` → `building` → `deploying` → `live`. `paused`: stopped by pauseAppService or by the spend cap (see `paused_by_cap`). `suspended`: stopped by Raff. `error`: the service failed and will not recover by itself; `status_message` says why. `deleting` → `deleted` after deleteAppService.
             * @enum {string}
             */
            status: "pending" | "building" | "deploying" | "live" | "paused" | "suspended" | "error" | "deleting" | "deleted";
            /** @description Detail on the status, mostly set on `error`. */
            status_message?: string;
            /** @description True when the account’s spend cap paused this service. */
            paused_by_cap?: boolean;
            /**
             * @description `payg`: billed per instance-hour, and paused by a cap with `cap_action: pause`. `subscription`: prepaid.
             * @enum {string}
             */
            billing_type?: "payg" | "subscription";
            /**
             * Format: uuid
             * @description Deployment the running instances were built from.
             */
            current_deployment_id?: string;
            /**
             * Format: date-time
             * @description When the service was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the service last changed.
             */
            updated_at?: string;
        };
        /** @description One app service. */
        AppServiceResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            service: components["schemas"]["AppService"];
        };
        /** @description The matching app services (not paged). */
        AppServiceList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The services. */
            services: components["schemas"]["AppService"][];
        };
        /** @description The new service, and the deployment queued with it if any. */
        AppServiceCreated: {
            /** @description True when the call succeeded. */
            success: boolean;
            service: components["schemas"]["AppService"];
            /**
             * Format: uuid
             * @description Deployment queued together with the service (with `deploy_now`); absent otherwise.
             */
            deployment_id?: string;
        };
        /** @description Confirms that a removal was accepted; it completes in the background. */
        AppDeletionAccepted: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description True when the removal was accepted. */
            accepted: boolean;
        };
        /** @description A new app service. `min_replicas` may not exceed `max_replicas`, and a service runs at most 6 instances. `http_port` is 1–65535; a `web` or `private` service that scales to zero may not use the reserved ports 8008, 8012, 8013, 8022, 9090 and 9091. Invalid values answer 400 with a sentence naming the field. */
        CreateAppServiceRequest: {
            /** @description Display name; another service of the same project may not have it. */
            name: string;
            /** @description Free-text description. */
            description?: string;
            /**
             * @description Kind of service (see AppService `service_type`).
             * @enum {string}
             */
            service_type: "web" | "private" | "worker" | "cron" | "job";
            /**
             * @description Where the code comes from (see AppService `source_type`).
             * @enum {string}
             */
            source_type?: "git" | "image" | "template" | "compose";
            /**
             * @description How the image is made (see AppService `builder`).
             * @enum {string}
             */
            builder?: "buildpacks" | "dockerfile" | "image";
            /** @description Container image to run, for `source_type: image`. */
            image_ref?: string;
            /** @description GitHub repository as `owner/name`, for `source_type: git`; the account must have connected it. */
            repo_full_name?: string;
            /** @description Branch to deploy from. */
            repo_branch?: string;
            /** @description Directory inside the repository that holds the app. */
            repo_root_dir?: string;
            /** @description Path of the Dockerfile, relative to `repo_root_dir`. */
            dockerfile_path?: string;
            /** @description Command that overrides the image’s own start command. */
            start_command?: string;
            /** @description Compute tier of each instance: an `id` from listAppTiers. */
            tier_id?: number;
            /** @description Instances to run when autoscaling is off, 1–6. */
            replicas?: number;
            /** @description Let the instance count follow load between `min_replicas` and `max_replicas`. */
            autoscaling_enabled?: boolean;
            /** @description Fewest instances when autoscaling; not more than `max_replicas`. */
            min_replicas?: number;
            /** @description Most instances when autoscaling, at most 6. */
            max_replicas?: number;
            /** @description Stop every instance while idle. Only `web` and `private` services can. */
            scale_to_zero?: boolean;
            /** @description Port the app listens on, 1–65535 (with `scale_to_zero`, not 8008, 8012, 8013, 8022, 9090 and 9091). */
            http_port?: number;
            /** @description HTTP path probed for health; must start with `/`. */
            health_check_path?: string;
            /** @description Cron expression of the run schedule, for `cron` services; Raff rejects an invalid one with 400. */
            cron_schedule?: string;
            /** @description IANA time zone the schedule is read in (for example `Europe/Berlin`); an unknown zone is a 400. */
            cron_timezone?: string;
            /** @description Region to run in. */
            region?: string;
            /** @description Queue a first deployment at once (prebuilt-image services); its id comes back as `deployment_id`. */
            deploy_now?: boolean;
        };
        /** @description New scaling settings; fields left out keep their value. The 6-instance limit applies only to values that go up, so a service above it can always come down. Scaling a pay-as-you-go service up while the spend cap has Apps paused answers 412. */
        ScaleAppServiceRequest: {
            /** @description Instances to run when autoscaling is off. */
            replicas?: number;
            /** @description Must be true for the autoscaling fields (`autoscaling_enabled`, `min_replicas`, `max_replicas`, `autoscaling_metric`, `autoscaling_target`) to be applied. */
            autoscaling_set?: boolean;
            /** @description Turn autoscaling on or off. */
            autoscaling_enabled?: boolean;
            /** @description Fewest instances when autoscaling; not more than `max_replicas` (400 otherwise). */
            min_replicas?: number;
            /** @description Most instances when autoscaling. */
            max_replicas?: number;
            /**
             * @description Load measure to follow.
             * @enum {string}
             */
            autoscaling_metric?: "concurrency" | "cpu";
            /** @description Target value of that measure per instance. */
            autoscaling_target?: number;
            /** @description Stop every instance while idle. Only `web` and `private` services can. */
            scale_to_zero?: boolean;
        };
        /** @description A one-time slot to upload source code to. */
        AppSourceUpload: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Presigned URL to PUT the gzipped tarball to. The upload goes straight to storage and takes no API key. */
            upload_url: string;
            /** @description Handle of the upload: pass it to createAppDeployment as `source_blob_key` once the upload is done. */
            blob_key: string;
            /** @description Seconds the URL stays valid. */
            expires_in_seconds: number;
        };
        /** @description One build-and-release of a service. */
        AppDeployment: {
            /**
             * Format: uuid
             * @description Deployment id.
             */
            id: string;
            /**
             * Format: uuid
             * @description UUID (`id`) of the service deployed.
             */
            service_id: string;
            /** @description Sequence number of the deployment within its service, from 1. */
            deployment_number: number;
            /**
             * @description What started it: the console, a git push, the CLI or API, a compose file, or a rollback.
             * @enum {string}
             */
            channel?: "console" | "git_push" | "cli" | "compose" | "rollback";
            /**
             * @description Build state: `queued` → `building` → `deploying` → `live`. `superseded`: a later deployment replaced it. `failed` (see `error`) and `canceled` are final.
             * @enum {string}
             */
            status: "queued" | "building" | "deploying" | "live" | "superseded" | "failed" | "canceled";
            /**
             * Format: uuid
             * @description Deployment whose image this one restores (rollbacks only).
             */
            rollback_of?: string;
            /** @description Digest of the image that was built or pulled. */
            image_digest?: string;
            /** @description Commit deployed (`git` sources). */
            commit_sha?: string;
            /** @description Message of that commit. */
            commit_message?: string;
            /** @description Why the deployment failed. */
            error?: string;
            /** @description Time the build took, milliseconds. */
            build_duration_ms?: number;
            /**
             * Format: date-time
             * @description When the build started.
             */
            started_at?: string;
            /**
             * Format: date-time
             * @description When it reached a final state.
             */
            finished_at?: string;
            /**
             * Format: date-time
             * @description When the deployment was requested.
             */
            created_at: string;
        };
        /** @description One deployment. */
        AppDeploymentResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            deployment: components["schemas"]["AppDeployment"];
        };
        /** @description Deployments of a service, newest first. */
        AppDeploymentList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The deployments. */
            deployments: components["schemas"]["AppDeployment"][];
        };
        /** @description What to deploy: `source_blob_key` from a finished source upload, or `image_ref`. With neither, a service connected to GitHub deploys the head of its branch. */
        CreateAppDeploymentRequest: {
            /**
             * @description Label recorded as the deployment’s `channel`.
             * @enum {string}
             */
            channel?: "console" | "git_push" | "cli" | "compose";
            /** @description `blob_key` from requestAppSourceUpload, after the tarball was uploaded. */
            source_blob_key?: string;
            /** @description Container image to deploy. */
            image_ref?: string;
        };
        /** @description The earlier deployment to go back to. */
        RollbackAppServiceRequest: {
            /**
             * Format: uuid
             * @description Deployment of this service whose image and settings to restore.
             */
            target_deployment_id: string;
        };
        /** @description One line of build output. */
        AppBuildLogLine: {
            /**
             * Format: date-time
             * @description When the line was written.
             */
            timestamp?: string;
            /** @description The text of the line. */
            message: string;
            /** @description Build step that wrote it. */
            component?: string;
            /** @description Output stream it came from (`stdout` or `stderr`). */
            stream?: string;
        };
        /** @description Build output of a deployment so far. */
        AppDeploymentLogs: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The lines, oldest first. */
            lines: components["schemas"]["AppBuildLogLine"][];
            /** @description True once the build has ended and no more lines will come. */
            complete: boolean;
        };
        /** @description One line a running instance wrote. */
        AppLogLine: {
            /**
             * Format: date-time
             * @description When the line was written.
             */
            timestamp: string;
            /** @description Log level detected in the line (for example `info`, `error`). */
            level?: string;
            /** @description The text of the line. */
            message: string;
            /** @description Output stream it came from (`stdout` or `stderr`). */
            stream?: string;
            /** @description Part of the service that wrote it. */
            component?: string;
        };
        /** @description Runtime log lines that match the filters. */
        AppLogList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The lines. */
            lines: components["schemas"]["AppLogLine"][];
        };
        /** @description One measure over time: `values[i]` was taken at `timestamps[i]`. */
        AppMetricSeries: {
            /** @description Name of the measure. */
            name: string;
            /** @description Measured values. */
            values: number[];
            /** @description When each value was measured. */
            timestamps: string[];
        };
        /** @description Measures of a service over the requested window. */
        AppMetrics: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description One series per measure. */
            series: components["schemas"]["AppMetricSeries"][];
        };
        /** @description An environment variable of a service, as listed: the value of a secret is blank here. */
        AppEnvVar: {
            /** @description Variable name. */
            key: string;
            /** @description Value; blank for a secret (revealAppEnvVars returns it). */
            value?: string;
            /** @description True when the value is kept hidden in lists. */
            is_secret?: boolean;
            /** @description True when Raff manages the variable (for example one a binding adds); it cannot be changed. */
            is_system?: boolean;
            /**
             * @description `runtime`: given to the running instances. `build`: given to the image build only. `both`: given to each. Values a framework bakes in at build time (such as `NEXT_PUBLIC_*` or `VITE_*`) need `build` or `both`; build values can be read back from the image, so keep credentials `runtime`. Absent on variables older than scopes, which are `runtime`.
             * @default runtime
             * @enum {string}
             */
            scope?: "runtime" | "build" | "both";
        };
        /** @description An environment variable with its value in clear, secrets included. */
        AppEnvVarRevealed: {
            /** @description Variable name. */
            key: string;
            /** @description Value in clear. Treat it as a credential. */
            value: string;
            /** @description True when the value is hidden in ordinary lists. */
            is_secret?: boolean;
            /** @description True when Raff manages the variable; it cannot be changed. */
            is_system?: boolean;
            /**
             * @description Where the value is given (see AppEnvVar `scope`).
             * @default runtime
             * @enum {string}
             */
            scope?: "runtime" | "build" | "both";
        };
        /** @description Environment variables of a service, secret values blank. */
        AppEnvVarList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The variables. */
            env_vars: components["schemas"]["AppEnvVar"][];
        };
        /** @description Environment variables of a service with their values. */
        AppEnvVarRevealedList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The variables. */
            env_vars: components["schemas"]["AppEnvVarRevealed"][];
        };
        /** @description The service’s variables after the change, and the rollout it started if any. */
        AppEnvVarChange: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description All variables of the service now, secret values blank. */
            env_vars: components["schemas"]["AppEnvVar"][];
            /**
             * Format: uuid
             * @description Deployment started to apply the change; absent when nothing was rolled out.
             */
            deployment_id?: string;
        };
        /** @description One variable to create or overwrite. */
        AppEnvVarInput: {
            /** @description Variable name. */
            key: string;
            /** @description Value to store. */
            value: string;
            /** @description Hide the value in lists; only revealAppEnvVars returns it. */
            is_secret?: boolean;
            /**
             * @description Where the value is given (see AppEnvVar `scope`). Changing a `build` or `both` variable rebuilds the image.
             * @default runtime
             * @enum {string}
             */
            scope?: "runtime" | "build" | "both";
        };
        /** @description One variable to create or overwrite, and whether to roll it out now. */
        SetAppEnvVarRequest: {
            /** @description Variable name. */
            key: string;
            /** @description Value to store. */
            value: string;
            /** @description Hide the value in lists; only revealAppEnvVars returns it. */
            is_secret?: boolean;
            /**
             * @description Where the value is given (see AppEnvVar `scope`). A change to a `build` or `both` variable means a new image build, not just a restart.
             * @default runtime
             * @enum {string}
             */
            scope?: "runtime" | "build" | "both";
            /**
             * @description Apply the change to the running service now (default). False leaves it for the next deployment.
             * @default true
             */
            redeploy?: boolean;
        };
        /** @description Several variables to create or overwrite in one change. */
        BulkSetAppEnvVarsRequest: {
            /** @description The variables; others of the service are left as they are. */
            vars: components["schemas"]["AppEnvVarInput"][];
            /**
             * @description Apply the change to the running service now (default). False leaves it for the next deployment.
             * @default true
             */
            redeploy?: boolean;
        };
        /** @description A domain of the caller’s that points at a web service. */
        AppCustomDomain: {
            /**
             * Format: uuid
             * @description Domain id.
             */
            id: string;
            /**
             * Format: uuid
             * @description UUID (`id`) of the service it points at.
             */
            service_id: string;
            /** @description The hostname. */
            domain: string;
            /**
             * @description Progress: `pending_dns` (records not seen yet) → `verifying` → `dns_verified` → `issuing_cert` → `active` (serving HTTPS). `error`: see `status_message`; fix the records and call retryAppDomainVerification.
             * @enum {string}
             */
            status: "pending_dns" | "verifying" | "dns_verified" | "issuing_cert" | "active" | "error";
            /** @description Detail on the status. */
            status_message?: string;
            /** @description Hostname the domain’s CNAME record must point to. */
            cname_target?: string;
            /** @description Name of the TXT record that proves ownership. */
            verification_txt_name?: string;
            /** @description Content of that TXT record. */
            verification_txt_value?: string;
            /**
             * Format: date-time
             * @description When the domain was added.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When DNS was last checked.
             */
            last_checked_at?: string;
        };
        /** @description One custom domain. */
        AppCustomDomainResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            domain: components["schemas"]["AppCustomDomain"];
        };
        /** @description Custom domains of a service. */
        AppCustomDomainList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The domains. */
            domains: components["schemas"]["AppCustomDomain"][];
        };
        /** @description The domain to add. */
        AddAppCustomDomainRequest: {
            /** @description Hostname, for example `shop.example.com`. */
            domain: string;
        };
        /** @description One run of a `cron` or `job` service. */
        AppJobRun: {
            /**
             * Format: uuid
             * @description Run id.
             */
            id: string;
            /**
             * Format: uuid
             * @description UUID (`id`) of the service that ran.
             */
            service_id: string;
            /**
             * Format: uuid
             * @description Deployment whose image the run used.
             */
            deployment_id?: string;
            /**
             * @description `schedule`: started by the cron schedule. `manual`: started by runAppJob.
             * @enum {string}
             */
            trigger: "schedule" | "manual";
            /** @description State of the run as Raff reports it; Raff’s reference does not list the values. */
            status: string;
            /** @description Exit code of the process, once it has ended. */
            exit_code?: number;
            /** @description Why the run failed. */
            error?: string;
            /**
             * Format: date-time
             * @description Time the schedule planned the run for (scheduled runs).
             */
            scheduled_for?: string;
            /**
             * Format: date-time
             * @description When the run started.
             */
            started_at?: string;
            /**
             * Format: date-time
             * @description When the run ended.
             */
            finished_at?: string;
        };
        /** @description One job run. */
        AppJobRunResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            run: components["schemas"]["AppJobRun"];
        };
        /** @description Runs of a service, newest first. */
        AppJobRunList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The runs. */
            runs: components["schemas"]["AppJobRun"][];
        };
        /** @description What one service used in the period. */
        AppServiceUsage: {
            /** @description The service (deleted services included). */
            service_id: string;
            /** @description Its name. */
            service_name?: string;
            /** @description Its compute tier. */
            tier_id?: number;
            /** @description Instance-hours used. */
            replica_hours: number;
            /** @description Estimated charge, USD. */
            estimated_cost_usd: number;
        };
        /** @description Apps usage and estimated charges for one calendar month. */
        AppUsage: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description One entry per service that ran in the period. */
            services: components["schemas"]["AppServiceUsage"][];
            /** @description Sum of the estimated charges, USD. */
            total_estimated_cost_usd: number;
            /**
             * Format: date-time
             * @description Start of the period.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description End of the period (now, for the current month).
             */
            period_end: string;
        };
        /** @description The account’s monthly cap on Apps spending. */
        AppSpendSettings: {
            /** @description True when the cap is on. */
            enabled: boolean;
            /** @description The cap, USD per calendar month (may be absent while the cap is off). */
            monthly_cap_usd?: number;
            /**
             * @description What happens at the cap. `notify_only`: an e-mail and a dashboard notice, nothing stops. `pause`: apps billed by the hour are stopped until the month ends or the cap is raised or switched off.
             * @enum {string}
             */
            cap_action: "notify_only" | "pause";
            /** @description True while the cap is holding the account’s apps paused. */
            paused_by_cap?: boolean;
        };
        /** @description The spend cap settings. */
        AppSpendSettingsResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            settings: components["schemas"]["AppSpendSettings"];
        };
        /** @description The settings to change, at least one; the others keep their value. `{ "enabled": false }` removes the cap. */
        UpdateAppSpendSettingsRequest: {
            /** @description True switches the cap on; false removes it. */
            enabled?: boolean;
            /** @description New cap, USD per month, from 1 to 1,000,000; stored to the cent. */
            monthly_cap_usd?: number;
            /**
             * @description What happens at the cap (see AppSpendSettings `cap_action`).
             * @enum {string}
             */
            cap_action?: "notify_only" | "pause";
        };
        /**
         * @description A database engine. createDatabase uses `postgres` when none is given; listDatabaseEngines tells which engines and versions are on offer right now.
         * @enum {string}
         */
        DatabaseEngine: "postgres" | "mysql" | "valkey" | "clickhouse" | "kafka";
        /** @description One engine of the catalog. */
        DatabaseEngineInfo: {
            engine: components["schemas"]["DatabaseEngine"];
            /** @description Name to show people, such as `PostgreSQL`. */
            display_name: string;
            /** @description Whether new databases of this engine can be created now. */
            available: boolean;
            /** @description Major versions a new database may run (`engine_version` of createDatabase). */
            versions: string[];
        };
        /** @description The engine catalog (not paged). */
        DatabaseEngineList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Every engine Raff runs. */
            engines: components["schemas"]["DatabaseEngineInfo"][];
        };
        /** @description A managed-database plan and its price (USD). Plans are per engine. */
        DatabasePricingPlan: {
            /** @description What createDatabase and scaleDatabase take as `plan_id`. */
            id: number;
            engine: components["schemas"]["DatabaseEngine"];
            /** @description Plan name to show people. */
            name: string;
            /** @description vCPU count. */
            vcpu: number;
            /** @description Memory, GiB. For a plan under 1 GiB see `memory_mib`. */
            memory_gib: number;
            /** @description Storage included in the price, GiB. */
            storage_gib: number;
            /** @description Hourly (pay-as-you-go) price. */
            price_per_hour: number;
            /** @description Price per month. */
            price_per_month: number;
            /**
             * @description Region the plan is sold in.
             * @enum {string}
             */
            region: "us-east";
            /** @description A free plan: one free database per account, fixed storage, no high availability or replicas, daily backups kept 3 days. A free database is suspended after 7 days without connections; resumeDatabase wakes it with its data. */
            is_free_tier?: boolean;
            /** @description Memory in MiB for plans smaller than 1 GiB (for example 512); `0` when `memory_gib` applies. */
            memory_mib?: number;
            /** @description Most client connections the engine accepts on this plan; `0` means the engine default. */
            max_connections?: number;
        };
        /** @description What high availability costs for one engine: the plan price times `1 + price_multiplier`. */
        DatabaseHAPricing: {
            engine: components["schemas"]["DatabaseEngine"];
            /** @description Share of the plan price added by high availability (0.5 adds half). */
            price_multiplier: number;
        };
        /** @description What a read replica costs for one engine. */
        DatabaseReplicaPricing: {
            engine: components["schemas"]["DatabaseEngine"];
            /** @description Factor applied to the base price of a replica. */
            price_multiplier: number;
            /** @description Price per replica per month, USD. */
            price_per_month: number;
        };
        /** @description What storage beyond a plan’s allotment costs for one engine, and the storage limits. */
        DatabaseStoragePricing: {
            engine: components["schemas"]["DatabaseEngine"];
            /** @description Price per extra GB per month, USD. */
            price_per_gb_month: number;
            /** @description Smallest storage a database of this engine can have, GB. */
            min_gb: number;
            /** @description Largest storage a database of this engine can have, GB. */
            max_gb: number;
        };
        /** @description Database plans with the prices of high availability, read replicas and extra storage (not paged). */
        DatabasePlanCatalog: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The plans. */
            plans: components["schemas"]["DatabasePricingPlan"][];
            /** @description High-availability price, one entry per engine. */
            ha_pricing: components["schemas"]["DatabaseHAPricing"][];
            /** @description Read-replica price, one entry per engine. */
            replica_pricing: components["schemas"]["DatabaseReplicaPricing"][];
            /** @description Extra-storage price and limits, one entry per engine. */
            storage_pricing: components["schemas"]["DatabaseStoragePricing"][];
        };
        /** @description A managed database. It is reached by hostname over TLS only: privately at `<database_id>.db.raffusercloud.com` from inside its VPC, and publicly at `<database_id>.public.db.raffusercloud.com` while public access is on. */
        Database: {
            /**
             * Format: uuid
             * @description Database UUID.
             */
            id: string;
            /** @description Short id: the first label of the database’s hostnames. Every call that takes a database accepts it as well as the UUID. */
            database_id: string;
            /**
             * Format: uuid
             * @description Project the database belongs to.
             */
            project_id: string;
            /** @description Display name, unique in the account; renaming does not change any hostname. */
            name: string;
            engine: components["schemas"]["DatabaseEngine"];
            /** @description Major version of the engine. */
            engine_version: string;
            /**
             * @description Lifecycle state. A new database goes `pending` → `deploying` → `running`. `warning`: running with a degraded part (see `status_message`). `resizing`: a scale is being applied. `restoring`: an in-place restore is running. `suspended`: a free database paused after 7 days without connections; resumeDatabase brings it back through `deploying`. `failed`: provisioning or a scale went wrong and the database will not recover by itself (see `status_message`). `deleting`, then `deleted`, after deleteDatabase.
             * @enum {string}
             */
            status: "pending" | "deploying" | "running" | "warning" | "resizing" | "restoring" | "suspended" | "failed" | "deleting" | "deleted";
            /** @description Why the status is `warning` or `failed`; empty otherwise. */
            status_message?: string;
            /**
             * @description Data-centre region.
             * @enum {string}
             */
            region: "us-east";
            /** @description Plan the database runs on (listDatabasePlans). */
            plan_id: number;
            /** @description Provisioned storage, GB. Beyond the plan’s allotment it is billed extra. */
            storage_gb: number;
            /** @description High availability: a standby takes over by itself when the primary fails. Adds to the price (see `ha_pricing`). */
            ha_enabled: boolean;
            /** @description Read replicas (PostgreSQL; always 0 for Valkey). */
            replica_count: number;
            /** @description VPC that holds the private endpoint; an empty string while the database is in no VPC (it then has no private endpoint). */
            vpc_id: string;
            /** @description Whether the public endpoint is on. */
            public_access: boolean;
            /** @description Hostname of the private endpoint, resolvable inside the VPC. */
            connection_host?: string;
            /** @description Port of the private endpoint: PostgreSQL 6432 pooled (PgBouncer, transaction mode) and 5432 direct, MySQL 3306, Valkey 6379. */
            connection_port?: number;
            /**
             * @description Pay as you go, or a prepaid subscription.
             * @enum {string}
             */
            billing_type: "payg" | "subscription";
            /** @description The subscription when `billing_type` is `subscription`; empty otherwise. */
            subscription_id: string;
            /** @description Current hourly price, USD. */
            price_per_hour?: number;
            /** @description Current monthly price, USD. */
            monthly_price?: number;
            /** @description Public port, from 25060–26060; `0` while public access is off. The port stays reserved while the endpoint is closed and comes back when it reopens; it is released on delete. PostgreSQL: the pooled endpoint is here and the direct one on `public_port + 1`; it is also reachable through `public_dns_hostname` on 6543 (pooled) and 5432 (direct), the usual PostgreSQL ports. */
            public_port: number;
            /** @description Hostname of the public endpoint; an empty string whenever the endpoint is closed. */
            public_dns_hostname: string;
            /** @description Source networks allowed on the public endpoint. Empty: every source is allowed. */
            public_allowlist?: string[];
            /** @description Whether this is a free-tier database (suspended after 7 idle days). */
            is_free?: boolean;
            /** @description When the free database was suspended for idleness, RFC 3339; empty while it is not suspended. */
            suspended_at: string;
            /**
             * Format: date-time
             * @description When the database was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the database last changed.
             */
            updated_at: string;
        };
        /** @description One managed database. */
        DatabaseResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            database: components["schemas"]["Database"];
        };
        /** @description Managed databases (not paged). */
        DatabaseList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The databases. */
            databases: components["schemas"]["Database"][];
        };
        /** @description A managed database to create. */
        DatabaseCreateRequest: {
            /** @description Display name, unique in the account. */
            name: string;
            engine?: components["schemas"]["DatabaseEngine"];
            /** @description Major version, one of the engine’s `versions` in listDatabaseEngines. Left out: the newest. */
            engine_version?: string;
            /** @description Plan, an `id` from listDatabasePlans of the same engine. */
            plan_id: number;
            /** @description Storage, GB. Left out: the plan’s included storage; more than that is billed extra. */
            storage_gb?: number;
            /**
             * @description Add a standby that takes over on failure (costs extra; not on free plans).
             * @default false
             */
            ha_enabled?: boolean;
            /**
             * @description Read replicas (PostgreSQL; Valkey refuses more than 0).
             * @default 0
             */
            replica_count?: number;
            /**
             * @description Data-centre region.
             * @default us-east
             * @enum {string}
             */
            region?: "us-east";
            /**
             * Format: uuid
             * @description VPC of the project to put the private endpoint in. Left out: no private endpoint until connectDatabaseVPC.
             */
            vpc_id?: string;
            /**
             * @description Open the public endpoint from the start (to every source).
             * @default false
             */
            public_access?: boolean;
            /** @description Engine settings to override, by name (only the settings Raff allows); see listDatabaseParameters for what is in effect. */
            engine_config?: {
                [key: string]: string;
            };
        };
        /** @description A new name for a database. */
        DatabaseUpdateRequest: {
            /** @description New display name, unique in the account. */
            name: string;
        };
        /** @description What to change on a running database; anything left out stays as it is, except `replica_count`. */
        DatabaseScaleRequest: {
            /** @description New plan of the same engine; `0` or left out keeps the plan. */
            plan_id?: number;
            /** @description New storage, GB. Grows only, and never below the new plan’s allotment; `0` or left out keeps it. */
            storage_gb?: number;
            /**
             * @description Apply `has_ha`. False or left out: high availability is not touched.
             * @default false
             */
            set_ha?: boolean;
            /** @description High availability wanted; read only when `set_ha` is true. */
            has_ha?: boolean;
            /** @description Read replicas wanted. Always applied: send the current count to keep it. PostgreSQL only. */
            replica_count?: number;
        };
        /** @description Where to restore and from what. Exactly one of `clone_to_new` and `in_place` must be true; with neither `backup_id` nor `pitr_timestamp`, the latest state is restored. */
        DatabaseRestoreRequest: {
            /** @description Restore into a new database, leaving this one as it is. */
            clone_to_new?: boolean;
            /** @description Overwrite this database with the restored state. Changes made later than the restore point are gone (Raff keeps a safety backup first). */
            in_place?: boolean;
            /**
             * Format: uuid
             * @description Restore this backup; it must be `restorable` in listDatabaseBackups.
             */
            backup_id?: string;
            /**
             * Format: date-time
             * @description Restore the state at this instant (PostgreSQL only): from the backups’ `restore_window_start` up to now.
             */
            pitr_timestamp?: string;
            /** @description Name of the new database. Left out: the source’s name with `-restored`; a taken name gets `-2`, `-3`, … appended. */
            new_name?: string;
            /**
             * @description Give the new database a standby (costs extra). The source’s setting is not carried over.
             * @default false
             */
            ha_enabled?: boolean;
        };
        /** @description The restore was started. */
        DatabaseRestoreResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Short id of the database being created by a `clone_to_new` restore; an empty string for an in-place restore. */
            new_database_id: string;
        };
        /** @description How to connect. TLS is required on every endpoint. */
        DatabaseConnection: {
            /** @description Private endpoint hostname, reachable inside the VPC; empty while the database is in no VPC. */
            host: string;
            /** @description Private endpoint port (PostgreSQL: 6432, pooled). */
            port: number;
            /** @description The admin user. */
            username: string;
            /** @description The admin user’s password; an empty string unless `reveal=true` was asked. */
            password: string;
            /** @description Database to connect to by default. */
            database_name: string;
            /** @description Connection URI for the private endpoint. It carries the password only when revealed. */
            connection_uri: string;
            /** @description PEM certificate of the CA that signed the database’s certificate. A Kafka client has to trust it, and a PostgreSQL client needs it for `sslmode=verify-full`. Public, not a secret. */
            ca_cert?: string;
            /** @description Public endpoint hostname; an empty string whenever the endpoint is closed. */
            public_host: string;
            /** @description Public port. PostgreSQL: 5432 (direct; the pooled endpoint is on 6543), chosen by the TLS server name; ClickHouse: its native TLS port; other engines: the database’s `public_port`. */
            public_port: number;
            /** @description Connection URI for the public endpoint, with the password only when revealed; an empty string whenever the endpoint is closed. */
            public_connection_uri: string;
        };
        /** @description Connection details, next to the success flag. */
        DatabaseConnectionResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
        } & components["schemas"]["DatabaseConnection"];
        /** @description The VPC to join. */
        DatabaseVPCConnectRequest: {
            /**
             * Format: uuid
             * @description VPC of the database’s project that will hold the private endpoint.
             */
            vpc_id: string;
        };
        /** @description Public endpoint state and its source allowlist. */
        DatabasePublicAccessRequest: {
            /** @description True opens the public endpoint, false closes it. */
            enabled: boolean;
            /** @description Source networks allowed to connect. Left out: the stored list is kept. A list replaces it. An empty list `[]` lifts the restriction: every source address may connect. */
            allowlist?: string[];
        };
        /** @description The latest usage sample, taken about every 60 seconds. A `0` means not measured yet. */
        DatabaseMetrics: {
            /** @description CPU in use, millicores (1000 = one vCPU). */
            cpu_used_millicores: number;
            /** @description CPU available, millicores. */
            cpu_capacity_millicores: number;
            /** @description Memory in use, bytes. */
            mem_used_bytes: number;
            /** @description Memory available, bytes. */
            mem_capacity_bytes: number;
            /** @description Storage in use, bytes. */
            storage_used_bytes: number;
            /** @description Storage available, bytes. */
            storage_capacity_bytes: number;
            /** @description Open client connections. */
            connections_active: number;
            /** @description Most client connections allowed. */
            connections_max: number;
            /** @description How far the standby or replicas trail, bytes; 0 without any. */
            replication_lag_bytes: number;
            /** @description WAL not yet archived, bytes (PostgreSQL). */
            archive_lag_bytes: number;
            /** @description When the sample was taken, RFC 3339; empty before the first one. */
            metrics_updated_at: string;
        };
        /** @description The latest usage sample, next to the success flag. */
        DatabaseMetricsResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
        } & components["schemas"]["DatabaseMetrics"];
        /** @description Usage over one bucket of the history. */
        DatabaseMetricsPoint: {
            /**
             * Format: date-time
             * @description Start of the bucket.
             */
            recorded_at: string;
            /** @description CPU in use, millicores. */
            cpu_used_millicores: number;
            /** @description CPU available, millicores. */
            cpu_capacity_millicores: number;
            /** @description Memory in use, bytes. */
            mem_used_bytes: number;
            /** @description Memory available, bytes. */
            mem_capacity_bytes: number;
            /** @description Storage in use, bytes. */
            storage_used_bytes: number;
            /** @description Storage available, bytes. */
            storage_capacity_bytes: number;
            /** @description Open client connections. */
            connections_active: number;
            /** @description Most client connections allowed. */
            connections_max: number;
            /** @description Standby or replica lag, bytes. */
            replication_lag_bytes: number;
            /** @description WAL not yet archived, bytes (PostgreSQL). */
            archive_lag_bytes: number;
        };
        /** @description Usage over a window, oldest point first. */
        DatabaseMetricsHistory: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description One point per bucket, oldest first. */
            points: components["schemas"]["DatabaseMetricsPoint"][];
            /** @description Length of each bucket, seconds. */
            bucket_seconds: number;
        };
        /** @description One user’s traffic over one bucket. */
        DatabaseClientTrafficPoint: {
            /**
             * Format: date-time
             * @description Start of the bucket.
             */
            recorded_at: string;
            /** @description Operations; `-1` when the engine does not count them per user. */
            ops: number;
            /** @description Errors; `-1` when the engine does not count them per user. */
            errors: number;
            /** @description Warnings; `-1` when the engine does not count them per user. */
            warnings: number;
        };
        /** @description Traffic of one database user over the window. A count of `-1` says the engine keeps no per-user figure for it. */
        DatabaseClientTraffic: {
            /** @description The database user. */
            user: string;
            /** @description Operations over the whole window. */
            total_ops: number;
            /** @description Errors over the whole window. */
            total_errors: number;
            /** @description Warnings over the whole window. */
            total_warnings: number;
            /** @description One point per bucket, oldest first. */
            points: components["schemas"]["DatabaseClientTrafficPoint"][];
        };
        /** @description Traffic per database user over a window. */
        DatabaseClientTrafficList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description One entry per user. */
            clients: components["schemas"]["DatabaseClientTraffic"][];
            /** @description Length of each bucket, seconds. */
            bucket_seconds: number;
        };
        /** @description One slow-query entry: a normalized statement with its totals (PostgreSQL), or one slow command (Valkey). */
        DatabaseSlowQuery: {
            /** @description The normalized statement (PostgreSQL) or the command (Valkey). */
            query: string;
            /** @description Runs counted in this entry; always 1 on Valkey. */
            calls: number;
            /** @description Mean run time, milliseconds. */
            mean_ms: number;
            /** @description Total run time, milliseconds. */
            total_ms: number;
            /** @description Rows returned or changed in total (PostgreSQL; does not apply on Valkey). */
            rows?: number;
        };
        /** @description The slowest recent queries. */
        DatabaseSlowQueryList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Entries, slowest first. */
            queries: components["schemas"]["DatabaseSlowQuery"][];
            /** @description Whether statistics are being gathered yet; while false the list may be empty. */
            collecting: boolean;
        };
        /** @description Recent engine log lines. */
        DatabaseLogLines: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Log lines, the newest last. */
            lines: string[];
        };
        /** @description A PostgreSQL extension the database may install. */
        DatabaseExtension: {
            /** @description What setDatabaseExtension takes as `name`. */
            name: string;
            /** @description Name to show people. */
            display_name: string;
            /** @description What the extension does. */
            description: string;
            /** @description Whether it is installed now. */
            installed: boolean;
            /** @description Installed version; empty when not installed. */
            version: string;
        };
        /** @description The extensions the database may install. */
        DatabaseExtensionList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The extensions; empty for engines without any. */
            extensions: components["schemas"]["DatabaseExtension"][];
        };
        /** @description One extension to install or remove. */
        DatabaseExtensionSetRequest: {
            /** @description Extension name, from listDatabaseExtensions. */
            name: string;
            /** @description True installs the extension, false removes it. */
            enabled: boolean;
        };
        /** @description One backup of a managed database. */
        DatabaseBackup: {
            /**
             * Format: uuid
             * @description Backup UUID; restoreDatabase takes it as `backup_id`.
             */
            id: string;
            /**
             * Format: uuid
             * @description UUID of the database the backup belongs to.
             */
            database_id: string;
            /**
             * @description `base`: the nightly automatic backup. `on_demand`: asked for with createDatabaseBackup.
             * @enum {string}
             */
            backup_type: "base" | "on_demand";
            /**
             * @description `running` while it is taken, then `completed` or `failed`.
             * @enum {string}
             */
            status: "running" | "completed" | "failed";
            /** @description Size, bytes; `0` while running. */
            size_bytes: number;
            /** @description Where the backup is stored in object storage. */
            s3_path?: string;
            /** @description The instant the backup is consistent with, RFC 3339; empty while running. */
            backup_timestamp: string;
            /**
             * Format: date-time
             * @description When the backup started.
             */
            created_at: string;
            /** @description When it finished, RFC 3339; empty while running. */
            completed_at: string;
            /** @description When retention will remove it, RFC 3339; empty when it has no expiry. */
            expires_at: string;
            /** @description Whether restoreDatabase accepts it as `backup_id`. Backups taken before the last in-place restore stay listed but are not restorable. */
            restorable: boolean;
            /** @description Earliest instant a PostgreSQL point-in-time restore can reach, RFC 3339, the same on every entry; empty when unknown. */
            restore_window_start: string;
        };
        /** @description Backups of one database (not paged). */
        DatabaseBackupList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The backups. */
            backups: components["schemas"]["DatabaseBackup"][];
        };
        /** @description One database backup. */
        DatabaseBackupResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            backup: components["schemas"]["DatabaseBackup"];
        };
        /** @description A user inside the database engine. */
        DatabaseUser: {
            /** @description User name. */
            name: string;
            /** @description What the user may do, in the engine’s terms (for users you add: `readonly` or `readwrite`). */
            role: string;
            /** @description The database, schema or keyspace the access covers. */
            scope?: string;
            /**
             * @description `admin`: made with the database. `scoped`: added with createDatabaseUser. `binding`: maintained by Raff for an app service or function. `system`: the engine’s own, not changeable.
             * @enum {string}
             */
            kind: "admin" | "scoped" | "binding" | "system";
        };
        /** @description Users of one database. */
        DatabaseUserList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The users. */
            users: components["schemas"]["DatabaseUser"][];
        };
        /** @description A user to add. */
        DatabaseUserCreateRequest: {
            /** @description 3 to 31 characters from `a`–`z`, `0`–`9` and `_`, the first one a letter. The prefixes `app_` and `fnb_` are reserved for Raff’s apps and functions. */
            name: string;
            /**
             * @description `readonly` may only read; `readwrite` may also change data.
             * @enum {string}
             */
            role: "readonly" | "readwrite";
        };
        /** @description The new user and its password. */
        DatabaseUserCreated: {
            /** @description True when the call succeeded. */
            success: boolean;
            user: components["schemas"]["DatabaseUser"];
            /** @description The user’s password. getDatabaseUserCredential returns it again later. */
            password: string;
        };
        /** @description A user’s new password. */
        DatabaseUserPassword: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The new password; the old one stops working for new connections. */
            password: string;
        };
        /** @description A user’s current credentials. */
        DatabaseUserCredential: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description User name. */
            username: string;
            /** @description Current password. */
            password: string;
        };
        /** @description One engine setting in effect. */
        DatabaseParameter: {
            /** @description Setting name, such as `max_connections`. */
            name: string;
            /** @description Value in effect, as text. */
            value: string;
            /** @description The engine’s default, as text. */
            default_value?: string;
            /**
             * @description Origin of the value: `plan` (follows from the plan’s size), `override` (set through `engine_config`) or `engine` (the engine’s default).
             * @enum {string}
             */
            source: "plan" | "override" | "engine";
            /** @description Unit of the value, such as `kB` or `ms`; empty when it has none. */
            unit?: string;
        };
        /** @description Engine settings in effect. */
        DatabaseParameterList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The settings. */
            parameters: components["schemas"]["DatabaseParameter"][];
        };
        /** @description An app or function bound to the database. */
        DatabaseConsumer: {
            /**
             * @description Whether it is an app service or a function.
             * @enum {string}
             */
            kind: "app" | "function";
            /** @description Id of the app service or function. */
            id: string;
            /** @description Its name. */
            name: string;
            /** @description For an app, the kind of service (such as `web` or `worker`). */
            service_type?: string;
            /** @description Status of the app service or function. */
            status?: string;
            /** @description State of the binding between it and the database. */
            binding_status?: string;
        };
        /** @description Apps and functions using the database. */
        DatabaseConsumerList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The bound apps and functions. */
            consumers: components["schemas"]["DatabaseConsumer"][];
        };
        /** @description One row, its values as text. */
        DatabaseRow: {
            /** @description Values in column order. */
            cells: string[];
            /** @description Same length as `cells`: true where the value is NULL (its cell is then empty). */
            nulls: boolean[];
        };
        /** @description One statement to run. */
        DatabaseQueryRequest: {
            /** @description A single SQL statement, or a single Valkey command. */
            statement: string;
            /**
             * @description Refuse anything that writes. Set false to change data or schema.
             * @default true
             */
            read_only?: boolean;
            /**
             * @description Most rows to return.
             * @default 1000
             */
            max_rows?: number;
        };
        /** @description What a statement returned. */
        DatabaseQueryResult: {
            /** @description Column names, in order. */
            columns: string[];
            /** @description Rows returned. */
            rows: components["schemas"]["DatabaseRow"][];
            /** @description Rows a write changed. */
            rows_affected?: number;
            /** @description The engine’s command tag, such as `SELECT 3` or `UPDATE 12`. */
            command?: string;
            /** @description Notices the engine sent while running the statement. */
            notices?: string[];
            /** @description Whether more rows existed than `max_rows`. */
            truncated: boolean;
            /** @description Run time, milliseconds. */
            duration_ms?: number;
        };
        /** @description A statement’s result, next to the success flag. */
        DatabaseQueryResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
        } & components["schemas"]["DatabaseQueryResult"];
        /** @description Which level of the database to read. */
        DatabaseBrowseRequest: {
            /** @description Where to look. SQL engines: `[]` (schemas), `[schema]` (its tables), `[schema, table]` (rows). Valkey: `[]` (keys) or `[key]` (one value). */
            path?: string[];
            /** @description `next_cursor` of the previous page. */
            cursor?: string;
            /** @description Valkey only: a glob the keys must match, such as `session:*`. */
            match?: string;
            /** @description Items or rows per page. */
            limit?: number;
        };
        /** @description One entry of a level. */
        DatabaseBrowseNode: {
            /** @description Schema, table or key name. */
            name: string;
            /** @description `schema`, `table`, `view`, `matview`, or the Valkey type of a key. */
            kind: string;
            /** @description A short hint, such as an estimated row count. */
            detail?: string;
        };
        /** @description One level of the database: a list of entries (`kind: nodes`) or a page of rows (`kind: rows`). */
        DatabaseBrowseResult: {
            /**
             * @description `nodes`: read `nodes`. `rows`: read `columns` and `rows`.
             * @enum {string}
             */
            kind: "nodes" | "rows";
            /** @description The entries, for `kind: nodes`. */
            nodes?: components["schemas"]["DatabaseBrowseNode"][];
            /** @description Column names, for `kind: rows`. */
            columns?: string[];
            /** @description A page of rows, for `kind: rows`. */
            rows?: components["schemas"]["DatabaseRow"][];
            /** @description Send it back as `cursor` to read the following page; an empty string on the last one. */
            next_cursor?: string;
            /** @description Valkey: the key’s type and time to live. */
            meta?: {
                [key: string]: string;
            };
        };
        /** @description One level of the database, next to the success flag. */
        DatabaseBrowseResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
        } & components["schemas"]["DatabaseBrowseResult"];
        /** @description A statement saved under a name. */
        DatabaseSavedQuery: {
            /** @description Name it is saved under. */
            name: string;
            /** @description The statement. */
            statement: string;
            /** @description Who saved it. */
            created_by?: string;
            /**
             * Format: date-time
             * @description When it was last saved.
             */
            updated_at: string;
        };
        /** @description Queries saved for one database. */
        DatabaseSavedQueryList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The saved queries. */
            queries: components["schemas"]["DatabaseSavedQuery"][];
        };
        /** @description A statement to save. */
        DatabaseSavedQuerySaveRequest: {
            /** @description Name to save it under; an existing query with this name is replaced. Letters, digits, `_`, `.` and `-`, so that deleteDatabaseSavedQuery can address it. */
            name: string;
            /** @description The statement to keep. */
            statement: string;
        };
        /** @description One saved query. */
        DatabaseSavedQueryResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            query: components["schemas"]["DatabaseSavedQuery"];
        };
        /** @description A serverless function: an ordinary HTTP handler (ASGI, Web Fetch, Go net/http, or any container that listens on `$PORT`) that Raff builds, runs and scales, serving at its own HTTPS URL. */
        Function: {
            /**
             * Format: uuid
             * @description Function identifier (UUID).
             */
            id: string;
            /**
             * @description Short id, `fn-` and eight characters; accepted wherever a function is named in the path.
             * @example fn-k3v9q2xz
             */
            function_id: string;
            /**
             * Format: uuid
             * @description Project the function belongs to.
             */
            project_id: string;
            /** @description Display name; no two functions of one account share a name. */
            name: string;
            /**
             * @description Label in the function’s URL: the name (or the requested slug) plus a random suffix, so it never clashes with another account’s.
             * @example thumbnailer-q7z7zg
             */
            slug: string;
            /** @description Free-text description. */
            description?: string;
            /**
             * @description Language runtime the source is built with; `docker` builds the `Dockerfile` at the source root.
             * @enum {string}
             */
            runtime: "python" | "node" | "go" | "docker";
            /**
             * @description Handler convention the runtime expects: `asgi` (Python), `fetch` (Node), `net_http` (Go) or `container`.
             * @example asgi
             */
            handler_kind?: string;
            /**
             * @description Data-centre region.
             * @enum {string}
             */
            region?: "us-east";
            /** @description Memory per instance, MB: 128, 256, 512, 1024, 2048 or 4096. */
            memory_mb?: number;
            /** @description Longest a single request may run, seconds: at most 3600, or 86400 when `extended_timeout` is on. */
            timeout_seconds?: number;
            /** @description Whether timeouts above 3600 seconds (up to 24 hours) are allowed. */
            extended_timeout?: boolean;
            /** @description Instances kept running when idle. 0 scales to zero (an idle function costs nothing); each warm instance bills at a fraction of the memory rate (see getFunctionsPricing). */
            min_scale?: number;
            /** @description Most instances that may run at once. */
            max_scale?: number;
            /**
             * @description Where the source comes from: uploads from the console or CLI, or a connected GitHub repository.
             * @enum {string}
             */
            source_type?: "console" | "cli" | "github";
            /** @description GitHub repository (`owner/name`), for `github` sources only. */
            repo_full_name?: string;
            /** @description Branch that `github` sources deploy from. */
            repo_branch?: string;
            /** @description Directory inside the repository that holds the function, for `github` sources. */
            repo_root_dir?: string;
            /**
             * @description Public HTTPS address, `https://{slug}.fn.onraff.com`; TLS is managed by Raff.
             * @example https://thumbnailer-q7z7zg.fn.onraff.com
             */
            url: string;
            /**
             * @description Lifecycle. A new function is `pending` until its first deployment; a deployment or resume moves it to `building`, then `live` (serving). `paused`: stopped by pauseFunction or by the monthly spend cap. `error`: the last rollout failed and the function does not get better by itself (deploy again). `deleting`: deleteFunction is under way; the function then disappears (404).
             * @enum {string}
             */
            status: "pending" | "building" | "live" | "paused" | "error" | "deleting";
            /** @description Why the function is in its status, mainly for `error` and `paused`. */
            status_message?: string;
            /** @description Number of the revision now serving; 0 before the first successful deployment. */
            current_revision_number?: number;
            /**
             * Format: date-time
             * @description When the function was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the function last changed.
             */
            updated_at: string;
        };
        /** @description A new function. It starts `pending`, without code: deploy source afterwards (createFunctionDeployment). Timeouts above 3600 seconds need `extended_timeout: true`. */
        CreateFunctionRequest: {
            /** @description Display name; no two functions of one account may share it (409). */
            name: string;
            /** @description Preferred start of the URL label; Raff always appends a random suffix. Defaults to one made from the name. */
            slug?: string;
            /** @description Free-text description. */
            description?: string;
            /**
             * @description Language runtime; `docker` builds the `Dockerfile` at the source root.
             * @enum {string}
             */
            runtime: "python" | "node" | "go" | "docker";
            /**
             * @description Data-centre region.
             * @enum {string}
             */
            region?: "us-east";
            /**
             * @description Memory per instance, MB.
             * @default 256
             * @enum {integer}
             */
            memory_mb?: 128 | 256 | 512 | 1024 | 2048 | 4096;
            /**
             * @description Longest a single request may run, seconds: up to 3600, or up to 86400 with `extended_timeout`.
             * @default 300
             */
            timeout_seconds?: number;
            /** @description Allow `timeout_seconds` above 3600, up to 86400 (24 hours). Long runs bill memory for as long as they run. */
            extended_timeout?: boolean;
            /**
             * @description Instances kept warm when idle; 0 scales to zero.
             * @default 0
             */
            min_scale?: number;
            /**
             * @description Most instances that may run at once.
             * @default 20
             */
            max_scale?: number;
            /**
             * @description Where the source will come from.
             * @enum {string}
             */
            source_type?: "console" | "cli" | "github";
        };
        /** @description Settings to change; fields left out keep their value. A `live` function picks the change up in a fresh revision, with no downtime. */
        UpdateFunctionRequest: {
            /** @description Free-text description. */
            description?: string;
            /**
             * @description Memory per instance, MB.
             * @enum {integer}
             */
            memory_mb?: 128 | 256 | 512 | 1024 | 2048 | 4096;
            /** @description Longest a single request may run, seconds: up to 3600, or up to 86400 with `extended_timeout`. */
            timeout_seconds?: number;
            /** @description Allow `timeout_seconds` above 3600, up to 86400. */
            extended_timeout?: boolean;
            /** @description Instances kept warm when idle; 0 scales to zero. */
            min_scale?: number;
            /** @description Most instances that may run at once. */
            max_scale?: number;
        };
        /** @description One build and rollout of new source. A successful one creates a revision. */
        FunctionDeployment: {
            /**
             * Format: uuid
             * @description Deployment identifier.
             */
            id: string;
            /**
             * Format: uuid
             * @description Revision the deployment produced; set once it is `ready`.
             */
            revision_id?: string;
            /**
             * @description What started the deployment.
             * @enum {string}
             */
            channel?: "console" | "cli" | "github";
            /**
             * @description Build status: `queued` → `building` (the image is built) → `deploying` (the revision rolls out) → `ready`. `failed` is final: read `error` and the build logs, then deploy again.
             * @enum {string}
             */
            status: "queued" | "building" | "deploying" | "ready" | "failed";
            /** @description Git commit that was built, for GitHub deployments. */
            commit_sha?: string;
            /** @description What went wrong, for a `failed` deployment. */
            error?: string;
            /** @description How long the build took, milliseconds. */
            build_duration_ms?: number;
            /**
             * Format: date-time
             * @description When the build started.
             */
            started_at?: string;
            /**
             * Format: date-time
             * @description When the deployment reached `ready` or `failed`.
             */
            finished_at?: string;
            /**
             * Format: date-time
             * @description When the deployment was requested.
             */
            created_at: string;
        };
        /** @description Where the new code comes from: exactly one of `source_blob_key`, `template` and `files`. A function connected to GitHub deploys the head of its branch when none is given. The language is detected by buildpacks unless the source has a `Dockerfile` at its root; the server must listen on `$PORT`. */
        CreateFunctionDeploymentRequest: {
            /**
             * @description Label for what started the deployment.
             * @enum {string}
             */
            channel?: "console" | "cli";
            /** @description Key returned by requestFunctionSourceUpload, after the zip has been uploaded to its URL. */
            source_blob_key?: string;
            /**
             * @description Deploy one of Raff’s starter templates instead of your own source.
             * @enum {string}
             */
            template?: "python" | "typescript" | "node" | "go";
            /** @description Source files sent inline, for small changes. */
            files?: components["schemas"]["FunctionSourceFile"][];
            /** @description Note recorded on the revision, like a commit message. */
            message?: string;
        };
        /** @description An immutable, deployed version of the function. Keeping revisions is free; rollbackFunction returns to any of them. */
        FunctionRevision: {
            /**
             * Format: uuid
             * @description Revision identifier; what rollbackFunction and getFunctionSource take.
             */
            id: string;
            /** @description Sequence number within the function, from 1. */
            revision_number: number;
            /** @description Git commit the revision was built from, for GitHub sources. */
            commit_sha?: string;
            /** @description Note given with the deployment. */
            message?: string;
            /**
             * @description `active`: serving now. `superseded`: replaced by a newer revision. `failed`: never served.
             * @enum {string}
             */
            status: "active" | "superseded" | "failed";
            /** @description Whether this is the revision now serving. */
            is_current?: boolean;
            /**
             * Format: date-time
             * @description When the revision was created.
             */
            created_at: string;
        };
        /** @description A one-time upload slot. PUT the zip (at most 100 MB, `Content-Type: application/zip`, no API key) to `upload_url` before it expires, then deploy it by passing `source_blob_key` to createFunctionDeployment. */
        FunctionSourceUpload: {
            /** @description Presigned URL to PUT the zip to. Anyone holding it can upload until it expires. */
            upload_url: string;
            /** @description Key that names the uploaded zip in createFunctionDeployment. */
            source_blob_key: string;
            /** @description Seconds until `upload_url` stops working. */
            expires_in_seconds: number;
        };
        /** @description One source file, sent or returned inline. */
        FunctionSourceFile: {
            /** @description Path of the file inside the source, e.g. `main.py` or `src/index.ts`. */
            name: string;
            /** @description Content of the file, as text. */
            content: string;
        };
        /** @description One line of a deployment’s build log. */
        FunctionBuildLogLine: {
            /** @description When the line was written, as Raff formats it. */
            timestamp?: string;
            /** @description Build step the line belongs to. */
            step?: string;
            /** @description The log text. */
            message: string;
        };
        /** @description One line the running function wrote to stdout or stderr. */
        FunctionLogLine: {
            /**
             * Format: date-time
             * @description When the line was written.
             */
            timestamp: string;
            /**
             * @description Severity Raff detected for the line.
             * @enum {string}
             */
            level?: "info" | "warn" | "error" | "debug";
            /** @description The log text. */
            message: string;
            /**
             * @description Output stream the line came from.
             * @enum {string}
             */
            stream?: "stdout" | "stderr";
        };
        /** @description One value of a metric series. */
        FunctionMetricPoint: {
            /**
             * Format: date-time
             * @description Start of the interval the value covers.
             */
            timestamp: string;
            /** @description Value for the interval, in the series’ unit. */
            value?: number;
        };
        /** @description One metric over the requested window. */
        FunctionMetricSeries: {
            /**
             * @description Which metric: request count, median or 95th-percentile latency in milliseconds, or error count.
             * @enum {string}
             */
            name: "invocations" | "p50_ms" | "p95_ms" | "errors";
            /** @description Values in time order. */
            points: components["schemas"]["FunctionMetricPoint"][];
        };
        /** @description Traffic, latency and errors of one function over a window. Metrics cost nothing. */
        FunctionMetrics: {
            /** @description Time series, one per metric. */
            series: components["schemas"]["FunctionMetricSeries"][];
            /** @description Requests served in the window. */
            invocations_total?: number;
            /** @description Share of requests that failed, percent. */
            error_rate_pct?: number;
            /** @description Median latency over the window, milliseconds. */
            p50_ms?: number;
            /** @description 95th-percentile latency over the window, milliseconds. */
            p95_ms?: number;
        };
        /** @description One HTTP request the function served. */
        FunctionInvocation: {
            /**
             * Format: date-time
             * @description When the request arrived.
             */
            timestamp: string;
            /** @description HTTP method of the request. */
            method?: string;
            /** @description Path of the request. */
            path?: string;
            /** @description HTTP status the function answered with. */
            status: number;
            /** @description Time to answer, milliseconds. */
            duration_ms?: number;
        };
        /** @description Use of Functions in the current calendar month and what it will cost. Two meters bill: memory, in GB-seconds of wall-clock time, and CPU actually used, in vCPU-seconds, each beyond a monthly free allowance shared by the whole account. Requests and egress are free. */
        FunctionsUsage: {
            /** @description Memory used this month, GB-seconds. */
            memory_gb_seconds?: number;
            /** @description Part of the memory that warm idle instances (`min_scale`) used, GB-seconds. */
            warm_gb_seconds?: number;
            /** @description Active CPU used this month, vCPU-seconds. */
            cpu_seconds?: number;
            /** @description Requests served this month; shown for information, requests are not billed. */
            request_count?: number;
            /** @description Free memory allowance left this month, GB-seconds (account-wide). */
            free_gb_seconds_remaining?: number;
            /** @description Free CPU allowance left this month, vCPU-seconds (account-wide). */
            free_vcpu_seconds_remaining?: number;
            /** @description Charge so far this month in USD, after the free allowance. */
            estimated_cost_usd?: number;
            /** @description AI Lambda rewrites (convertLambda, `rewrite` mode) used this calendar month. */
            ai_conversions?: number;
            /**
             * Format: date-time
             * @description Start of the billing month.
             */
            period_start: string;
            /**
             * Format: date-time
             * @description End of the billing month.
             */
            period_end: string;
            /**
             * Format: date-time
             * @description How recent the figures are: metering lags real time slightly.
             */
            as_of?: string;
        };
        /** @description The account’s monthly spending limit for Functions. It is on by default at $50. When the month’s charges reach it, every function pauses (it stops serving rather than costing more); they come back by themselves on the first day of the following month, or sooner if the cap goes up. */
        FunctionsSpendSettings: {
            /** @description Whether the cap applies. */
            enabled?: boolean;
            /** @description Monthly limit, USD. */
            monthly_cap_usd?: number;
            /**
             * @description What happens at the cap: functions pause.
             * @enum {string}
             */
            cap_action?: "pause";
            /** @description Whether the cap has paused the account’s functions this month. */
            paused_by_cap?: boolean;
        };
        /** @description Cap settings to change; fields left out keep their value. */
        UpdateFunctionsSpendSettingsRequest: {
            /** @description Switch the cap on or off. */
            enabled?: boolean;
            /** @description New monthly limit, USD (0 to 1,000,000). */
            monthly_cap_usd?: number;
        };
        /** @description Something other than HTTP that calls the function: a cron schedule, a single run at a set time, or events of an Object Storage bucket. HTTP is always on and is not a trigger. */
        FunctionTrigger: {
            /**
             * Format: uuid
             * @description Trigger identifier.
             */
            id: string;
            /**
             * @description `cron`: on a schedule. `once`: one run at `run_at`. `s3`: on bucket events.
             * @enum {string}
             */
            trigger_type: "cron" | "once" | "s3";
            /** @description Whether the trigger fires. */
            enabled?: boolean;
            /**
             * @description Five-field cron expression, for `cron`.
             * @example 0 3 * * *
             */
            cron_expression?: string;
            /** @description IANA time zone the cron expression is read in; UTC when empty. */
            timezone?: string;
            /**
             * Format: date-time
             * @description When a `once` trigger fires.
             */
            run_at?: string;
            /**
             * Format: date-time
             * @description Next time a `cron` or `once` trigger fires.
             */
            next_run_at?: string;
            /** @description JSON text merged into the event data of `cron` and `once` deliveries. */
            payload_json?: string;
            /**
             * Format: uuid
             * @description Bucket whose events fire an `s3` trigger.
             */
            bucket_id?: string;
            /** @description Bucket events an `s3` trigger listens to, e.g. `s3:ObjectCreated:*` or `s3:ObjectRemoved:*`. */
            s3_events?: string[];
            /** @description An `s3` trigger fires only for object keys that start with this. */
            key_prefix?: string;
            /** @description An `s3` trigger fires only for object keys that end with this. */
            key_suffix?: string;
            /**
             * Format: date-time
             * @description When the trigger last fired.
             */
            last_run_at?: string;
            /**
             * @description Outcome of the last delivery; empty before the first one.
             * @enum {string}
             */
            last_status?: "ok" | "failed" | "";
            /**
             * Format: date-time
             * @description When the trigger was created.
             */
            created_at: string;
        };
        /** @description A new trigger. `cron` needs `cron_expression`; `once` needs `run_at`; `s3` needs `bucket_id`. Deliveries are CloudEvents signed with an HMAC in `X-Raff-Signature` and are tried up to 3 times. Triggers are free. */
        CreateFunctionTriggerRequest: {
            /**
             * @description Kind of trigger.
             * @enum {string}
             */
            trigger_type: "cron" | "once" | "s3";
            /**
             * @description Five-field cron expression; required for `cron`.
             * @example *\/15 * * * *
             */
            cron_expression?: string;
            /**
             * @description IANA time zone for the cron expression; UTC when left out.
             * @example Europe/Berlin
             */
            timezone?: string;
            /**
             * Format: date-time
             * @description When to fire; required for `once`.
             */
            run_at?: string;
            /** @description JSON text merged into the event data (`cron` and `once`). */
            payload_json?: string;
            /**
             * Format: uuid
             * @description Object Storage bucket of the account whose events fire the trigger; required for `s3`.
             */
            bucket_id?: string;
            /** @description Bucket events to listen to: `s3:ObjectCreated:*` (the default) and/or `s3:ObjectRemoved:*`. */
            s3_events?: string[];
            /** @description Fire only for object keys that start with this. */
            key_prefix?: string;
            /** @description Fire only for object keys that end with this. */
            key_suffix?: string;
        };
        /** @description Trigger fields to change; fields left out keep their value. The kind of a trigger and its bucket cannot change. */
        UpdateFunctionTriggerRequest: {
            /** @description Turn the trigger on or off. */
            enabled?: boolean;
            /** @description New five-field cron expression (`cron`). */
            cron_expression?: string;
            /** @description New IANA time zone (`cron`). */
            timezone?: string;
            /**
             * Format: date-time
             * @description New firing time (`once`).
             */
            run_at?: string;
            /** @description New JSON text merged into the event data. */
            payload_json?: string;
        };
        /** @description One delivery of a trigger to the function. Raff keeps 30 days of them. */
        FunctionTriggerRun: {
            /**
             * Format: uuid
             * @description Run identifier.
             */
            id: string;
            /**
             * Format: uuid
             * @description Trigger that fired.
             */
            trigger_id: string;
            /**
             * Format: date-time
             * @description When the trigger was due to fire.
             */
            scheduled_for?: string;
            /**
             * @description `dispatching`: being delivered (or retried). `ok`: the function accepted it. `failed`: every attempt failed.
             * @enum {string}
             */
            status: "dispatching" | "ok" | "failed";
            /** @description Delivery attempts made (at most 3). */
            attempts?: number;
            /** @description HTTP status of the last attempt. */
            response_status?: number;
            /** @description Time the last attempt took, milliseconds. */
            duration_ms?: number;
            /** @description Why the last attempt failed. */
            error?: string;
            /**
             * Format: date-time
             * @description When the run ended.
             */
            finished_at?: string;
        };
        /** @description An environment variable as listed: the value of a secret is left empty (read it with revealFunctionEnvVars). */
        FunctionEnvVar: {
            /** @description Variable name. */
            key: string;
            /** @description Value; empty for secrets. */
            value?: string;
            /** @description Whether the value is hidden in lists. */
            is_secret?: boolean;
            /** @description Set by Raff (for example by a binding) and read-only. */
            is_system?: boolean;
            /**
             * Format: uuid
             * @description Binding that owns a system variable.
             */
            binding_id?: string;
            /**
             * Format: date-time
             * @description When the variable last changed.
             */
            updated_at?: string;
        };
        /** @description An environment variable with its value in clear text, secrets included. */
        FunctionRevealedEnvVar: {
            /** @description Variable name. */
            key: string;
            /** @description Value in clear text, secrets included. */
            value: string;
            /** @description Whether the value is hidden in ordinary lists. */
            is_secret?: boolean;
            /** @description Set by Raff (for example by a binding) and read-only. */
            is_system?: boolean;
            /**
             * Format: uuid
             * @description Binding that owns a system variable.
             */
            binding_id?: string;
            /**
             * Format: date-time
             * @description When the variable last changed.
             */
            updated_at?: string;
        };
        /** @description A variable to create or overwrite. The platform keeps names beginning with `PORT`, `K_` and `RAFF_` for itself. */
        SetFunctionEnvVarRequest: {
            /** @description Variable name. */
            key: string;
            /** @description Value. */
            value: string;
            /** @description Hide the value in lists (it can still be revealed). */
            is_secret?: boolean;
        };
        /** @description A managed database, or a bucket in Object Storage, wired into the function. The binding has a credential of its own, separate from the resource’s main one, and hands it to the function as read-only system variables named after `env_prefix` (e.g. `DATABASE_URL`, `STORAGE_ACCESS_KEY`). The credential itself is never part of this object. */
        FunctionBinding: {
            /**
             * Format: uuid
             * @description Binding identifier.
             */
            id: string;
            /**
             * @description Kind of resource bound.
             * @enum {string}
             */
            binding_type: "database" | "bucket";
            /**
             * Format: uuid
             * @description The bound database or bucket.
             */
            resource_id: string;
            /** @description Name of the bound resource. */
            resource_name?: string;
            /** @description Prefix of the variables the binding injects. */
            env_prefix: string;
            /** @description Names of the variables the binding injects. */
            injected_keys?: string[];
            /**
             * @description `provisioning`: the credential is being made. `active`: in use. `rotating`: a new credential is replacing the old. `error`: see `status_message`. `deleting`: being removed.
             * @enum {string}
             */
            status: "provisioning" | "active" | "rotating" | "error" | "deleting";
            /** @description Details for the current status, mainly for `error`. */
            status_message?: string;
            /**
             * Format: date-time
             * @description When the binding was created.
             */
            created_at: string;
        };
        /** @description A resource of the account to bind. */
        CreateFunctionBindingRequest: {
            /**
             * @description Kind of resource.
             * @enum {string}
             */
            binding_type: "database" | "bucket";
            /**
             * Format: uuid
             * @description The managed database, or the bucket in Object Storage.
             */
            resource_id: string;
            /** @description Prefix for the injected variables; `DATABASE` or `STORAGE` when left out. */
            env_prefix?: string;
        };
        /** @description The revision to serve again. */
        RollbackFunctionRequest: {
            /**
             * Format: uuid
             * @description Revision to return to, from listFunctionRevisions.
             */
            revision_id: string;
        };
        /** @description AWS Lambda source and settings to convert. `rewrite` mode takes at most 64 KB of source. */
        ConvertLambdaRequest: {
            /** @description AWS runtime identifier of the Lambda, e.g. `python3.12`, `nodejs20.x` or `go1.x`. */
            lambda_runtime: string;
            /** @description The Lambda’s source files. */
            files: components["schemas"]["FunctionSourceFile"][];
            /** @description The Lambda handler setting, e.g. `app.handler`. */
            handler?: string;
            /** @description The Lambda’s memory setting, MB. */
            memory_mb?: number;
            /** @description The Lambda’s timeout, seconds. */
            timeout_seconds?: number;
            /** @description The Lambda’s environment variables, name to value. */
            env_vars?: {
                [key: string]: string;
            };
            /** @description Optional JSON text with the Lambda’s EventBridge, S3 or function URL configuration, to map to triggers. */
            trigger_config_json?: string;
            /**
             * @description `rewrite`: AI turns the handler into a portable one and lists every assumption in `warnings` (a few free per month, then charged). `adapter`: the code stays as it is and a small shim feeds it API-Gateway-style events (free, instant).
             * @default rewrite
             * @enum {string}
             */
            mode?: "rewrite" | "adapter";
        };
        /** @description Converted code and configuration to review and then deploy yourself; Raff stores nothing. Settings the conversion cannot carry over (IAM, VPC, layers, stream sources) are listed in `out_of_scope`. */
        ConvertLambdaResult: {
            /**
             * @description Runtime to create the function with.
             * @enum {string}
             */
            runtime: "python" | "node" | "go";
            /** @description Source files to deploy. */
            converted_files: components["schemas"]["FunctionSourceFile"][];
            /** @description Function configuration mapped from the Lambda’s (memory, timeout, variables). */
            raff_toml?: string;
            /** @description Trigger bodies (JSON text for createFunctionTrigger) mapped from EventBridge schedules. */
            proposed_triggers?: string[];
            /** @description Assumptions and behaviour differences to check before deploying. */
            warnings?: string[];
            /** @description What was not converted, each with a suggested alternative. */
            out_of_scope?: string[];
            /** @description Free AI rewrites left this calendar month. */
            free_remaining_month?: number;
            /** @description Price of one AI rewrite beyond the free ones, USD. */
            conversion_price?: number;
            /** @description Whether this conversion was charged to the balance. */
            charged?: boolean;
        };
        /** @description A runtime functions can be built with. */
        FunctionRuntimeInfo: {
            /**
             * @description Value for `runtime` in createFunction.
             * @enum {string}
             */
            id: "python" | "node" | "go" | "docker";
            /** @description Name to show. */
            label: string;
            /** @description Handler convention of the runtime. */
            handler_kind?: string;
            /** @description Shape of a minimal handler, as a code snippet. */
            signature?: string;
            /** @description Whether new functions can use it now. */
            available?: boolean;
            /** @description What in the source makes the build pick this runtime. */
            detect_hint?: string;
        };
        /** @description Prices of Functions in one region (USD). Requests, egress, triggers, logs and metrics are free. */
        FunctionsPricing: {
            /** @description Name of the price list. */
            name: string;
            /** @description Region the prices apply to. */
            region: string;
            /** @description Memory, per GB-second of wall-clock time. */
            price_per_gb_second: number;
            /** @description CPU, per vCPU-second actually used. */
            price_per_vcpu_second: number;
            /** @description Fraction of the memory price that warm idle instances (`min_scale`) pay. */
            warm_rate_multiplier?: number;
            /** @description Memory included free each month, GB-seconds, for the whole account. */
            free_gb_seconds?: number;
            /** @description CPU included free each month, vCPU-seconds, for the whole account. */
            free_vcpu_seconds?: number;
            /** @description Price of one AI Lambda rewrite beyond the free ones. */
            price_per_ai_conversion?: number;
            /** @description AI Lambda rewrites included free per account each calendar month. */
            free_ai_conversions?: number;
        };
        /** @description The account’s functions (not paged). */
        FunctionList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The functions and their count. */
            data: {
                /** @description The functions. */
                functions: components["schemas"]["Function"][];
                /** @description How many functions are listed. */
                total: number;
            };
        };
        /** @description One function. */
        FunctionResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the function. */
            data: {
                function: components["schemas"]["Function"];
            };
        };
        /** @description Functions usage for the current month. */
        FunctionsUsageResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["FunctionsUsage"];
        };
        /** @description The Functions spend cap. */
        FunctionsSpendSettingsResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the settings. */
            data: {
                settings: components["schemas"]["FunctionsSpendSettings"];
            };
        };
        /** @description A converted Lambda. */
        ConvertLambdaResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["ConvertLambdaResult"];
        };
        /** @description An upload slot for a source zip. */
        FunctionSourceUploadResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["FunctionSourceUpload"];
        };
        /** @description A function’s deployments, newest first. */
        FunctionDeploymentList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the deployments. */
            data: {
                /** @description The deployments. */
                deployments: components["schemas"]["FunctionDeployment"][];
            };
        };
        /** @description One deployment. */
        FunctionDeploymentResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the deployment. */
            data: {
                deployment: components["schemas"]["FunctionDeployment"];
            };
        };
        /** @description The build log of a deployment so far. */
        FunctionDeploymentLogs: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The lines and whether more will come. */
            data: {
                /** @description Log lines in order. */
                lines: components["schemas"]["FunctionBuildLogLine"][];
                /** @description True once the build has ended and the log is whole; poll again while it is false or absent. */
                complete?: boolean;
            };
        };
        /** @description A function’s revisions, newest first. */
        FunctionRevisionList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the revisions. */
            data: {
                /** @description The revisions. */
                revisions: components["schemas"]["FunctionRevision"][];
            };
        };
        /** @description Where to download a revision’s source. */
        FunctionSourceResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description A download link, plus the files inline when the source is small. */
            data: {
                /** @description Time-limited URL of the source zip. */
                download_url: string;
                /** @description The files inline, when the source is small enough. */
                files?: components["schemas"]["FunctionSourceFile"][];
                /** @description True when `files` leaves some files out (the zip has them all). */
                inline_truncated?: boolean;
            };
        };
        /** @description Log lines of the running function, oldest first. */
        FunctionLogList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the lines. */
            data: {
                /** @description The lines. */
                lines: components["schemas"]["FunctionLogLine"][];
            };
        };
        /** @description Metrics of one function. */
        FunctionMetricsResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            data: components["schemas"]["FunctionMetrics"];
        };
        /** @description Recent requests, newest first. */
        FunctionInvocationList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the requests. */
            data: {
                /** @description The requests. */
                invocations: components["schemas"]["FunctionInvocation"][];
            };
        };
        /** @description A function’s environment variables, secrets masked. */
        FunctionEnvVarList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the variables. */
            data: {
                /** @description The variables. */
                env_vars: components["schemas"]["FunctionEnvVar"][];
            };
        };
        /** @description A function’s environment variables in clear text. */
        FunctionRevealedEnvVarList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the variables. */
            data: {
                /** @description The variables, secrets included. */
                env_vars: components["schemas"]["FunctionRevealedEnvVar"][];
            };
        };
        /** @description A function’s triggers (HTTP is not among them). */
        FunctionTriggerList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the triggers. */
            data: {
                /** @description The triggers. */
                triggers: components["schemas"]["FunctionTrigger"][];
            };
        };
        /** @description One trigger. */
        FunctionTriggerResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the trigger. */
            data: {
                trigger: components["schemas"]["FunctionTrigger"];
            };
        };
        /** @description Trigger deliveries, newest first. */
        FunctionTriggerRunList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the runs. */
            data: {
                /** @description The runs. */
                runs: components["schemas"]["FunctionTriggerRun"][];
            };
        };
        /** @description A function’s bindings. */
        FunctionBindingList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the bindings. */
            data: {
                /** @description The bindings. */
                bindings: components["schemas"]["FunctionBinding"][];
            };
        };
        /** @description One binding. */
        FunctionBindingResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the binding. */
            data: {
                binding: components["schemas"]["FunctionBinding"];
            };
        };
        /** @description The runtime catalog. */
        FunctionRuntimeList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the runtimes. */
            data: {
                /** @description The runtimes. */
                runtimes: components["schemas"]["FunctionRuntimeInfo"][];
            };
        };
        /** @description Functions prices. */
        FunctionsPricingResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Holds the price lists. */
            data: {
                /** @description One price list per region. */
                pricing: components["schemas"]["FunctionsPricing"][];
            };
        };
        /** @description A Kubernetes version on offer for new clusters. */
        K8sVersion: {
            /** @description Version id; createK8sCluster takes it as `k8s_version_id`. */
            id: number;
            /** @description Release line with its distribution suffix, e.g. `v1.34+rke2r1`. */
            version: string;
            /** @description Name for people, e.g. `Kubernetes 1.34`. */
            display_name?: string;
            /** @description True for the version a cluster gets when create leaves `k8s_version_id` out. */
            is_default?: boolean;
        };
        /** @description The Kubernetes versions on offer (not paged). */
        K8sVersionList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The versions. */
            versions: components["schemas"]["K8sVersion"][];
        };
        /** @description A worker node plan and its prices (USD, per node). */
        K8sNodePlan: {
            /** @description Plan id; a node pool takes it as `plan_id`. */
            id: number;
            /** @description Plan name. */
            name: string;
            /** @description vCPUs per node. */
            vcpu: number;
            /** @description Memory per node, GiB. */
            memory_gib: number;
            /** @description Root disk per node, GiB: system, images, logs and scratch space. Persistent volumes are separate, billed per GB. */
            ssd_gib: number;
            /**
             * @description CPU tier: `shared` for general work, `cpu_optimized` for steady compute-heavy work (far more dedicated host CPU per vCPU). Each pool has its own plan, so one cluster can mix both.
             * @enum {string}
             */
            node_class?: "shared" | "cpu_optimized";
            /** @description Monthly traffic allowance per node, GiB; 0 means not metered. */
            transfer_gib?: number;
            /** @description Pay-as-you-go price per node-hour. */
            price_per_hour: number;
            /** @description Price per node per month. */
            price_per_month: number;
            /** @description Price per node per month again (equal to `price_per_month`). */
            total_price?: number;
            /** @description Price per node for a 12-month commitment; 0 when not sold that way. */
            yearly_price?: number;
            /** @description Price per node for a 24-month commitment; 0 when not sold that way. */
            twenty_four_month_price?: number;
            /**
             * @description Region the plan is sold in.
             * @enum {string}
             */
            region: "us-east";
        };
        /** @description Fee for the optional three-master control plane (USD); the standard control plane is free. */
        K8sHAPricing: {
            /** @description Fee per hour. */
            price_per_hour?: number;
            /** @description Fee per month. */
            price_per_month?: number;
        };
        /** @description Storage prices (USD per GB) and the size bounds they come with. */
        K8sStoragePricing: {
            /** @description Price per GB per month. */
            per_gb_month?: number;
            /** @description Price per GB per hour. */
            per_gb_hour?: number;
            /** @description Smallest size, GB. */
            min_gb?: number;
            /** @description Largest size, GB. */
            max_gb?: number;
            /** @description Size used when none is chosen, GB. */
            default_gb?: number;
        };
        /** @description Worker node plans with the HA control-plane fee and storage prices (not paged). */
        K8sNodePlansResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The worker node plans. */
            plans: components["schemas"]["K8sNodePlan"][];
            ha_pricing: components["schemas"]["K8sHAPricing"];
            storage_pricing: components["schemas"]["K8sStoragePricing"];
        };
        /** @description One machine of a cluster. */
        K8sNode: {
            /**
             * Format: uuid
             * @description Node id.
             */
            id: string;
            /**
             * Format: uuid
             * @description Pool the node belongs to (workers only).
             */
            pool_id?: string;
            /**
             * Format: uuid
             * @description The cluster’s internal UUID (its `id`, not the short `cluster_id`).
             */
            cluster_id?: string;
            /** @description Node name. */
            name: string;
            /**
             * @description What the node does: `master` (control plane), `worker`, `storage` (legacy dedicated storage) or `vnf` (the cluster’s network gateway).
             * @enum {string}
             */
            role: "vnf" | "master" | "worker" | "storage";
            /**
             * @description `running`: the kubelet reports Ready. `not_ready`: joined but failing health checks. `cordoned`: takes no new pods (drain or manual cordon). `pending`, `provisioning`: being built. `failed`, `deleting`, `deleted` as named.
             * @enum {string}
             */
            status: "pending" | "provisioning" | "running" | "not_ready" | "cordoned" | "failed" | "deleting" | "deleted";
            /** @description vCPUs. */
            cpu?: number;
            /** @description Memory, GB. */
            ram?: number;
            /** @description Root disk, GB. */
            disk?: number;
            /** @description Private address inside the cluster’s VPC. */
            ip_address?: string;
            /**
             * Format: double
             * @description What the node costs per hour (USD).
             */
            price_per_hour?: number;
            /**
             * Format: date-time
             * @description When the node was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the node last changed.
             */
            updated_at?: string;
        };
        /** @description A node with, when the cluster answered, its live Kubernetes state and usage. */
        K8sClusterNode: components["schemas"]["K8sNode"] & {
            /** @description True when the live fields below were read from the cluster. */
            has_live_data?: boolean;
            /** @description Node name inside Kubernetes. */
            live_name?: string;
            /** @description The node’s Ready condition. */
            ready?: boolean;
            /** @description Kubelet version on the node. */
            kubelet_version?: string;
            /** @description Operating system the node reports. */
            os_image?: string;
            /** @description CPU in use, millicores. */
            cpu_used_millicores?: number;
            /** @description CPU capacity, millicores. */
            cpu_capacity_millicores?: number;
            /** @description Memory in use, bytes. */
            mem_used_bytes?: number;
            /** @description Memory capacity, bytes. */
            mem_capacity_bytes?: number;
        };
        /** @description Every node of a cluster (not paged). */
        K8sClusterNodeList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The nodes. */
            nodes: components["schemas"]["K8sClusterNode"][];
        };
        /** @description A group of worker nodes that share one plan and one set of settings. */
        K8sNodePool: {
            /**
             * Format: uuid
             * @description Pool id.
             */
            id: string;
            /**
             * Format: uuid
             * @description The cluster’s internal UUID (its `id`, not the short `cluster_id`).
             */
            cluster_id?: string;
            /** @description Pool name, unique within the cluster. */
            name: string;
            /** @description Node count the pool is meant to have. */
            node_count: number;
            /** @description Nodes that exist right now; differs from `node_count` while the pool scales. */
            actual_node_count?: number;
            /** @description Fewest nodes the autoscaler may leave in the pool. */
            min_nodes?: number;
            /** @description Most nodes the autoscaler may add up to. */
            max_nodes?: number;
            /** @description Let the cluster autoscaler move the node count between `min_nodes` and `max_nodes`. */
            autoscale_enabled?: boolean;
            /** @description Kubernetes labels for the pool’s nodes: a JSON object written as a string, e.g. `{"tier":"web"}`. */
            labels?: string;
            /** @description Kubernetes taints for the pool’s nodes: a JSON array written as a string, e.g. `[{"key":"dedicated","value":"ml","effect":"NoExecute"}]`. */
            taints?: string;
            /** @description Worker node plan of the pool’s nodes. */
            plan_id?: number;
            /** @description vCPUs per node. */
            cpu?: number;
            /** @description Memory per node, GB. */
            ram?: number;
            /** @description Root disk per node, GB. */
            disk?: number;
            /**
             * @description Pool state. `scaling` and `deleting` run in the background; `status_message` tells how they ended (e.g. a drain blocked by a pod disruption budget).
             * @enum {string}
             */
            status: "pending" | "provisioning" | "running" | "scaling" | "failed" | "deleting" | "deleted";
            /** @description Detail on the last or current operation, when there is any. */
            status_message?: string;
            /** @description The pool’s nodes. */
            nodes?: components["schemas"]["K8sNode"][];
            /**
             * Format: date-time
             * @description When the pool was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the pool last changed.
             */
            updated_at?: string;
        };
        /** @description A cluster’s node pools (not paged). */
        K8sNodePoolList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The pools. */
            node_pools: components["schemas"]["K8sNodePool"][];
        };
        /** @description One node pool. */
        K8sNodePoolResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            node_pool: components["schemas"]["K8sNodePool"];
        };
        /** @description Confirmation that scaling has started. */
        K8sNodePoolScaleResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Human-readable confirmation. */
            message?: string;
            /** @description The node count the pool is now heading for. */
            new_node_count: number;
        };
        /** @description A managed Kubernetes cluster. */
        K8sCluster: {
            /**
             * Format: uuid
             * @description Internal UUID of the cluster.
             */
            id: string;
            /** @description Short id used in API paths and in the cluster’s hostname, e.g. `h4x9pm`. */
            cluster_id: string;
            /** @description Cluster name, unique within the account. */
            name: string;
            /**
             * @description `pending`, `deploying`: being built. `running`: control plane up. `warning`: running but degraded (`status_message` says why). `failed`: the build failed and its machines were removed (see `status_message`). `deleting`: teardown under way. `delete_failed`: teardown stopped with nothing removed; delete again. `deleted`: gone.
             * @enum {string}
             */
            status: "pending" | "deploying" | "running" | "warning" | "failed" | "deleting" | "delete_failed" | "deleted";
            /** @description Why the cluster is in `warning`, `failed` or `delete_failed`. */
            status_message?: string;
            /** @description True once the cluster is `running` with no pool mid-change: check this flag before using the cluster. */
            ready: boolean;
            /** @description DNS name of the cluster. */
            dns_domain?: string;
            /** @description URL of the Kubernetes API server. */
            api_endpoint?: string;
            /** @description Exact Kubernetes release running, e.g. `v1.34.2+rke2r1`. */
            k8s_version?: string;
            /** @description Id of the version line (see listK8sVersions). */
            k8s_version_id?: number;
            /**
             * @description Region the cluster runs in.
             * @enum {string}
             */
            region?: "us-east";
            /** @description Control-plane nodes: 3 with the HA control plane, otherwise 1. */
            master_count?: number;
            /** @description Worker nodes across all pools. */
            worker_count?: number;
            /** @description True with the three-master control plane. */
            ha_enabled?: boolean;
            /** @description True when a firewall guards the public gateway. */
            firewall_enabled?: boolean;
            /** @description True only on older clusters that still use dedicated storage nodes; newer clusters keep persistent volumes on the `raff-block` storage class and report false. */
            longhorn_enabled?: boolean;
            /** @description True when the Traefik ingress controller is installed. */
            traefik_enabled?: boolean;
            /** @description True when MetalLB serves `LoadBalancer` services. */
            metallb_enabled?: boolean;
            /**
             * @description How the cluster is billed.
             * @enum {string}
             */
            billing_type?: "payg" | "subscription";
            /**
             * Format: uuid
             * @description Project that holds the cluster.
             */
            project_id?: string;
            /**
             * Format: double
             * @description Current price per hour (USD): workers plus any HA fee. The standard control plane is free; persistent volumes bill on their own.
             */
            price_per_hour?: number;
            /**
             * Format: double
             * @description Current price per month (USD).
             */
            price_per_month?: number;
            /** @description The cluster’s own VPC. */
            vpc_id?: string;
            /** @description Address of the cluster gateway inside the VPC. */
            private_vip?: string;
            /** @description The worker pools with their nodes. */
            node_pools?: components["schemas"]["K8sNodePool"][];
            /**
             * Format: date-time
             * @description When the cluster was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the cluster last changed.
             */
            updated_at?: string;
        };
        /** @description A page of clusters. */
        K8sClusterList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The page of clusters. */
            clusters: components["schemas"]["K8sCluster"][];
            /** @description How many clusters match across all pages (not just this page). */
            total: number;
        };
        /** @description One cluster. */
        K8sClusterResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            cluster: components["schemas"]["K8sCluster"];
        };
        /** @description Utilization figures of one cluster. */
        K8sClusterStats: {
            /** @description Short id of the cluster. */
            cluster_id: string;
            /** @description False until figures have been collected (e.g. while the cluster is built); the numbers are then absent. */
            has_data: boolean;
            /** @description CPU in use, millicores. */
            cpu_used_millicores?: number;
            /** @description CPU capacity, millicores. */
            cpu_capacity_millicores?: number;
            /** @description Memory in use, bytes. */
            mem_used_bytes?: number;
            /** @description Memory capacity, bytes. */
            mem_capacity_bytes?: number;
            /** @description Pods running. */
            pod_count?: number;
            /** @description Nodes reporting Ready. */
            nodes_ready?: number;
            /** @description Nodes in the cluster. */
            nodes_total?: number;
            /**
             * Format: date-time
             * @description When the figures were collected.
             */
            metrics_updated_at?: string;
        };
        /** @description Utilization figures per cluster (not paged). */
        K8sClusterStatsList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description One entry per cluster. */
            stats: components["schemas"]["K8sClusterStats"][];
        };
        /** @description A freshly issued kubeconfig. */
        K8sKubeconfigResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The kubeconfig file (YAML) with cluster-admin credentials, valid until it expires or access is rotated. A secret. */
            kubeconfig: string;
            /** @description URL of the Kubernetes API server the kubeconfig points at. */
            api_endpoint?: string;
        };
        /** @description A version the cluster can upgrade to. */
        K8sUpgradeTarget: {
            /** @description What upgradeK8sClusterVersion takes as `version_id`. */
            version_id: number;
            /** @description Release line, e.g. `v1.35+rke2r1`. */
            version: string;
            /** @description Exact release the cluster would run, e.g. `v1.35.1+rke2r1`. */
            rke2_version?: string;
            /** @description True for a move to the next minor version, false for a patch release. */
            is_minor?: boolean;
            /** @description True for the version new clusters get by default. */
            is_default?: boolean;
        };
        /** @description A cluster’s upgrade state, mode and window, and the versions it can move to. */
        K8sClusterUpgrades: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description Release the cluster runs now. */
            current_version: string;
            /**
             * @description Upgrade state: nothing planned, planned for the window, running, or failed.
             * @enum {string}
             */
            upgrade_status: "idle" | "scheduled" | "upgrading" | "failed";
            /** @description Release being installed, or that failed to install; absent otherwise. */
            target_version?: string;
            /**
             * @description Who starts upgrades (see updateK8sClusterMaintenance).
             * @enum {string}
             */
            upgrade_mode: "manual" | "auto_patch" | "auto_minor";
            /** @description Day of the weekly window, 0 = Sunday to 6 = Saturday. */
            maintenance_day?: number;
            /** @description Hour (UTC) the 4-hour window opens. */
            maintenance_start?: number;
            /** @description Versions the cluster can move to now. */
            available: components["schemas"]["K8sUpgradeTarget"][];
        };
        /** @description One entry of a cluster’s lifecycle log. */
        K8sClusterEvent: {
            /**
             * Format: uuid
             * @description Event id.
             */
            id: string;
            /** @description Kind of event, e.g. `scale_completed`. */
            event_type: string;
            /** @description What happened, for people. */
            message: string;
            /** @description Build progress in percent (0–100), on provisioning events. */
            progress?: number;
            /**
             * Format: date-time
             * @description When it happened.
             */
            created_at: string;
        };
        /** @description A cluster’s events, newest first. */
        K8sClusterEventList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The events. */
            events: components["schemas"]["K8sClusterEvent"][];
        };
        /** @description A volume created for a persistent volume claim. */
        K8sClusterVolume: {
            /** @description Volume id. */
            volume_id: number;
            /** @description Display name: cluster, namespace and claim joined by hyphens. */
            name: string;
            /** @description Name of the Kubernetes PersistentVolume. */
            pv_name?: string;
            /** @description Size, GB. */
            size_gb: number;
            /**
             * @description Volume state.
             * @enum {string}
             */
            status: "creating" | "available" | "attached";
            /** @description Private address of the worker holding the volume; an empty string when detached. */
            node_ip?: string;
            /**
             * Format: double
             * @description What the volume costs per hour (USD).
             */
            price_per_hour?: number;
            /**
             * Format: date-time
             * @description When the volume was created.
             */
            created_at?: string;
        };
        /** @description A cluster’s persistent volumes (not paged). */
        K8sClusterVolumeList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The volumes. */
            volumes: components["schemas"]["K8sClusterVolume"][];
        };
        /** @description Current usage of one node. */
        K8sNodeMetrics: {
            /** @description Node name inside Kubernetes. */
            name: string;
            /** @description Node’s private address. */
            internal_ip?: string;
            /** @description The node’s Kubernetes roles, comma-separated. */
            roles?: string;
            /** @description The node’s Ready condition. */
            ready?: boolean;
            /** @description CPU in use, millicores. */
            cpu_used_millicores?: number;
            /** @description CPU capacity, millicores. */
            cpu_capacity_millicores?: number;
            /** @description Memory in use, bytes. */
            mem_used_bytes?: number;
            /** @description Memory capacity, bytes. */
            mem_capacity_bytes?: number;
        };
        /** @description Health of the control plane over the last 24 hours, from one sample a minute. Missing until the cluster has run long enough for a first sample. */
        K8sControlPlaneHealth: {
            /**
             * Format: date-time
             * @description Time of the latest sample.
             */
            sampled_at?: string;
            /**
             * Format: double
             * @description etcd request latency at the 99th percentile during the last minute, ms. Healthy clusters stay below about 15; a lasting value over 100 slows the control plane.
             */
            etcd_p99_ms?: number;
            /**
             * Format: double
             * @description Highest `etcd_p99_ms` of the last 24 hours, ms.
             */
            etcd_p99_ms_max_24h?: number;
            /** @description API server 5xx answers in the last 24 hours. */
            apiserver_5xx_24h?: number;
            /** @description API server restarts in the last 24 hours. */
            restarts_apiserver_24h?: number;
            /** @description etcd restarts in the last 24 hours. */
            restarts_etcd_24h?: number;
            /** @description Scheduler restarts in the last 24 hours. */
            restarts_scheduler_24h?: number;
            /** @description Controller-manager restarts in the last 24 hours. */
            restarts_controller_24h?: number;
            /** @description Cilium operator restarts in the last 24 hours. */
            restarts_cilium_op_24h?: number;
            /** @description Leader leases lost in the last 24 hours (scheduler plus controller-manager restarts). */
            leader_changes_24h?: number;
            /** @description Minutes in the last 24 hours with some node not Ready. */
            not_ready_minutes_24h?: number;
            /** @description Nodes not Ready now. */
            nodes_not_ready?: number;
        };
        /** @description Current usage of a cluster, per node, and its control-plane health. */
        K8sClusterMetrics: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description CPU in use, millicores. */
            cpu_used_millicores?: number;
            /** @description CPU capacity, millicores. */
            cpu_capacity_millicores?: number;
            /** @description Memory in use, bytes. */
            mem_used_bytes?: number;
            /** @description Memory capacity, bytes. */
            mem_capacity_bytes?: number;
            /** @description Pods running. */
            pod_count?: number;
            /** @description Pods the nodes can hold. */
            pod_capacity?: number;
            /** @description Nodes reporting Ready. */
            nodes_ready?: number;
            /** @description Nodes in the cluster. */
            nodes_total?: number;
            /** @description Usage per node. */
            nodes?: components["schemas"]["K8sNodeMetrics"][];
            control_plane?: components["schemas"]["K8sControlPlaneHealth"];
        };
        /** @description A security group that can guard the cluster’s gateway. */
        K8sFirewallSecurityGroup: {
            /**
             * Format: uuid
             * @description Security group id; assignK8sClusterFirewall takes it as `security_group_id`.
             */
            id: string;
            /** @description Security group name. */
            name: string;
            /** @description Number of inbound rules. */
            inbound_rules?: number;
            /** @description Number of outbound rules. */
            outbound_rules?: number;
        };
        /** @description The firewall of a cluster’s public gateway. */
        K8sFirewallState: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description True when a firewall guards the gateway. */
            enabled: boolean;
            /** @description Name of the platform baseline security group. */
            default_name?: string;
            /**
             * Format: uuid
             * @description Your security group in force; absent while the baseline applies.
             */
            assigned_sg_id?: string;
            /** @description Name of that security group. */
            assigned_name?: string;
            /** @description Your security groups that could be assigned. */
            available?: components["schemas"]["K8sFirewallSecurityGroup"][];
        };
        /** @description The private addresses MetalLB hands to `LoadBalancer` services. */
        K8sMetalLBPool: {
            /** @description True when MetalLB is installed on the cluster. */
            enabled: boolean;
            /** @description True when the address pool exists in the cluster. */
            found?: boolean;
            /** @description The address range, first and last joined by a hyphen. */
            addresses?: string;
            /** @description Addresses in the pool. */
            size?: number;
            /** @description Largest size the pool may be given. */
            max_size?: number;
        };
        /** @description A cluster’s MetalLB address pool. */
        K8sMetalLBPoolResponse: {
            /** @description True when the call succeeded. */
            success: boolean;
            pool: components["schemas"]["K8sMetalLBPool"];
        };
        /** @description A layer-4 forward from a public port of the gateway into the cluster. */
        K8sTcpForward: {
            /** @description Position of the forward in the gateway’s list. */
            index?: number;
            /** @description Port on the gateway’s public address; deleteK8sTcpPort takes it. */
            public_port: number;
            /** @description Transport protocol, e.g. `tcp`. */
            protocol?: string;
            /** @description Address inside the cluster the traffic goes to. */
            backend_ip?: string;
            /** @description Port at that address. */
            backend_port?: number;
            /** @description Public address and port to connect to. */
            endpoint?: string;
        };
        /** @description The open TCP forwards (not paged). */
        K8sTcpForwardList: {
            /** @description True when the call succeeded. */
            success: boolean;
            /** @description The forwards. */
            forwards: components["schemas"]["K8sTcpForward"][];
        };
        /** @description A worker pool to build with a new cluster. */
        K8sNodePoolInput: {
            /** @description Pool name: lowercase letters, digits and hyphens, 1 to 63 characters, unique within the cluster. */
            name: string;
            /** @description Nodes in the pool, 1–20. The cluster needs at least 2 workers across its pools. */
            node_count: number;
            /** @description Worker node plan (from listK8sNodePlans). Pools of one cluster may use different plans. */
            plan_id: number;
            /** @description Fewest nodes the autoscaler may leave in the pool. */
            min_nodes?: number;
            /** @description Most nodes the autoscaler may add up to. */
            max_nodes?: number;
            /**
             * @description Let the cluster autoscaler move the node count between `min_nodes` and `max_nodes`.
             * @default false
             */
            autoscale_enabled?: boolean;
            /** @description Kubernetes labels for the pool’s nodes: a JSON object written as a string, e.g. `{"tier":"web"}`. */
            labels?: string;
            /** @description Kubernetes taints for the pool’s nodes: a JSON array written as a string, e.g. `[{"key":"dedicated","value":"ml","effect":"NoExecute"}]`. */
            taints?: string;
        };
        /** @description A new cluster. */
        CreateK8sClusterRequest: {
            /** @description Cluster name: lowercase letters, digits and hyphens, 1 to 63 characters, unique within the account. */
            name: string;
            /** @description Version id from listK8sVersions. Leave out for the default version. */
            k8s_version_id?: number;
            /** @description The worker pools: at least one, with at least 2 nodes in all. Every pool uses, and is billed at, its own plan. */
            node_pools: components["schemas"]["K8sNodePoolInput"][];
            /**
             * @description Build a three-master control plane (flat monthly fee).
             * @default false
             */
            ha_enabled?: boolean;
            /**
             * @description Guard the public gateway with the platform baseline firewall.
             * @default true
             */
            firewall_enabled?: boolean;
            /**
             * Format: uuid
             * @description One of your security groups to use instead of the baseline.
             */
            firewall_security_group_id?: string;
            /**
             * @deprecated
             * @description Removed: clusters no longer get dedicated storage nodes; persistent volume claims on the `raff-block` storage class become volumes billed per GB. Only 0 is accepted.
             * @default 0
             */
            storage_node_count?: number;
            /**
             * @deprecated
             * @description Removed along with `storage_node_count`; leave it out.
             */
            storage_node_disk_gb?: number;
            /**
             * @description Install the Traefik ingress controller.
             * @default false
             */
            traefik_enabled?: boolean;
            /**
             * @description Install MetalLB to serve `LoadBalancer` services.
             * @default false
             */
            metallb_enabled?: boolean;
            /**
             * @description Pod network, a private IPv4 range from /12 to /24.
             * @default 10.42.0.0/16
             */
            cluster_cidr?: string;
            /**
             * @description Service network, a private IPv4 range from /12 to /24.
             * @default 10.43.0.0/16
             */
            service_cidr?: string;
            /**
             * @description Region to build in.
             * @default us-east
             * @enum {string}
             */
            region?: "us-east";
        };
        /** @description A new cluster name. */
        RenameK8sClusterRequest: {
            /** @description New name: lowercase letters, digits and hyphens, 1 to 63 characters, unique within the account. */
            name: string;
        };
        /** @description A worker pool to add. */
        AddK8sNodePoolRequest: {
            /** @description Pool name: lowercase letters, digits and hyphens, 1 to 63 characters, unique within the cluster. */
            name: string;
            /** @description Nodes in the pool, 1–20. */
            node_count: number;
            /** @description Worker node plan for this pool; leave out to use the first pool’s plan. */
            plan_id?: number;
            /** @description Fewest nodes the autoscaler may leave in the pool. */
            min_nodes?: number;
            /** @description Most nodes the autoscaler may add up to. */
            max_nodes?: number;
            /** @description Let the cluster autoscaler move the node count between `min_nodes` and `max_nodes`. */
            autoscale_enabled?: boolean;
            /** @description Kubernetes labels for the pool’s nodes: a JSON object written as a string, e.g. `{"tier":"web"}`. */
            labels?: string;
            /** @description Kubernetes taints for the pool’s nodes: a JSON array written as a string, e.g. `[{"key":"dedicated","value":"ml","effect":"NoExecute"}]`. */
            taints?: string;
        };
        /** @description Pool settings to change; fields left out stay as they are. */
        UpdateK8sNodePoolRequest: {
            /** @description Fewest nodes the autoscaler may leave in the pool. */
            min_nodes?: number;
            /** @description Most nodes the autoscaler may add up to. */
            max_nodes?: number;
            /** @description Let the cluster autoscaler move the node count between `min_nodes` and `max_nodes`. */
            autoscale_enabled?: boolean;
            /** @description Kubernetes labels for the pool’s nodes: a JSON object written as a string, e.g. `{"tier":"web"}`. */
            labels?: string;
            /** @description Kubernetes taints for the pool’s nodes: a JSON array written as a string, e.g. `[{"key":"dedicated","value":"ml","effect":"NoExecute"}]`. */
            taints?: string;
        };
        /** @description A new node count. */
        ScaleK8sNodePoolRequest: {
            /** @description Nodes the pool should have, 1–20; the cluster keeps at least 2 workers in all. */
            node_count: number;
        };
        /** @description The version to upgrade to. */
        UpgradeK8sClusterRequest: {
            /** @description A `version_id` from listK8sClusterUpgrades. */
            version_id: number;
            /** @description Must be true on a cluster with one master, to accept the short API outage while it restarts. */
            confirm_single_master?: boolean;
        };
        /** @description Upgrade mode and maintenance window. */
        UpdateK8sClusterMaintenanceRequest: {
            /**
             * @description `manual`: you start upgrades. `auto_patch`: patch releases in the window. `auto_minor`: minor versions too.
             * @enum {string}
             */
            upgrade_mode: "manual" | "auto_patch" | "auto_minor";
            /** @description Day of the weekly window, 0 = Sunday to 6 = Saturday. */
            maintenance_day?: number;
            /** @description Hour (UTC) the 4-hour window opens, 0–23. */
            maintenance_start?: number;
        };
        /** @description The security group to put in front of the gateway. */
        AssignK8sFirewallRequest: {
            /**
             * Format: uuid
             * @description One of your security groups (see `available` in getK8sClusterFirewall).
             */
            security_group_id: string;
        };
        /** @description A new MetalLB pool size. */
        UpdateK8sMetalLBPoolRequest: {
            /** @description Addresses the pool should hold, at most its `max_size`. */
            size: number;
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
        /** @description Refused because the account’s Apps spend cap (with `cap_action: pause`) has stopped its apps billed by the hour. Until the month ends, or the cap is raised or switched off with updateAppSpendSettings, such apps cannot be created, resumed, deployed, scaled up or run. */
        AppsSpendCapPaused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The project already has a service with that name. */
        AppServiceNameConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Functions are locked for this account: they unlock once the account has been topped up for the first time, with at least $5 (the money stays in the balance). Raff sends no machine-readable `reason` with this refusal, only the message. On a call that names a project in `X-Project-ID`, a 403 can also mean that the key cannot reach the project. */
        FunctionsNotActivated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The account already has a function with this name (names are unique per account, across projects). Pick another name; the URL slug never clashes because Raff appends a random suffix. */
        FunctionNameConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The cluster or pool is not in a state that allows this now: the control plane is already highly available, or the pool is already scaling or busy with another change. Wait for it to settle (`ready` true) or change course. */
        K8sClusterConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The `Idempotency-Key` was already used, within the last 24 hours, for a create with another body or project, or for a cluster that has since been deleted. Send a new key for a new cluster. */
        K8sIdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The upgrade did not pass its pre-flight checks: a pool is busy, or a single-master cluster was upgraded without `confirm_single_master: true`. */
        K8sUpgradeRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The cluster’s API could not be reached to read live figures; try again later. */
        K8sClusterUnreachable: {
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
        /**
         * @description The service: its UUID (`id`) or its short id (`service_id`).
         * @example k3m9tx
         */
        AppServiceRefPath: string;
        /**
         * @description Deployment id (UUID).
         * @example cadc0fb8-3378-41c9-94ef-bfcec0ce18e2
         */
        AppDeploymentIdPath: string;
        /**
         * @description Custom domain id (UUID).
         * @example ec839207-ef5c-4d9b-bc97-093758b7978a
         */
        AppDomainIdPath: string;
        /**
         * @description Job run id (UUID).
         * @example 9862d8a4-2699-47a1-bc48-cfa350b40137
         */
        AppJobRunIdPath: string;
        /**
         * @description Name of the environment variable.
         * @example LOG_LEVEL
         */
        AppEnvKeyPath: string;
        /**
         * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
         * @example k3v9q2xd
         */
        DatabaseIdPath: string;
        /**
         * @description Name of the engine user, as in listDatabaseUsers. Letters, digits, `_`, `.` and `-`; it cannot start with `.` or `-`.
         * @example reporting
         */
        DatabaseUserNamePath: string;
        /**
         * @description Name the query was saved under. Letters, digits, `_`, `.` and `-`; it cannot start with `.` or `-`.
         * @example daily-signups
         */
        DatabaseSavedQueryNamePath: string;
        /**
         * @description Only plans and prices for this engine. Without it, every engine.
         * @example postgres
         */
        DatabaseEngineQuery: components["schemas"]["DatabaseEngine"];
        /**
         * @description How far back to look, in hours, counted from now.
         * @example 24
         */
        DatabaseWindowHoursQuery: number;
        /**
         * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
         * @example fn-k3v9q2xz
         */
        FunctionRefPath: string;
        /** @description Deployment id (UUID), the `id` of a FunctionDeployment. */
        FunctionDeploymentIdPath: string;
        /** @description Trigger id (UUID), the `id` of a FunctionTrigger. */
        FunctionTriggerIdPath: string;
        /** @description Binding id (UUID), the `id` of a FunctionBinding. */
        FunctionBindingIdPath: string;
        /**
         * @description Name of the environment variable, exactly as listed (names are case-sensitive). Characters that cannot travel in one path segment are refused.
         * @example IMAGE_BUCKET
         */
        FunctionEnvKeyPath: string;
        /**
         * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
         * @example h4x9pm
         */
        K8sClusterIdPath: string;
        /**
         * @description Node pool id (UUID).
         * @example 9e41c7d2-58ab-4f0e-b3a6-217d9c5e8f14
         */
        K8sPoolIdPath: string;
        /**
         * @description Public port of the forward on the cluster’s gateway (`public_port` in listK8sTcpPorts).
         * @example 15432
         */
        K8sTcpPortPath: number;
        /**
         * @description A unique value of your choosing (up to 128 visible ASCII characters) that makes the create safe to repeat: a retry with the same key and the same body returns what the first request made; the same key with another body is refused (409). Send the same value on every retry of one call. The SDK sends a fresh UUID per call.
         * @example 6f1c2b7e-93d4-4a08-b5e1-2c7d9f0a3b46
         */
        IdempotencyKeyHeader: string;
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
    listAppTiers: {
        parameters: {
            query?: {
                /**
                 * @description Only tiers sold in this region.
                 * @example us-east
                 */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every tier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppTierList"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAppServices: {
        parameters: {
            query?: {
                /**
                 * @description Only services of this project.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                project_id?: string;
                /**
                 * @description Only services of this type.
                 * @example web
                 */
                service_type?: "web" | "private" | "worker" | "cron" | "job";
                /**
                 * @description Only services in this state (one of AppService `status`).
                 * @example live
                 */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppServiceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAppService: {
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
        /** @description The service to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAppServiceRequest"];
            };
        };
        responses: {
            /** @description The service is being set up. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppServiceCreated"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenBilling"];
            409: components["responses"]["AppServiceNameConflict"];
            412: components["responses"]["AppsSpendCapPaused"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
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
                    "application/json": components["schemas"]["AppServiceResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removal was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppDeletionAccepted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    pauseAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The paused service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppServiceResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resumeAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resumed service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppServiceResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["AppsSpendCapPaused"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    scaleAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        /** @description The scaling settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScaleAppServiceRequest"];
            };
        };
        responses: {
            /** @description The service with its new scaling. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppServiceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["AppsSpendCapPaused"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    requestAppSourceUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload slot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppSourceUpload"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAppDeployments: {
        parameters: {
            query?: {
                /**
                 * @description How many deployments to return, newest first (Raff’s default 20).
                 * @example 10
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppDeploymentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createAppDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        /** @description What to deploy; an empty object deploys the connected branch. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAppDeploymentRequest"];
            };
        };
        responses: {
            /** @description The deployment is queued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppDeploymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["AppsSpendCapPaused"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAppDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Deployment id (UUID).
                 * @example cadc0fb8-3378-41c9-94ef-bfcec0ce18e2
                 */
                deployment_id: components["parameters"]["AppDeploymentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppDeploymentResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAppDeploymentLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Deployment id (UUID).
                 * @example cadc0fb8-3378-41c9-94ef-bfcec0ce18e2
                 */
                deployment_id: components["parameters"]["AppDeploymentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The build output. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppDeploymentLogs"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rollbackAppService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        /** @description The deployment to return to. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollbackAppServiceRequest"];
            };
        };
        responses: {
            /** @description The rollback deployment is queued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppDeploymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAppLogs: {
        parameters: {
            query?: {
                /**
                 * @description Only lines of this level.
                 * @example error
                 */
                level?: string;
                /**
                 * @description Only lines containing this text.
                 * @example timeout
                 */
                search?: string;
                /**
                 * @description Only lines written at or after this time.
                 * @example 2026-10-06T00:00:00Z
                 */
                since?: string;
                /**
                 * @description Only lines written before this time.
                 * @example 2026-10-06T12:00:00Z
                 */
                until?: string;
                /**
                 * @description Most lines to return (Raff’s default 200).
                 * @example 100
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppLogList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAppServiceMetrics: {
        parameters: {
            query?: {
                /**
                 * @description How far back to look, as a duration such as `1h` or `24h`.
                 * @example 1h
                 */
                window?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppMetrics"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAppEnvVars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppEnvVarList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    setAppEnvVar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        /** @description The variable. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAppEnvVarRequest"];
            };
        };
        responses: {
            /** @description The variable is stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppEnvVarChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    bulkSetAppEnvVars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        /** @description The variables. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkSetAppEnvVarsRequest"];
            };
        };
        responses: {
            /** @description The variables are stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppEnvVarChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revealAppEnvVars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variables with their values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppEnvVarRevealedList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAppEnvVar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
                /**
                 * @description Name of the environment variable.
                 * @example LOG_LEVEL
                 */
                key: components["parameters"]["AppEnvKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variable is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppEnvVarChange"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAppCustomDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domains. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppCustomDomainList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    addAppCustomDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        /** @description The domain. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAppCustomDomainRequest"];
            };
        };
        responses: {
            /** @description The domain is added and waits for DNS. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppCustomDomainResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteAppCustomDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Custom domain id (UUID).
                 * @example ec839207-ef5c-4d9b-bc97-093758b7978a
                 */
                domain_id: components["parameters"]["AppDomainIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removal was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppDeletionAccepted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    retryAppDomainVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Custom domain id (UUID).
                 * @example ec839207-ef5c-4d9b-bc97-093758b7978a
                 */
                domain_id: components["parameters"]["AppDomainIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check is queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppCustomDomainResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    runAppJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run has started. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppJobRunResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["AppsSpendCapPaused"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listAppJobRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The service: its UUID (`id`) or its short id (`service_id`).
                 * @example k3m9tx
                 */
                service_id: components["parameters"]["AppServiceRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppJobRunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    cancelAppJobRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Job run id (UUID).
                 * @example 9862d8a4-2699-47a1-bc48-cfa350b40137
                 */
                run_id: components["parameters"]["AppJobRunIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run is canceled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppJobRunResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAppsUsage: {
        parameters: {
            query?: {
                /**
                 * @description Only this service, by UUID or short id; deleted services can be named too. Without it, every service.
                 * @example k3m9tx
                 */
                service_id?: string;
                /**
                 * @description `current`: this calendar month so far (default). `previous`: last calendar month.
                 * @example previous
                 */
                period?: "current" | "previous";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage and estimated charges. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppUsage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAppSpendSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppSpendSettingsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateAppSpendSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAppSpendSettingsRequest"];
            };
        };
        responses: {
            /** @description The settings now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppSpendSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getAppsPricing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every tier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppTierList"];
                };
            };
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDatabasePricing: {
        parameters: {
            query?: {
                /**
                 * @description Only plans and prices for this engine. Without it, every engine.
                 * @example postgres
                 */
                engine?: components["parameters"]["DatabaseEngineQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching plans and add-on prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabasePlanCatalog"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDatabaseEngines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The engine catalog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseEngineList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDatabasePlans: {
        parameters: {
            query?: {
                /**
                 * @description Only plans and prices for this engine. Without it, every engine.
                 * @example postgres
                 */
                engine?: components["parameters"]["DatabaseEngineQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching plans and add-on prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabasePlanCatalog"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDatabases: {
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
            /** @description The databases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createDatabase: {
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
        /** @description The database to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseCreateRequest"];
            };
        };
        responses: {
            /** @description The database is being provisioned. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
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
    getDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion has started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        /** @description The new name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseUpdateRequest"];
            };
        };
        responses: {
            /** @description The renamed database. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    scaleDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        /** @description What to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseScaleRequest"];
            };
        };
        responses: {
            /** @description The database, with the change under way. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resumeDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database, waking up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    restoreDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        /** @description Where to restore and from what. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseRestoreRequest"];
            };
        };
        responses: {
            /** @description The restore has started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseRestoreResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDatabaseConnection: {
        parameters: {
            query?: {
                /**
                 * @description True puts the password in `password` and in the URIs.
                 * @example true
                 */
                reveal?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Connection details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseConnectionResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rotateDatabaseCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The password was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    connectDatabaseVPC: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        /** @description The VPC to join. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseVPCConnectRequest"];
            };
        };
        responses: {
            /** @description The database, now in the VPC. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    disconnectDatabaseVPC: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database, in no VPC now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    setDatabasePublicAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        /** @description The endpoint state and allowlist. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabasePublicAccessRequest"];
            };
        };
        responses: {
            /** @description The database with its new public access. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDatabaseMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest sample. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseMetricsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDatabaseMetricsHistory: {
        parameters: {
            query?: {
                /**
                 * @description How far back to look, in hours, counted from now.
                 * @example 24
                 */
                window_hours?: components["parameters"]["DatabaseWindowHoursQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Points over the window. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseMetricsHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDatabaseClientTraffic: {
        parameters: {
            query?: {
                /**
                 * @description How far back to look, in hours, counted from now.
                 * @example 24
                 */
                window_hours?: components["parameters"]["DatabaseWindowHoursQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Traffic per user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseClientTrafficList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDatabaseSlowQueries: {
        parameters: {
            query?: {
                /**
                 * @description Most entries to return.
                 * @example 10
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Slow-query entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseSlowQueryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDatabaseLogs: {
        parameters: {
            query?: {
                /**
                 * @description How many lines, counted back from the newest.
                 * @example 50
                 */
                tail?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Log lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseLogLines"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDatabaseExtensions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The extensions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseExtensionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    setDatabaseExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        /** @description The extension and its wanted state. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseExtensionSetRequest"];
            };
        };
        responses: {
            /** @description The extension was changed. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDatabaseBackups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseBackupList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createDatabaseBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup has started. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseBackupResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDatabaseUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseUserList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createDatabaseUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        /** @description The user to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseUserCreateRequest"];
            };
        };
        responses: {
            /** @description The user and its password. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseUserCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteDatabaseUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
                /**
                 * @description Name of the engine user, as in listDatabaseUsers. Letters, digits, `_`, `.` and `-`; it cannot start with `.` or `-`.
                 * @example reporting
                 */
                name: components["parameters"]["DatabaseUserNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was removed. */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rotateDatabaseUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
                /**
                 * @description Name of the engine user, as in listDatabaseUsers. Letters, digits, `_`, `.` and `-`; it cannot start with `.` or `-`.
                 * @example reporting
                 */
                name: components["parameters"]["DatabaseUserNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new password. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseUserPassword"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getDatabaseUserCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
                /**
                 * @description Name of the engine user, as in listDatabaseUsers. Letters, digits, `_`, `.` and `-`; it cannot start with `.` or `-`.
                 * @example reporting
                 */
                name: components["parameters"]["DatabaseUserNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user’s credentials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseUserCredential"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDatabaseParameters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseParameterList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    runDatabaseQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        /** @description The statement. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseQueryRequest"];
            };
        };
        responses: {
            /** @description The statement’s result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseQueryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    browseDatabase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        /** @description The level to read. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseBrowseRequest"];
            };
        };
        responses: {
            /** @description One level of the database. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseBrowseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDatabaseSavedQueries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved queries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseSavedQueryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    saveDatabaseSavedQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        /** @description The name and statement. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseSavedQuerySaveRequest"];
            };
        };
        responses: {
            /** @description The saved query. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseSavedQueryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteDatabaseSavedQuery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
                /**
                 * @description Name the query was saved under. Letters, digits, `_`, `.` and `-`; it cannot start with `.` or `-`.
                 * @example daily-signups
                 */
                name: components["parameters"]["DatabaseSavedQueryNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved query was removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listDatabaseConsumers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The database: its UUID (`id`) or its short id (`database_id`, the first label of its hostnames). Letters, digits and hyphens only.
                 * @example k3v9q2xd
                 */
                database_id: components["parameters"]["DatabaseIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bound apps and functions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseConsumerList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listFunctions: {
        parameters: {
            query?: {
                /**
                 * @description Only functions in this status.
                 * @example live
                 */
                status?: "pending" | "building" | "live" | "paused" | "error";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The functions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createFunction: {
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
        /** @description The function to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunctionRequest"];
            };
        };
        responses: {
            /** @description The function exists, `pending` until its first deployment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["FunctionsNotActivated"];
            409: components["responses"]["FunctionNameConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getFunctionsUsage: {
        parameters: {
            query?: {
                /**
                 * @description Only this function’s usage: its UUID `id` (Raff’s reference does not say whether a short id, slug or name also works here).
                 * @example 5b0e7f3c-2a91-4d8e-b6c4-93f1a7d2e810
                 */
                function_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage this month. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionsUsageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getFunctionsSpendSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cap. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionsSpendSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateFunctionsSpendSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFunctionsSpendSettingsRequest"];
            };
        };
        responses: {
            /** @description The cap as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionsSpendSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    convertLambda: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Lambda to convert. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConvertLambdaRequest"];
            };
        };
        responses: {
            /** @description The converted function, to review before deploying. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertLambdaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["FunctionsNotActivated"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The function. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion has started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        /** @description The settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFunctionRequest"];
            };
        };
        responses: {
            /** @description The function with its new settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    pauseFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The function is paused. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    resumeFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The function is starting again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    requestFunctionSourceUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An upload slot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionSourceUploadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listFunctionDeployments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionDeploymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createFunctionDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        /** @description The source to deploy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunctionDeploymentRequest"];
            };
        };
        responses: {
            /** @description The deployment is queued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionDeploymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["FunctionsNotActivated"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getFunctionDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
                /** @description Deployment id (UUID), the `id` of a FunctionDeployment. */
                deployment_id: components["parameters"]["FunctionDeploymentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionDeploymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getFunctionDeploymentLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
                /** @description Deployment id (UUID), the `id` of a FunctionDeployment. */
                deployment_id: components["parameters"]["FunctionDeploymentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The build log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionDeploymentLogs"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listFunctionRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revisions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionRevisionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rollbackFunction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        /** @description The revision to return to. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollbackFunctionRequest"];
            };
        };
        responses: {
            /** @description The rollback is under way. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getFunctionSource: {
        parameters: {
            query?: {
                /**
                 * @description Revision whose source to return; the current revision when left out.
                 * @example 7c1f0a94-e2b3-4d58-9f6a-0b3e8d2c5a71
                 */
                revision_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionSourceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listFunctionLogs: {
        parameters: {
            query?: {
                /**
                 * @description Start of the time range (RFC 3339); one hour ago when left out.
                 * @example 2026-10-07T09:00:00Z
                 */
                since?: string;
                /**
                 * @description End of the time range (RFC 3339); now when left out.
                 * @example 2026-10-07T10:00:00Z
                 */
                until?: string;
                /**
                 * @description Only lines of this severity.
                 * @example error
                 */
                level?: "info" | "warn" | "error" | "debug";
                /**
                 * @description Only lines that contain this text.
                 * @example timeout
                 */
                q?: string;
                /**
                 * @description Most lines to return.
                 * @example 500
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionLogList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getFunctionMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Time window, ending now.
                 * @example 24h
                 */
                window?: "1h" | "24h" | "7d";
            };
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionMetricsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listFunctionInvocations: {
        parameters: {
            query?: {
                /**
                 * @description Most requests to return.
                 * @example 20
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionInvocationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listFunctionEnvVars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionEnvVarList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    setFunctionEnvVar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        /** @description The variable. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFunctionEnvVarRequest"];
            };
        };
        responses: {
            /** @description The variable is set (and rolling out, on a live function). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    revealFunctionEnvVars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variables in clear text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionRevealedEnvVarList"];
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
    deleteFunctionEnvVar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
                /**
                 * @description Name of the environment variable, exactly as listed (names are case-sensitive). Characters that cannot travel in one path segment are refused.
                 * @example IMAGE_BUCKET
                 */
                key: components["parameters"]["FunctionEnvKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variable is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listFunctionTriggers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The triggers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionTriggerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createFunctionTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        /** @description The trigger. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunctionTriggerRequest"];
            };
        };
        responses: {
            /** @description The trigger. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionTriggerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteFunctionTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
                /** @description Trigger id (UUID), the `id` of a FunctionTrigger. */
                trigger_id: components["parameters"]["FunctionTriggerIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trigger is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateFunctionTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
                /** @description Trigger id (UUID), the `id` of a FunctionTrigger. */
                trigger_id: components["parameters"]["FunctionTriggerIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFunctionTriggerRequest"];
            };
        };
        responses: {
            /** @description The trigger is changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listFunctionBindings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bindings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionBindingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createFunctionBinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        /** @description The resource to bind. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunctionBindingRequest"];
            };
        };
        responses: {
            /** @description The binding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionBindingResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteFunctionBinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
                /** @description Binding id (UUID), the `id` of a FunctionBinding. */
                binding_id: components["parameters"]["FunctionBindingIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The binding is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    rotateFunctionBinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
                /** @description Binding id (UUID), the `id` of a FunctionBinding. */
                binding_id: components["parameters"]["FunctionBindingIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The binding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionBindingResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listFunctionTriggerRuns: {
        parameters: {
            query?: {
                /**
                 * @description Only runs of this trigger.
                 * @example e5a3c8f1-9b20-4d7e-a6c5-1f4b0d8e2a96
                 */
                trigger_id?: string;
                /**
                 * @description Most runs to return.
                 * @example 20
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The function: its UUID `id`, its short id (`fn-…`, the `function_id` field), its URL `slug` or its `name`. Any of the four works wherever a function is named in the path. Characters that cannot travel in one path segment (`/`, `?`, `#`, `%`, `\`, spaces, control characters) and the segments `.`, `..`, `usage` and `spend-settings` (which are other routes) are refused; use the id or slug for such a function.
                 * @example fn-k3v9q2xz
                 */
                function_id: components["parameters"]["FunctionRefPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionTriggerRunList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listFunctionRuntimes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runtimes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionRuntimeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getFunctionsPricing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunctionsPricingResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listKubernetesPricing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Node plans, HA fee and storage prices (USD). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sNodePlansResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listK8sVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions on offer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sVersionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listK8sNodePlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Node plans, HA fee and storage prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sNodePlansResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listK8sClusters: {
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
            /** @description A page of clusters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sClusterList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    createK8sCluster: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Project the call acts in. Required on this call: without it Raff answers 400 `X-Project-ID required`; a project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
                /**
                 * @description A unique value of your choosing (up to 128 visible ASCII characters) that makes the create safe to repeat: a retry with the same key and the same body returns what the first request made; the same key with another body is refused (409). Send the same value on every retry of one call. The SDK sends a fresh UUID per call.
                 * @example 6f1c2b7e-93d4-4a08-b5e1-2c7d9f0a3b46
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The cluster to build. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateK8sClusterRequest"];
            };
        };
        responses: {
            /** @description The cluster is being built. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sClusterResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["ForbiddenProject"];
            409: components["responses"]["K8sIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getK8sClusterStats: {
        parameters: {
            query?: {
                /**
                 * @description Short ids of the clusters to report on, separated by commas. Leave out for all clusters.
                 * @example h4x9pm,w2k8rt
                 */
                ids?: string;
            };
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
            /** @description Figures per cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sClusterStatsList"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getK8sCluster: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster, with its pools and nodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sClusterResponse"];
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
    deleteK8sCluster: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Teardown has started. */
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
    renameK8sCluster: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        /** @description The new name. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameK8sClusterRequest"];
            };
        };
        responses: {
            /** @description The renamed cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sClusterResponse"];
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
    getK8sKubeconfig: {
        parameters: {
            query?: {
                /**
                 * @description Lifetime of the kubeconfig in seconds, from 600 (10 minutes) to 2592000 (30 days). Leave out for 7 days.
                 * @example 3600
                 */
                expires_in?: number;
            };
            header: {
                /**
                 * @description Project the call acts in. Required on this call: without it Raff answers 400 `X-Project-ID required`; a project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                /**
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new kubeconfig and the API endpoint it points at. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sKubeconfigResponse"];
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
    rotateK8sKubeconfigAccess: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every kubeconfig issued so far is revoked. */
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
    upgradeK8sClusterHA: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The control plane is growing to three masters. */
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
            409: components["responses"]["K8sClusterConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listK8sClusterUpgrades: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Upgrade state and the versions on offer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sClusterUpgrades"];
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
    upgradeK8sClusterVersion: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        /** @description The target version. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpgradeK8sClusterRequest"];
            };
        };
        responses: {
            /** @description The rolling upgrade has started. */
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
            412: components["responses"]["K8sUpgradeRefused"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    updateK8sClusterMaintenance: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        /** @description Upgrade mode and, optionally, the weekly window. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateK8sClusterMaintenanceRequest"];
            };
        };
        responses: {
            /** @description The settings are saved. */
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
    listK8sNodePools: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pools with their nodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sNodePoolList"];
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
    addK8sNodePool: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        /** @description The pool to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddK8sNodePoolRequest"];
            };
        };
        responses: {
            /** @description The pool; its nodes are being built. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sNodePoolResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["K8sClusterConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    deleteK8sNodePool: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
                /**
                 * @description Node pool id (UUID).
                 * @example 9e41c7d2-58ab-4f0e-b3a6-217d9c5e8f14
                 */
                pool_id: components["parameters"]["K8sPoolIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pool is being drained and removed. */
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
    updateK8sNodePool: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
                /**
                 * @description Node pool id (UUID).
                 * @example 9e41c7d2-58ab-4f0e-b3a6-217d9c5e8f14
                 */
                pool_id: components["parameters"]["K8sPoolIdPath"];
            };
            cookie?: never;
        };
        /** @description The settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateK8sNodePoolRequest"];
            };
        };
        responses: {
            /** @description The updated pool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sNodePoolResponse"];
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
    scaleK8sNodePool: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
                /**
                 * @description Node pool id (UUID).
                 * @example 9e41c7d2-58ab-4f0e-b3a6-217d9c5e8f14
                 */
                pool_id: components["parameters"]["K8sPoolIdPath"];
            };
            cookie?: never;
        };
        /** @description The new node count. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScaleK8sNodePoolRequest"];
            };
        };
        responses: {
            /** @description Scaling has started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sNodePoolScaleResponse"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["K8sClusterConflict"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    listK8sClusterNodes: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every node of the cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sClusterNodeList"];
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
    listK8sClusterEvents: {
        parameters: {
            query?: {
                /**
                 * @description How many events to return, newest first (50 when left out).
                 * @example 20
                 */
                limit?: number;
            };
            header: {
                /**
                 * @description Project the call acts in. Required on this call: without it Raff answers 400 `X-Project-ID required`; a project the key cannot reach gives 403.
                 * @example 0abbd915-90b9-46ff-9d65-c73f2395d6b1
                 */
                "X-Project-ID": components["parameters"]["ProjectIdHeader"];
            };
            path: {
                /**
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sClusterEventList"];
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
    listK8sClusterVolumes: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster’s volumes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sClusterVolumeList"];
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
    getK8sClusterMetrics: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage now and control-plane health over 24 hours. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sClusterMetrics"];
                };
            };
            400: components["responses"]["MissingProjectId"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenProject"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["K8sClusterUnreachable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    getK8sClusterFirewall: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The firewall in force and the groups on offer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sFirewallState"];
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
    assignK8sClusterFirewall: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        /** @description The security group to use. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignK8sFirewallRequest"];
            };
        };
        responses: {
            /** @description The security group is assigned. */
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
    resetK8sClusterFirewall: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The baseline is back. */
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
    getK8sMetalLBPool: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The MetalLB address pool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sMetalLBPoolResponse"];
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
    updateK8sMetalLBPool: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        /** @description The new pool size. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateK8sMetalLBPoolRequest"];
            };
        };
        responses: {
            /** @description The resized pool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sMetalLBPoolResponse"];
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
    listK8sTcpPorts: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open forwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["K8sTcpForwardList"];
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
    deleteK8sTcpPort: {
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
                 * @description The cluster’s short id (its `cluster_id`, e.g. `h4x9pm`): lowercase letters and digits, as in its hostname.
                 * @example h4x9pm
                 */
                cluster_id: components["parameters"]["K8sClusterIdPath"];
                /**
                 * @description Public port of the forward on the cluster’s gateway (`public_port` in listK8sTcpPorts).
                 * @example 15432
                 */
                port: components["parameters"]["K8sTcpPortPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The forward is closed. */
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
