package org.crosscheck.bench.corpus;

import java.util.SplittableRandom;

/**
 * The text around the statements: noise sentences full of stray numbers that state no figure about any
 * fact (ages, percentages, times, telephone numbers, years, scores, votes, page counts, distances, case
 * numbers), and plain sentences without numbers, some naming an entity of the article.
 */
final class Noise {

    private static final String[] FRENCH_NOISE = {
        "Le rapport, long de {pages} pages, a été rendu public à {time}.",
        "Joint à {time}, un porte-parole âgé de {age} ans a renvoyé vers le standard ({phone}).",
        "Selon un sondage réalisé en {year}, {pct} des personnes interrogées se disent inquiètes.",
        "La réunion s'est tenue au {floor}e étage, salle {room}, entre {time} et {time2}.",
        "Le texte a été adopté par {votes} voix contre {votes2}.",
        "Il faisait {temp} degrés lorsque le cortège s'est élancé, vers {time}.",
        "L'équipe locale s'est imposée {score} à {score2} devant {big} spectateurs.",
        "Le dossier, enregistré sous le numéro {case}, sera examiné le {day}.",
        "Son fondateur, né en {year}, rappelle que {pct} des demandes datent de {year2}.",
        "Le siège, au {street} rue des {streetname}, se trouve à {km} kilomètres de la gare.",
        "La séance a duré {min} minutes et a réuni {n} participants.",
        "Classé {rank}e sur {n}, le projet a obtenu la note de {grade} sur 20.",
        "Le trajet de {km} kilomètres a pris {h} heures et {min} minutes.",
        "La conférence, prévue le {day} à {time}, affichait complet depuis {n2} jours.",
        "Près de {pct} des {n} dossiers examinés en {year} ont été classés sans suite.",
        "L'immeuble de {floors} étages, construit en {year}, accueille {n} bureaux.",
        "Le code postal {zip} regroupe {n2} communes, soit {pct} de la population du département.",
        "Le colloque du {day} a rassemblé {big} visiteurs en {h} jours, un record depuis {year}.",
    };

    private static final String[] ENGLISH_NOISE = {
        "The {pages}-page report was published at {time}.",
        "Reached at {time}, a spokesperson, {age}, pointed callers to the switchboard on {phone}.",
        "A survey conducted in {year} found that {pct} of respondents were worried.",
        "The meeting took place on the {floorth} floor, room {room}, between {time} and {time2}.",
        "The bill passed by {votes} votes to {votes2}.",
        "It was {temp} degrees when the march set off at around {time}.",
        "The home side won {score}-{score2} in front of {big} spectators.",
        "The case, filed under number {case}, will be heard on {day}.",
        "Its founder, born in {year}, says {pct} of requests date back to {year2}.",
        "The head office, at {street} {streetname} Street, is {km} miles from the station.",
        "The session lasted {min} minutes and drew {n} participants.",
        "Ranked {rankth} out of {n}, the project scored {grade} out of 20.",
        "The {km}-mile journey took {h} hours and {min} minutes.",
        "The conference, set for {day} at {time}, had been sold out for {n2} days.",
        "Nearly {pct} of the {n} files reviewed in {year} were closed without action.",
        "The {floors}-storey building, completed in {year}, houses {n} offices.",
        "The district, postcode {zip}, covers {n2} towns and {pct} of the county's population.",
        "The fair on {day} drew {big} visitors over {h} days, a record since {year}.",
    };

