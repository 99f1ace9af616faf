package org.werving.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Fills the databases with stored applications quickly and in the services' own shapes: the applications
 * the harness sent through the API (the templates, already screened, mailed and relayed) are copied in
 * SQL, in every service's database, {@code copies} times each. Tables and columns are read from the
 * catalogue, so every column the migrations define is filled as the service filled it:
 * <ul>
 * <li>rows of a table with an {@code application_id} column (and {@code application} itself) that belong to
 * a template; rows of an outbox whose aggregate is a template, only when already published/sent; rows of a
 * processed-event store (a {@code processed_at} column) from the time the templates went through;</li>
 * <li>every uuid column gets {@code md5(old || ':' || copy)}, the same function in every database, so a copied
 * application keeps one id across the services; {@code vacancy_id} is spread over the seeded vacancies;
 * e-mail addresses and token hashes are made unique, idempotency keys dropped.</li>
 * </ul>
 */
final class Seeder {
    private final SystemUnderTest system;
    private final Results results;

    Seeder(SystemUnderTest system, Results results) {
        this.system = system;
        this.results = results;
    }

    /** Copies the templates {@code copies} times into every service database; returns the rows written per db. */
    Map<String, Long> copy(List<String> templates, List<String> vacancies, int copies, Timestamp from, Timestamp until)
            throws SQLException {
        Map<String, Long> written = new LinkedHashMap<>();
        for (String db : List.of("candidate", "selection", "reserve", "vacancy")) {
            try (Connection c = system.connect(db)) {
                c.setAutoCommit(false);
                prepare(c, templates, vacancies, copies);
                long rows = 0;
                List<String> copied = new ArrayList<>();
                for (String table : tables(c)) {
                    String where = selection(c, table);
                    if (where == null) {
                        continue;
                    }
                    long n = copyTable(c, table, where, from, until);
                    rows += n;
                    copied.add(table + " " + n);
                }
                c.commit();
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
                written.put(db, rows);
                results.note("seeded " + db + ": " + String.join(", ", copied));
            }
        }
        return written;
    }

    private static void prepare(Connection c, List<String> templates, List<String> vacancies, int copies)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE seed_app (id uuid PRIMARY KEY) ON COMMIT DROP");
            s.execute("CREATE TEMP TABLE seed_vac (n integer PRIMARY KEY, id uuid NOT NULL) ON COMMIT DROP");
            s.execute("CREATE TEMP TABLE seed_copy (g integer PRIMARY KEY) ON COMMIT DROP");
        }
        try (PreparedStatement apps = c.prepareStatement("INSERT INTO seed_app SELECT unnest(?::uuid[])");
             PreparedStatement vacs = c.prepareStatement(
                     "INSERT INTO seed_vac SELECT o - 1, v FROM unnest(?::uuid[]) WITH ORDINALITY AS t(v, o)");
             PreparedStatement gs = c.prepareStatement("INSERT INTO seed_copy SELECT generate_series(1, ?)")) {
            apps.setArray(1, c.createArrayOf("uuid", templates.toArray()));
            apps.executeUpdate();
            vacs.setArray(1, c.createArrayOf("uuid", vacancies.toArray()));
            vacs.executeUpdate();
            gs.setInt(1, copies);
            gs.executeUpdate();
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                        + "AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway%' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        // parents before children (application before its documents, mails and timeline; candidacy before scores)
        tables.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return tables;
    }

    private static int rank(String table) {
        return table.equals("application") || table.equals("candidacy") ? 0 : 1;
    }

    /** Which rows of {@code table} to copy (a condition on alias s), or null to leave the table alone. */
    private static String selection(Connection c, String table) throws SQLException {
        Map<String, String> columns = columns(c, table);
        if (table.equals("application") && columns.containsKey("id")) {
            return "s.id IN (SELECT id FROM seed_app)";
        }
        if (table.contains("outbox")) {
            String done = columns.containsKey("published_at") ? "s.published_at IS NOT NULL"
                    : columns.containsKey("sent_at") ? "s.sent_at IS NOT NULL" : null;
            if (done == null) {
                return null;
            }
            if (columns.containsKey("application_id")) {
                return done + " AND s.application_id IN (SELECT id FROM seed_app)";
            }
            return columns.containsKey("aggregate_id") ? done + " AND s.aggregate_id IN (SELECT id::text FROM seed_app)" : null;
        }
        if (columns.containsKey("application_id")) {
            return "s.application_id IN (SELECT id FROM seed_app)";
        }
        if (columns.containsKey("processed_at") && columns.containsKey("event_id")) {
            return "s.processed_at >= ? AND s.processed_at < ?";
        }
        return null;
    }

    private static long copyTable(Connection c, String table, String where, Timestamp from, Timestamp until)
            throws SQLException {
        Map<String, String> columns = columns(c, table);
        StringJoiner names = new StringJoiner(", ");
        StringJoiner values = new StringJoiner(", ");
        columns.forEach((name, type) -> {
            names.add(name);
            values.add(expression(name, type));
        });
        // each copied application goes to a vacancy chosen by a hash of its id and copy number: the same in every db
        String key = table.equals("application") ? "s.id::text" : columns.containsKey("application_id")
                ? "s.application_id::text" : columns.containsKey("aggregate_id") ? "s.aggregate_id" : "''";
        String sql = "INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM " + table
                + " s CROSS JOIN seed_copy c JOIN seed_vac v ON v.n = (hashtext(" + key + " || ':' || c.g)::bigint & 2147483647)"
                + " % (SELECT count(*) FROM seed_vac) WHERE " + where;
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            if (where.contains("?")) {
                insert.setTimestamp(1, from);
                insert.setTimestamp(2, until);
            }
            return insert.executeUpdate();
        }
    }

    private static String expression(String name, String type) {
        if (name.equals("vacancy_id")) {
            return type.equals("uuid") ? "v.id" : "v.id::text";
        }
        if (type.equals("uuid")) {
            return "CASE WHEN s." + name + " IS NULL THEN NULL ELSE md5(s." + name + "::text || ':' || c.g)::uuid END";
        }
        switch (name) {
            case "aggregate_id":
                return "CASE WHEN s.aggregate_id IN (SELECT id::text FROM seed_app) "
                        + "THEN md5(s.aggregate_id || ':' || c.g)::uuid::text ELSE s.aggregate_id END";
            case "email":
            case "recipient":
                return "CASE WHEN s." + name + " IS NULL THEN NULL ELSE 's' || c.g || '.' || s." + name + " END";
            case "access_token_hash":
                return "CASE WHEN s.access_token_hash IS NULL THEN NULL "
                        + "ELSE encode(sha256(convert_to(s.access_token_hash || ':' || c.g, 'UTF8')), 'hex') END";
            case "idempotency_key":
                return "NULL";
            default:
                return "s." + name;
        }
    }

    private static Map<String, String> columns(Connection c, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = ? AND is_identity = 'NO' AND is_generated = 'NEVER' "
                + "ORDER BY ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return columns;
    }

}
