package org.crosscheck.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.model.PartialDate;
import org.crosscheck.model.TimeBasis;
import org.crosscheck.model.TimeRef;

/** The times of groups of claims: whether one group is wholly before another, and how to say when. */
final class Times {

    private Times() {
    }

    /** True when every claim of both groups has a time and every period of {@code earlier} ends before any of {@code later} begins. */
    static boolean before(List<Stated> earlier, List<Stated> later) {
        if (anyUndated(earlier) || anyUndated(later)) {
            return false;
        }
        LocalDate lastEnd = earlier.stream().map(s -> s.claim().time().orElseThrow().value().lastDay())
                .max(Comparator.naturalOrder()).orElseThrow();
        LocalDate firstStart = later.stream().map(s -> s.claim().time().orElseThrow().value().firstDay())
                .min(Comparator.naturalOrder()).orElseThrow();
        return lastEnd.isBefore(firstStart);
    }

    /** True when some claim has no time at all: neither stated nor a publication date. */
    static boolean anyUndated(List<Stated> stated) {
        return stated.stream().anyMatch(s -> s.claim().time().isEmpty());
    }

    /** True when every claim has a date its text states, and the two groups share one. */
    static boolean sameStatedTime(List<Stated> some, List<Stated> others) {
        List<Stated> all = new ArrayList<>(some);
        all.addAll(others);
        if (!all.stream().allMatch(s -> s.claim().time().filter(t -> t.basis() != TimeBasis.PUBLICATION).isPresent())) {
            return false;
        }
        Set<PartialDate> dates = new HashSet<>();
        some.forEach(s -> dates.add(s.claim().time().orElseThrow().value()));
        return others.stream().anyMatch(s -> dates.contains(s.claim().time().orElseThrow().value()));
    }

    /** "2021-08", "2022-02 to 2022-03", or "an unknown time". */
    static String describe(List<Stated> stated) {
        TreeSet<PartialDate> times = new TreeSet<>();
        boolean unknown = false;
        for (Stated s : stated) {
            Optional<TimeRef> time = s.claim().time();
            if (time.isPresent()) {
                times.add(time.get().value());
            } else {
                unknown = true;
            }
        }
        if (times.isEmpty()) {
            return "an unknown time";
        }
        String known = times.size() == 1 ? times.first().toString() : times.first() + " to " + times.last();
        return unknown ? known + " and an unknown time" : known;
    }
}
