package io.github.speclint.cache;

/** A cache file that is not what this version of speclint writes: it is ignored and the files are linted afresh. */
final class CacheFormatException extends RuntimeException {

    CacheFormatException(String message) {
        super(message);
    }
}
