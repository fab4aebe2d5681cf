package dev.assay.contracts.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country reference table shipped with Assay: 248 ISO 3166-1 areas of the UNSD M49 overview.
 * Loaded once from the classpath; immutable.
 */
public final class Countries {

    private static final String RESOURCE = "/dev/assay/contracts/reference/countries.csv";
    private static final String HEADER =
            "iso2,iso3,m49,name_en,region,subregion,intermediate_region,ldc,lldc,sids,un_member,un_regional_group,unep_region";
    private static final Countries INSTANCE = load();

    private final Map<String, Country> byIso2;

    private Countries(Map<String, Country> byIso2) {
        this.byIso2 = Collections.unmodifiableMap(byIso2);
    }

    public static Countries reference() {
        return INSTANCE;
    }

    /** @param iso2 an ISO 3166-1 alpha-2 code in any case */
    public Optional<Country> find(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(byIso2.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** True for an upper-case ISO 3166-1 alpha-2 code in the table; lower case is not accepted on the wire. */
    public boolean isCode(String iso2) {
        return iso2 != null && byIso2.containsKey(iso2);
    }

    /** All countries, sorted by ISO code. */
    public Collection<Country> all() {
        return byIso2.values();
    }

    /** The 193 UN Member States, sorted by ISO code. */
    public List<Country> unMembers() {
        return byIso2.values().stream().filter(Country::unMember).toList();
    }

    private static Countries load() {
        try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException("unexpected header in " + RESOURCE + ": " + header);
            }
            Map<String, Country> countries = new LinkedHashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    Country country = parse(line);
                    countries.put(country.iso2(), country);
                }
            }
            return new Countries(countries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Country parse(String line) {
        List<String> f = splitCsv(line);
        if (f.size() != 13) {
            throw new IllegalStateException("expected 13 fields in country row: " + line);
        }
        return new Country(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6),
                Boolean.parseBoolean(f.get(7)), Boolean.parseBoolean(f.get(8)), Boolean.parseBoolean(f.get(9)),
                Boolean.parseBoolean(f.get(10)), f.get(11), f.get(12));
    }

    /** RFC 4180 fields: names such as "Bonaire, Sint Eustatius and Saba" are quoted. */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
