/** Every document kind and its schema, in one table: the build, the validator and the CMS generator all read it. */
import { charterSchema, resolvedCharterSchema, serviceRowSchema } from './charter.ts';
import { minutesSchema } from './minutes.ts';
import { officeOrderSchema } from './office-order.ts';
import { officeSchema } from './office.ts';
import { standardServiceSchema } from './standard-service.ts';

export { charterSchema, minutesSchema, officeOrderSchema, officeSchema, resolvedCharterSchema, serviceRowSchema, standardServiceSchema };
export type { Charter, CharterFile, Service, ServiceRow, GrsLevel, ServiceSection, LegalBasis, StandardInfo, StandardField } from './charter.ts';
export type { StandardService, StandardVersion } from './standard-service.ts';
export { ANNOUNCE_DAYS, STANDARD_SETTER_KINDS, STANDARDS_FOLDER } from './standard-service.ts';
export { OWN_SERVICE_FIELDS, STANDARD_FIELDS } from './charter.ts';
export type { Minutes, AgendaItem, Decision } from './minutes.ts';
export type { OfficeOrder } from './office-order.ts';
export type { Office, OfficeKind, RuleId } from './office.ts';
export type { Person, Recipient, Appointment, TimeLimit } from './common.ts';

/**
 * Where each kind lives inside an office folder. `content/offices/<office>/<folder>/<file>`;
 * the office metadata is the single file `office.yaml`.
 */
export const DOCUMENT_KINDS = {
  charter: { folder: 'charters', schema: charterSchema, dateField: 'effectiveDate' },
  minutes: { folder: 'minutes', schema: minutesSchema, dateField: 'date' },
  order: { folder: 'orders', schema: officeOrderSchema, dateField: 'date' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
