package io.claimbase.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;

/**
 * Request bodies are parsed strictly, so that what is stored is exactly what the client meant:
 * <ul>
 * <li>one JSON value and nothing else: {@code {"text": "x"} trailing} is malformed (400), not a valid article
 * followed by ignored bytes;</li>
 * <li>no field twice: {@code {"text": "a", "text": "b"}} is a 400 naming {@code text}, not silently the last value;</li>
 * <li>no scalar coercion: a number or boolean where a string belongs ({@code "title": 5}), a string where a number
 * belongs, a fraction where an integer belongs, are 400s naming the field ("must be a string"), not converted;</li>
 * <li>strings are text PostgreSQL can store: no NUL character ({@code "\u0000"}) and no lone UTF-16 surrogate
 * ({@code "\ud800"}, which UTF-8 cannot encode and would be stored as {@code ?}) — a 400 naming the field.</li>
 * </ul>
 * (Unknown fields are refused by {@code quarkus.jackson.fail-on-unknown-properties}.)
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(
                new SimpleModule("claimbase-strict-strings").addDeserializer(String.class, new StorableStrings()));
    }

    /** A string value PostgreSQL cannot store as it is; answered 400 naming the field. */
    public static final class UnstorableStringException extends JsonMappingException {

        UnstorableStringException(JsonParser parser, String message) {
            super(parser, message);
        }

        /** The message of one, possibly wrapped by Jackson on its way out of a record or bean. */
        static Optional<String> in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof UnstorableStringException unstorable) {
                    return Optional.of(unstorable.getOriginalMessage());
                }
            }
            return Optional.empty();
        }
    }

    private static final class StorableStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value == null) {
                return null;
            }
            if (value.indexOf('\0') >= 0) {
                throw new UnstorableStringException(parser, "must not contain NUL characters");
            }
            if (hasLoneSurrogate(value)) {
                throw new UnstorableStringException(
                        parser, "must be valid Unicode text (it holds a lone UTF-16 surrogate escape such as \\ud800)");
            }
            return value;
        }

        private static boolean hasLoneSurrogate(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
