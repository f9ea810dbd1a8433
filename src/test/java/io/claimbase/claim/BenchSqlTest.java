package io.claimbase.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimbase.article.ArticleFilter;
import io.claimbase.article.ArticleQueries;
import io.claimbase.db.Statement;
import io.claimbase.domain.IdentityActorResolver;
import io.claimbase.domain.SyntacticClaimVocabulary;
import io.claimbase.web.Params;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pgbench scripts of the claims benchmark ({@code scripts/bench/sql/*.sql}) identical to the SQL the service
 * sends for the benchmark's HTTP queries ({@code scripts/bench/queries.tsv}), so that the database ceiling is
 * measured on exactly the same statements. Run with {@code -Dbench.sql.write=true} to rewrite them after a change.
 */
class BenchSqlTest {

    private static final Path BENCH = Path.of("scripts/bench");
    /** Keys standing for the deep-page cursor; the benchmark replaces them with the keys of a real cursor. */
    private static final List<String> SENTINEL_KEYS = List.of("900000001", "900000002");
    /** A claim id standing for the one the benchmark picks. */
    private static final String CLAIM_SENTINEL = "900000003";
    /** The header's names for sentinel values (the benchmark's placeholders: K0, K1, CLAIM, AUTHOR). */
    private static final Map<String, String> PLACEHOLDERS =
            Map.of(SENTINEL_KEYS.get(0), "K0", SENTINEL_KEYS.get(1), "K1", CLAIM_SENTINEL, "CLAIM", "AUTHOR", "AUTHOR");

    @Test
    void benchmarkScriptsRunTheServicesSql() throws IOException {
        boolean write = Boolean.getBoolean("bench.sql.write");
        for (String line : Files.readAllLines(BENCH.resolve("queries.tsv"))) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            String expected = script(fields[1]);
            Path file = BENCH.resolve("sql").resolve(fields[0] + ".sql");
            if (write) {
                Files.writeString(file, expected);
            }
            assertEquals(
                    expected,
                    Files.readString(file),
                    file + " differs from the service's SQL for " + fields[1]
                            + "; rewrite it with: ./mvnw test -Dtest=BenchSqlTest -Dbench.sql.write=true");
            // the best SQL found for the same rows is timed with the same values
            Path best = BENCH.resolve("sql").resolve("best").resolve(fields[0] + ".sql");
            if (Files.exists(best)) {
                assertEquals(params(expected), params(Files.readString(best)), best + " binds other values");
            }
        }
    }

    private static String params(String script) {
        return script.lines()
                .filter(l -> l.startsWith("-- params:"))
                .findFirst()
                .orElse("");
    }

    /** The pgbench script of one HTTP query: its SQL with :pN variables and a header listing their values. */
    static String script(String url) {
        int question = url.indexOf('?');
        String path = question < 0 ? url : url.substring(0, question);
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : url.substring(question + 1).split("&")) {
                String value = URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(pair.substring(0, pair.indexOf('=')), k -> new ArrayList<>())
                        .add(value);
            }
        }
        Statement statement = statement(path, query);
        StringJoiner header = new StringJoiner(" ", "-- params:", "\n");
        Tuple values = statement.params();
        for (int i = 0; i < values.size(); i++) {
            String value = literal(values.getValue(i));
            header.add("p" + (i + 1) + "=" + PLACEHOLDERS.getOrDefault(value, value));
        }
        Matcher m = Pattern.compile("\\$(\\d+)").matcher(statement.sql());
        return "-- " + url + "\n" + header + m.replaceAll(r -> ":p" + r.group(1)) + ";\n";
    }

    /** The statement the service runs for {@code path} with these query parameters. */
    private static Statement statement(String path, Map<String, List<String>> query) {
        if (path.equals("/articles")) {
            ArticleFilter filter = new ArticleFilter(only(query, "author"), null, null, null, null);
            return ArticleQueries.pageStatement(filter, null, Params.DEFAULT_LIMIT);
        }
        if (path.equals("/claims/CLAIM")) {
            return ClaimSql.byId(Long.parseLong(CLAIM_SENTINEL));
        }
        ClaimFilterParams params = new ClaimFilterParams();
        String sort = null;
        boolean deep = false;
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            switch (e.getKey()) {
                case "topic" -> params.topic = e.getValue();
                case "event" -> params.event = e.getValue();
                case "actor" -> params.actor = e.getValue();
                case "after" -> params.after = only(query, "after");
                case "q" -> params.q = only(query, "q");
                case "sort" -> sort = only(query, "sort");
                case "cursor" -> deep = true;
                default -> throw new IllegalArgumentException("add " + e.getKey() + " to BenchSqlTest");
            }
        }
        ClaimFilter filter = params.toFilter(new SyntacticClaimVocabulary(), new IdentityActorResolver());
        return path.endsWith("/facets")
                ? ClaimSql.facets(filter)
                : ClaimSql.page(
                        filter,
                        ClaimSort.parse(sort, filter.q() != null),
                        deep ? SENTINEL_KEYS : null,
                        Params.DEFAULT_LIMIT + 1);
    }

    private static String only(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null ? null : values.get(0);
    }

    private static String literal(Object value) {
        if (value instanceof String[] array) {
            return "{" + String.join(",", Arrays.asList(array)) + "}";
        }
        return String.valueOf(value).replace(' ', '+');
    }
}
