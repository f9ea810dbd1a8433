package io.claimbase.extract;

/** A domain data file is malformed; the message names the file and, where known, the line. */
public class DomainDataException extends RuntimeException {

    public DomainDataException(String message) {
        super(message);
    }

    public DomainDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
