/* A shop, written for this test. */
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
