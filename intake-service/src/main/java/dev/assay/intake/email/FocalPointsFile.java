package dev.assay.intake.email;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads known senders from a UTF-8 CSV file, one per line: {@code address,country,type,organisation} (the last
 * three optional). Blank lines, lines starting with {@code #} and a header line starting with {@code address}
 * are ignored. The organisation may be quoted to hold commas.
 */
final class FocalPointsFile {

    private FocalPointsFile() {
    }

    static List<FocalPoint> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the focal points file " + file, e);
        }
        return parse(lines, file.toString());
    }

    static List<FocalPoint> parse(List<String> lines, String source) {
        List<FocalPoint> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase().startsWith("address")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() > 4) {
                throw new IllegalArgumentException(source + " line " + (i + 1)
                        + ": expected address,country,type,organisation but found " + cells.size() + " cells");
            }
            entries.add(new FocalPoint(cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3)));
        }
        return entries;
    }

    private static String cell(List<String> cells, int index) {
        if (index >= cells.size()) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
