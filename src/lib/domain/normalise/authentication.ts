/**
 * How people sign in to an application, read from the words inventories use: "SAML", "Okta SAML",
 * "SWA/SAML", "OKTA", "SSO", "Email and password", "email & password", "Google OAuth", "API key",
 * "TBD", a typo such as "SMAL", or a plain yes/no from a sheet that only says whether there is
 * single sign-on. Whether the application has single sign-on is derived from the method (see
 * `ssoOf` in the domain), never stored beside it.
 *
 * A cell naming several things ("Okta SWA", "SWA/SAML") is read by its most specific word: a
 * protocol ("SWA", "SAML") says more than a vendor ("Okta"), and of two protocols the one with
 * single sign-on wins, since the cell says people can sign in that way.
 */
import type { AuthMethod } from '../types';
import { blank, isBlank, ok, problem, squash, type Normalised } from './result';

/** Spellings of each method, squashed (lower case, letters and digits only). */
export const AUTH_WORDS: ReadonlyArray<readonly [AuthMethod, readonly string[]]> = [
	['saml', ['saml', 'saml2', 'saml20', 'samlsso', 'ssosaml', 'oktasaml', 'adfs', 'adfssaml', 'azureadsaml', 'entrasaml', 'shibboleth', 'samlokta']],
	['oidc', ['oidc', 'openid', 'openidconnect', 'oauth', 'oauth2', 'oauth20', 'googleoauth', 'googlesso', 'googlesignin', 'signinwithgoogle', 'microsoftoauth', 'githuboauth', 'oktaoidc', 'oktaoauth', 'sociallogin']],
	['idp', ['okta', 'oktasso', 'onelogin', 'ping', 'pingfederate', 'pingidentity', 'pingone', 'azuread', 'azureadsso', 'entra', 'entraid', 'aad', 'jumpcloud', 'auth0', 'googleworkspace', 'gsuite', 'duo', 'duosso', 'idp', 'identityprovider', 'keycloak', 'cognito', 'cyberark', 'oktaverify']],
	['sso', ['sso', 'singlesignon', 'ssoenabled', 'yes', 'y', 'true', 'x', 'enabled', 'on', 'kerberos', 'iwa', 'windowsintegrated', 'windowsintegratedauthentication', 'ntlm', 'spnego', 'federated']],
	['directory', ['ldap', 'ldaps', 'activedirectory', 'ad', 'adldap', 'ldapad', 'directory', 'adbind', 'ldapbind', 'radius']],
	['vault', ['swa', 'oktaswa', 'securewebauthentication', 'passwordvault', 'vault', 'vaulted', 'formfill', 'passwordmanager', 'lastpass', '1password', 'bitwarden', 'sharedcredentials', 'sharedaccount', 'sharedlogin']],
	['password', ['password', 'passwords', 'emailandpassword', 'emailpassword', 'usernameandpassword', 'usernamepassword', 'userpassword', 'userpass', 'userid', 'local', 'localaccount', 'localaccounts', 'localauth', 'locallogin', 'basic', 'basicauth', 'credentials', 'login', 'nativelogin', 'applogin', 'formbased', 'builtin', 'native', 'magiclink', 'emaillink', 'email', 'pw', 'pwd', 'passwordonly']],
	['api-key', ['apikey', 'apikeys', 'apitoken', 'apitokens', 'token', 'tokens', 'accesstoken', 'bearertoken', 'pat', 'personalaccesstoken', 'servicekey', 'serviceaccount', 'sharedsecret', 'hmac', 'key', 'certificate', 'clientcertificate', 'mtls', 'sshkey', 'ssh']],
	['none', ['none', 'noauth', 'noauthentication', 'nologin', 'nosignin', 'anonymous', 'notrequired', 'noaccount', 'noaccounts', 'open', 'public']],
	['no-sso', ['no', 'n', 'false', 'nosso', 'notsso', 'nonsso', 'withoutsso', 'disabled', 'off', 'ssono']]
];

