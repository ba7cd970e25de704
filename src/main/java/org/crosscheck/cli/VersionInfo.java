package org.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** crosscheck's version, from the build, with the Java runtime it runs on. */
final class VersionInfo implements IVersionProvider {

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    static String describe() {
        return "crosscheck " + version() + " (Java " + Runtime.version() + ")";
    }

    @Override
    public String[] getVersion() {
        return new String[] {describe()};
    }
}
