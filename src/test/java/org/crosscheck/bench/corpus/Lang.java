package org.crosscheck.bench.corpus;

/** The two languages of the synthetic press, with their code in front matter and rules. */
enum Lang {
    FR("fr"),
    EN("en");

    final String code;

    Lang(String code) {
        this.code = code;
    }
}