/**
 * Words that name a vendor or say "single sign-on" without naming a protocol: a protocol in the
 * same cell ("Okta SWA") says more about how people actually sign in.
 */
const GENERIC = new Set<AuthMethod>(['idp', 'sso', 'no-sso']);
/** Of two protocols in one cell, the first here wins: single sign-on first, then the strongest. */
const PREFERENCE: readonly AuthMethod[] = ['saml', 'oidc', 'idp', 'sso', 'directory', 'vault', 'password', 'api-key', 'none', 'no-sso'];

const BY_WORD: ReadonlyMap<string, AuthMethod> = new Map(AUTH_WORDS.flatMap(([method, words]) => words.map((w) => [w, method] as const)));
/** Words long enough to be recognised with one typo ("SMAL", "passwrod", "Otka"). */
const FUZZY_WORDS = [...BY_WORD.keys()].filter((w) => w.length >= 4);
/** Ordinary words one letter away from a method's name ("same" is not "SAML"). */
const NOT_TYPOS = new Set(['same', 'some', 'sale', 'sail', 'seal', 'name', 'note', 'notes', 'taken', 'lock', 'logic', 'global', 'keys', 'vaults', 'opens', 'oven']);

/** Optimal string alignment distance, capped: 0, 1, or 2 meaning "more than one edit". */
function withinOneEdit(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	if (a === b) return true;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	// The first difference: a transposition, a substitution, an insertion or a deletion.
	const rest = (x: string, y: string) => x === y;
	return (
		(a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a.slice(i + 2), b.slice(i + 2))) ||
		rest(a.slice(i + 1), b.slice(i + 1)) ||
		rest(a.slice(i), b.slice(i + 1)) ||
		rest(a.slice(i + 1), b.slice(i))
	);
}

/** The method a single word names, allowing one typo in words of four letters or more. */
function methodOfWord(word: string): AuthMethod | undefined {
	const exact = BY_WORD.get(word);
	if (exact !== undefined || word.length < 4 || NOT_TYPOS.has(word)) return exact;
	const near = FUZZY_WORDS.filter((w) => withinOneEdit(word, w)).map((w) => BY_WORD.get(w)!);
	// A typo that could be two different methods is not guessed.
	return near.length > 0 && near.every((m) => m === near[0]) ? near[0] : undefined;
}

/** The methods the words of a cell name, single words and adjacent pairs ("email and password"). */
function methodsIn(cell: string): AuthMethod[] {
	const words = cell
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w && w !== 'and' && w !== 'or' && w !== 'via' && w !== 'with' && w !== 'using' && w !== 'through' && w !== 'the');
	const found: AuthMethod[] = [];
	for (let i = 0; i < words.length; i++) {
		const pair = i + 1 < words.length ? BY_WORD.get(words[i] + words[i + 1]) : undefined;
		if (pair) {
			found.push(pair);
			i++;
			continue;
		}
		const single = methodOfWord(words[i]);
		if (single) found.push(single);
	}
	return found;
}

/** The expected spellings, for a problem message. */
const EXPECTED = 'SAML, OIDC/OAuth, an identity provider such as Okta, SSO, LDAP, SWA or a password vault, email and password, API key, none, or yes/no';

/**
 * An authentication method from a cell. Blank, "TBD", "unknown" and "?" are unknown; "none" is a
 * method (no sign-in at all), not a blank.
 */
export function normaliseAuthentication(cell: string): Normalised<AuthMethod> {
	if (cell.trim() !== '' && squash(cell) === 'none') return ok('none');
	if (isBlank(cell)) return blank();
	const whole = BY_WORD.get(squash(cell));
	if (whole) return ok(whole);
	const found = methodsIn(cell);
	if (found.length === 0) return problem(`"${cell.trim()}" is not a known authentication method (expected ${EXPECTED})`);
	const specific = found.filter((m) => !GENERIC.has(m));
	const pool = specific.length > 0 ? specific : found;
	return ok(PREFERENCE.find((m) => pool.includes(m))!);
}
