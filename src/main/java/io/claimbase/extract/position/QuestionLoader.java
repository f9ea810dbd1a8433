package io.claimbase.extract.position;

import io.claimbase.extract.DomainDataException;
import io.claimbase.extract.DomainModel;
import io.claimbase.extract.DomainYaml;
import io.claimbase.extract.InvalidField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the assessment questions file ({@code questions.yaml}) and the direction words ({@code directions.yaml})
 * with {@link DomainYaml}. Anything malformed — bad YAML, an unknown or missing field, a scale whose scores do not
 * increase — fails with a {@link DomainDataException} whose message starts with {@code file:line:}.
 */
public final class QuestionLoader {

    public static final String FILE_NAME = "questions.yaml";
    public static final String DIRECTIONS_FILE = "directions.yaml";

    private QuestionLoader() {}

    /** Loads {@code questions.yaml} from a domain data folder. */
    public static List<Question> loadFolder(Path folder) {
        return load(folder.resolve(FILE_NAME));
    }

    public static List<Question> load(Path file) {
        return DomainYaml.read(file, QuestionsFile.class).questions();
    }

    /** @param name how the source is named in error messages (a path or resource name) */
    public static List<Question> load(InputStream in, String name) {
        return read(in, name, QuestionsFile.class).questions();
    }

    /**
     * Reads one question (JSON or YAML: the model of an entry of {@code questions.yaml}) with the same checks as the
     * file, and checks it against the domain model. A failure is a {@link DomainDataException} whose
     * {@link DomainDataException#pointer() pointer} names the field at fault ({@code /scale/2/score}).
     *
     * @param source how the text is named in error messages
     */
    public static Question readOne(String text, String source, DomainModel domain) {
        Question question = DomainYaml.read(text, source, Question.class);
        checkAgainst(question, domain, "", source);
        return question;
    }

    /** Reads {@code questions.yaml} and checks every question against the domain model. */
    public static List<Question> loadFolder(Path folder, DomainModel domain) {
        List<Question> questions = loadFolder(folder);
        for (int i = 0; i < questions.size(); i++) {
            checkAgainst(
                    questions.get(i),
                    domain,
                    "/questions/" + i,
                    folder.resolve(FILE_NAME).toString());
        }
        return questions;
    }

    /** The question's topic and actor ids must be in the taxonomy and the gazetteer. */
    private static void checkAgainst(Question q, DomainModel domain, String at, String source) {
        if (q.topic() != null && domain.topic(q.topic()).isEmpty()) {
            throw new DomainDataException(
                    source,
                    0,
                    at + "/topic",
                    "question '" + q.slug() + "' names unknown topic '" + q.topic() + "'",
                    null);
        }
        for (int i = 0; i < q.actors().size(); i++) {
            QuestionActor actor = q.actors().get(i);
            unknownActor(q, domain, actor.id(), at + "/actors/" + i + "/id", source);
            for (int j = 0; j < actor.ids().size(); j++) {
                unknownActor(q, domain, actor.ids().get(j), at + "/actors/" + i + "/ids/" + j, source);
            }
        }
    }

    private static void unknownActor(Question q, DomainModel domain, String id, String pointer, String source) {
        if (domain.actor(id).isEmpty()) {
            throw new DomainDataException(
                    source,
                    0,
                    pointer,
                    "question '" + q.slug() + "' names actor '" + id + "', which the gazetteer (actors.yaml) does not"
                            + " know",
                    null);
        }
    }

    /** Loads {@code directions.yaml} (the words of GET /claims/contrasts) from a domain data folder. */
    public static DirectionWords loadDirections(Path folder) {
        return DomainYaml.read(folder.resolve(DIRECTIONS_FILE), DirectionWords.class);
    }

    private static <T> T read(InputStream in, String name, Class<T> type) {
        try {
            return DomainYaml.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, type);
        } catch (IOException e) {
            throw new DomainDataException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    record QuestionsFile(List<Question> questions) {

        QuestionsFile {
            questions = Checks.nonEmpty(questions, "questions", "questions");
            Set<String> slugs = new HashSet<>();
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                if (!slugs.add(q.slug())) {
                    throw new InvalidField(
                            "questions/" + i + "/slug", "question slug '" + q.slug() + "' appears twice");
                }
            }
        }
    }
}
