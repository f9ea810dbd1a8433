package io.claimbase.extract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one domain data file (YAML) into a root record (records all the way down), strictly: unknown keys, duplicate
 * keys, wrong types and a missing file all fail with a {@link DomainDataException} whose message starts with
 * {@code file:line:}. List elements declared as {@link Located} remember the line they start on for later semantic
 * checks. Owners of other domain files (cue lists, questions) can read theirs the same way.
 */
public final class DomainYaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule().addDeserializer(Located.class, new LocatedDeserializer(null)))
            .build();

    private DomainYaml() {}

    public static <T> T read(Path file, Class<T> rootType) {
        if (!Files.isRegularFile(file)) {
            throw new DomainDataException(file + ": domain data file not found");
        }
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DomainDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        return read(yaml, file.toString(), rootType);
    }

    /** Reads the YAML text {@code yaml}; {@code source} names the file in error messages. */
    public static <T> T read(String yaml, String source, Class<T> rootType) {
        try (JsonParser keys = MAPPER.createParser(yaml)) {
            if (keys.nextToken() != null) {
                checkKeys(source, keys, rootType, "");
            }
            T root = MAPPER.readValue(yaml, rootType);
            if (root == null) {
                throw new DomainDataException(source + ":1: the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            String message = (e instanceof JacksonYAMLParseException ? "not valid YAML: " : "") + reason(e);
            throw new DomainDataException(source, line(e), pointer(e), message, e);
        } catch (IOException e) {
            throw new DomainDataException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * What went wrong, on one line: the message of a record's own check (a compact constructor that throws an
     * {@link IllegalArgumentException}), else Jackson's.
     */
    static String reason(JsonProcessingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return e.getOriginalMessage().replaceAll("\\s+", " ").strip();
    }

    /**
     * Walks the document along the record types and fails on the first key that names no record component, with the
     * key's own line (Jackson, when it builds a record, only notices an unknown key at the end of its mapping).
     */
    private static void checkKeys(String source, JsonParser parser, Type type, String pointer) throws IOException {
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        if (raw == Located.class) {
            checkKeys(source, parser, ((ParameterizedType) type).getActualTypeArguments()[0], pointer);
        } else if (List.class.isAssignableFrom(raw)
                && parser.currentToken() == JsonToken.START_ARRAY
                && type instanceof ParameterizedType parameterized) {
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                checkKeys(source, parser, parameterized.getActualTypeArguments()[0], pointer + "/" + i);
            }
        } else if (raw.isRecord() && parser.currentToken() == JsonToken.START_OBJECT) {
            Map<String, Type> components = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                components.put(component.getName(), component.getGenericType());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                if (!components.containsKey(key)) {
                    throw new DomainDataException(
                            source,
                            parser.currentTokenLocation().getLineNr(),
                            pointer + "/" + escape(key),
                            "unknown key '" + key + "' (expected one of " + String.join(", ", components.keySet())
                                    + ")",
                            null);
                }
                parser.nextToken();
                checkKeys(source, parser, components.get(key), pointer + "/" + escape(key));
            }
        } else {
            parser.skipChildren();
        }
    }

    /**
     * The JSON pointer (RFC 6901) of the value at fault: the path Jackson was reading, and below it the field a
     * record's own check names ({@link InvalidField}).
     */
    static String pointer(JsonProcessingException e) {
        StringBuilder pointer = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    pointer.append('/').append(escape(ref.getFieldName()));
                } else if (ref.getIndex() >= 0) {
                    pointer.append('/').append(ref.getIndex());
                }
            }
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidField invalid && invalid.field() != null) {
                pointer.append('/').append(invalid.field());
                break;
            }
        }
        return pointer.length() == 0 && !(e instanceof JsonMappingException) ? null : pointer.toString();
    }

    /** A key as one JSON pointer segment: {@code ~} and {@code /} escaped. */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The line of the offending token: the parser's current token when the error comes from mapping (an unknown key
     * is still the current token), otherwise the location the exception carries (a syntax error).
     */
    private static int line(JsonProcessingException e) {
        JsonLocation where =
                e.getProcessor() instanceof JsonParser parser ? parser.currentTokenLocation() : e.getLocation();
        return where == null ? 0 : where.getLineNr();
    }

    /** The {@code file:line: } prefix every domain data error starts with. */
    public static String at(Path file, int line) {
        return at(file.toString(), line);
    }

    public static String at(String source, int line) {
        return line > 0 ? source + ":" + line + ": " : source + ": ";
    }

    /** Reads the element type of {@code Located<T>} and wraps it with the line of its first token. */
    private static final class LocatedDeserializer extends JsonDeserializer<Located<?>>
            implements ContextualDeserializer {

        private final JavaType valueType;

        LocatedDeserializer(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType type = context.getContextualType();
            return new LocatedDeserializer(type.containedTypeOrUnknown(0));
        }

        @Override
        public Located<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            int line = parser.currentTokenLocation().getLineNr();
            Object value = context.readValue(parser, valueType);
            return new Located<>(value, line);
        }
    }
}
