package io.claimbase.extract.position;

import io.claimbase.extract.DomainDataException;
import io.claimbase.extract.DomainYaml;
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
            questions = Checks.nonEmpty(questions, "questions");
            Set<String> slugs = new HashSet<>();
            for (Question q : questions) {
                if (!slugs.add(q.slug())) {
                    throw new IllegalArgumentException("question slug '" + q.slug() + "' appears twice");
                }
            }
        }
    }
}
