package dev.assay.report.browser;

/** Small well-formed pages for the tests of the browser tooling: a landmark, a heading, no favicon request. */
final class TestPages {

    private TestPages() {
    }

    static String page(String title, String main) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="icon" href="data:,">
                <title>%s</title>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(title, title, main);
    }
}
