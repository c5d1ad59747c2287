package se.samverkan.connection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.EntityType;
import se.samverkan.entity.FactTime;
import se.samverkan.entity.PartialDates;

/**
 * Groups the paths of a connection question by who carries them: the organisations and people, each with the
 * agreements, projects, programmes and events (or its own direct fact) it carries the link through, then those
 * agreements, projects and events themselves. Each tie counts once however many paths pass through it, so an
 * event that half the paths cross does not outweigh a lasting agreement; docs/api.md states the rule.
 */
final class CarrierRanking {

    /** A carrier's own fact reaching the other side: the most direct tie there is. */
    static final double DIRECT = 1.0;
    /** Agreements, projects and programmes: ties meant to last. */
    static final double LASTING = 0.8;
    /** Events: one-off occasions, however many took part. */
    static final double EVENT = 0.4;
    /** A carrier located in neither end reaches them only through others. */
    static final double BETWEEN = 0.5;

    private CarrierRanking() {
    }

    static boolean isActor(EntityType type) {
        return type == EntityType.ORGANISATION || type == EntityType.PERSON;
    }

    static boolean isVehicle(EntityType type) {
        return type == EntityType.AGREEMENT || type == EntityType.PROJECT || type == EntityType.PROGRAMME
                || type == EntityType.EVENT;
    }

