/** Writes results for people and machines, one writer per format, byte for byte the same for the same input. */
package org.crosscheck.report;