    private static final String[] FRENCH_FILLER = {
        "{X} n'a pas souhaité commenter ces informations.",
        "Contacté{Xe}, {X} n'a pas donné suite à nos sollicitations.",
        "Le dossier suscite de nombreuses interrogations parmi les spécialistes du secteur.",
        "Plusieurs observateurs s'interrogent sur la solidité de ces chiffres.",
        "Les associations de défense des libertés suivent l'affaire de près.",
        "Le secteur connaît une concurrence de plus en plus vive.",
        "Les documents consultés ne permettent pas de trancher cette question.",
        "{X} assure respecter la réglementation en vigueur.",
        "Interrogée sur ce point, la direction {X.de} renvoie à son dernier communiqué.",
        "Les avocats {X.de} contestent cette lecture du dossier.",
        "L'affaire pourrait connaître de nouveaux rebondissements dans les prochains mois.",
        "Ces éléments n'ont pas été confirmés de source indépendante.",
        "Le calendrier de la procédure reste incertain.",
        "{X} met en avant la qualité de ses équipes et la rigueur de ses méthodes.",
        "Les syndicats dénoncent un manque de transparence.",
        "Un porte-parole {X.de} a indiqué que l'analyse se poursuivait.",
        "La décision a été accueillie avec prudence par les acteurs du marché.",
        "Plusieurs élus réclament désormais une enquête parlementaire.",
        "{X} dit avoir pris connaissance de ces critiques.",
        "Les concurrents {X.de} observent la situation avec attention.",
        "Rien ne permet pour l'heure d'établir une faute.",
        "Le sujet devrait revenir sur la table lors du prochain conseil.",
        "Les experts consultés divergent sur la portée de ces chiffres.",
        "{X} n'en est pas à sa première controverse.",
        "La presse spécialisée s'était déjà fait l'écho de ces difficultés.",
        "Le ministère concerné n'a pas réagi dans l'immédiat.",
    };

    private static final String[] ENGLISH_FILLER = {
        "{X} declined to comment.",
        "{X} did not respond to requests for comment.",
        "The case has raised questions among industry specialists.",
        "Several observers question how reliable the figures are.",
        "Civil liberties groups are following the case closely.",
        "Competition in the sector has intensified.",
        "The documents reviewed do not settle the question.",
        "{X} says it complies with the rules in force.",
        "Lawyers for {X} dispute that reading of the file.",
        "The case could take further turns in the coming months.",
        "These details could not be independently confirmed.",
        "The timetable of the proceedings remains uncertain.",
        "{X} points to the quality of its teams and the rigour of its methods.",
        "Unions have criticised a lack of transparency.",
        "A spokesperson for {X} said the review was continuing.",
        "Market participants greeted the decision with caution.",
        "Several lawmakers are now calling for a parliamentary inquiry.",
        "{X} says it has taken note of the criticism.",
        "Rivals of {X} are watching the situation closely.",
        "Nothing so far points to wrongdoing.",
        "The issue is expected to come up again at the next board meeting.",
        "The experts consulted disagree on what the figures mean.",
        "This is not the first controversy for {X}.",
        "The trade press had already reported on these difficulties.",
        "The ministry concerned did not respond immediately.",
    };

    private static final String[] FRENCH_STREETS = {"Lilas", "Tanneurs", "Écoles", "Marronniers", "Forges", "Carmes", "Tilleuls"};
    private static final String[] ENGLISH_STREETS = {"Mill", "Church", "Station", "Harbour", "Market", "Bridge", "Elm"};
    private static final String[] FRENCH_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private Noise() {
    }

