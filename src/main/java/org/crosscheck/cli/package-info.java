/** The command line: picocli commands, exit codes, terminal output and progress display. */
package org.crosscheck.cli;
