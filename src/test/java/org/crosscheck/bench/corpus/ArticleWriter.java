package org.crosscheck.bench.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Writes an article in the engine's corpus format: YAML front matter (title, publisher, published,
 * language), then paragraphs. Each statement of a fact gets a paragraph of its own, with a sentence
 * naming one of the article's entities or some noise around it; paragraphs of noise and plain
 * sentences fill the article up to its planned size (counted in characters, a little below its bytes).
 * The text depends on the article alone (its seed and statements), so articles can be written in any
 * order and on any thread.
 */
final class ArticleWriter {

    private static final String[] FRENCH_TITLES = {
        "%s : ce que révèlent les documents", "%s, un dossier qui s'épaissit", "Enquête : les chiffres de %s passés au crible",
        "%s sous le feu des critiques", "Ce que l'on sait du dossier %s", "%s : les questions qui restent ouvertes",
    };
    private static final String[] ENGLISH_TITLES = {
        "%s: what the filings show", "Inside the numbers at %s", "%s under scrutiny", "What we know about %s",
        "%s: the questions that remain", "The %s file, explained",
    };

    private ArticleWriter() {
    }

    static String write(Article article) {
        SplittableRandom random = new SplittableRandom(article.seed);
        List<Entity> named = new ArrayList<>();
        for (Mention mention : article.mentions) {
            named.add(mention.fact().subject);
            if (mention.fact().object != null) {
                named.add(mention.fact().object);
            }
        }
        StringBuilder out = new StringBuilder(article.targetBytes + 512);
        out.append("---\n")
                .append("title: ").append(Entity.quoted(title(article, named, random))).append('\n')
                .append("publisher: ").append(Entity.quoted(article.publisher)).append('\n')
                .append("published: ").append(article.published).append('\n')
                .append("language: ").append(article.lang.code).append('\n')
                .append("---\n");
        Set<String> used = new HashSet<>();
        List<String> statements = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>(article.mentions);
        for (int i = mentions.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Mention swap = mentions.get(i);
            mentions.set(i, mentions.get(j));
            mentions.set(j, swap);
        }
        Set<Mention> said = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Mention mention : mentions) {
            if (!said.add(mention)) {
                continue;
            }
            StringBuilder paragraph = new StringBuilder();
            if (random.nextInt(10) < 4) {
                paragraph.append(unused(used, () -> Noise.filler(article.lang, mention.fact().subject, random))).append(' ');
            }
            paragraph.append(String.join(" ", withClause(mention, mentions, said, random)));
            for (int extra = random.nextInt(3); extra > 0; extra--) {
                paragraph.append(' ').append(unused(used, () -> around(article, named, random)));
            }
            statements.add(paragraph.toString());
        }
        long size = out.length() + statements.stream().mapToLong(p -> p.length() + 2).sum();
        List<String> fillers = new ArrayList<>();
        while (size < article.targetBytes) {
            StringBuilder paragraph = new StringBuilder();
            for (int sentences = 3 + random.nextInt(4); sentences > 0; sentences--) {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(unused(used, () -> around(article, named, random)));
            }
            fillers.add(paragraph.toString());
            size += paragraph.length() + 2;
        }
        List<String> paragraphs = new ArrayList<>();
        if (!statements.isEmpty()) {
            paragraphs.add(statements.remove(0));
        }
        while (!statements.isEmpty() || !fillers.isEmpty()) {
            boolean statement = fillers.isEmpty() || !statements.isEmpty() && random.nextInt(statements.size() + fillers.size()) < statements.size();
            paragraphs.add(statement ? statements.remove(0) : fillers.remove(fillers.size() - 1));
        }
        for (String paragraph : paragraphs) {
            out.append('\n').append(paragraph).append('\n');
        }
        return out.toString();
    }

    /**
     * The mention's sentences, half the time with another figure of its subject, not yet {@code said},
     * said as a clause after the subject's name; that other mention then says nothing more.
     */
    private static List<String> withClause(Mention mention, List<Mention> mentions, Set<Mention> said, SplittableRandom random) {
        if (mention.opening() < 0 || random.nextBoolean()) {
            return mention.sentences();
        }
        for (Mention other : mentions) {
            if (other.clause() != null && other.fact().subject == mention.fact().subject && said.add(other)) {
                List<String> sentences = new ArrayList<>(mention.sentences());
                String first = sentences.get(0);
                String clause = other.clause().replace("{e}", mention.feminine() ? "e" : "");
                sentences.set(0, first.substring(0, mention.opening()) + ", " + clause + "," + first.substring(mention.opening()));
                return sentences;
            }
        }
        return mention.sentences();
    }

    /** A sentence the article has not said yet, when a few draws find one. */
    private static String unused(Set<String> used, Supplier<String> sentences) {
        String sentence = sentences.get();
        for (int tries = 0; tries < 4 && !used.add(sentence); tries++) {
            sentence = sentences.get();
        }
        return sentence;
    }

    /** A sentence of noise, or a plain one that may name an entity of the article. */
    private static String around(Article article, List<Entity> named, SplittableRandom random) {
        if (named.isEmpty() || random.nextInt(10) < 6) {
            return Noise.noise(article.lang, random);
        }
        return Noise.filler(article.lang, named.get(random.nextInt(named.size())), random);
    }

    private static String title(Article article, List<Entity> named, SplittableRandom random) {
        String[] titles = article.lang == Lang.FR ? FRENCH_TITLES : ENGLISH_TITLES;
        String name;
        if (named.isEmpty()) {
            name = article.lang == Lang.FR ? "la donnée" : "the data";
        } else if (article.lang == Lang.FR) {
            name = named.get(0).french().get(0).words();
        } else {
            name = named.get(0).english().get(0).words();
        }
        String title = titles[random.nextInt(titles.length)].formatted(name);
        return FactWriter.capitalized(title);
    }

}
