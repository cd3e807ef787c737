import { describe, expect, it } from 'vitest';
import { looksLikeStructurizr, parseStructurizr, systemLandscape } from '$lib/import/structurizr-dsl';
import { readStructurizr } from '$lib/import/structurizr-read';

const SMALL = `/* A shop, written for this test. */
workspace "Shop" "An example" {
    !identifiers flat
    model {
        buyer = person "Buyer" "Buys things." "External"
        enterprise "Shop Ltd" {
            shop = softwareSystem "Web Shop" "Sells things." "Existing System, Public" {
                web = container "Storefront" "Shows the catalogue." "TypeScript and Svelte"
                api = container "Orders API" "Takes orders." "Go" {
                    checkout = component "Checkout" "Takes payment." "Go package"
                }
                db = container "Orders DB" "Keeps orders." "PostgreSQL" "Database"
                properties {
                    "Owner" "Ecommerce team"
                }
            }
            erp = softwaresystem "ERP" {
                description "Books revenue."
                tags "Core"
            }
            mail = softwareSystem "Mailer" "Sends e-mail."
        }
        buyer -> web "Browses" "HTTPS"
        web -> api "Places orders" "JSON/HTTPS"
        api -> db "Reads and writes" "SQL/TCP"
        checkout -> erp "Books sales in" "XML/HTTPS"
        shop -> erp "Sends orders to"
        api -> mail "Asks to send receipts"
        erp -> ghost "Reports to"
        deploymentEnvironment "Live" {
            deploymentNode "Cloud" {
                containerInstance api
            }
        }
    }
    views {
        systemLandscape "All" {
            include *
        }
    }
}
`;

describe('reading a Structurizr DSL workspace', () => {
	it('is recognised by its first statement, after comments', () => {
		expect(looksLikeStructurizr(SMALL)).toBe(true);
		expect(looksLikeStructurizr('# note\nworkspace extends ../model.dsl {')).toBe(true);
		expect(looksLikeStructurizr('name,owner\nworkspace,Alice')).toBe(false);
		expect(looksLikeStructurizr('{"workspace": 1}')).toBe(false);
	});

	it('reads elements with their parents, groups, tags, technology and properties, and the relationships of the model only', () => {
		const model = parseStructurizr(SMALL);
		expect(model.elements.map((e) => [e.kind, e.id, e.name, e.parent ?? null, e.group ?? null])).toEqual([
			['person', 'buyer', 'Buyer', null, null],
			['softwareSystem', 'shop', 'Web Shop', null, 'Shop Ltd'],
			['container', 'web', 'Storefront', 'shop', 'Shop Ltd'],
			['container', 'api', 'Orders API', 'shop', 'Shop Ltd'],
			['component', 'checkout', 'Checkout', 'api', 'Shop Ltd'],
			['container', 'db', 'Orders DB', 'shop', 'Shop Ltd'],
			['softwareSystem', 'erp', 'ERP', null, 'Shop Ltd'],
			['softwareSystem', 'mail', 'Mailer', null, 'Shop Ltd']
		]);
		const shop = model.elements[1];
		expect(shop).toMatchObject({ description: 'Sells things.', tags: ['Existing System', 'Public'], properties: [['Owner', 'Ecommerce team']] });
		expect(model.elements[5]).toMatchObject({ technology: 'PostgreSQL', tags: ['Database'] });
		expect(model.elements[6]).toMatchObject({ description: 'Books revenue.', tags: ['Core'] });
		// Seven in the model; the deployment's instance and the views are not relationships.
		expect(model.relationships.map((r) => `${r.source}->${r.target}`)).toEqual(['buyer->web', 'web->api', 'api->db', 'checkout->erp', 'shop->erp', 'api->mail', 'erp->ghost']);
		expect(model.problems).toEqual([]);
		expect(model.name).toBe('Shop');
	});

	it('lifts relationships to the software systems, one integration per pair, and counts what is not one', () => {
		const landscape = systemLandscape(parseStructurizr(SMALL));
		expect(landscape.links).toEqual([
			{ source: 'shop', target: 'erp', descriptions: ['Books sales in', 'Sends orders to'], technologies: ['XML/HTTPS'], line: 26 },
			{ source: 'shop', target: 'mail', descriptions: ['Asks to send receipts'], technologies: [], line: 28 }
		]);
		expect(landscape).toMatchObject({ people: 1, withPeople: 1, inside: 2 });
		expect(landscape.unknown.map((r) => r.target)).toEqual(['ghost']);
	});

	it('becomes an applications file in Atlas columns and an integrations file, saying what was left out', () => {
		const read = readStructurizr('shop.dsl', SMALL, SMALL.length);
		if (!read.ok) throw new Error(read.reason);
		const [apps, links] = read.files;
		const column = (name: string) => apps.head.header.indexOf(name);
		expect(apps.rows.map((r) => [r.cells[column('id')], r.cells[column('name')], r.cells[column('tags')], r.cells[column('Containers')], r.cells[column('Owner')]])).toEqual([
			['shop', 'Web Shop', 'Existing System; Public', 'Storefront (TypeScript and Svelte); Orders API (Go); Orders DB (PostgreSQL)', 'Ecommerce team'],
			['erp', 'ERP', 'Core', '', ''],
			['mail', 'Mailer', '', '', '']
		]);
		expect(apps.problems).toEqual([{ row: 29, column: 'relationship', value: 'erp -> ghost', reason: 'no element with the identifier “ghost” is declared in the model; the relationship was not imported' }]);
		expect(apps.notices[0]).toContain('each of the 3 is an application');
		expect(apps.notices[0]).toContain('Not applications or integrations, so not imported: 1 person, 1 relationships with people, 2 relationships inside one software system');
		const cell = (name: string) => links.rows.map((r) => r.cells[links.head.header.indexOf(name)]);
		expect(cell('id')).toEqual(['shop->erp', 'shop->mail']);
		expect(cell('type')).toEqual(['api', '']);
		expect(cell('notes')).toEqual(['Books sales in; Sends orders to', 'Asks to send receipts']);
	});

	it('refuses a workspace that extends another file, saying which to choose', () => {
		const read = readStructurizr('workspace.dsl', 'workspace extends ../model.dsl {\n  model {\n    a -> b "x"\n  }\n}', 50);
		expect(read).toEqual({ ok: false, reason: expect.stringContaining('extends “../model.dsl”') });
	});
});
