package io.claimbase.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimbase.domain.IdentityActorResolver;
import io.claimbase.domain.SyntacticClaimVocabulary;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        }
    }

    /** The pgbench script of one HTTP query: its SQL with :pN variables and a header listing their values. */
    static String script(String url) {
        String path = url.substring(0, url.indexOf('?'));
        ClaimFilterParams params = new ClaimFilterParams();
        String sort = null;
        boolean deep = false;
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            String name = pair.substring(0, pair.indexOf('='));
            String value = URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8);
            switch (name) {
                case "topic" -> params.topic = add(params.topic, value);
                case "event" -> params.event = add(params.event, value);
                case "actor" -> params.actor = add(params.actor, value);
                case "after" -> params.after = value;
                case "q" -> params.q = value;
                case "sort" -> sort = value;
                case "cursor" -> deep = true;
                default -> throw new IllegalArgumentException("add " + name + " to BenchSqlTest");
            }
        }
        ClaimFilter filter = params.toFilter(new SyntacticClaimVocabulary(), new IdentityActorResolver());
        ClaimSql.Query query = path.endsWith("/facets")
                ? ClaimSql.facets(filter)
                : ClaimSql.page(
                        filter,
                        ClaimSort.parse(sort, filter.q() != null),
                        deep ? SENTINEL_KEYS : null,
                        io.claimbase.web.Params.DEFAULT_LIMIT + 1);
        StringJoiner header = new StringJoiner(" ", "-- params:", "\n");
        List<String> cursorKeys = new ArrayList<>();
        Tuple values = query.params();
        for (int i = 0; i < values.size(); i++) {
            String value = literal(values.getValue(i));
            header.add("p" + (i + 1) + "=" + value);
            if (deep && SENTINEL_KEYS.contains(value)) {
                cursorKeys.add("k" + SENTINEL_KEYS.indexOf(value) + "=p" + (i + 1));
            }
        }
        Matcher m = Pattern.compile("\\$(\\d+)").matcher(query.sql());
        String sql = m.replaceAll(r -> ":p" + r.group(1));
        return "-- " + url + "\n" + header
                + (cursorKeys.isEmpty()
                        ? ""
                        : "-- cursor: "
                                + String.join(" ", cursorKeys.stream().sorted().toList()) + "\n")
                + sql + ";\n";
    }

    private static List<String> add(List<String> list, String value) {
        List<String> values = list == null ? new ArrayList<>() : new ArrayList<>(list);
        values.add(value);
        return values;
    }

    private static String literal(Object value) {
        if (value instanceof String[] array) {
            return "{" + String.join(",", Arrays.asList(array)) + "}";
        }
        return String.valueOf(value).replace(' ', '+');
    }
}
