// The authentication vocabulary: the spellings real inventories use, and the single sign-on each
// method implies (derived, never stored).
import { describe, expect, it } from 'vitest';
import { normaliseAuthentication } from '$lib/domain/normalise/authentication';
import { AUTH_SSO, ssoOf } from '$lib/domain/security';
import { AUTH_METHODS, type AuthMethod } from '$lib/domain/types';
import { AUTHENTICATION_OPTIONS } from '$lib/domain/fields/vocabularies';
import { BUILT_IN_REGISTRY } from '$lib/domain/fields/registry';

describe('normaliseAuthentication', () => {
	it.each<[string, AuthMethod, boolean]>([
		// protocols and identity providers, in any case, with any separator
		['SAML', 'saml', true],
		['saml 2.0', 'saml', true],
		['Okta SAML', 'saml', true],
		['SAML via Okta', 'saml', true],
		['Okta (SAML)', 'saml', true],
		['SWA/SAML', 'saml', true],
		['SMA/SAML', 'saml', true],
		['SMAL', 'saml', true],
		['ADFS', 'saml', true],
		['Azure AD SAML', 'saml', true],
		['OIDC', 'oidc', true],
		['OAuth 2.0', 'oidc', true],
		['Google OAuth', 'oidc', true],
		['google-oauth', 'oidc', true],
		['OKTA', 'idp', true],
		['Okta', 'idp', true],
		['Otka', 'idp', true],
		['okta_sso', 'idp', true],
		['Azure AD', 'idp', true],
		['Entra ID', 'idp', true],
		['OneLogin', 'idp', true],
		['SSO', 'sso', true],
		['Single Sign-On', 'sso', true],
		['Kerberos', 'sso', true],
		['yes', 'sso', true],
		['Y', 'sso', true],
		// not single sign-on
		['SWA', 'vault', false],
		['Okta SWA', 'vault', false],
		['Password vault', 'vault', false],
		['Email and password', 'password', false],
		['email & password', 'password', false],
		['Email/Password', 'password', false],
		['username + password', 'password', false],
		['Passwrod', 'password', false],
		['local accounts', 'password', false],
		['Basic auth', 'password', false],
		['LDAP', 'directory', false],
		['LDAP/AD', 'directory', false],
		['Active Directory', 'directory', false],
		['API key', 'api-key', false],
		['api_key', 'api-key', false],
		['Personal access token', 'api-key', false],
		['mTLS', 'api-key', false],
		['None', 'none', false],
		['no authentication', 'none', false],
		['No', 'no-sso', false],
		['no SSO', 'no-sso', false],
		['FALSE', 'no-sso', false]
	])('%j is %s (single sign-on: %s)', (cell, method, sso) => {
		expect(normaliseAuthentication(cell)).toEqual({ ok: true, value: method });
		expect(ssoOf({ authentication: method })).toBe(sso);
	});

	it.each(['', '   ', 'TBD', 'tbd', 'Unknown', '?', 'N/A', '-', 'null'])('%j is unknown, not a method', (cell) => {
		expect(normaliseAuthentication(cell)).toEqual({ ok: true, value: undefined });
	});

	it.each(['maybe', 'Same as the intranet', 'carrier pigeon'])('%j is a problem that says what was expected', (cell) => {
		expect(normaliseAuthentication(cell)).toEqual({
			ok: false,
			reason: `"${cell}" is not a known authentication method (expected SAML, OIDC/OAuth, an identity provider such as Okta, SSO, LDAP, SWA or a password vault, email and password, API key, none, or yes/no)`
		});
	});

	it('reads every label and long label Atlas writes back to its method', () => {
		const field = BUILT_IN_REGISTRY.field('authentication');
		for (const option of AUTHENTICATION_OPTIONS) {
			expect(field.parse(option.label)).toEqual({ ok: true, value: option.value });
			expect(field.parse(option.long!)).toEqual({ ok: true, value: option.value });
		}
	});

	it('says for every method whether it is single sign-on, and unknown without a method', () => {
		expect(Object.keys(AUTH_SSO).sort()).toEqual([...AUTH_METHODS].sort());
		expect(ssoOf({})).toBeUndefined();
		expect(ssoOf({ authentication: 'toString' as AuthMethod })).toBeUndefined();
	});

	it('derives the single sign-on field, which cannot be edited', () => {
		const sso = BUILT_IN_REGISTRY.field('sso');
		expect(sso.editable).toBe(false);
		expect(sso.get({ authentication: 'password' } as never)).toBe(false);
		expect(sso.get({ authentication: 'saml' } as never)).toBe(true);
		expect(sso.get({} as never)).toBeUndefined();
	});
});
