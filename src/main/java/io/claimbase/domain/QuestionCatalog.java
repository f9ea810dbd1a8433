package io.claimbase.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.claimbase.ClaimbaseConfig;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.position.DirectionReader;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.Question;
import io.claimbase.extract.position.QuestionLoader;
import io.claimbase.extract.position.TrendPrior;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment questions: those shipped in {@code <seeds>/domain/questions.yaml} (read once, a malformed file fails
 * start-up with a message naming the file, line and field), and the current ones — as stored in the database, where
 * {@code PUT /questions/{slug}} may have added or replaced some — with the assessor built from them. The current
 * set is swapped whole ({@link #install}), so a reader sees one consistent set. Also the direction words of
 * {@code directions.yaml}.
 */
@Singleton
public class QuestionCatalog {

    /** Where a stored question came from. */
    public static final String FILE = "file";

    public static final String API = "api";

    private static final ObjectMapper CANONICAL =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** A current question with its version (incremented on every change) and origin ({@value FILE}/{@value API}). */
    public record Entry(Question question, int version, String origin) {}

    private record Current(Map<String, Entry> bySlug, PositionAssessor assessor) {}

    private final List<Question> fileQuestions;
    private final DomainModel domain;
    private final DirectionReader directions;
    private final TrendPrior usualTrends;
    private final String directionsFingerprint;
    private volatile Current current;

    public QuestionCatalog(ClaimbaseConfig config, DomainModel domain) {
        Path folder = config.seeds().directory().resolve("domain");
        this.domain = domain;
        this.fileQuestions = QuestionLoader.loadFolder(folder, domain);
        this.usualTrends = TrendPrior.load(folder);
        this.directions = new DirectionReader(QuestionLoader.loadDirections(folder));
        this.directionsFingerprint = fingerprint(folder.resolve(QuestionLoader.DIRECTIONS_FILE));
        install(fileQuestions.stream().map(q -> new Entry(q, 1, FILE)).toList());
    }

    /**
     * Reads a question sent to the API (JSON), with the checks of {@code questions.yaml} and against the domain model;
     * a failure is a {@code DomainDataException} naming the JSON pointer of the field at fault.
     */
    public Question read(String json) {
        return QuestionLoader.readOne(json, "request body", domain);
    }

    /** A question as canonical JSON (keys sorted): what is stored, and what {@link #hash} digests. */
    public static String json(Question question) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.valueToTree(question));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write question " + question.slug(), e);
        }
    }

    /** The SHA-256 of a question's canonical JSON: whether the file's question changed since it was last stored. */
    public static String hash(Question question) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(json(question).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes these the current questions (in this order), with an assessor built from them. */
    public void install(List<Entry> entries) {
        Map<String, Entry> bySlug = new LinkedHashMap<>();
        entries.forEach(e -> bySlug.put(e.question().slug(), e));
        current = new Current(
                bySlug,
                new PositionAssessor(entries.stream().map(Entry::question).toList(), usualTrends));
    }

    /** The trend usual with each label of the shipped questions ({@code models/trend.tsv}), for every assessor. */
    public TrendPrior usualTrends() {
        return usualTrends;
    }

    /** The version of each current question, by slug: cheap to compare with what is stored. */
    public Map<String, Integer> versions() {
        Map<String, Integer> versions = new LinkedHashMap<>();
        current.bySlug().forEach((slug, e) -> versions.put(slug, e.version()));
        return versions;
    }

    /** The questions of {@code questions.yaml}, as shipped. */
    public List<Question> fileQuestions() {
        return fileQuestions;
    }

    /**
     * What the stored direction readings depend on: the bytes of {@code directions.yaml} and the reader's version, so
     * that a change of either makes {@link DirectionStore} read the stored claims again.
     */
    public String directionsFingerprint() {
        return directionsFingerprint;
    }

    private static String fingerprint(Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("reader:" + DirectionReader.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint " + file, e);
        }
    }

    /** Reads which way a claim says something moves (for contrasts), from {@code directions.yaml}. */
    public DirectionReader directions() {
        return directions;
    }

    /** The current questions. */
    public List<Question> questions() {
        return current.bySlug().values().stream().map(Entry::question).toList();
    }

    public List<Entry> entries() {
        return List.copyOf(current.bySlug().values());
    }

    public Optional<Question> find(String slug) {
        return entry(slug).map(Entry::question);
    }

    public Optional<Entry> entry(String slug) {
        return Optional.ofNullable(current.bySlug().get(slug));
    }

    /** The assessor of the current questions. */
    public PositionAssessor assessor() {
        return current.assessor();
    }
}
