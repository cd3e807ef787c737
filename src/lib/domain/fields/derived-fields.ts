/**
 * Fields whose value is derived from other fields, never stored: views show, filter, group and
 * colour by them like any field, but they cannot be edited, are not import targets and are not
 * exported (their source field is). Single sign-on is the authentication method's consequence;
 * storing it beside the method would let the two disagree.
 */
import { ssoOf } from '../security';
import type { Application } from '../types';
import type { AnyField } from './field-def';
import { booleanField } from './field-kinds';

export const DERIVED_FIELDS: readonly AnyField<Application>[] = Object.freeze([
	booleanField<Application>({
		key: 'sso',
		label: 'Single sign-on',
		group: 'security',
		header: 'sso',
		editable: false,
		help: 'Derived from the authentication method: SAML, OIDC/OAuth and identity providers are single sign-on.',
		get: (app) => ssoOf(app),
		set: (app) => app
	})
]);
