package org.crosscheck.bench.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores an engine's JSON report ({@code crosscheck report --format json}) against a gold file, reading
 * both with Jackson's streaming parsers: the report, which for a large corpus is larger than memory
 * should hold, is never read whole. A gold claim is the first report claim of its source whose text
 * contains its quote and whose value (or a stated equivalent's) has its value, unit and qualifier, and
 * whose subject has its name when it gives one — as SeedFindingsAcceptanceTest matches them.
 *
 * <p>Recall: the share of must_flag entries that a finding of an allowed kind covers (its claims
 * include every claim of the entry). Precision: the share of findings that cover a must_flag entry.
 * A must_agree entry is violated when its claims are not all in one fact or a conflict, drift or
 * conversion finding links two of them; a must_not_link entry when its claims share a fact or a finding.
 *
 * <p>Usage: {@code --gold FILE --report FILE [--rules DIR]}; the rules folder (for entity names;
 * default: {@code rules} beside the gold file, when there is one) lets subjects be checked.
 */
public final class GoldScorer {

    private static final Set<String> DISAGREEMENTS = Set.of("conflict", "drift", "conversion");
    private static final int EXAMPLES = 5;

    /** The outcome of scoring one report. */
    public record Score(int planted, int recalled, int findings, int matchedFindings, int agreeGroups, int agreeViolations,
                        int unlinkedPairs, int unlinkedViolations, int goldClaims, int unextracted, List<String> examples) {

        public Score {
            examples = List.copyOf(examples);
        }

        public double recall() {
            return planted == 0 ? 1 : (double) recalled / planted;
        }

        public double precision() {
            return findings == 0 ? 1 : (double) matchedFindings / findings;
        }

        /** The score as printed: recall and precision first, then counts and a few examples of each kind of miss. */
        public String report() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "recall %.4f precision %.4f%n", recall(), precision()));
            out.append(String.format(Locale.ROOT, "must_flag: %d planted, %d recalled%n", planted, recalled));
            out.append(String.format(Locale.ROOT, "findings: %d, %d matching a planted entry, %d unmatched%n", findings, matchedFindings,
                    findings - matchedFindings));
            out.append(String.format(Locale.ROOT, "must_agree: %d entries, %d violated%n", agreeGroups, agreeViolations));
            out.append(String.format(Locale.ROOT, "must_not_link: %d entries, %d violated%n", unlinkedPairs, unlinkedViolations));
            out.append(String.format(Locale.ROOT, "gold claims: %d, %d matching no claim of the report%n", goldClaims, unextracted));
            examples.forEach(e -> out.append("  ").append(e).append('\n'));
            return out.toString();
        }
    }

    /** A claim of the report, as far as scoring needs it. */
    private record ReportClaim(long id, String source, String text, List<Quantity> quantities, String subject, long fact) {
    }

    private record Quantity(BigDecimal stated, String unit, String qualifier) {
    }

    private record Finding(String id, String kind, Set<Long> claims, String message) {
    }

    private record EntityName(String id, String name, String country) {
    }

    private GoldScorer() {
    }

    public static void main(String[] args) throws IOException {
        Path gold = null;
        Path report = null;
        Path rules = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[i + 1]);
                case "--report" -> report = Path.of(args[i + 1]);
                case "--rules" -> rules = Path.of(args[i + 1]);
                default -> {
                    System.err.println("error: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (gold == null || report == null) {
            System.err.println("usage: --gold FILE --report FILE.json [--rules DIR]");
            System.exit(2);
        }
        if (rules == null && Files.isRegularFile(gold.toAbsolutePath().resolveSibling("rules").resolve("entities.yaml"))) {
            rules = gold.toAbsolutePath().resolveSibling("rules");
        }
        if (rules == null) {
            System.err.println("note: no rules folder beside the gold file and no --rules: subjects are not checked");
        }
        System.out.print(score(gold, report, rules).report());
    }

    /** Scores {@code report} against {@code gold}; subjects are checked against the entities of {@code rules} unless it is null. */
    public static Score score(Path goldPath, Path reportPath, Path rules) throws IOException {
        GoldFile gold = GoldFile.read(goldPath);
        Map<String, List<String>> names = rules == null ? null : entityNames(rules.resolve("entities.yaml"));
        Map<String, List<Integer>> bySource = gold.claimsBySource();
        long[] claimOf = new long[gold.claims.size()];
        long[] factOf = new long[gold.claims.size()];
        Arrays.fill(claimOf, -1);
        Arrays.fill(factOf, -1);
        Tally tally = null;
        JsonFactory factory = new JsonFactory();
        try (JsonParser parser = factory.createParser(reportPath.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(reportPath + " is not a JSON report");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("claims") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        ReportClaim claim = claim(parser);
                        for (int i : bySource.getOrDefault(claim.source(), List.of())) {
                            if (claimOf[i] == -1 && matches(claim, gold.claims.get(i), names)) {
                                claimOf[i] = claim.id();
                                factOf[i] = claim.fact();
                            }
                        }
                    }
                } else if (field.equals("findings") && value == JsonToken.START_ARRAY) {
                    tally = new Tally(gold, claimOf);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        tally.add(finding(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (tally == null) {
            throw new IOException(reportPath + " has no findings: is it the JSON of 'crosscheck report'?");
        }
        return tally.score(factOf);
    }

    /** What the findings say about each gold entry, accumulated as they stream by. */
    private static final class Tally {
        private final GoldFile gold;
        private final long[] claimOf;
        private final Map<Long, Integer> flagged = new HashMap<>();
        private final Map<Long, Integer> agreed = new HashMap<>();
        private final Map<Long, List<Integer>> unlinked = new HashMap<>();
        private final long[][] distinct;
        private final boolean[] extracted;
        private final boolean[] recalled;
        private final String[] otherKind;
        private final boolean[] violated;
        private int findings;
        private int matched;
        private final List<String> examples = new ArrayList<>();
        private int unmatchedShown;

        Tally(GoldFile gold, long[] claimOf) {
            this.gold = gold;
            this.claimOf = claimOf;
            int items = gold.items.size();
            distinct = new long[items][];
            extracted = new boolean[items];
            recalled = new boolean[items];
            otherKind = new String[items];
            violated = new boolean[items];
            for (int item = 0; item < items; item++) {
                GoldFile.Item entry = gold.items.get(item);
                Set<Long> ids = new LinkedHashSet<>();
                extracted[item] = true;
                for (int c = entry.first(); c < entry.first() + entry.count(); c++) {
                    if (claimOf[c] == -1) {
                        extracted[item] = false;
                    } else {
                        ids.add(claimOf[c]);
                    }
                }
                distinct[item] = ids.stream().mapToLong(Long::longValue).toArray();
                Map<Long, Integer> index = entry.section() == GoldFile.Section.MUST_FLAG ? flagged
                        : entry.section() == GoldFile.Section.MUST_AGREE ? agreed : null;
                for (long id : distinct[item]) {
                    if (index != null) {
                        index.putIfAbsent(id, item);
                    } else {
                        unlinked.computeIfAbsent(id, k -> new ArrayList<>(1)).add(item);
                    }
                }
            }
        }

        void add(Finding finding) {
            findings++;
            Map<Integer, Integer> touched = new HashMap<>();
            for (long id : finding.claims()) {
                Integer item = flagged.get(id);
                if (item != null) {
                    touched.merge(item, 1, Integer::sum);
                }
            }
            boolean covers = false;
            for (Map.Entry<Integer, Integer> entry : touched.entrySet()) {
                int item = entry.getKey();
                if (extracted[item] && entry.getValue() == distinct[item].length) {
                    if (gold.items.get(item).kinds().contains(finding.kind())) {
                        recalled[item] = true;
                        covers = true;
                    } else {
                        otherKind[item] = finding.kind();
                    }
                }
            }
            if (covers) {
                matched++;
            } else if (unmatchedShown++ < EXAMPLES) {
                examples.add("unmatched finding " + finding.id() + " [" + finding.kind() + "] " + finding.message());
            }
            if (DISAGREEMENTS.contains(finding.kind())) {
                Map<Integer, Integer> linked = new HashMap<>();
                for (long id : finding.claims()) {
                    Integer item = agreed.get(id);
                    if (item != null) {
                        linked.merge(item, 1, Integer::sum);
                    }
                }
                linked.forEach((item, count) -> {
                    if (count >= 2 || distinct[item].length == 1) {
                        violate(item, "a " + finding.kind() + " finding (" + finding.id() + ") links them: " + finding.message());
                    }
                });
            }
            Set<Integer> pairs = new HashSet<>();
            for (long id : finding.claims()) {
                pairs.addAll(unlinked.getOrDefault(id, List.of()));
            }
            for (int item : pairs) {
                if (linksTwo(finding.claims(), distinct[item])) {
                    violate(item, "finding " + finding.id() + " links them");
                }
            }
        }

        private static boolean linksTwo(Set<Long> claims, long[] ids) {
            int inside = 0;
            for (long id : ids) {
                inside += claims.contains(id) ? 1 : 0;
            }
            return inside >= 2;
        }

        private void violate(int item, String why) {
            if (!violated[item]) {
                violated[item] = true;
                GoldFile.Item entry = gold.items.get(item);
                if (examples.stream().filter(e -> e.startsWith(entry.section().name().toLowerCase(Locale.ROOT))).count() < EXAMPLES) {
                    examples.add(entry.section().name().toLowerCase(Locale.ROOT) + " violated: " + entry.name() + ": " + why);
                }
            }
        }

        Score score(long[] factOf) {
            int planted = 0;
            int recalledCount = 0;
            int agreeGroups = 0;
            int unlinkedPairs = 0;
            int missedShown = 0;
            for (int item = 0; item < gold.items.size(); item++) {
                GoldFile.Item entry = gold.items.get(item);
                Set<Long> facts = new HashSet<>();
                for (int c = entry.first(); c < entry.first() + entry.count(); c++) {
                    facts.add(factOf[c]);
                }
                switch (entry.section()) {
                    case MUST_FLAG -> {
                        planted++;
                        if (recalled[item]) {
                            recalledCount++;
                        } else if (missedShown++ < EXAMPLES) {
                            examples.add("missed " + entry.name() + ": " + whyMissed(item, entry, facts));
                        }
                    }
                    case MUST_AGREE -> {
                        agreeGroups++;
                        if (!extracted[item]) {
                            violate(item, "a claim matches no claim of the report: " + missing(entry));
                        } else if (facts.size() > 1) {
                            violate(item, "its claims are in " + facts.size() + " facts");
                        }
                    }
                    case MUST_NOT_LINK -> {
                        unlinkedPairs++;
                        if (extracted[item] && facts.size() < entry.count() && !facts.contains(-1L)) {
                            violate(item, "its claims share a fact");
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            int violatedAgree = 0;
            int violatedUnlinked = 0;
            for (int item = 0; item < gold.items.size(); item++) {
                if (violated[item]) {
                    if (gold.items.get(item).section() == GoldFile.Section.MUST_AGREE) {
                        violatedAgree++;
                    } else if (gold.items.get(item).section() == GoldFile.Section.MUST_NOT_LINK) {
                        violatedUnlinked++;
                    }
                }
            }
            int unextracted = (int) Arrays.stream(claimOf).filter(id -> id == -1).count();
            return new Score(planted, recalledCount, findings, matched, agreeGroups, violatedAgree, unlinkedPairs, violatedUnlinked,
                    claimOf.length, unextracted, examples);
        }

        private String whyMissed(int item, GoldFile.Item entry, Set<Long> facts) {
            if (!extracted[item]) {
                return "a claim matches no claim of the report: " + missing(entry);
            }
            if (otherKind[item] != null) {
                return "found as " + otherKind[item] + ", not " + entry.kinds();
            }
            if (facts.size() > 1) {
                return "its claims are in " + facts.size() + " facts";
            }
            return "no finding covers its claims";
        }

        private String missing(GoldFile.Item entry) {
            List<String> missing = new ArrayList<>();
            for (int c = entry.first(); c < entry.first() + entry.count(); c++) {
                if (claimOf[c] == -1) {
                    GoldFile.Claim claim = gold.claims.get(c);
                    missing.add(claim.source() + " \"" + claim.quote() + "\" " + claim.value().toPlainString() + " " + claim.unit());
                }
            }
            return String.join("; ", missing);
        }
    }

    private static boolean matches(ReportClaim claim, GoldFile.Claim expected, Map<String, List<String>> names) {
        if (!claim.text().contains(expected.quote())) {
            return false;
        }
        boolean value = claim.quantities().stream().anyMatch(q -> q.stated().compareTo(expected.value()) == 0
                && (expected.unit() == null || expected.unit().equals(q.unit()))
                && (expected.qualifier() == null || expected.qualifier().equals(q.qualifier())));
        boolean subject = expected.subject() == null || names == null
                || claim.subject() != null && names.getOrDefault(claim.subject(), List.of()).contains(expected.subject());
        return value && subject;
    }

    /** Reads one claim object of the report, the parser on its START_OBJECT. */
    private static ReportClaim claim(JsonParser parser) throws IOException {
        long id = -1;
        String source = null;
        String text = "";
        List<Quantity> quantities = new ArrayList<>(2);
        String subject = null;
        long fact = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "id" -> id = hexId(parser.getText());
                case "source" -> source = parser.getText();
                case "text" -> text = GoldFile.fold(parser.getText());
                case "value" -> quantities.add(0, quantity(parser));
                case "equivalents" -> {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        quantities.add(quantity(parser));
                    }
                }
                case "subject" -> subject = token == JsonToken.VALUE_NULL ? null : parser.getText();
                case "fact" -> fact = token == JsonToken.VALUE_NULL ? -1 : hexId(parser.getText());
                default -> parser.skipChildren();
            }
        }
        return new ReportClaim(id, source, text, quantities, subject, fact);
    }

    private static Quantity quantity(JsonParser parser) throws IOException {
        BigDecimal stated = null;
        String unit = null;
        String qualifier = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "stated" -> stated = parser.getDecimalValue();
                case "unit" -> unit = parser.getText();
                case "qualifier" -> qualifier = parser.getText();
                default -> parser.skipChildren();
            }
        }
        return new Quantity(stated, unit, qualifier);
    }

    /** Reads one finding object of the report, the parser on its START_OBJECT. */
    private static Finding finding(JsonParser parser) throws IOException {
        String id = null;
        String kind = null;
        Set<Long> claims = new HashSet<>();
        String message = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "id" -> id = parser.getText();
                case "kind" -> kind = parser.getText();
                case "message" -> message = parser.getText();
                case "claims" -> {
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        claims.add(hexId(parser.getText()));
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new Finding(id, kind, claims, message);
    }

    /** A claim or fact id ("c-0123456789ab") as a number. */
    private static long hexId(String id) {
        return Long.parseLong(id.substring(2), 16);
    }

    /** Each entity's name and its country's name, by id: a subject matches either ("Garante" is about Italy). */
    private static Map<String, List<String>> entityNames(Path entities) throws IOException {
        ObjectMapper mapper = new ObjectMapper(GoldFile.largeYaml()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<String, EntityName> byId = new HashMap<>();
        try (JsonParser parser = mapper.getFactory().createParser(entities.toFile())) {
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    EntityName entity = mapper.readValue(parser, EntityName.class);
                    byId.put(entity.id(), entity);
                }
            }
        }
        Map<String, List<String>> names = new HashMap<>();
        byId.values().forEach(e -> {
            EntityName country = e.country() == null ? null : byId.get(e.country());
            names.put(e.id(), country == null ? List.of(e.name()) : List.of(e.name(), country.name()));
        });
        return names;
    }
}