    /** A sentence full of stray numbers. */
    static String noise(Lang lang, SplittableRandom random) {
        String[] templates = lang == Lang.FR ? FRENCH_NOISE : ENGLISH_NOISE;
        String template = templates[random.nextInt(templates.length)];
        StringBuilder out = new StringBuilder(template.length() + 32);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, at, open).append(slot(template.substring(open + 1, close), lang, random));
            at = close + 1;
        }
        return out.toString();
    }

    /** A sentence without numbers, naming {@code entity} when its template has a place for one. */
    static String filler(Lang lang, Entity entity, SplittableRandom random) {
        String[] templates = lang == Lang.FR ? FRENCH_FILLER : ENGLISH_FILLER;
        String template = templates[random.nextInt(templates.length)];
        if (lang == Lang.FR) {
            FrenchName name = entity.french(random);
            template = template.replace("{X.de}", name.de()).replace("{Xe}", name.feminine() ? "e" : "").replace("{X}", name.plain());
        } else {
            template = template.replace("{X}", entity.english(random).plain());
        }
        return FactWriter.capitalized(template);
    }

    private static String slot(String name, Lang lang, SplittableRandom random) {
        boolean fr = lang == Lang.FR;
        return switch (name) {
            case "age" -> Integer.toString(19 + random.nextInt(70));
            case "pct" -> percent(fr, random);
            case "time", "time2" -> fr ? (7 + random.nextInt(14)) + (random.nextBoolean() ? " h " : "h") + twoDigits(random.nextInt(4) * 15)
                    : (1 + random.nextInt(12)) + ":" + twoDigits(random.nextInt(12) * 5);
            case "phone" -> fr ? "0" + (1 + random.nextInt(9)) + " " + pair(random) + " " + pair(random) + " " + pair(random) + " " + pair(random)
                    : "020 " + (7000 + random.nextInt(3000)) + " " + (1000 + random.nextInt(9000));
            case "year", "year2" -> Integer.toString(1950 + random.nextInt(66));
            case "pages" -> Integer.toString(12 + random.nextInt(470));
            case "n", "n2" -> Integer.toString(2 + random.nextInt(400));
            case "big" -> Numbers.digits(1_000 + random.nextInt(59_000), fr ? "\u00a0" : ",");
            case "temp" -> Integer.toString(random.nextInt(5) == 0 ? -2 - random.nextInt(7) : 2 + random.nextInt(37));
            case "votes", "votes2" -> Integer.toString(100 + random.nextInt(477));
            case "score", "score2" -> Integer.toString(random.nextInt(7));
            case "day" -> fr ? (1 + random.nextInt(28)) + " " + FRENCH_MONTHS[random.nextInt(12)] + " " + (2005 + random.nextInt(11))
                    : ENGLISH_MONTHS[random.nextInt(12)] + " " + (1 + random.nextInt(28)) + ", " + (2005 + random.nextInt(11));
            case "km" -> Integer.toString(2 + random.nextInt(850));
            case "min" -> Integer.toString(5 + random.nextInt(55));
            case "h" -> Integer.toString(2 + random.nextInt(9));
            case "floor", "floors" -> Integer.toString(2 + random.nextInt(28));
            case "floorth", "rankth" -> ordinal(1 + random.nextInt(30));
            case "rank" -> Integer.toString(2 + random.nextInt(30));
            case "room" -> Integer.toString(100 + random.nextInt(900));
            case "street" -> Integer.toString(1 + random.nextInt(180));
            case "streetname" -> fr ? FRENCH_STREETS[random.nextInt(FRENCH_STREETS.length)] : ENGLISH_STREETS[random.nextInt(ENGLISH_STREETS.length)];
            case "case" -> fr ? (2005 + random.nextInt(11)) + "-" + (10_000 + random.nextInt(90_000))
                    : twoDigits(5 + random.nextInt(11)) + "-cv-" + (10_000 + random.nextInt(90_000));
            case "grade" -> Integer.toString(8 + random.nextInt(12));
            case "zip" -> Integer.toString(10_000 + random.nextInt(85_000));
            default -> throw new IllegalArgumentException("unknown noise slot " + name);
        };
    }

    private static String percent(boolean fr, SplittableRandom random) {
        int whole = 1 + random.nextInt(98);
        String number = random.nextInt(4) == 0 ? whole + (fr ? "," : ".") + random.nextInt(10) : Integer.toString(whole);
        if (fr) {
            return number + (random.nextBoolean() ? "\u00a0%" : " %");
        }
        return random.nextInt(4) == 0 ? number + " per cent" : number + "%";
    }

    private static String pair(SplittableRandom random) {
        return twoDigits(random.nextInt(100));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String ordinal(int value) {
        int lastTwo = value % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (value % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return value + suffix;
    }
}
