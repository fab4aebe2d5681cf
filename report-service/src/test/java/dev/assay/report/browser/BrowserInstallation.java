package dev.assay.report.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where Chromium and its chromedriver are: Debian's paths unless the system property ({@code assay.chromium},
 * {@code assay.chromedriver}) or the environment variable ({@code ASSAY_CHROMIUM}, {@code ASSAY_CHROMEDRIVER}) names
 * another. Both must be executable files, or the test fails saying what to install.
 */
record BrowserInstallation(Path chromium, Path chromedriver) {

    static final String INSTALL =
            "apt-get install chromium chromium-driver fonts-noto-core fonts-noto-cjk (or run deploy/browser/ensure-chromium)";

    static BrowserInstallation fromEnvironment() {
        return resolve(System.getProperties(), System.getenv());
    }

    static BrowserInstallation resolve(Properties properties, Map<String, String> environment) {
        return new BrowserInstallation(
                path(properties, environment, "assay.chromium", "ASSAY_CHROMIUM", "/usr/bin/chromium"),
                path(properties, environment, "assay.chromedriver", "ASSAY_CHROMEDRIVER", "/usr/bin/chromedriver"));
    }

    /** Returns this installation, or throws naming every missing part and the packages that bring it. */
    BrowserInstallation verified() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium)) {
            missing.add("Chromium at " + chromium + " (-Dassay.chromium or ASSAY_CHROMIUM for another path)");
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add("chromedriver at " + chromedriver
                    + " (-Dassay.chromedriver or ASSAY_CHROMEDRIVER for another path)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Browser tests need " + String.join(" and ", missing)
                    + ", which is not an executable file. Install: " + INSTALL);
        }
        return this;
    }

    private static Path path(Properties properties, Map<String, String> environment,
                             String property, String variable, String debianDefault) {
        String value = properties.getProperty(property);
        if (value == null || value.isBlank()) {
            value = environment.get(variable);
        }
        return Path.of(value == null || value.isBlank() ? debianDefault : value);
    }
}