    static Grouped group(List<ConnectionPath> paths, String fromId, String toId) {
        Map<String, CarrierAcc> carriers = new LinkedHashMap<>();
        Map<String, TieAcc> ties = new LinkedHashMap<>();
        for (int p = 0; p < paths.size(); p++) {
            List<Step> steps = paths.get(p).steps();
            int last = steps.size();
            for (int i = 0; i <= last; i++) {
                EntityRecord node = i == 0 ? steps.get(0).from() : steps.get(i - 1).to();
                if (node.id().equals(fromId) || node.id().equals(toId)) {
                    continue;
                }
                Step before = i > 0 ? steps.get(i - 1) : null;
                Step after = i < last ? steps.get(i) : null;
                if (isActor(node.type())) {
                    Side side = i == 0 ? Side.FROM : i == last ? Side.TO : Side.BETWEEN;
                    CarrierAcc carrier = carriers.computeIfAbsent(node.id(), id -> new CarrierAcc(node, side));
                    carrier.paths.add(p);
                    if (last == 1) {
                        carrier.carriage(steps.get(0).other(node), true).add(steps.get(0));
                    }
                    if (before != null && isVehicle(before.from().type())) {
                        carrier.carriage(before.from(), false).add(before);
                    }
                    if (after != null && isVehicle(after.to().type())) {
                        carrier.carriage(after.to(), false).add(after);
                    }
                } else if (isVehicle(node.type())) {
                    TieAcc tie = ties.computeIfAbsent(node.id(), id -> new TieAcc(node));
                    tie.paths.add(p);
                    for (Step step : new Step[] {before, after}) {
                        if (step != null) {
                            tie.add(step);
                            EntityRecord other = step.other(node);
                            if (isActor(other.type())) {
                                tie.carrierIds.add(other.id());
                            }
                        }
                    }
                }
            }
        }
        List<Carrier> ranked = carriers.values().stream().map(CarrierAcc::toCarrier)
                .sorted(Comparator.comparingDouble(Carrier::score).reversed()
                        .thenComparing(c -> c.entity().id()))
                .toList();
        Map<String, Integer> rank = new LinkedHashMap<>();
        ranked.forEach(c -> rank.put(c.entity().id(), rank.size()));
        List<Tie> rankedTies = ties.values().stream().map(t -> t.toTie(carriers, rank))
                .sorted(Comparator.comparingDouble(Tie::score).reversed().thenComparing(t -> t.entity().id()))
                .toList();
        return new Grouped(ranked, rankedTies);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** How much one tie weighs: its kind, its best evidence, its distinct sources and the years it spans. */
    static double weight(double kind, Facts facts) {
        int span = facts.span.years();
        return kind * facts.bestEvidence() * (1 + 0.5 * (facts.sources.size() - 1))
                * (1 + Math.min(span - 1, 10) / 10.0);
    }

    static double kind(EntityType type) {
        return type == EntityType.EVENT ? EVENT : LASTING;
    }

    /** The years a set of facts is known to hold, from their dates and the entity's own. */
    static final class Span {
        Integer first;
        Integer last;

        void add(String date) {
            Integer year = date == null || date.length() < 4 ? null : PartialDates.year(date);
            if (year != null) {
                first = first == null ? year : Math.min(first, year);
                last = last == null ? year : Math.max(last, year);
            }
        }

        /** A fact "since 2000" is known to hold at least until its source said so. */
        void add(Step step) {
            FactTime time = step.time();
            add(time.date());
            add(time.from());
            add(time.until());
            if (time.from() != null && time.until() == null && step.evidence().source() != null
                    && step.evidence().source().get("published") instanceof String published) {
                add(published);
            }
        }

        /** An agreement's, project's or event's own dates. */
        void add(EntityRecord entity) {
            for (String key : new String[] {"signed", "renewed", "validFrom", "validUntil", "date", "from", "until"}) {
                if (entity.attributes().get(key) instanceof String date) {
                    add(date);
                }
            }
        }

        int years() {
            return first == null ? 1 : last - first + 1;
        }
    }

    /** Distinct facts (by stored fact and source), their sources and the years they span. */
    static class Facts {
        final Map<String, Step> facts = new LinkedHashMap<>();
        final Set<String> sources = new HashSet<>();
        final Span span = new Span();

        void add(Step step) {
            String key = step.factKey();
            if (facts.putIfAbsent(key, step) == null) {
                span.add(step);
                sources.add(step.evidence().sourceId() == null ? "reference" : step.evidence().sourceId());
            }
        }

        double bestEvidence() {
            return facts.values().stream().mapToDouble(Step::weight).max().orElse(0);
        }

        List<Step> best() {
            return facts.values().stream().sorted(Comparator.comparingDouble(Step::weight).reversed()
                    .thenComparing(Step::factKey)).toList();
        }
    }

    private static final class CarriageAcc extends Facts {
        final EntityRecord entity;
        final boolean direct;

        CarriageAcc(EntityRecord entity, boolean direct) {
            this.entity = entity;
            this.direct = direct;
            if (!direct) {
                span.add(entity);
            }
        }

        Carriage toCarriage() {
            double kind = direct ? DIRECT : kind(entity.type());
            return new Carriage(entity, direct, best(), span.first, span.last, sources.size(),
                    round(weight(kind, this)));
        }
    }

    private static final class CarrierAcc {
        final EntityRecord entity;
        final Side side;
        final Set<Integer> paths = new HashSet<>();
        final Map<String, CarriageAcc> carriages = new LinkedHashMap<>();

        CarrierAcc(EntityRecord entity, Side side) {
            this.entity = entity;
            this.side = side;
        }

        CarriageAcc carriage(EntityRecord through, boolean direct) {
            return carriages.computeIfAbsent((direct ? "direct " : "") + through.id(),
                    k -> new CarriageAcc(through, direct));
        }

        Carrier toCarrier() {
            List<Carriage> through = carriages.values().stream().map(CarriageAcc::toCarriage)
                    .sorted(Comparator.comparingDouble(Carriage::weight).reversed()
                            .thenComparing(c -> c.entity().id()))
                    .toList();
            Span span = new Span();
            Set<String> sources = new HashSet<>();
            for (CarriageAcc c : carriages.values()) {
                if (c.span.first != null) {
                    span.add(String.valueOf(c.span.first));
                    span.add(String.valueOf(c.span.last));
                }
                sources.addAll(c.sources);
            }
            double score = through.stream().mapToDouble(Carriage::weight).sum() * (side == Side.BETWEEN ? BETWEEN : 1);
            return new Carrier(entity, side, round(score), span.first, span.last, sources.size(), paths.size(),
                    through);
        }
    }

    private static final class TieAcc extends Facts {
        final EntityRecord entity;
        final Set<Integer> paths = new HashSet<>();
        final Set<String> carrierIds = new HashSet<>();

        TieAcc(EntityRecord entity) {
            this.entity = entity;
            span.add(entity);
        }

        Tie toTie(Map<String, CarrierAcc> carriers, Map<String, Integer> rank) {
            List<EntityRecord> taking = carrierIds.stream().sorted(Comparator.comparing(rank::get))
                    .map(id -> carriers.get(id).entity).toList();
            return new Tie(entity, round(weight(kind(entity.type()), this)), span.first, span.last, sources.size(),
                    paths.size(), taking);
        }
    }
}
