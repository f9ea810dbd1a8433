package io.claimbase.extract;

/**
 * A value read from a domain data file together with the line it starts on, so that a later validation error (a
 * duplicate id, a missing parent) can still name the line. Use it as a list element type in a file's root record;
 * {@link DomainYaml} fills in the line.
 */
public record Located<T>(T value, int line) {}
