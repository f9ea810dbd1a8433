package io.claimbase.it;

import static io.claimbase.support.Gen.Weighted.weight;
import static io.claimbase.support.Tries.forAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimbase.support.Gen;
import io.claimbase.support.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of every operation the live OpenAPI document declares (so endpoints added later are covered
 * without touching this class): hostile values in every query and path parameter (SQL and script injection, unicode
 * edge cases — lone surrogates, right-to-left overrides, NUL — huge numbers, tampered cursors, unknown parameters) and
 * broken bodies (malformed JSON, wrong types, missing required fields). Every answer must be a valid result or a
 * well-formed 4xx problem that leaks no class name, stack trace or SQL; never a 5xx. Afterwards the stored articles
 * are byte-for-byte what they were, and the only articles added are those a 201 acknowledged.
 * <p>
 * Values come from {@link Gen}: a failure names the seed and the exact request, and {@code -Dfuzz.seed=N} repeats it.
 */
class ApiFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1 as curl, hey and browsers speak it to an http:// address; the JDK client's default h2c upgrade of
    // the first request sometimes gets a bare 101 from the /q/openapi route (curl --http2 shows it too, 2026-12-06)
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.|org\\.hibernate|io\\.vertx|io\\.claimbase|jakarta\\.|SQLSTATE"
                    + "|syntax error|\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|PgException|NullPointer",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final List<String> HOSTILE = List.of(
            "' OR '1'='1",
            "'; DROP TABLE article; --",
            "1; select pg_sleep(10)",
            "\" OR \"\"=\"",
            "%' --",
            "\\",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "${jndi:ldap://x/a}",
            "{{7*7}}",
            "../../../../etc/passwd",
            "%00",
            "\u0000",
            "a\u0000b",
            "\uD800",
            "\uDC00x",
            "\u202Egnp.exe",
            "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
            "\uFEFF",
            "\u200B",
            "😀👩‍👩‍👧",
            "Ω≈ç√∫",
            "",
            " ",
            "\t\r\n",
            "null",
            "true",
            "[]",
            "{}",
            "NaN",
            "Infinity",
            "-0",
            "0",
            "-1",
            "1e309",
            "99999999999999999999999999999",
            "-9223372036854775809",
            "9223372036854775807",
            "2147483648",
            "0x7fffffff",
            "2019-02-30",
            "9999-99-99",
            "+002019-01-01",
            "x".repeat(3000),
            // integers spelled another way: other scripts' digits, a sign, leading zeros (each used to parse as 1)
            "\u0661",
            "\u0662\u0663",
            "\uFF11",
            "\u0967",
            "+1",
            "01",
            "1.0",
            " 1");
    /** Other spellings of small integers: stored ids must not be reachable through them. */
    private static final List<String> ID_SPELLINGS =
            List.of("\u0661", "\u0662", "\u0663", "\uFF11", "\u0967", "+1", "+2", "01", "02", "003", "1.0", "2e0");
    /** Request-target fragments no percent-decoder accepts. */
    private static final List<String> MALFORMED_ESCAPES = List.of("%", "%z", "%zz", "%G1", "%E0%", "%%", "%u0041");

    private static final List<String> DATE_PARAMETERS = List.of("after", "before", "publishedAfter", "publishedBefore");
    private static final List<String> MALFORMED_JSON = List.of(
            "{",
            "}",
            "{\"text\": ",
            "{\"text\": \"unterminated",
            "[1,2",
            "{\"a\":1,}",
            "nul",
            "{'text': 'single quotes'}",
            "{\"text\": \"x\"} trailing",
            "\u0000",
            "\"\\uD800\"",
            "[".repeat(5000),
            "{\"a\":".repeat(2000),
            "1e99999",
            "");
    private static final List<Object> ODD_VALUES =
            List.of(List.of(), Map.of("a", 1), true, false, Long.MAX_VALUE, -1.5e308, 0);
    private static final java.math.BigInteger HUGE = new java.math.BigInteger("9".repeat(400));
    private static final String CURSOR_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=";

    private static RunningJar jar;
    private static List<Operation> operations;
    private static Map<Long, String> before;
    private static final AtomicInteger created = new AtomicInteger();
    private static final List<String> cursors = new ArrayList<>();

    private final Gen gen = new Gen();

    /** One operation of the OpenAPI document: method, path template, its parameters and body fields. */
    record Operation(
            String method,
            String path,
            List<Parameter> parameters,
            Map<String, String> bodyFields,
            List<String> requiredFields,
            boolean hasBody) {}

    record Parameter(String name, String in, String type) {}

    /** A request the fuzzer sends (kept as data so a failure shows exactly what was sent). */
    record Call(String method, String path, Map<String, List<String>> query, String body, List<String> sent) {

        /** The path and the encoded query string, as sent. */
        String target() {
            StringBuilder target = new StringBuilder(path);
            char separator = '?';
            for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
                for (String value : parameter.getValue()) {
                    target.append(separator)
                            .append(encode(parameter.getKey()))
                            .append('=')
                            .append(encode(value));
                    separator = '&';
                }
            }
            return target.toString();
        }

        @Override
        public String toString() {
            return method + " " + target() + (body == null ? "" : " with body " + body);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        jar = RunningJar.start(Map.of(
                "CLAIMBASE_DATA_DIR",
                Files.createTempDirectory("claimbase-fuzz-pg").toString(),
                "CLAIMBASE_SEEDS_LOAD_AT_START",
                "true"));
        operations = readOperations(JSON.readTree(get("/q/openapi?format=json").body()));
        assertTrue(operations.size() >= 4, "the OpenAPI document lists the operations: " + operations);
        for (String collection : List.of("/articles", "/authors")) {
            JsonNode page = JSON.readTree(get(collection + "?limit=1").body());
            if (page.hasNonNull("next")) {
                cursors.add(page.get("next").asText());
            }
        }
        before = articles();
        assertFalse(before.isEmpty(), "the seed articles are there to protect");
    }

    @AfterAll
    static void storedDataIsUnchanged() throws Exception {
        try {
            Map<Long, String> after = articles();
            for (Map.Entry<Long, String> article : before.entrySet()) {
                assertEquals(
                        digest(article.getValue()),
                        digest(after.get(article.getKey())),
                        "article " + article.getKey() + " is unchanged");
            }
            assertEquals(
                    before.size() + created.get(),
                    after.size(),
                    "the only new articles are the " + created.get() + " that were acknowledged with 201");
        } finally {
            jar.close();
        }
    }

    @Test
    void hostileParametersNeverBreakTheService() {
        forAll(600, this::parameterCall, ApiFuzzIT::check);
    }

    /**
     * What HTTP clients will not send but an attacker will: request targets with malformed percent-escapes, and
     * headers over the limit. Sent over a raw socket; every answer is still a problem.
     */
    @Test
    void malformedTargetsAndOversizedHeadersAreProblems() {
        forAll(150, this::rawRequest, request -> {
            String response = rawExchange(request);
            int status = Integer.parseInt(response.substring(9, 12));
            assertTrue(status < 500, "no 5xx: " + response);
            if (status >= 400) {
                assertTrue(
                        response.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"),
                        "a problem: " + response);
                assertTrue(response.contains("\"status\":" + status), response);
            }
        });
    }

    @Test
    void brokenBodiesAreRefusedAsProblems() {
        forAll(300, this::brokenBody, call -> {
            HttpResponse<String> response = check(call);
            assertTrue(response.statusCode() >= 400, "a broken body is never accepted: " + response.statusCode());
        });
    }

    @Test
    void wellFormedBodiesWithHostileValuesAreStoredOrRefusedCleanly() {
        forAll(100, this::hostileBody, ApiFuzzIT::check);
    }

    // --- generators -------------------------------------------------------------------------------------------------

    private Call parameterCall() {
        Operation op = gen.oneOf(operations);
        List<Optional<String>> values = op.parameters().stream()
                .map(p -> p.in().equals("path") ? Optional.of(pathValue(op)) : gen.optional(0.6, () -> queryValue(p)))
                .toList();
        return call(op, values, gen.optional(0.15, this::hostile));
    }

    private String rawRequest() {
        Operation op = gen.oneOf(
                operations.stream().filter(o -> o.method().equals("GET")).toList());
        String path = concretePath(op);
        String escape = gen.oneOf(MALFORMED_ESCAPES);
        String target = gen.oneOf(
                () -> path + "/" + escape,
                () -> path + "?q=" + escape,
                () -> path + "?limit=1&" + escape + "=1",
                () -> path);
        String padding = gen.oneOf(() -> "", () -> "X-Padding: " + "p".repeat(gen.between(1_000, 60_000)) + "\r\n");
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + padding + "\r\n";
    }

    private static String rawExchange(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", jar.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Call brokenBody() {
        Operation op = gen.oneOf(operations.stream().filter(Operation::hasBody).toList());
        String body = gen.oneOf(this::malformedJson, () -> wrongTypes(op, true));
        return new Call(op.method(), concretePath(op), Map.of(), body, List.of(body));
    }

    private Call hostileBody() {
        Operation op = gen.oneOf(operations.stream()
                .filter(o -> o.hasBody() && o.path().indexOf('{') < 0)
                .toList());
        String body = wrongTypes(op, false);
        return new Call(op.method(), op.path(), Map.of(), body, List.of(body));
    }

    private String hostile() {
        return gen.frequency(
                weight(4, () -> gen.oneOf(HOSTILE)),
                weight(3, () -> gen.anyString(200)),
                weight(1, () -> gen.string(1, 5, '\uD800', '\uDFFF')),
                weight(2, () -> gen.digits(40).toString()),
                weight(2, this::tamperedCursor));
    }

    private String queryValue(Parameter parameter) {
        if (parameter.name().equals("cursor")) {
            return gen.oneOf(this::tamperedCursor, this::hostile);
        }
        if (DATE_PARAMETERS.contains(parameter.name())) {
            // plain periods, so that pairs of them are often reversed or empty ranges
            return gen.oneOf(
                    () -> String.valueOf(gen.between(2010, 2026)),
                    () -> gen.between(2010, 2026) + "-0" + gen.between(1, 9),
                    this::hostile);
        }
        if (parameter.type().equals("integer")) {
            return gen.oneOf(() -> String.valueOf(gen.between(-5, 300)), this::hostile);
        }
        return hostile();
    }

    /** Path values: hostile text, or ids that cannot name stored data on writes (writes must change nothing). */
    private String pathValue(Operation op) {
        Supplier<String> ids = op.method().equals("GET")
                ? () -> String.valueOf(gen.between(-3L, 2_000L))
                : () -> String.valueOf(gen.between(1_000_000_000L, Long.MAX_VALUE));
        return gen.frequency(
                weight(3, ids),
                weight(1, () -> gen.oneOf(ID_SPELLINGS)),
                weight(
                        3,
                        () -> gen.suchThat(
                                this::hostile, v -> !v.isEmpty() && !v.chars().allMatch(Character::isDigit))));
    }

    /** An issued cursor with one char replaced, cut short, or with a char appended. */
    private String tamperedCursor() {
        if (cursors.isEmpty()) {
            return "bm90LWEtY3Vyc29y.AAAA";
        }
        return gen.suchThat(
                () -> {
                    String cursor = gen.oneOf(cursors);
                    int at = gen.between(0, 1000) % cursor.length();
                    char c = gen.charOf(CURSOR_CHARS);
                    return gen.oneOf(
                            () -> cursor.substring(0, at) + c + cursor.substring(at + 1),
                            () -> cursor.substring(0, at),
                            () -> cursor + c);
                },
                tampered -> !cursors.contains(tampered));
    }

    private String malformedJson() {
        return gen.oneOf(
                () -> gen.oneOf(MALFORMED_JSON), () -> gen.suchThat(() -> gen.anyString(300), s -> !isJson(s)));
    }

    /**
     * JSON objects with a value of every kind in each declared field. With {@code invalid}, at least one thing is
     * certainly wrong (a required field missing, or an unknown field added), so nothing may be stored.
     */
    private String wrongTypes(Operation op, boolean invalid) {
        ObjectNode body = JSON.createObjectNode();
        String first = null;
        for (String field : op.bodyFields().keySet()) {
            Object value = gen.oneOf(this::hostile, () -> gen.oneOf(ODD_VALUES), () -> HUGE);
            first = first == null ? String.valueOf(value) : first;
            body.set(field, JSON.valueToTree(value));
        }
        int variant = gen.between(0, 1);
        if (invalid) {
            if (variant == 0 && !op.requiredFields().isEmpty()) {
                op.requiredFields().forEach(body::remove);
            } else {
                body.put("notAField" + variant, "x");
            }
        } else if (op.requiredFields().contains("text")) {
            String reference = Long.toHexString(gen.between(0L, Long.MAX_VALUE));
            body.put("text", "Hostile value test. " + first + " Ref " + reference);
        }
        return body.toString();
    }

    private static Call call(Operation op, List<Optional<String>> values, Optional<String> unknown) {
        String path = op.path();
        Map<String, List<String>> query = new LinkedHashMap<>();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < op.parameters().size(); i++) {
            Parameter parameter = op.parameters().get(i);
            Optional<String> value = values.get(i);
            if (value.isEmpty()) {
                continue;
            }
            sent.add(value.get());
            if (parameter.in().equals("path")) {
                path = path.replace(
                        "{" + parameter.name() + "}", encode(value.get()).replace("+", "%20"));
            } else {
                query.put(parameter.name(), List.of(value.get()));
            }
        }
        unknown.ifPresent(v -> {
            query.put("unknownParameter", List.of(v));
            sent.add(v);
        });
        return new Call(op.method(), concretePath(path), query, null, sent);
    }

    private static String concretePath(Operation op) {
        return concretePath(op.path());
    }

    /** Fills path parameters left over with an id no stored data has. */
    private static String concretePath(String path) {
        return path.replaceAll("\\{[^}]+}", "9000000000000");
    }

    // --- checking an answer -----------------------------------------------------------------------------------------

    private static HttpResponse<String> check(Call call) throws Exception {
        HttpResponse<String> response = send(call);
        int status = response.statusCode();
        String body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(status < 500, "no 5xx: " + status + " " + body);
        if (status == 201) {
            created.incrementAndGet();
        }
        if (status >= 400) {
            assertTrue(
                    type.startsWith("application/problem+json"),
                    "a problem: " + status + " " + type + " " + body + " "
                            + response.headers().map());
            JsonNode problem = JSON.readTree(body);
            assertEquals(status, problem.path("status").asInt(), body);
            assertFalse(problem.path("title").asText().isBlank(), body);
        } else if (!body.isEmpty()) {
            assertTrue(type.startsWith("application/json"), "JSON: " + type);
            JSON.readTree(body);
        }
        String echoFree = body;
        for (String value : call.sent()) {
            echoFree = echoFree.replace(value, "")
                    .replace(JSON.writeValueAsString(value).replaceAll("^\"|\"$", ""), "");
        }
        assertFalse(LEAK.matcher(echoFree).find(), "no internals leak: " + body);
        return response;
    }

    private static HttpResponse<String> send(Call call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(jar.baseUri() + call.target()))
                .timeout(Duration.ofSeconds(30));
        switch (call.method()) {
            case "GET", "HEAD" -> request.method(call.method(), HttpRequest.BodyPublishers.noBody());
            case "DELETE" -> request.DELETE().header("Authorization", Tokens.bearer(Tokens.admin()));
            default ->
                request.method(
                                call.method(),
                                HttpRequest.BodyPublishers.ofString(
                                        call.body() == null ? "" : call.body(), StandardCharsets.UTF_8))
                        .header("Content-Type", "application/json")
                        .header("Authorization", Tokens.bearer(Tokens.editor()));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // --- the OpenAPI document and the stored data -------------------------------------------------------------------

    static List<Operation> readOperations(JsonNode spec) {
        List<Operation> found = new ArrayList<>();
        JsonNode schemas = spec.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    parameters.add(new Parameter(
                            p.path("name").asText(),
                            p.path("in").asText(),
                            p.path("schema").path("type").asText("string")));
                }
                JsonNode schema = op.getValue()
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (schema.has("$ref")) {
                    schema = schemas.path(schema.get("$ref").asText().replaceFirst(".*/", ""));
                }
                Map<String, String> fields = new TreeMap<>();
                schema.path("properties")
                        .fields()
                        .forEachRemaining(f ->
                                fields.put(f.getKey(), f.getValue().path("type").asText("object")));
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                found.add(new Operation(
                        method,
                        path.getKey(),
                        parameters,
                        fields,
                        required,
                        op.getValue().has("requestBody")));
            }
        }
        return found;
    }

    /** Every stored article as its full JSON answer, by id. */
    private static Map<Long, String> articles() throws Exception {
        Map<Long, String> all = new TreeMap<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(get("/articles?limit=200" + (cursor == null ? "" : "&cursor=" + cursor))
                    .body());
            for (JsonNode item : page.path("items")) {
                long id = item.path("id").asLong();
                all.put(id, get("/articles/" + id).body());
            }
            cursor = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (cursor != null);
        return all;
    }

    private static HttpResponse<String> get(String target) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(jar.baseUri() + target))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String digest(String text) throws Exception {
        return text == null
                ? "missing"
                : HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean isJson(String text) {
        try {
            JSON.readTree(text);
            return !text.isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
