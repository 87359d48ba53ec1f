import { badRequest, conflict } from '../../server/errors.js';
import type { HandlerTable } from '../../server/handler.js';
import { removeDomain, startDomainCheck } from './lifecycle.js';
import { pathDomain, pathService } from './lookup.js';
import { appDomains, appServices, randomLabel } from './records.js';
import { domainView, serviceHost } from './views.js';

const HOSTNAME = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CHECKING: ReadonlySet<string> = new Set(['verifying', 'dns_verified', 'issuing_cert']);

/**
 * The custom domain operations: list, add, delete, retry verification.
 *
 * @internal
 */
export const DOMAIN_HANDLERS = {
  listAppCustomDomains: (context) => {
    const service = pathService(context, context.params.service_id);
    const domains = appDomains.in(context.state).where((d) => d.serviceId === service.id);
    return { body: { success: true, domains: domains.map(domainView) } };
  },

  addAppCustomDomain: (context) => {
    const { state, now } = context;
    const service = pathService(context, context.params.service_id);
    if (service.serviceType !== 'web') {
      throw badRequest(
        `Only web services have custom domains; ${service.name} is a ${service.serviceType} service`,
      );
    }
    if (service.status === 'deleting') {
      throw conflict(`Cannot add a domain to ${service.name}: it is being deleted`);
    }
    const domain = context.body.domain.trim().toLowerCase().replace(/\.$/, '');
    if (!HOSTNAME.test(domain)) {
      throw badRequest(
        `domain: "${context.body.domain}" is not a hostname such as shop.example.com`,
      );
    }
    if (domain.endsWith('.raff-emulator.test')) {
      throw badRequest(`domain: ${domain} is one of Raff's own hostnames`);
    }
    const taken = appDomains.in(state).where((d) => d.domain === domain)[0];
    if (taken !== undefined) {
      const owner = appServices.in(state).find(taken.serviceId);
      throw conflict(`${domain} is already added to service ${owner?.name ?? taken.serviceId}`);
    }
    const store = appDomains.in(state);
    const record = store.insert({
      id: store.nextId(),
      serviceId: service.id,
      domain,
      status: 'pending_dns',
      statusMessage: '',
      cnameTarget: serviceHost(service),
      txtValue: `rv=${randomLabel(16)}`,
      lastCheckedAt: undefined,
      createdAt: now,
    });
    startDomainCheck(state, record, now, false);
    return { body: { success: true, domain: domainView(record) } };
  },

  deleteAppCustomDomain: (context) => {
    removeDomain(context.state, pathDomain(context, context.params.domain_id));
    return { body: { success: true, accepted: true } };
  },

  retryAppDomainVerification: (context) => {
    const domain = pathDomain(context, context.params.domain_id);
    if (domain.status === 'active') {
      throw conflict(`${domain.domain} is verified and serving HTTPS already`);
    }
    if (CHECKING.has(domain.status)) {
      throw conflict(
        `${domain.domain} is being checked now (${domain.status}); wait for the result`,
      );
    }
    startDomainCheck(context.state, domain, context.now, true);
    return { body: { success: true, domain: domainView(domain) } };
  },
} satisfies HandlerTable;
