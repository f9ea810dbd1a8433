package io.claimbase.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A PostgreSQL server still running on a data directory after the process that started it died (a JVM killed with
 * SIGKILL: {@code pg_ctl} starts the postmaster detached, so it outlives its owner and keeps {@code postmaster.pid}).
 * It is recognised only when the process that {@code postmaster.pid} names is alive, is a {@code postgres} executable
 * and was started with {@code -D} this very directory, so a process id reused by an unrelated process is never touched.
 */
final class LeftoverPostmaster {

    /** A smart shutdown (SIGTERM) ends once no client is connected; the dead owner's connections are already gone. */
    private static final Duration SMART = Duration.ofSeconds(15);
    /** A fast shutdown (pg_ctl stop -m fast: SIGINT) disconnects whoever is left and writes a checkpoint. */
    private static final Duration FAST = Duration.ofSeconds(30);

    private static final Duration KILLED = Duration.ofSeconds(10);

    private final ProcessHandle postmaster;
    private final Path dataDirectory;

    private LeftoverPostmaster(ProcessHandle postmaster, Path dataDirectory) {
        this.postmaster = postmaster;
        this.dataDirectory = dataDirectory;
    }

    /** The live postmaster of {@code dataDirectory} named by its {@code postmaster.pid}, if there is one. */
    static Optional<LeftoverPostmaster> find(Path dataDirectory) throws IOException {
        List<String> lines = pidFile(dataDirectory);
        if (lines.size() < 2 || !sameDirectory(lines.get(1).trim(), dataDirectory)) {
            return Optional.empty();
        }
        return namedProcess(lines)
                .filter(process -> isPostmasterOf(process, dataDirectory))
                .map(process -> new LeftoverPostmaster(process, dataDirectory));
    }

    /**
     * The live process that {@code postmaster.pid} names when it is not this directory's postmaster (a process id
     * reused after a crash): PostgreSQL refuses to start while it runs, and it is not ours to stop. This process itself
     * does not count, as PostgreSQL ignores its grandparent (the process that ran pg_ctl).
     */
    static Optional<ProcessHandle> foreignProcess(Path dataDirectory) throws IOException {
        return namedProcess(pidFile(dataDirectory))
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> !isPostmasterOf(process, dataDirectory));
    }

    private static List<String> pidFile(Path dataDirectory) throws IOException {
        try {
            return Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (java.nio.file.NoSuchFileException gone) {
            return List.of();
        }
    }

    private static Optional<ProcessHandle> namedProcess(List<String> pidFileLines) {
        if (pidFileLines.isEmpty() || !pidFileLines.get(0).trim().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pidFileLines.get(0).trim())).filter(ProcessHandle::isAlive);
    }

    long pid() {
        return postmaster.pid();
    }

    /**
     * Stops the server: a smart shutdown, then a fast one, then SIGKILL to it and its children (which PostgreSQL
     * recovers from like from any crash). Returns once the postmaster is gone.
     */
    void stop() throws IOException {
        List<ProcessHandle> children = postmaster.descendants().collect(Collectors.toList());
        postmaster.destroy();
        if (awaitExit(SMART)) {
            return;
        }
        Optional<Path> pgCtl = postmaster
                .info()
                .command()
                .map(command -> Path.of(command).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            try {
                new ProcessBuilder(
                                pgCtl.get().toString(),
                                "stop",
                                "-D",
                                dataDirectory.toString(),
                                "-m",
                                "fast",
                                "-t",
                                String.valueOf(FAST.toSeconds()),
                                "-w")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .waitFor(FAST.toSeconds() + 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stopping PostgreSQL (PID " + pid() + ")", e);
            }
            if (awaitExit(Duration.ofSeconds(1))) {
                return;
            }
        }
        postmaster.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(KILLED)) {
            throw new IOException("PostgreSQL (PID " + pid() + ") on " + dataDirectory + " did not stop");
        }
    }

    private boolean awaitExit(Duration timeout) throws IOException {
        try {
            postmaster.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            return !postmaster.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL (PID " + pid() + ")", e);
        }
    }

    /** A {@code postgres} executable whose arguments say {@code -D dataDirectory}. */
    private static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command()
                .map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("postgres") || name.startsWith("postgres "))
                .isPresent();
        if (!postgres) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && sameDirectory(arguments[i + 1], dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDirectory(String path, Path dataDirectory) {
        try {
            return Files.isSameFile(Path.of(path), dataDirectory);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
