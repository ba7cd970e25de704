package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.crosscheck.pipeline.IndexSummary;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.pipeline.RunConfig;

/**
 * Indexes a corpus made of many copies of a source corpus, then indexes it again unchanged, and
 * prints throughput, peak heap and the machine it ran on.
 *
 * <p>Arguments: {@code [--copies N] [--corpus DIR] [--work DIR] [--keep]}. The work folder gets a
 * {@code corpus} and an {@code index} folder, which must not exist yet and are deleted at the end
 * unless {@code --keep} is given.
 */
public final class IndexBenchmark {

    private static final double MB = 1e6;
    private static final double MIB = 1024 * 1024;

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Path work = options.work().isPresent() ? options.work().get() : Files.createTempDirectory("crosscheck-bench-");
        Path corpus = work.resolve("corpus");
        Path index = work.resolve("index");
        if (Files.exists(corpus) || Files.exists(index)) {
            throw new IllegalArgumentException(work + " already holds a corpus or index folder");
        }
        try {
            int documents = copyCorpus(options.source(), corpus, options.copies());
            run(RunConfig.of(corpus, Optional.of(index), false), documents);
        } finally {
            if (!options.keep()) {
                deleteTree(corpus);
                deleteTree(index);
                if (options.work().isEmpty()) {
                    Files.delete(work);
                }
            } else {
                System.out.println("kept " + work);
            }
        }
    }

    private static void run(RunConfig config, int documents) {
        Pipeline pipeline = Pipeline.standard();
        Measured full = measure(() -> pipeline.index(config, diagnostic -> { }, Progress.NONE));
        Measured again = measure(() -> pipeline.index(config, diagnostic -> { }, Progress.NONE));
        IndexSummary built = full.summary();
        double megabytes = built.bytesRead() / MB;
        print("documents", "%d copied, %d indexed, %d skipped", documents, built.indexed(), built.skipped());
        print("passages", "%d", built.passages());
        print("corpus", "%.1f MB (%.1f MiB)", megabytes, built.bytesRead() / MIB);
        print("full build", "%.2f s", full.seconds());
        print("throughput", "%.2f MB/s", megabytes / full.seconds());
        print("", "%.0f documents/s", built.indexed() / full.seconds());
        print("", "%.0f passages/s", built.passages() / full.seconds());
        print("peak heap used (full)", "%.0f MiB", full.peakHeap() / MIB);
        print("unchanged re-run", "%.2f s (%d unchanged, %d re-indexed)",
                again.seconds(), again.summary().unchanged(), again.summary().indexed());
        print("peak heap used (re-run)", "%.0f MiB", again.peakHeap() / MIB);
        print("max heap", "%.0f MiB", Runtime.getRuntime().maxMemory() / MIB);
        print("peak RSS", "%s", procField("/proc/self/status", "VmHWM").orElse("unknown"));
        print("processors", "%d", Runtime.getRuntime().availableProcessors());
        print("java", "%s %s", System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
        print("os", "%s %s %s", System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
        print("cpu", "%s", procField("/proc/cpuinfo", "model name").orElse("unknown"));
    }

    /** Runs {@code task} after a GC and a reset of the heap pools' peaks; times it and reads the peaks back. */
    private static Measured measure(Supplier<IndexSummary> task) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        IndexSummary summary = task.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measured(summary, seconds, peak);
    }

    /** Writes {@code copies} copies of every file of {@code source} as {@code target/copy-00001/<file>}...; returns the file count. */
    private static int copyCorpus(Path source, Path target, int copies) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).map(source::relativize).toList();
        }
        for (int copy = 1; copy <= copies; copy++) {
            Path copyDir = target.resolve(String.format("copy-%05d", copy));
            for (Path file : files) {
                Path to = copyDir.resolve(file);
                Files.createDirectories(to.getParent());
                Files.copy(source.resolve(file), to);
            }
        }
        return files.size() * copies;
    }

    /** The value of the first {@code key: value} line of a /proc file, if readable. */
    private static Optional<String> procField(String file, String key) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static void print(String label, String format, Object... values) {
        System.out.printf("%-24s %s%n", label, String.format(format, values));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }

    private record Measured(IndexSummary summary, double seconds, long peakHeap) {
    }

    private record Options(int copies, Path source, Optional<Path> work, boolean keep) {

        static Options parse(String[] args) {
            int copies = 1000;
            Path source = Path.of("corpus");
            Optional<Path> work = Optional.empty();
            boolean keep = false;
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String arg = rest.remove(0);
                switch (arg) {
                    case "--copies" -> copies = Integer.parseInt(value(arg, rest));
                    case "--corpus" -> source = Path.of(value(arg, rest));
                    case "--work" -> work = Optional.of(Path.of(value(arg, rest)));
                    case "--keep" -> keep = true;
                    default -> throw new IllegalArgumentException(
                            "unknown argument " + arg + "; use [--copies N] [--corpus DIR] [--work DIR] [--keep]");
                }
            }
            if (copies < 1) {
                throw new IllegalArgumentException("--copies must be at least 1");
            }
            return new Options(copies, source, work, keep);
        }

        private static String value(String option, List<String> rest) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.remove(0);
        }
    }
}
