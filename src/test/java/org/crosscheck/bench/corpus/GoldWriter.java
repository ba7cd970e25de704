package org.crosscheck.bench.corpus;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams the truth of a generated corpus into a gold file in the format of
 * ../shared/gold/seed-findings.yaml: each planted conflict or drift under {@code must_flag}, each
 * agreement under {@code must_agree}, and claims of different facts that one article states side by
 * side under {@code must_not_link}. Sections are written to part files as blocks come and joined at the end.
 */
final class GoldWriter implements Closeable {

    private final Path gold;
    private final Path[] parts;
    private final BufferedWriter[] writers;
    private final String header;

    GoldWriter(Path gold, String header) throws IOException {
        this.gold = gold;
        this.header = header;
        String[] sections = {"must_flag", "must_agree", "must_not_link"};
        parts = new Path[sections.length];
        writers = new BufferedWriter[sections.length];
        for (int i = 0; i < sections.length; i++) {
            parts[i] = gold.resolveSibling(gold.getFileName() + "." + sections[i] + ".part");
            writers[i] = Files.newBufferedWriter(parts[i], StandardCharsets.UTF_8);
            writers[i].write("\n" + sections[i] + ":\n");
        }
    }

    void fact(Fact fact) throws IOException {
        BufferedWriter out = writers[fact.plan == Fact.Plan.AGREE ? 1 : 0];
        out.write("  - name: " + fact.name + "\n");
        out.write("    why: " + Entity.quoted(fact.summary) + "\n");
        if (fact.plan != Fact.Plan.AGREE) {
            out.write("    kind: " + (fact.plan == Fact.Plan.DRIFT ? "drift" : "conflict") + "\n");
        }
        claims(out, fact.claims());
    }

    void unlinked(String name, List<GoldClaim> claims) throws IOException {
        writers[2].write("  - name: " + name + "\n");
        claims(writers[2], claims);
    }

    private static void claims(BufferedWriter out, List<GoldClaim> claims) throws IOException {
        out.write("    claims:\n");
        for (GoldClaim claim : claims) {
            out.write("      - {source: " + Entity.quoted(claim.source()) + ", quote: " + Entity.quoted(claim.quote())
                    + ", value: " + claim.value() + ", unit: " + claim.unit() + ", qualifier: " + claim.qualifier()
                    + (claim.subject() == null ? "" : ", subject: " + Entity.quoted(claim.subject())) + "}\n");
        }
    }

    /** Joins the sections into the gold file and removes the parts. */
    @Override
    public void close() throws IOException {
        for (BufferedWriter writer : writers) {
            writer.close();
        }
        try (OutputStream out = Files.newOutputStream(gold)) {
            out.write(header.getBytes(StandardCharsets.UTF_8));
            for (Path part : parts) {
                try (InputStream in = Files.newInputStream(part)) {
                    in.transferTo(out);
                }
                Files.delete(part);
            }
        }
    }
}
