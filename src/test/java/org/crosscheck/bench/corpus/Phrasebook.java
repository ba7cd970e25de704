package org.crosscheck.bench.corpus;

import java.util.List;
import java.util.Map;

/**
 * Sentence templates that state a figure, per measure and language, in the words of news reports.
 * Slots: {S} the subject entity ({S.de}, {S.a}, {S.par} after French prepositions, {S.poss} English
 * possessive, {e} French feminine agreement), {O} the other company (fined, vendor, searched platform),
 * {F} the figure, {N} a bare number whose noun the template gives, {Y} the year of an annual figure.
 * A template marked attributive takes the figure before a noun ("a {F} fine"), so only an exact
 * figure after a currency symbol. Templates marked as gaps are natural phrasings the engine is known
 * to misread (see the generator's Javadoc): they stay out of the default mix.
 */
final class Phrasebook {

    /** One template: its text, whether the figure stands before a noun, whether the engine misreads it. */
    record Template(String text, boolean attributive, boolean gap) {

        boolean needsObject() {
            return text.contains("{O");
        }
    }

    private static Template t(String text) {
        return new Template(text, false, false);
    }

    private static Template attributive(String text) {
        return new Template(text, true, false);
    }

    private static Template gap(String text) {
        return new Template(text, text.contains("a {F} "), true);
    }

