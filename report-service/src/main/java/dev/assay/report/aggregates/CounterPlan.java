package dev.assay.report.aggregates;

import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.Dimension;
import dev.assay.report.filter.ReportFilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which counters answer one grouping under a filter, and how a counter's coordinates become a tuple of the grouping.
 * A counter holds the communications with all of its (at most two) coordinates, so a grouping under a filter is
 * answered by counters when its dimensions together with the filter's fit one kept combination: a dimension alone,
 * or a pair the registry crosses. Each of the filter's values must match its coordinate ({@link Role.Fixed}), a month
 * range takes the sum over the month cells in range ({@link Role.InMonths}), and each grouped dimension takes the value
 * its coordinate has ({@link Role.Output}). A grouped dimension the filter also names has the filter's value
 * ({@code pinned}); if a communication may have several of its values (themes), the other values come from the
 * dimension's cells with itself (a communication about both themes), which is a second plan.
 *
 * @param grouping the grouping's index among those asked at once
 * @param roles    one per coordinate of the counters read
 * @param pinned   the grouped values the filter fixes, null where a role gives the value
 */
record CounterPlan(int grouping, List<Role> roles, String[] pinned) {

    /** A month range longer than this is read by prefix: its ids would outnumber the counters. */
    private static final int MAX_MONTHS = 120;

    /** What a counter's coordinate must be, or gives. */
    sealed interface Role {
        Dimension dimension();

        record Fixed(Dimension dimension, String value) implements Role {
        }

        record InMonths(ReportFilter filter) implements Role {
            public Dimension dimension() {
                return Dimension.MONTH;
            }
        }

        /** @param filter the filter whose month range the value must lie in, for the month; otherwise null */
        record Output(int index, Dimension dimension, ReportFilter filter) implements Role {
        }
    }

    /** The plans that together answer {@code grouping} under {@code filter}. */
    static List<CounterPlan> of(int index, List<Dimension> grouping, ReportFilter filter) {
        List<Role> base = new ArrayList<>();
        filter.values().forEach((dimension, value) -> base.add(new Role.Fixed(dimension, value)));
        if (filter.hasMonthRange() && !grouping.contains(Dimension.MONTH)) {
            base.add(new Role.InMonths(filter));
        }
        List<CounterPlan> plans = new ArrayList<>();
        plans.add(new CounterPlan(index, base, new String[grouping.size()]));
        for (int i = 0; i < grouping.size(); i++) {
            Dimension dimension = grouping.get(i);
            String fixed = filter.values().get(dimension);
            List<CounterPlan> next = new ArrayList<>();
            for (CounterPlan plan : plans) {
                if (fixed != null) {
                    next.add(plan.pinning(i, fixed));
                }
                if (fixed == null || dimension.multiValued()) {
                    next.add(plan.with(new Role.Output(i, dimension,
                            dimension == Dimension.MONTH && filter.hasMonthRange() ? filter : null)));
                }
            }
            plans = next;
        }
        return plans;
    }

    private CounterPlan pinning(int index, String value) {
        String[] values = pinned.clone();
        values[index] = value;
        return new CounterPlan(grouping, roles, values);
    }

    private CounterPlan with(Role role) {
        List<Role> more = new ArrayList<>(roles);
        more.add(role);
        return new CounterPlan(grouping, more, pinned);
    }

    /** The dimensions of the counters read, in the registry's order; {@code [total]} when no role is left. */
    List<Dimension> pattern() {
        if (roles.isEmpty()) {
            return List.of(Dimension.TOTAL);
        }
        return roles.stream().map(Role::dimension).sorted().toList();
    }

    /** Whether counters of this combination are kept. */
    boolean held() {
        List<Dimension> pattern = pattern();
        return pattern.size() == 1 || (pattern.size() == 2 && Dimension.crossed(pattern.get(0), pattern.get(1)));
    }

    String prefix() {
        return CounterKey.prefix(pattern());
    }

    /**
     * The ids of every counter this plan can use, when each of its coordinates takes known values (a filter's value,
     * the registry's values, the months of a range closed at both ends), and there are at most {@code limit}: read by
     * {@code _id} ({@code $in}), which both servers answer from the index. Empty when a coordinate's values are open
     * (months without a closed range), or too many: the plan then reads its {@link #prefix()}.
     */
    Optional<List<String>> ids(int limit) {
        if (roles.isEmpty()) {
            return Optional.of(List.of(CounterKey.of(Dimension.TOTAL).id()));
        }
        List<List<CounterKey.Coordinate>> combinations = List.of(List.of());
        for (Role role : roles) {
            Optional<List<String>> values = values(role);
            if (values.isEmpty() || combinations.size() * (long) values.get().size() > limit) {
                return Optional.empty();
            }
            List<List<CounterKey.Coordinate>> longer = new ArrayList<>();
            for (List<CounterKey.Coordinate> combination : combinations) {
                for (String value : values.get()) {
                    List<CounterKey.Coordinate> next = new ArrayList<>(combination);
                    next.add(new CounterKey.Coordinate(role.dimension(), value));
                    longer.add(next);
                }
            }
            combinations = longer;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (List<CounterKey.Coordinate> combination : combinations) {
            if (combination.size() == 2 && combination.get(0).equals(combination.get(1))) {
                continue; // a theme with itself is no cell
            }
            ids.add(new CounterKey(combination).id());
        }
        return Optional.of(List.copyOf(ids));
    }

    private static Optional<List<String>> values(Role role) {
        if (role instanceof Role.Fixed fixed) {
            return Optional.of(List.of(fixed.value()));
        }
        if (role instanceof Role.InMonths months) {
            return months.filter().months(MAX_MONTHS);
        }
        Role.Output output = (Role.Output) role;
        if (output.dimension() == Dimension.MONTH) {
            return output.filter() == null ? Optional.empty() : output.filter().months(MAX_MONTHS);
        }
        return output.dimension().allowedValues();
    }

    /** The grouping's tuple that {@code key} counts for, or null when it does not match the filter. */
    List<String> tuple(CounterKey key) {
        if (!key.dimensions().equals(pattern())) {
            return null;
        }
        if (roles.isEmpty()) {
            return Arrays.asList(pinned.clone());
        }
        List<CounterKey.Coordinate> coordinates = key.coordinates();
        List<String> tuple = assign(coordinates);
        if (tuple == null && coordinates.size() == 2) {
            tuple = assign(List.of(coordinates.get(1), coordinates.get(0)));
        }
        return tuple;
    }

    private List<String> assign(List<CounterKey.Coordinate> coordinates) {
        String[] tuple = pinned.clone();
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            CounterKey.Coordinate coordinate = coordinates.get(i);
            if (role.dimension() != coordinate.dimension()) {
                return null;
            }
            String value = coordinate.value();
            boolean matches;
            if (role instanceof Role.Fixed fixed) {
                matches = fixed.value().equals(value);
            } else if (role instanceof Role.InMonths months) {
                matches = months.filter().includesMonth(value);
            } else {
                Role.Output output = (Role.Output) role;
                tuple[output.index()] = value;
                matches = output.filter() == null || output.filter().includesMonth(value);
            }
            if (!matches) {
                return null;
            }
        }
        return Arrays.asList(tuple);
    }
}
