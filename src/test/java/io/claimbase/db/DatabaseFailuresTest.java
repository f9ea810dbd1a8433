package io.claimbase.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * Which failures mean "the database is unavailable" (503 + Retry-After) rather than a bug (500). The adversarial run
 * saw 500s at the instant the database stopped: a connection reset under a statement, which is the former.
 */
class DatabaseFailuresTest {

    @Test
    void aConnectionResetOrBrokenPipeUnderAStatementIsUnavailability() {
        assertTrue(DatabaseFailures.isUnavailable(new SocketException("Connection reset")));
        assertTrue(DatabaseFailures.isUnavailable(new CompletionException(new SocketException("Connection reset"))));
        // Netty's native transport reports it as a plain IOException (Errors.NativeIoException)
        assertTrue(DatabaseFailures.isUnavailable(new IOException("recvAddress(..) failed: Connection reset by peer")));
        assertTrue(DatabaseFailures.isUnavailable(
                new RuntimeException("wrapped", new IOException("writevAddresses(..) failed: Broken pipe"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseFailures.isUnavailable(new IOException("No space left on device")));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("Connection reset")));
        assertFalse(DatabaseFailures.isUnavailable(new NullPointerException()));
    }
}