    private static final Map<Measure, List<Template>> FRENCH = Map.ofEntries(
        Map.entry(Measure.FINE, List.of(
            t("{S} a infligé une amende de {F} {O.a}."),
            t("{S} a infligé {O.a} une amende de {F}."),
            t("{O} s'est vu infliger une amende de {F} {S.par}."),
            t("{S} a sanctionné {O} d'une amende de {F}."),
            t("L'amende de {F} prononcée {S.par} contre {O} a été confirmée en appel."),
            t("{S} a condamné {O} à payer {F} d'amende."),
            t("Une amende de {F} a été infligée {O.a} {S.par}."),
            t("Une sanction financière de {F} vient d'être prononcée contre {O} {S.par}."),
            t("{S} a imposé {O.a} une sanction financière de {F}."),
            gap("Dans sa décision, {S} fixe à {F} le montant de l'amende visant {O}."),
            t("{O} devra s'acquitter d'une pénalité de {F}, a tranché {S}."),
            t("Le montant de l'amende prononcée {S.par} contre {O} s'élève à {F}."))),
        Map.entry(Measure.CONTRACT, List.of(
            t("{S} a signé avec {O} un contrat de {F}."),
            t("{S} a attribué {O.a} un marché public de {F}."),
            t("Un contrat de {F} a été attribué {O.a} {S.par}."),
            t("Le contrat conclu entre {S} et {O} s'élève à {F}."),
            t("{O} a remporté un contrat de {F} auprès {S.de}."),
            t("{S} a passé commande auprès {O.de} pour un montant de {F}."),
            t("Le marché public passé {S.par} avec {O} atteint {F}."),
            t("Le montant du contrat liant {S} {O.a} est de {F}."),
            t("{S} versera {F} {O.a} dans le cadre d'un contrat de maintenance."))),
        Map.entry(Measure.VALUATION, List.of(
            t("{S} est désormais valorisé{e} {F}."),
            t("La valorisation {S.de} atteint {F}."),
            t("{S} vaut aujourd'hui {F}, selon ses investisseurs."),
            t("{S}, valorisé{e} {F}, poursuit son expansion."),
            t("Les investisseurs ont retenu une valorisation de {F} pour {S}."))),
        Map.entry(Measure.FUNDS, List.of(
            t("Au total, {S} a levé {F} depuis sa création."),
            t("{S} a levé {F} au total auprès de ses investisseurs."),
            t("Depuis sa création, {S} a levé {F}."),
            t("{S} a réuni au total {F} de financement."),
            t("{S} a déjà levé {F} au total."),
            gap("Les fonds levés {S.par} depuis sa création atteignent {F}."))),
        Map.entry(Measure.REVENUE, List.of(
            t("En {Y}, {S} a réalisé un chiffre d'affaires de {F}."),
            t("Le chiffre d'affaires {S.de} a atteint {F} en {Y}."),
            t("{S} a enregistré en {Y} des revenus de {F}."),
            t("Sur l'exercice {Y}, les ventes {S.de} se sont élevées à {F}."),
            t("En {Y}, les recettes {S.de} ont atteint {F}."),
            t("{S} a vu son chiffre d'affaires atteindre {F} en {Y}."))),
        Map.entry(Measure.BUDGET, List.of(
            t("En {Y}, le budget {S.de} s'élevait à {F}."),
            t("{S} disposait en {Y} d'un budget de {F}."),
            t("Le budget {Y} {S.de} atteint {F}."),
            t("Pour {Y}, {S} a obtenu une enveloppe de {F}."),
            t("Le budget alloué {S.a} pour {Y} s'élève à {F}."))),
        Map.entry(Measure.SETTLEMENT, List.of(
            t("{S} a accepté de verser {F} dans le cadre d'un accord amiable."),
            t("{S} a conclu un règlement amiable de {F} avec les plaignants."),
            t("Pour clore la procédure, {S} a versé {F} de dommages et intérêts."),
            t("L'accord transactionnel signé {S.par} porte sur {F}."),
            t("{S} versera {F} d'indemnités aux plaignants."),
            t("Un accord amiable de {F} a été conclu {S.par} avec les plaignants."))),
        Map.entry(Measure.DATABASE, List.of(
            t("La base de données {S.de} compte {F}."),
            t("{S} revendique une base de {F}."),
            t("{S} affirme détenir {F} dans sa base de données."),
            t("{S} a constitué un fichier de {F}."),
            t("La banque d'images {S.de} rassemble désormais {F}."),
            t("{S} dit disposer d'une base de données de {F}."))),
        Map.entry(Measure.SEARCHES, List.of(
            t("{S} a effectué {F} dans la base {O.de}."),
            t("Les agents {S.de} ont lancé {F} sur la plateforme {O.de}."),
            t("{S} a réalisé {F} depuis le début de l'essai."),
            t("Au cours de l'essai, {S} a mené {F} avec l'outil {O.de}."),
            t("Au total, {F} ont été effectuées {S.par}."))),
        Map.entry(Measure.CLIENTS, List.of(
            t("{S} revendique {F}."),
            t("{S} compte {F} dans le monde."),
            t("{S} travaille avec {F}."),
            t("{S} affirme servir {F}."),
            t("Le portefeuille {S.de} atteint {F}."),
            t("La clientèle {S.de} compte {F}."))),
        Map.entry(Measure.USERS, List.of(
            t("{S} compte {F}."),
            t("L'application {S.de} revendique {F}."),
            t("La plateforme {S.de} rassemble {F}."),
            t("{S} affirme avoir séduit {F}."),
            t("L'application {S.de} est utilisée par {F}."))),
        Map.entry(Measure.EMPLOYEES, List.of(
            t("{S} emploie {F}."),
            t("{S} compte {F}."),
            t("L'effectif {S.de} atteint {F}."),
            t("{S} emploie désormais {F} en Europe."),
            t("{S} fait travailler {F}."),
            gap("L'effectif {S.de} atteint {N} personnes."),
            gap("{S} compte {N} collaborateurs."))),
        Map.entry(Measure.COUNTRIES, List.of(
            t("{S} est présent{e} dans {F}."),
            t("Les produits {S.de} sont vendus dans {F}."),
            t("{S} opère dans {F}."),
            t("{S} revendique une présence dans {F}."),
            t("{S} est implanté{e} dans {F}."))),
        Map.entry(Measure.AGENCIES, List.of(
            t("Le logiciel {S.de} est utilisé par {F}."),
            t("{S} équipe {F}."),
            t("Les outils {S.de} sont déployés dans {F}."),
            t("{S} compte parmi ses clients {F}."))));

