package io.claimbase.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The manifests under k8s/: the base files as written, and each overlay as {@code kubectl kustomize} renders it. */
final class Manifests {

    static final Path ROOT = Path.of("k8s");
    static final Path BASE = ROOT.resolve("base");
    static final List<String> OVERLAYS = List.of("dev", "prod");
    private static final long RENDER_TIMEOUT_SECONDS = 60;

    private final List<Object> resources;

    private Manifests(List<Object> resources) {
        this.resources = List.copyOf(resources);
    }

    /** Every resource file in the base (not kustomization.yaml), validated one by one. */
    static List<Path> baseFiles() {
        try (Stream<Path> files = Files.list(BASE)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rendering is a pure function of the files: each overlay is rendered once per test run. */
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    /** The overlay rendered by kubectl kustomize and bound, strictly, to its schemas. */
    static Manifests overlay(String name) {
        return RENDERED.computeIfAbsent(name, overlay -> {
            Path directory = ROOT.resolve("overlays").resolve(overlay);
            return new Manifests(new StrictManifestReader().read(directory.toString(), render(directory)));
        });
    }

    /** Runs {@code kubectl kustomize DIR}; Kustomize v2 syntax, so Debian's kubectl 1.20 renders it as well as 1.3x. */
    static String render(Path directory) {
        Path kubectl = findOnPath("kubectl");
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString()).start();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
            if (!process.waitFor(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "kubectl kustomize " + directory + " did not finish in " + RENDER_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed: " + stderr.join());
            }
            return stdout.join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path findOnPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .map(directory -> Path.of(directory, command))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("'" + command + "' is not on the PATH: the k8s/ overlays"
                        + " are rendered with `kubectl kustomize`. Install it: apt-get install -y kubernetes-client"));
    }

    private static String drain(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Object> all() {
        return resources;
    }

    <T> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The one resource of this type (and name, for Kubernetes kinds); fails if there is none or several. */
    <T> T one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one " + type.getSimpleName() + ", found " + found.size());
        }
        return found.get(0);
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream()
                .filter(resource -> name.equals(resource.getMetadata().getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }
}
