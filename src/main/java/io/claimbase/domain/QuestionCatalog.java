package io.claimbase.domain;

import io.claimbase.ClaimbaseConfig;
import io.claimbase.extract.position.DirectionReader;
import io.claimbase.extract.position.PositionAssessor;
import io.claimbase.extract.position.Question;
import io.claimbase.extract.position.QuestionLoader;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The assessment questions of {@code <seeds>/domain/questions.yaml} and the direction words of
 * {@code directions.yaml}, loaded once; a malformed file fails start-up with a message naming the file and line.
 */
@Singleton
public class QuestionCatalog {

    private final List<Question> questions;
    private final PositionAssessor assessor;
    private final DirectionReader directions;
    private final String directionsFingerprint;

    public QuestionCatalog(ClaimbaseConfig config) {
        Path folder = config.seeds().directory().resolve("domain");
        this.questions = QuestionLoader.loadFolder(folder);
        this.assessor = new PositionAssessor(questions);
        this.directions = new DirectionReader(QuestionLoader.loadDirections(folder));
        this.directionsFingerprint = fingerprint(folder.resolve(QuestionLoader.DIRECTIONS_FILE));
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

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> find(String slug) {
        return questions.stream().filter(q -> q.slug().equals(slug)).findFirst();
    }

    public PositionAssessor assessor() {
        return assessor;
    }
}