    private static final Map<Measure, List<Template>> ENGLISH = Map.ofEntries(
        Map.entry(Measure.FINE, List.of(
            t("{S} fined {O} {F}."),
            attributive("{S} imposed a {F} fine on {O}."),
            t("{O} was fined {F} by {S}."),
            t("{S} ordered {O} to pay a penalty of {F}."),
            attributive("The {F} penalty handed down by {S} against {O} was upheld on appeal."),
            t("{S} hit {O} with a fine of {F}."),
            t("In its decision, {S} set the fine for {O} at {F}."),
            attributive("{S} levied a {F} penalty against {O}."),
            t("{O} must pay a fine of {F}, {S} ruled."),
            t("{S} imposed a monetary penalty of {F} on {O}."),
            attributive("a {F} fine was imposed on {O} by {S}."),
            attributive("{O} has been ordered by {S} to pay a {F} penalty."))),
        Map.entry(Measure.CONTRACT, List.of(
            attributive("{S} signed a {F} contract with {O}."),
            t("{S} signed a contract with {O} for {F}."),
            attributive("{S} awarded {O} a {F} contract."),
            attributive("{O} secured a {F} contract from {S}."),
            t("Under the agreement signed with {O}, {S} is paying {F}."),
            t("The purchase order placed by {S} with {O} totals {F}."),
            attributive("{S} agreed a {F} deal with {O} for new equipment."),
            attributive("a {F} contract was awarded to {O} by {S}."),
            gap("{S} awarded {O} a contract worth {F}."),
            gap("The contract between {S} and {O} is worth {F}."),
            gap("{O} won a {F} deal with {S}."),
            gap("{S.poss} contract with {O} is valued at {F}."))),
        Map.entry(Measure.VALUATION, List.of(
            t("{S} is now valued at {F}."),
            t("{S.poss} valuation reached {F}."),
            t("Investors put {S.poss} valuation at {F}."),
            t("{S}, valued at {F}, continues to expand."),
            t("{S} is worth {F}, according to its investors."),
            t("{S} now carries a valuation of {F}."))),
        Map.entry(Measure.FUNDS, List.of(
            t("{S} has raised {F} since its founding."),
            t("In total, {S} has raised {F} from investors."),
            t("{S.poss} total funding stands at {F}."),
            t("{S} has now raised a total of {F}."),
            t("All told, {S} has raised {F} in venture funding."),
            t("Since it was founded, {S} has raised {F}."))),
        Map.entry(Measure.REVENUE, List.of(
            t("{S} reported revenue of {F} for {Y}."),
            t("In {Y}, {S.poss} revenue reached {F}."),
            t("{S} posted sales of {F} in {Y}."),
            t("{S.poss} turnover for {Y} came to {F}."),
            t("{S} booked {F} in revenue in {Y}."),
            t("Revenue at {S} reached {F} in {Y}."))),
        Map.entry(Measure.BUDGET, List.of(
            t("In {Y}, {S.poss} budget stood at {F}."),
            t("{S} had a budget of {F} in {Y}."),
            t("{S.poss} {Y} budget came to {F}."),
            t("For {Y}, {S} was allocated a budget of {F}."),
            t("The budget allocated to {S} for {Y} was {F}."))),
        Map.entry(Measure.SETTLEMENT, List.of(
            t("{S} agreed to pay {F} to settle the case."),
            t("{S} paid {F} in damages to end the lawsuit."),
            attributive("The {F} settlement reached by {S} ends the class action."),
            t("{S} settled the claims for {F}."),
            t("Under the settlement, {S} pays {F} to the plaintiffs."),
            attributive("a {F} settlement was agreed by {S}."))),
        Map.entry(Measure.DATABASE, List.of(
            t("{S.poss} database holds {F}."),
            t("{S} says its database contains {F}."),
            t("{S} has amassed a collection of {F}."),
            t("The database built by {S} now includes {F}."),
            t("{S} claims to have a database of {F}."))),
        Map.entry(Measure.SEARCHES, List.of(
            t("{S} ran {F} on {O.poss} platform."),
            t("Officers at {S} conducted {F} using {O.poss} software."),
            t("{S} carried out {F} during the trial."),
            t("Over the trial period, {S} performed {F}."),
            t("A total of {F} were run by {S}."))),
        Map.entry(Measure.CLIENTS, List.of(
            t("{S} has {F}."),
            t("{S} now serves {F}."),
            t("{S} counts {F} worldwide."),
            t("{S} says it works with {F}."),
            t("{S.poss} customer base stands at {F}."))),
        Map.entry(Measure.USERS, List.of(
            t("{S.poss} app has {F}."),
            t("{S} says it has {F}."),
            t("{S.poss} platform counts {F}."),
            t("{S} has signed up {F}."),
            t("{S.poss} app is used by {F}."))),
        Map.entry(Measure.EMPLOYEES, List.of(
            t("{S} employs {F}."),
            t("{S} has {F}."),
            t("{S.poss} workforce now numbers {F}."),
            t("{S} now employs {F} across Europe."),
            t("{S} has a headcount of {F}."),
            gap("{S} employs {N} people."),
            gap("{S} has a workforce of {N}."))),
        Map.entry(Measure.COUNTRIES, List.of(
            t("{S} operates in {F}."),
            t("{S.poss} products are sold in {F}."),
            t("{S} is present in {F}."),
            t("{S} now sells its software in {F}."),
            t("{S} has offices in {F}."))),
        Map.entry(Measure.AGENCIES, List.of(
            t("{S.poss} software is used by {F}."),
            t("{S} supplies {F}."),
            t("{S.poss} tools are deployed in {F}."),
            t("{S} counts {F} among its customers."))));

