package io.claimbase.db;

import java.io.IOException;
import java.nio.file.Path;

/** Another live process (a Claimbase, or one still stopping) owns the embedded PostgreSQL's data directory. */
public final class DataDirectoryInUseException extends IOException {

    private final transient Path dataDirectory;

    public DataDirectoryInUseException(Path dataDirectory) {
        super("the data directory " + dataDirectory + " is in use by another process");
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
