package io.claimbase.article;

import static io.claimbase.support.Api.article;
import static io.claimbase.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimbase.claim.Claim;
import io.claimbase.claim.ClaimRepository;
import io.claimbase.support.Api;
import io.claimbase.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ingest under faults and concurrency: all or nothing, and one article per text however many post it at once. */
@QuarkusTest
class IngestFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = """
            Seoul and Tokyo resume shuttle diplomacy

            South Korea and Japan agreed on Tuesday to resume regular summits, officials in Seoul said.
            The two governments will also restore each other to their export white lists.
            """;

    @Inject
    Pool pool;

    @TestHTTPResource("/articles")
    URI articles;

    /** Fails where the claims would be stored: the author and article rows are written by then, in the transaction. */
    static class FailingClaims extends ClaimRepository {
        @Override
        public Uni<Void> insertAll(SqlConnection conn, List<Claim> claims) {
            return conn.query("select 1")
                    .execute()
                    .chain(() -> Uni.createFrom()
                            .failure(new IllegalStateException("injected failure after the article row")));
        }
    }

    @Test
    void aFailureAfterTheArticleRowIsWrittenLeavesNothingOfTheArticle() {
        String marker = UUID.randomUUID().toString();
        String author = "Min-jun Fault " + marker.substring(0, 8);
        QuarkusMock.installMockForType(new FailingClaims(), ClaimRepository.class);
        Api.post(article(TEXT + "\nReference " + marker + ".", "author", author))
                .statusCode(500)
                .contentType("application/problem+json")
                .body("status", equalTo(500))
                .body(not(containsString("injected")))
                .body(not(containsString("IllegalStateException")));

        assertEquals(
                0, count("select count(*) from article where raw_body like $1", "%" + marker + "%"), "no article row");
        assertEquals(0, count("select count(*) from author where name = $1", author), "no author row");
        assertEquals(0, count("select count(*) from claim where text like $1", "%" + marker + "%"), "no claim row");
    }

    @Test
    void twentyIdenticalPostsAtOnceStoreOneArticle() throws Exception {
        String body = JSON.writeValueAsString(article(unique(TEXT)));
        List<HttpResponse<String>> answers =
                postConcurrently(IntStream.range(0, 20).mapToObj(i -> body).toList());
        Set<Long> ids = new HashSet<>();
        int created = 0;
        for (HttpResponse<String> answer : answers) {
            assertTrue(
                    answer.statusCode() == 200 || answer.statusCode() == 201,
                    answer.statusCode() + " " + answer.body());
            created += answer.statusCode() == 201 ? 1 : 0;
            ids.add(JSON.readTree(answer.body()).path("article").path("id").asLong());
        }
        assertEquals(1, ids.size(), "every answer names the same article: " + ids);
        assertEquals(1, created, "exactly one answer says it was created");
        String marker = body.substring(body.indexOf("Reference ") + 10, body.indexOf(" was filed"));
        assertEquals(1, count("select count(*) from article where raw_body like $1", "%" + marker + "%"));
    }

    @Test
    void differentPostsAtOnceAllSucceed() throws Exception {
        List<String> bodies = IntStream.range(0, 12)
                .mapToObj(i -> {
                    try {
                        return JSON.writeValueAsString(article(unique(TEXT)));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        Set<Long> ids = new HashSet<>();
        for (HttpResponse<String> answer : postConcurrently(bodies)) {
            assertEquals(201, answer.statusCode(), answer.body());
            JsonNode article = JSON.readTree(answer.body()).path("article");
            ids.add(article.path("id").asLong());
        }
        assertEquals(bodies.size(), ids.size(), "each post stored its own article");
    }

    private List<HttpResponse<String>> postConcurrently(List<String> bodies) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = Tokens.bearer(Tokens.editor());
        List<CompletableFuture<HttpResponse<String>>> pending = bodies.stream()
                .map(body -> client.sendAsync(
                        HttpRequest.newBuilder(articles)
                                .timeout(Duration.ofSeconds(120))
                                .header("Content-Type", "application/json")
                                .header("Authorization", token)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql)
                .execute(Tuple.of(parameter))
                .await()
                .atMost(Duration.ofSeconds(30))
                .iterator()
                .next()
                .getLong(0);
    }
}
