package io.claimbase.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** src/main/resources/application.properties as the production profile sees it. */
final class ApplicationProperties {

    private static final Path FILE = Path.of("src", "main", "resources", "application.properties");

    private final Properties properties;

    private ApplicationProperties(Properties properties) {
        this.properties = properties;
    }

    static ApplicationProperties load() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApplicationProperties(properties);
    }

    /** The value in the prod profile: {@code %prod.name} if set, else {@code name}. */
    Optional<String> prod(String name) {
        return Optional.ofNullable(properties.getProperty("%prod." + name, properties.getProperty(name)));
    }

    /** Every property name the file sets, in any profile, without its profile prefix. */
    Set<String> names() {
        return properties.stringPropertyNames().stream()
                .map(name -> name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The environment variable MicroProfile Config reads for a property: every character that is not a letter or a
     * digit becomes '_', and the whole is upper-cased (quarkus.datasource.reactive.max-size ->
     * QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE).
     */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
