package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs another program's {@code main} in this JVM and, when the JVM exits, writes its peak resident
 * set size (VmHWM of /proc/self/status, Linux) to the file named by {@code -Dpeak.rss.file}: how the
 * end-to-end benchmark measures memory without an external {@code time} program.
 *
 * <p>Arguments: MAIN_CLASS [ARGUMENTS...]
 */
public final class PeakRss {

    private PeakRss() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("peak.rss.file", "peak-rss.txt"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(out)));
        Class.forName(args[0]).getMethod("main", String[].class)
                .invoke(null, (Object) List.of(args).subList(1, args.length).toArray(String[]::new));
    }

    private static void write(Path out) {
        try {
            String peak = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .findFirst().orElse("unknown");
            Files.writeString(out, peak + "\n");
        } catch (IOException e) {
            System.err.println("cannot write peak RSS to " + out + ": " + e.getMessage());
        }
    }
}
