/**
 * What the security view and the scoring read about access: whether an application has single
 * sign-on (derived from its authentication method, never stored beside it) and whether it holds
 * sensitive data. One definition, so the Overview, the security view, the filters and the health
 * score cannot disagree about which applications lack single sign-on.
 */
import type { Application, AuthMethod, DataClassification } from './types';

/** Which methods are single sign-on. A password vault (SWA) fills in a password the application keeps: not single sign-on. */
export const AUTH_SSO: Readonly<Record<AuthMethod, boolean>> = Object.freeze({
	saml: true,
	oidc: true,
	idp: true,
	sso: true,
	directory: false,
	vault: false,
	password: false,
	'api-key': false,
	none: false,
	'no-sso': false
});

/** Single sign-on: true, false, or undefined when the authentication method is unknown. */
export function ssoOf(app: Pick<Application, 'authentication'>): boolean | undefined {
	const method = app.authentication;
	return method !== undefined && Object.prototype.hasOwnProperty.call(AUTH_SSO, method) ? AUTH_SSO[method] : undefined;
}

/** The classifications that count as sensitive data: Orange and Red in a colour scheme. */
export const SENSITIVE_CLASSIFICATIONS: readonly DataClassification[] = ['confidential', 'restricted'];

/** True when the application holds confidential or restricted data. */
export function isSensitive(app: Pick<Application, 'dataClassification'>): boolean {
	return app.dataClassification !== undefined && SENSITIVE_CLASSIFICATIONS.includes(app.dataClassification);
}
