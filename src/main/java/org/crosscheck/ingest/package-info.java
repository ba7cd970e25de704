/**
 * Reads a corpus folder into documents and sentence passages, keeping exact offsets into each
 * file's decoded text.
 */
package org.crosscheck.ingest;
