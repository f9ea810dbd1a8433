package io.claimbase.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimbase.error.DomainException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Set;

/**
 * Reads an article's JSON ({@code POST /articles}, one line of a batch) with the service's strict ObjectMapper
 * ({@code web/StrictJson}) and checks it with Bean Validation: every failure is one the problem mappers name the field
 * of (Jackson's own exceptions, {@link ConstraintViolationException}, {@link DomainException}).
 */
@ApplicationScoped
public class ArticleBodies {

    private final ObjectMapper json;
    private final Validator validator;

    public ArticleBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The article a JSON request body holds, as a Uni that fails with what the problem mappers answer. */
    Uni<NewArticle> read(byte[] body, String what) {
        return Uni.createFrom().emitter(emitter -> {
            if (body.length == 0) {
                emitter.fail(new DomainException.InvalidField("(body)", "a JSON " + what + " is required"));
                return;
            }
            try {
                emitter.complete(checked(json.readValue(body, NewArticle.class), what));
            } catch (IOException | RuntimeException e) {
                emitter.fail(e);
            }
        });
    }

    /** The article one JSON line holds, as a Uni that fails with what the problem mappers answer. */
    Uni<NewArticle> read(String line, String what) {
        return Uni.createFrom().emitter(emitter -> {
            try {
                emitter.complete(checked(json.readValue(line, NewArticle.class), what));
            } catch (IOException | RuntimeException e) {
                emitter.fail(e);
            }
        });
    }

    private NewArticle checked(NewArticle article, String what) {
        if (article == null) {
            throw new DomainException.InvalidField("(body)", what + " must be a JSON object");
        }
        Set<ConstraintViolation<NewArticle>> violations = validator.validate(article);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return article;
    }
}
