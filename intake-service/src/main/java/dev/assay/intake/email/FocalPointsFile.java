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
 * are ignored. The organisation may be quoted to hold commas. A line that is not UTF-8 or not a valid entry stops
 * the service with a message naming the file and the line.
 */
final class FocalPointsFile {

    private FocalPointsFile() {
    }

    static List<FocalPoint> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the focal points file " + file, e);
        }
        // bytes that are not UTF-8 become U+FFFD, refused below with their line rather than for the whole file
        return parse(new String(bytes, StandardCharsets.UTF_8).lines().toList(), file.toString());
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
            if (line.indexOf('\uFFFD') >= 0) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": is not UTF-8 text");
            }
            List<String> cells = cells(line);
            if (cells.size() > 4) {
                throw new IllegalArgumentException(source + " line " + (i + 1)
                        + ": expected address,country,type,organisation but found " + cells.size() + " cells");
            }
            FocalPoint entry = new FocalPoint(cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3));
            try {
                FocalPointRegistry.check(entry);
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + invalid.getMessage(),
                        invalid);
            }
            entries.add(entry);
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