    /** Sentences that restate a money figure without naming its subject; {F} is the figure in another currency. */
    private static final Map<Measure, List<String>> FRENCH_RESTATEMENTS = Map.of(
        Measure.FINE, List.of("L'amende représente {F}.", "Cette sanction financière équivaut à {F}."),
        Measure.CONTRACT, List.of("Ce contrat représente {F}.", "Le montant du marché public équivaut à {F}."),
        Measure.VALUATION, List.of("Cette valorisation équivaut à {F}."),
        Measure.FUNDS, List.of("Ce financement représente au total {F}."),
        Measure.REVENUE, List.of("Ce chiffre d'affaires équivaut à {F}."),
        Measure.BUDGET, List.of("Cette enveloppe représente {F}."),
        Measure.SETTLEMENT, List.of("Cette indemnisation représente {F}."));

    private static final Map<Measure, List<String>> ENGLISH_RESTATEMENTS = Map.of(
        Measure.FINE, List.of("The fine is equivalent to {F}.", "That penalty amounts to {F}."),
        Measure.CONTRACT, List.of("The deal amounts to {F}."),
        Measure.VALUATION, List.of("That valuation is equivalent to {F}."),
        Measure.FUNDS, List.of("That funding amounts to {F}."),
        Measure.REVENUE, List.of("Those revenues amount to {F}."),
        Measure.BUDGET, List.of("That budget is equivalent to {F}."),
        Measure.SETTLEMENT, List.of("The settlement amounts to {F}."));

    private Phrasebook() {
    }

    /** The templates that state a figure of {@code measure} and name its subject; with {@code gaps}, the engine's known misses too. */
    static List<Template> statements(Measure measure, Lang lang, boolean gaps) {
        List<Template> all = (lang == Lang.FR ? FRENCH : ENGLISH).get(measure);
        return gaps ? all : all.stream().filter(t -> !t.gap()).toList();
    }

    /** The templates that restate a money figure of {@code measure} in a sentence of its own, without its subject. */
    static List<String> restatements(Measure measure, Lang lang) {
        return (lang == Lang.FR ? FRENCH_RESTATEMENTS : ENGLISH_RESTATEMENTS).get(measure);
    }
}
