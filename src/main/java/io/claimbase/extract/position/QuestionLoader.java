package io.claimbase.extract.position;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.claimbase.extract.DomainDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the assessment questions file ({@code questions.yaml}) and the direction words ({@code directions.yaml}).
 * Anything malformed — bad YAML, an unknown or
 * missing field, a scale whose scores do not increase — fails with a {@link DomainDataException} naming the file
 * and the line.
 */
public final class QuestionLoader {

    public static final String FILE_NAME = "questions.yaml";
    public static final String DIRECTIONS_FILE = "directions.yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private QuestionLoader() {
    }

    /** Loads {@code questions.yaml} from a domain data folder. */
    public static List<Question> loadFolder(Path folder) {
        return load(folder.resolve(FILE_NAME));
    }

    public static List<Question> load(Path file) {
        return read(file, QuestionsFile.class).questions();
    }

    /** @param name how the source is named in error messages (a path or resource name) */
    public static List<Question> load(InputStream in, String name) {
        return read(in, name, QuestionsFile.class).questions();
    }

    /** Loads {@code directions.yaml} (the words of GET /claims/contrasts) from a domain data folder. */
    public static DirectionWords loadDirections(Path folder) {
        return read(folder.resolve(DIRECTIONS_FILE), DirectionWords.class);
    }

    private static <T> T read(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), type);
        } catch (IOException e) {
            throw new DomainDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static <T> T read(InputStream in, String name, Class<T> type) {
        try {
            T file = YAML.readValue(in, type);
            if (file == null) {
                throw new DomainDataException(name + ": is empty");
            }
            return file;
        } catch (JsonProcessingException e) {
            throw new DomainDataException(name + lineOf(e.getLocation()) + ": " + reason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read", e);
        }
    }

    private static String lineOf(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
    }

    /** The validation message of our own records, else Jackson's message without its source excerpt. */
    private static String reason(JsonProcessingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return e.getOriginalMessage();
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
