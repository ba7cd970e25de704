package org.crosscheck.model;

/**
 * A file's size and last-modified time: when both are what the index recorded, the file is taken
 * as unchanged without reading it (as make and git do).
 *
 * @param size bytes
 * @param modifiedNanos last-modified time, nanoseconds since the epoch, at the file system's precision
 */
public record FileStamp(long size, long modifiedNanos) {
}
