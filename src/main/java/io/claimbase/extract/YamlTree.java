package io.claimbase.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into maps, lists and strings that remember the line they came from, so that a data error can
 * name the file and the line. Small on purpose: data files here are maps of lists of strings.
 */
final class YamlTree {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    sealed interface Node permits MapNode, ListNode, Scalar {
        int line();
    }

    /** A map; {@code keyLines} gives the line of each key. */
    record MapNode(Map<String, Node> entries, Map<String, Integer> keyLines, int line) implements Node {
    }

    record ListNode(List<Node> items, int line) implements Node {
    }

    record Scalar(String value, int line) implements Node {
    }

    private final String source;

    private YamlTree(String source) {
        this.source = source;
    }

    /** Reads {@code yaml}; {@code source} names the file in error messages. */
    static Node read(String yaml, String source) {
        YamlTree tree = new YamlTree(source);
        try (JsonParser parser = FACTORY.createParser(new StringReader(yaml))) {
            if (parser.nextToken() == null) {
                throw tree.error(1, "the file is empty");
            }
            return tree.readValue(parser);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw tree.error(line, "not valid YAML: " + e.getOriginalMessage().replaceAll("\\s+", " ").strip());
        } catch (IOException e) {
            throw new DomainDataException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private Node readValue(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> entries = new LinkedHashMap<>();
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (entries.put(key, readValue(parser)) != null) {
                    throw error(keyLine, "duplicate key '" + key + "'");
                }
                keyLines.put(key, keyLine);
            }
            return new MapNode(entries, keyLines, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(parser));
            }
            return new ListNode(items, line);
        }
        return new Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
    }

    DomainDataException error(int line, String message) {
        return new DomainDataException(source + ":" + line + ": " + message);
    }

    /** Helpers that read a typed value or fail with the file and line. */
    static final class Reader {

        private final String source;

        Reader(String source) {
            this.source = source;
        }

        DomainDataException error(Node node, String message) {
            return new DomainDataException(source + ":" + node.line() + ": " + message);
        }

        MapNode map(Node node, String what, List<String> allowedKeys) {
            if (!(node instanceof MapNode map)) {
                throw error(node, what + " must be a map");
            }
            for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
                if (!allowedKeys.contains(entry.getKey())) {
                    throw new DomainDataException(source + ":" + map.keyLines().get(entry.getKey()) + ": unknown key '"
                            + entry.getKey() + "' in " + what + " (expected one of " + String.join(", ", allowedKeys)
                            + ")");
                }
            }
            return map;
        }

        Node required(MapNode map, String key, String what) {
            Node node = map.entries().get(key);
            if (node == null) {
                throw error(map, what + " is missing '" + key + "'");
            }
            return node;
        }

        String string(Node node, String what) {
            if (!(node instanceof Scalar scalar) || scalar.value() == null || scalar.value().isBlank()) {
                throw error(node, what + " must be a non-empty string");
            }
            return scalar.value().strip();
        }

        /** A list of non-empty strings, each remembered with its line. */
        List<Scalar> strings(Node node, String what) {
            if (!(node instanceof ListNode list) || list.items().isEmpty()) {
                throw error(node, what + " must be a non-empty list of strings");
            }
            List<Scalar> out = new ArrayList<>();
            for (Node item : list.items()) {
                out.add(new Scalar(string(item, "each entry of " + what), item.line()));
            }
            return out;
        }
    }
}
