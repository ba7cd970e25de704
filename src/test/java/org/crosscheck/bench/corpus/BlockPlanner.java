package org.crosscheck.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plans one folder of the corpus (a block of up to {@value #ARTICLES_PER_BLOCK} articles): the
 * articles (language, date, publisher, size), new entities and their facts, each fact stated in two
 * to six of the block's articles, and the facts' statements. Facts never span blocks, so memory stays
 * bounded by one block whatever the corpus size, and the number of entities grows with the corpus.
 */
final class BlockPlanner {

    static final int ARTICLES_PER_BLOCK = 1_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    private static final int MIN_BYTES = 3_000;
    private static final int MAX_BYTES = 8_000;
    private static final EntityKind[] KINDS = {EntityKind.COMPANY, EntityKind.AUTHORITY, EntityKind.AGENCY, EntityKind.ORGANISATION};
    private static final int[] KIND_WEIGHTS = {50, 18, 22, 10};
    private static final int[] MENTION_WEIGHTS = {30, 30, 20, 12, 8};

    /**
     * One planned block: its articles in order, its facts, the entities it adds to the gazetteer,
     * claims never to be linked, and how many planned facts were left out for want of free figures.
     */
    record Block(List<Article> articles, List<Fact> facts, List<Entity> entities, List<List<GoldClaim>> unlinked, int dropped) {
    }

    private final long seed;
    private final EntityFactory entities;
    private final FactWriter writer;
    private final FigureRegistry registry;
    private int articleCount;

    BlockPlanner(long seed, EntityFactory entities, FactWriter writer, FigureRegistry registry) {
        this.seed = seed;
        this.entities = entities;
        this.writer = writer;
        this.registry = registry;
    }

    /** Plans block {@code index}, with articles of about {@code bytes} in all when that is less than a full block. */
    Block plan(int index, long bytes) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        List<Article> articles = new ArrayList<>();
        long planned = 0;
        while (articles.size() < ARTICLES_PER_BLOCK && planned < bytes) {
            Article article = article(index, random);
            articles.add(article);
            planned += article.targetBytes;
        }
        List<Entity> made = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        assign(index, articles, made, facts, random);
        Map<Entity, Set<Long>> counts = new IdentityHashMap<>();
        Map<Entity, Set<Measure>> measured = new IdentityHashMap<>();
        facts.forEach(f -> measured.computeIfAbsent(f.subject, e -> EnumSet.noneOf(Measure.class)).add(f.measure));
        List<Fact> written = new ArrayList<>();
        for (Fact first : facts) {
            Fact fact = first;
            List<Measure> others = new ArrayList<>(Measure.of(fact.subject.kind()));
            others.removeAll(measured.get(fact.subject));
            Collections.shuffle(others, new java.util.Random(random.nextLong()));
            while (!writer.write(fact, registry, counts.computeIfAbsent(fact.subject, e -> new HashSet<>()), random)) {
                Fact failed = fact;
                failed.articles.forEach(a -> a.facts.remove(failed));
                others.removeIf(m -> failed.articles.stream().anyMatch(a -> a.facts.stream().anyMatch(f -> f.measure == m)));
                fact = others.isEmpty() ? null : replan(failed, others.remove(0), random);
                if (fact == null) {
                    break;
                }
                measured.get(fact.subject).add(fact.measure);
            }
            if (fact != null) {
                written.add(fact);
            }
        }
        return new Block(articles, written, made, unlinked(articles), facts.size() - written.size());
    }

    /**
     * The same subject and articles with another measure, for a fact whose figures were all taken by
     * other facts; the measure is one no fact of those articles has, as when facts were first planned
     * (a figure restated without its subject needs the only fact of its measure in its article).
     */
    private static Fact replan(Fact failed, Measure measure, SplittableRandom random) {
        Entity object = measure.hasObject() ? failed.object : null;
        if (measure.hasObject() && object == null) {
            return null;
        }
        String unit = measure.isMoney() ? FactWriter.baseCurrency(random) : measure.unit;
        Fact fact = new Fact(failed.name, failed.subject, measure, object, unit, plan(measure, random));
        for (Article article : failed.articles) {
            fact.articles.add(article);
            article.facts.add(fact);
        }
        return fact;
    }

    private Article article(int block, SplittableRandom random) {
        Lang lang = random.nextBoolean() ? Lang.FR : Lang.EN;
        LocalDate published = FIRST_DAY.plusDays(random.nextLong(LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1));
        String publisher = Outlets.pick(lang, random);
        int bytes = MIN_BYTES + random.nextInt(MAX_BYTES - MIN_BYTES + 1);
        String source = String.format("b%04d/%s-%07d.md", block, lang.code, articleCount++);
        return new Article(source, lang, published, publisher, bytes, 1 + bytes / 2_200,
                random.nextLong());
    }

    /**
     * Makes entities and their facts until the articles are full: each entity gets one to three
     * measures of its kind, each fact two to six articles, chosen among those with room left and, for
     * an entity's later facts, often among the articles that already state one of its facts.
     */
    private void assign(int block, List<Article> articles, List<Entity> made, List<Fact> facts, SplittableRandom random) {
        List<Article> open = new ArrayList<>(articles);
        List<Entity> companies = new ArrayList<>();
        while (open.size() >= 2) {
            Entity entity = entities.create(KINDS[pick(KIND_WEIGHTS, random)], random);
            made.add(entity);
            if (entity.kind() == EntityKind.COMPANY) {
                companies.add(entity);
            }
            List<Measure> measures = new ArrayList<>(Measure.of(entity.kind()));
            Collections.shuffle(measures, new java.util.Random(random.nextLong()));
            List<Article> ofEntity = new ArrayList<>();
            int count = 1 + random.nextInt(Math.min(3, measures.size()));
            for (Measure measure : measures.subList(0, count)) {
                if (open.size() < 2) {
                    break;
                }
                int wanted = 2 + pick(MENTION_WEIGHTS, random);
                List<Article> chosen = new ArrayList<>();
                for (int tries = 0; chosen.size() < wanted && tries < wanted * 4; tries++) {
                    List<Article> pool = !ofEntity.isEmpty() && random.nextInt(10) < 4 ? ofEntity : open;
                    Article candidate = pool.get(random.nextInt(pool.size()));
                    if (candidate.room > 0 && !chosen.contains(candidate)) {
                        chosen.add(candidate);
                    }
                }
                if (chosen.size() < 2) {
                    continue;
                }
                Entity object = measure.hasObject() ? object(entity, companies, made, random) : null;
                String unit = measure.isMoney() ? FactWriter.baseCurrency(random) : measure.unit;
                Fact fact = new Fact(String.format("b%04d-f%05d", block, facts.size()), entity, measure, object, unit, plan(measure, random));
                for (Article article : chosen) {
                    fact.articles.add(article);
                    article.facts.add(fact);
                    if (--article.room == 0) {
                        open.remove(article);
                    }
                    if (!ofEntity.contains(article)) {
                        ofEntity.add(article);
                    }
                }
                facts.add(fact);
            }
        }
    }

    /** The other company a fine, contract or search count names: one of the block's companies, or a new one. */
    private Entity object(Entity subject, List<Entity> companies, List<Entity> made, SplittableRandom random) {
        if (companies.size() > 1 || companies.size() == 1 && companies.get(0) != subject) {
            while (true) {
                Entity company = companies.get(random.nextInt(companies.size()));
                if (company != subject) {
                    return company;
                }
            }
        }
        Entity company = entities.create(EntityKind.COMPANY, random);
        made.add(company);
        companies.add(company);
        return company;
    }

    private static Fact.Plan plan(Measure measure, SplittableRandom random) {
        int draw = random.nextInt(10);
        if (measure.grows) {
            return draw < 5 ? Fact.Plan.AGREE : draw < 8 ? Fact.Plan.DRIFT : Fact.Plan.CONFLICT;
        }
        return draw < 6 ? Fact.Plan.AGREE : Fact.Plan.CONFLICT;
    }

    /**
     * For each article that states two facts of one measure about different subjects, or two
     * measures of one subject, one claim of each: no fact or finding may link them.
     */
    private static List<List<GoldClaim>> unlinked(List<Article> articles) {
        List<List<GoldClaim>> pairs = new ArrayList<>();
        for (Article article : articles) {
            search:
            for (int i = 0; i < article.mentions.size(); i++) {
                for (int j = i + 1; j < article.mentions.size(); j++) {
                    Fact a = article.mentions.get(i).fact();
                    Fact b = article.mentions.get(j).fact();
                    if (a.measure == b.measure && a.subject != b.subject || a.subject == b.subject && a.measure != b.measure) {
                        pairs.add(List.of(article.mentions.get(i).claims().get(0), article.mentions.get(j).claims().get(0)));
                        break search;
                    }
                }
            }
        }
        return pairs;
    }

    private static int pick(int[] weights, SplittableRandom random) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights");
    }
}
