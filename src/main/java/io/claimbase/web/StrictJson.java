package io.claimbase.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies are one JSON value and nothing else: {@code {"text": "x"} trailing} is malformed (400), not a valid
 * article followed by ignored bytes; and no string may carry a NUL character ({@code "\u0000"}), which PostgreSQL
 * cannot store — a 400 naming the field rather than a failed write. (Unknown fields are refused by
 * {@code quarkus.jackson.fail-on-unknown-properties}.)
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("claimbase-strict-strings").addDeserializer(String.class,
                new NoNulStrings()));
    }

    /** A string value holding a NUL character; answered 400 naming the field. */
    public static final class NulCharacterException extends JsonMappingException {
        public static final String MESSAGE = "must not contain NUL characters";

        NulCharacterException(JsonParser parser) {
            super(parser, MESSAGE);
        }

        /** Whether {@code failure} is one, possibly wrapped by Jackson on its way out of a record or bean. */
        static boolean in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof NulCharacterException) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new NulCharacterException(parser);
            }
            return value;
        }
    }
}
