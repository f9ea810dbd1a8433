package io.claimbase.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The PostgreSQL server running on a data directory, as its {@code postmaster.pid} names it (first line: the
 * postmaster's process id, fourth line: its port).
 */
record Postmaster(long pid, int port) {

    /** The server named by {@code dataDirectory/postmaster.pid}, if the file is there. */
    static Optional<Postmaster> of(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return Optional.of(new Postmaster(
                Long.parseLong(lines.get(0).trim()),
                Integer.parseInt(lines.get(3).trim())));
    }

    boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * SIGKILL to the postmaster and to all its children (backends, WAL writer, checkpointer, ...), back to back, so no
     * process of the server gets to flush anything on its way out.
     */
    void killWithChildren() {
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("postmaster " + pid + " is not running"));
        List<ProcessHandle> children = postmaster.descendants().collect(Collectors.toList());
        postmaster.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** Waits until the postmaster and its children are gone (SIGKILL is asynchronous). */
    void awaitGone() throws InterruptedException {
        for (int i = 0; i < 200 && isAlive(); i++) {
            Thread.sleep(50);
        }
        if (isAlive()) {
            throw new IllegalStateException("postmaster " + pid + " is still running");
        }
    }
}
