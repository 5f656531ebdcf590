import GRDB

/// The schema's history. Migrations are named and append-only: never edit one that has shipped;
/// add the next.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-22 sources, documents, versions") { db in
            try db.create(table: "source") { t in
                t.primaryKey("id", .text)
                t.column("url", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("active", .boolean).notNull().defaults(to: true)
                t.column("last_fetch_at", .datetime)
                t.column("last_success_at", .datetime)
                t.column("last_status", .integer)
                t.column("last_failure_kind", .text)
                t.column("last_failure_message", .text)
                t.column("last_failure_status", .integer)
                t.column("consecutive_failures", .integer).notNull().defaults(to: 0)
            }
            // Validators per source and URL (feeds, articles and pages alike), replayed verbatim.
            try db.create(table: "http_cache") { t in
                t.column("source_id", .text).notNull().references("source", onDelete: .cascade)
                t.column("url", .text).notNull()
                t.primaryKey(["source_id", "url"])
                t.column("etag", .text)
                t.column("last_modified", .text)
                t.column("final_url", .text)
                t.column("checked_at", .datetime).notNull()
            }
            // Content is stored once per distinct body, compressed; versions point at it.
            try db.create(table: "blob") { t in
                t.primaryKey("hash", .text)
                t.column("compression", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("data", .blob).notNull()
            }
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("source_id", .text).notNull().references("source", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("key", .text).notNull()
                t.column("url", .text).notNull()
                t.column("title", .text)
                t.column("published_at", .datetime)
                t.column("updated_at", .datetime)
                t.column("first_seen_at", .datetime).notNull()
                t.column("last_seen_at", .datetime).notNull()
                t.column("last_failure_kind", .text)
                t.column("last_failure_message", .text)
                t.column("last_failure_status", .integer)
                t.uniqueKey(["source_id", "kind", "key"])
            }
            try db.create(index: "document_by_url", on: "document", columns: ["source_id", "url"])
            try db.create(table: "version") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().references("document", onDelete: .cascade)
                t.column("content_hash", .text).notNull()
                t.column("blob_hash", .text).notNull().references("blob")
                t.column("fetched_at", .datetime).notNull()
                t.column("http_status", .integer)
                t.column("final_url", .text)
                t.column("content_type", .text)
                t.column("charset", .text)
                t.column("etag", .text)
                t.column("last_modified", .text)
            }
            try db.create(index: "version_by_document", on: "version", columns: ["document_id", "id"])
        }
        migrator.registerMigration("2026-11-22 claims, alerts, deliveries") { db in
            // The current claim of each history (stance per entity and topic, value per quantity).
            try db.create(table: "claim_state") { t in
                t.primaryKey("key", .text)
                t.column("topic", .text).notNull()
                t.column("claim", .text).notNull()
                t.column("document_id", .integer).notNull()
                t.column("published_at", .datetime).notNull()
                t.column("updated_at", .datetime).notNull()
            }
            // What each document's latest version claims.
            try db.create(table: "document_claim") { t in
                t.column("document_id", .integer).notNull().references("document", onDelete: .cascade)
                t.column("key", .text).notNull()
                t.column("claim", .text).notNull()
                t.column("version_id", .integer)
                t.primaryKey(["document_id", "key"])
            }
            // The durable outbox: an alert is written with the claim change that raised it.
            try db.create(table: "alert") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("key", .text).notNull()
                t.column("record", .text).notNull()
                t.column("summary", .text).notNull()
                t.column("created_at", .datetime).notNull()
            }
            try db.create(table: "delivery") { t in
                t.column("alert_id", .text).notNull().references("alert", onDelete: .cascade)
                t.column("sink", .text).notNull()
                t.column("status", .text).notNull()
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("last_error", .text)
                t.column("last_attempt_at", .datetime)
                t.column("delivered_at", .datetime)
                t.primaryKey(["alert_id", "sink"])
            }
            try db.create(index: "delivery_pending", on: "delivery", columns: ["sink", "status"])
        }
        migrator.registerMigration("2026-11-22 delivery schedule") { db in
            // Retries: when a delivery is due again, when its retry budget started, what the sink
            // last answered. `retry_attempts` restarts on a re-queue; `attempts` never does.
            try db.alter(table: "delivery") { t in
                t.add(column: "retry_attempts", .integer).notNull().defaults(to: 0)
                t.add(column: "first_attempt_at", .datetime)
                t.add(column: "next_attempt_at", .datetime)
                t.add(column: "last_status", .integer)
                t.add(column: "last_response", .text)
            }
            // Each sink's configuration fingerprint, so a changed url, secret or format re-queues
            // the sink's failed deliveries (see `syncSinkFingerprints`).
            try db.create(table: "sink") { t in
                t.primaryKey("name", .text)
                t.column("fingerprint", .text).notNull()
                t.column("updated_at", .datetime).notNull()
            }
            // Retention deletes alerts by age.
            try db.create(index: "alert_by_created_at", on: "alert", columns: ["created_at"])
        }
        migrator.registerMigration("2026-11-22 schedule") { db in
            // The daemon's next check of each source ('source', url '') and each revisited
            // article ('article', its url), so a restart resumes the schedule.
            try db.create(table: "schedule") { t in
                t.column("source_id", .text).notNull().references("source", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("url", .text).notNull()
                t.primaryKey(["source_id", "kind", "url"])
                t.column("next_check_at", .datetime).notNull()
                t.column("last_check_at", .datetime)
                t.column("consecutive_failures", .integer).notNull().defaults(to: 0)
                t.column("age_base_at", .datetime)
            }
        }
        migrator.registerMigration("2026-11-22 claims pending") { db in
            // A new version and its claims are written in two transactions (claims are read only
            // once the version is known to be new). A version whose claims were not applied yet
            // stays marked, so a process killed in between applies them at its next start.
            try db.alter(table: "version") { t in
                t.add(column: "claims_pending", .boolean).notNull().defaults(to: false)
            }
            try db.create(index: "version_claims_pending", on: "version", columns: ["claims_pending"])
        }
        migrator.registerMigration("2026-11-23 claim confidence and revisions") { db in
            // The claim JSON (`claim_state.claim`, `document_claim.claim`) gains optional keys —
            // `confidence`, and the evidence's `qualifier` and `attribution` — that older rows
            // lack and read as nil. The confidence also gets a column (NULL for older rows, which
            // never had one), for SQL.
            try db.alter(table: "claim_state") { t in t.add(column: "confidence", .double) }
            try db.alter(table: "document_claim") { t in t.add(column: "confidence", .double) }
            // The identity of the document edit an alert reports (`ClaimRevision.id`), so one
            // edit read through two sources raises one alert.
            try db.alter(table: "alert") { t in t.add(column: "revision", .text) }
            try db.create(index: "alert_by_revision", on: "alert", columns: ["revision"])
        }
        return migrator
    }
}
